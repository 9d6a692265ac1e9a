"""Hostile documents: reading is bounded in memory, time and text, and every cap that stops a read is named."""

from __future__ import annotations

import resource
import time
import zlib

import pytest

from bench.reader.sample_pdf import sample_pdf
from bot.reader import extract
from bot.reader.extract import MAX_PAGES, MAX_TEXT_CHARS, Extracted, ExtractError
from bot.reader.read import read_text


def bomb_pdf(inflated: int) -> bytes:
    """A one-page PDF whose content stream, a few MB on disk, inflates to `inflated` bytes of text operators."""
    line = b"BT /F1 12 Tf 10 10 Td (" + b"A" * 64 + b") Tj ET\n"
    chunk = line * (1_048_576 // len(line))
    deflate = zlib.compressobj(9)
    stream = b"".join(deflate.compress(chunk) for _ in range(inflated // len(chunk))) + deflate.flush()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_a_pdf_decompression_bomb_is_stopped_within_60_seconds_and_600_mb():
    bomb = bomb_pdf(1 << 30)  # 1 GB of page stream in about 3.6 MB
    assert len(bomb) < 5_000_000
    started = time.monotonic()
    with pytest.raises(ExtractError, match="512 MB"):
        extract.extract(bomb, "application/pdf")
    assert time.monotonic() - started < 60
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # the largest child, in bytes
    mine = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    assert children < 600_000_000 and mine < 600_000_000


def test_a_pdf_that_reads_too_long_is_stopped_at_the_wall_clock_limit(monkeypatch):
    monkeypatch.setattr(extract, "PDF_SECONDS", 0.05)  # less than the child needs to start
    with pytest.raises(ExtractError, match="took longer than 0.05 seconds"):
        extract.extract(sample_pdf(pages=3, target_bytes=5_000), "application/pdf")


def test_pages_past_the_page_limit_are_named_as_unread():
    got = extract.extract(sample_pdf(pages=MAX_PAGES + 25, target_bytes=100_000), "application/pdf")
    assert f"Page {MAX_PAGES}" in got.text and f"Page {MAX_PAGES + 1}\n" not in got.text
    assert got.notes == (
        f"Read {MAX_PAGES} of the PDF's {MAX_PAGES + 25} pages (the {MAX_PAGES}-page limit): "
        f"pages {MAX_PAGES + 1}-{MAX_PAGES + 25} were not read.",
    )


def test_a_pdf_read_whole_has_no_notes():
    got = extract.extract(sample_pdf(pages=5, target_bytes=20_000), "application/pdf")
    assert got.notes == () and "Responding to the public: Requires improvement" in got.text


def test_pdf_text_past_the_text_cap_is_cut_and_the_pages_left_unread_are_named(monkeypatch):
    monkeypatch.setattr(extract, "MAX_TEXT_CHARS", 30_000)
    got = extract.extract(sample_pdf(pages=20, target_bytes=400_000), "application/pdf")
    assert len(got.text) <= 31_000
    assert len(got.notes) == 1 and "the 30,000-character limit" in got.notes[0]
    assert got.notes[0].endswith("-20 were not read.")


def test_200000_nested_divs_are_flattened_and_cut_before_parsing():
    page = "<html><body>" + "<div>" * 200_000 + "Kent Police: Good" + "</div>" * 200_000 + "</body></html>"
    started = time.monotonic()
    got = extract.extract(page.encode(), "text/html")
    assert time.monotonic() - started < 10  # was still parsing at 120 s
    assert got.notes == (
        "The page nests tags deeper than 256 levels; the deeper ones were ignored.",
        f"The page has more than {extract.MAX_TAGS:,} tags; only the part before them was read.",
    )


def test_text_nested_deeper_than_the_limit_is_still_read():
    page = (
        "<html><body>"
        + "<div>" * 5_000
        + "Kent Police: Good"
        + "</div>" * 5_000
        + "<p>After</p></body></html>"
    )
    got = extract.extract(page.encode(), "text/html")
    assert got.text.splitlines() == ["Kent Police: Good", "After"]
    assert got.notes == ("The page nests tags deeper than 256 levels; the deeper ones were ignored.",)


def test_an_ordinary_page_is_not_flattened():
    page = "<html><body><div><p>one<p>two<ul><li>a<li>b</ul></div><br><img src=x></body></html>"
    assert extract.bound_html(page) == (page, ())


def test_a_page_of_millions_of_tags_is_cut_before_parsing():
    page = "<html><body><p>Kent Police</p>" + "<br>" * 5_000_000 + "<p>Essex Police</p></body></html>"
    started = time.monotonic()
    got = extract.extract(page.encode(), "text/html")
    assert time.monotonic() - started < 10  # was 37 s and 1.7 GB
    assert "Kent Police" in got.text and "Essex Police" not in got.text
    assert got.notes == (
        f"The page has more than {extract.MAX_TAGS:,} tags; only the part before them was read.",
    )


def test_text_past_the_cap_is_cut_and_the_cut_is_named():
    got = extract.extract(b"Kent Police. " * (MAX_TEXT_CHARS // 10), "text/plain")
    assert len(got.text) == MAX_TEXT_CHARS
    assert got.notes == (
        f"Only the first {MAX_TEXT_CHARS:,} characters of the text were read (it has {MAX_TEXT_CHARS // 10 * 13:,}).",
    )


def test_200_kb_of_body_names_reads_in_seconds_not_minutes(catalog):
    text = ("Kent Police GMP SYFRS TVP WMP Met Essex Police " * 5000)[:200_000]
    started = time.monotonic()
    proposal = read_text(text, catalog)
    assert time.monotonic() - started < 5  # was 14 s: the phrase pass scanned every name found per acronym
    assert proposal.body is None and "several bodies" in proposal.notes[0]


def test_a_run_on_line_reads_in_time_linear_in_its_size(catalog):
    def seconds(n: int) -> float:
        text = ("Kent Police was graded good at investigating crime, " * (n // 40))[:n]
        started = time.monotonic()
        read_text(text, catalog)
        return time.monotonic() - started

    small, large = seconds(100_000), seconds(400_000)
    assert large < 8 * max(small, 0.05)  # four times the text: about four times the work, not sixteen


def test_the_cap_notes_reach_the_proposal(seeded_template):
    from bot.reading import read_document
    from db.connection import Store

    pdf = sample_pdf(pages=MAX_PAGES + 5, target_bytes=50_000)
    with Store(seeded_template).connect() as db:
        proposal = read_document(db, pdf, "application/pdf")
    assert proposal.notes[0].startswith(f"Read {MAX_PAGES} of the PDF's {MAX_PAGES + 5} pages")
    assert isinstance(extract.extract(b"x", "text/plain"), Extracted)
