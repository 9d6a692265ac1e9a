"""Documents to text: a report page's tables as one line per row, a report PDF's text, plain text as is."""

from __future__ import annotations

import pytest

from bench.reader.sample_pdf import sample_pdf
from bot.reader.extract import ExtractError, text_from
from bot.reader.read import read_text

PAGE = (
    """<!doctype html><html><head><title>PEEL 2023–2025: An inspection of Kent Police</title>
<meta property="article:published_time" content="2025-03-12T09:30:00+00:00"></head>
<body><header><nav><a href="/">Home</a> <a href="/peel">Responding to the public: Inadequate</a></nav></header>
<main><h1>PEEL 2023–2025: An inspection of Kent Police</h1>
<p>We make graded judgments in eight of the ten areas as follows:</p>
<table><thead><tr><th>Area</th><th>Grade</th></tr></thead>
<tbody><tr><td><p>Responding to the public</p></td><td>Requires improvement</td></tr>
<tr><td>Investigating <em>crime</em></td><td>Good</td></tr></tbody></table>
<ul><li>Police powers and public treatment: Adequate</li></ul>
<p>"""
    + "Filler prose about the inspection. " * 20
    + """</p></main>
<footer>Protecting vulnerable people: Outstanding</footer></body></html>"""
)


def test_html_keeps_the_main_content_and_a_table_row_per_line():
    text = text_from(PAGE.encode(), "text/html; charset=utf-8")
    lines = text.splitlines()
    assert "Responding to the public | Requires improvement" in lines
    assert "Investigating crime | Good" in lines
    assert "- Police powers and public treatment: Adequate" in lines
    assert "Published: 2025-03-12" in lines
    assert "Home" not in text and "Outstanding" not in text  # navigation and footer are not the report


def test_a_report_page_reads_as_its_grades(catalog):
    p = read_text(text_from(PAGE.encode(), "text/html"), catalog)
    assert (p.body, p.round, p.published) == ("kent", "2023-25", "2025-03-12")
    assert {g.area: g.grade for g in p.grades} == {
        "responding": "Requires improvement",
        "investigating": "Good",
        "police_powers": "Adequate",
    }


def test_a_report_pdf_reads_as_its_grades(catalog):
    text = text_from(sample_pdf(pages=5, target_bytes=20_000), "application/pdf")
    p = read_text(text, catalog)
    assert p.body == "kent" and p.round == "2023-25"
    assert len(p.grades) == 8 and {g.grade for g in p.grades} == {"Good", "Adequate", "Requires improvement"}


def test_a_broken_pdf_is_a_friendly_error():
    with pytest.raises(ExtractError, match="could not be opened"):
        text_from(b"%PDF-1.4 this is not really a pdf", "application/pdf")


def test_plain_text_is_read_as_text_in_utf8_or_windows_1252():
    assert text_from("Kent – Good".encode(), "text/plain") == "Kent – Good"
    assert text_from("Kent \x96 Good".encode("latin-1"), "text/plain") == "Kent – Good"
