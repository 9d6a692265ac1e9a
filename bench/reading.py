"""(8) Reading published text: a 1 MB, 100-page report PDF and a report page's HTML, read into a proposal.

The PDF is read in a fresh process (imports, extraction and reading: what `inspections-bot read report.pdf`
costs), against the same process doing nothing but PDFium's own text extraction. The page is read warm in this
process against selectolax's own whole-document text."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import REPO, Row, Spread, child_env, interleave, ratios, seeded_db
from bench.reader.sample_pdf import sample_pdf

# Peak RSS is VmHWM, this process's own (ru_maxrss would carry the harness's high-water mark across exec);
# ours also counts the PDF reader's own child process (bot.reader.pdf_child), whichever peak is higher.
READ_PDF = """
import sys, time
from bench.common import peak_rss_mb
t = time.perf_counter()
from bot.reading import read_document
from db.connection import Store
with Store(sys.argv[2]).connect() as db:
    p = read_document(db, open(sys.argv[1], 'rb').read(), 'application/pdf')
assert len(p.grades) == 8, p
import resource
child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(time.perf_counter() - t, max(peak_rss_mb(), child) * 1024)
"""
BARE_PDF = """
import sys, time
from bench.common import peak_rss_mb
t = time.perf_counter()
import pypdfium2 as pdfium
doc = pdfium.PdfDocument(open(sys.argv[1], 'rb').read())
text = [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
print(time.perf_counter() - t, peak_rss_mb() * 1024)
"""


def report_page(paragraphs: int = 1200) -> str:
    """A report page the size of a PEEL report's HTML (about 300 KB): navigation, a grade table, prose."""
    rows = "".join(
        f"<tr><td>{area}</td><td>{grade}</td></tr>"
        for area, grade in (
            ("Police powers and public treatment", "Good"),
            ("Preventing crime and antisocial behaviour", "Adequate"),
            ("Responding to the public", "Requires improvement"),
            ("Investigating crime", "Good"),
            ("Protecting vulnerable people", "Adequate"),
            ("Managing offenders and suspects", "Good"),
            ("Building, supporting and protecting the workforce", "Adequate"),
            ("Leadership and force management", "Good"),
        )
    )
    prose = (
        "<p>We found that the force has improved how it answers emergency calls since our last inspection, "
        "and that it <em>understands</em> the demand it faces. Officers told us they had the training they "
        "needed, and supervisors review investigations regularly.</p>"
    )
    return (
        "<!doctype html><html><head><title>PEEL 2023–2025: An inspection of Kent Police</title>"
        '<meta property="article:published_time" content="2025-03-12T09:30:00+00:00"></head><body>'
        "<header><nav>" + "<a href='/'>Link</a>" * 80 + "</nav></header><main><h1>PEEL 2023–2025: An "
        "inspection of Kent Police</h1><p>We make graded judgments in eight of the ten areas as follows:</p>"
        f"<table>{rows}</table>"
        + prose * paragraphs
        + "</main><footer>"
        + "<a>x</a>" * 50
        + "</footer></body></html>"
    )


def _child(script: str, pdf: Path, db: Path, cwd: Path) -> tuple[float, float]:
    out = subprocess.run(
        [sys.executable, "-c", script, str(pdf), str(db)],
        env=child_env(),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    seconds, rss_kb = out.stdout.split()
    return float(seconds), float(rss_kb) / 1024


def _html_pair(html: str, catalog) -> tuple[float, float]:
    from selectolax.lexbor import LexborHTMLParser

    from bot.reader.extract import html_text
    from bot.reader.read import read_text

    t0 = time.perf_counter()
    p = read_text(html_text(html), catalog)
    ours = time.perf_counter() - t0
    assert len(p.grades) == 8
    t0 = time.perf_counter()
    LexborHTMLParser(html).body.text()  # type: ignore[union-attr]
    return ours, time.perf_counter() - t0


def run(quick: bool) -> list[Row]:
    runs = 3 if quick else 9
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="bench-read-") as tmp:
        cwd = Path(tmp)
        db = seeded_db(cwd)
        pdf = cwd / "report.pdf"
        pdf.write_bytes(sample_pdf(pages=100, target_bytes=1_000_000))
        _child(READ_PDF, pdf, db, cwd)  # warm the bytecode cache; not counted
        pairs = interleave(
            runs, lambda: _child(READ_PDF, pdf, db, cwd), lambda: _child(BARE_PDF, pdf, db, cwd)
        )
        ours, base = pairs
        secs, rss = [o[0] for o in ours], [o[1] for o in ours]
        base_secs, base_rss = [b[0] for b in base], [b[1] for b in base]
        ratio = Spread.of(ratios(secs, base_secs))
        size = f"{pdf.stat().st_size / 1e6:.2f} MB, 100 pages"
        rows.append(
            Row(
                "8 reading",
                f"report PDF ({size}): read into a proposal, fresh process",
                Spread.of(secs),
                Spread.of(base_secs),
                ratio,
                unit="s",
                baseline_name="pypdfium2 text extraction alone",
                target="< 2 s",
                met=Spread.of(secs).median < 2,
            )  # fmt: skip
        )
        rows.append(
            Row(
                "8 reading",
                "report PDF: peak RSS of that process (VmHWM; its PDF reader child counted)",
                Spread.of(rss),
                Spread.of(base_rss),
                Spread.of(ratios(rss, base_rss)),
                unit="MB",
                baseline_name="pypdfium2 text extraction alone",
                target="< 200 MB",
                met=Spread.of(rss).max < 200,
            )  # fmt: skip
        )
        from bot.reading import catalog
        from db.connection import Store

        with Store(db).connect() as conn:
            cat = catalog(conn)
        html = report_page(300 if quick else 1200)
        _html_pair(html, cat)
        pairs = interleave(runs * 3, lambda: _html_pair(html, cat)[0], lambda: _html_pair(html, cat)[1])
        ours_h, base_h = pairs
        rows.append(
            Row(
                "8 reading",
                f"report page HTML ({len(html.encode()) / 1e3:.0f} KB): text and proposal, warm",
                Spread.of([x * 1000 for x in ours_h]),
                Spread.of([x * 1000 for x in base_h]),
                Spread.of(ratios(ours_h, base_h)),
                unit="ms",
                baseline_name="selectolax parse + body text",
                target="< 100 ms",
                met=Spread.of(ours_h).median * 1000 < 100,
            )  # fmt: skip
        )
    json.dumps([r.as_dict() for r in rows])
    return rows


__all__ = ["REPO", "report_page", "run"]
