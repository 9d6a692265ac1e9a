"""Reading published texts against the store: build the reader's catalog from the store, fetch and read a
URL or a pasted text, and turn a proposal into the grade form's edit. The reader itself (bot.reader) is pure;
this module does the I/O around it."""

from __future__ import annotations

import re
from dataclasses import replace
from urllib.parse import urlsplit

import sqlite_utils

from bot.jobs import downloads
from bot.reader import Catalog, CatalogArea, CatalogBody, CatalogReport, CatalogRound, Proposal
from bot.reader.extract import MAX_TEXT_CHARS, Extracted, ExtractError, extract
from bot.reader.read import read_text
from db.catalog import reader_catalog_rows
from db.grade_entry import GradeEdit, GradeSheet, SheetError, grade_sheet

__all__ = [
    "ExtractError",
    "areas_to_add",
    "is_hmicfrs",
    "catalog",
    "new_area_id",
    "proposal_edit",
    "read_document",
    "read_pasted",
    "read_url",
]


def catalog(db: sqlite_utils.Database) -> Catalog:
    """The store's names, areas and rounds as the reader's plain data."""
    rows = reader_catalog_rows(db)
    grades_of: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for g in rows["grades"]:
        grades_of.setdefault((g["body_id"], g["framework"], g["round"]), []).append((g["area"], g["grade"]))
    return Catalog(
        bodies=tuple(
            CatalogBody(b["id"], b["name"], b["kind"], tuple(a for a in b["aliases"].split("|") if a))
            for b in rows["bodies"]
        ),
        areas=tuple(
            CatalogArea(a["framework"], a["round"], a["area"], a["name"], a["also_called"] or "")
            for a in rows["areas"]
        ),
        rounds=tuple(
            CatalogRound(r["framework"], r["round"], r["first_published"], r["last_published"])
            for r in rows["rounds"]
        ),
        reports=tuple(_report(r, grades_of) for r in rows["reports"]),
    )


_COUNT_OF = {
    "Outstanding": "outstanding",
    "Good": "good",
    "Adequate": "adequate",
    "Requires improvement": "requires_improvement",
    "Inadequate": "inadequate",
}


def _report(row: dict, grades_of: dict[tuple[str, str, str], list[tuple[str, str]]]) -> CatalogReport:
    """A stored report as the reader's plain data: its date, HMICFRS's counts and the grades held."""
    key = (row["body_id"], row["framework"], row["round"])
    return CatalogReport(
        row["body_id"],
        row["framework"],
        row["round"],
        row["published"] or "",
        counts=tuple((g, row[c]) for g, c in _COUNT_OF.items() if row[c] is not None),
        graded_total=row["graded_total"],
        grades=tuple(grades_of.get(key, ())),
    )


def read_pasted(db: sqlite_utils.Database, text: str, *, source_url: str = "") -> Proposal:
    """Read a pasted text (a press release or news story in a Slack message, a file, stdin)."""
    if len(text) <= MAX_TEXT_CHARS:
        return read_text(text, catalog(db), url=source_url)
    cut = f"Only the first {MAX_TEXT_CHARS:,} characters of the text were read (it has {len(text):,})."
    return _read_extracted(db, Extracted(text[:MAX_TEXT_CHARS], (cut,)), source_url)


def _read_extracted(db: sqlite_utils.Database, got: Extracted, source_url: str) -> Proposal:
    """Read extracted text; what cut the reading short goes first in the proposal's notes."""
    proposal = read_text(got.text, catalog(db), url=source_url)
    return replace(proposal, notes=(*got.notes, *proposal.notes)) if got.notes else proposal


def read_document(
    db: sqlite_utils.Database, data: bytes, content_type: str, *, source_url: str = ""
) -> Proposal:
    """Read an HTML page, a PDF or a text file's bytes; raise ExtractError if it is not readable."""
    return _read_extracted(db, extract(data, content_type), source_url)


def read_url(
    db: sqlite_utils.Database,
    url: str,
    *,
    allow_http: bool = False,
    max_bytes: int = downloads.MAX_DOCUMENT_BYTES,
) -> Proposal:
    """Download (guarded: https, size cap, HTML/PDF/text) and read; raise FetchError or ExtractError."""
    doc = downloads.fetch_document(url, allow_http=allow_http, max_bytes=max_bytes)
    return read_document(db, doc.data, doc.content_type, source_url=doc.url)


def is_hmicfrs(url: str) -> bool:
    """A link on HMICFRS's own sites (its report pages, publications and PDFs)."""
    host = (urlsplit(url).hostname or "").lower()
    return host.endswith("justiceinspectorates.gov.uk")


def new_area_id(wording: str) -> str:
    """A stable area id from the text's own wording of an area the round does not have yet."""
    words = re.sub(r"[^a-z0-9]+", "_", wording.lower()).strip("_")
    words = re.sub(r"^(the|a|an)_", "", words)
    return (words or "area")[:60].rstrip("_")


def areas_to_add(
    proposal: Proposal, taken: set[str]
) -> tuple[dict[str, str], dict[str, str | None], dict[str, str]]:
    """The areas a round lacks that the text grades, as (id -> name, id -> grade, id -> quote): the id the same
    words have in an earlier round, else one made from them; the name in the text's own words."""
    names: dict[str, str] = {}
    grades: dict[str, str | None] = {}
    quotes: dict[str, str] = {}
    for u in proposal.unmatched:
        area = u.suggested_area or new_area_id(u.wording)
        if area in taken or area in names:
            continue
        names[area] = u.wording[:1].upper() + u.wording[1:]
        grades[area] = u.grade
        quotes[area] = u.quote
    return names, grades, quotes


def proposal_edit(
    db: sqlite_utils.Database, proposal: Proposal, *, add_areas: bool = False, source: str = ""
) -> tuple[GradeSheet, GradeEdit]:
    """The sheet the proposal is for and the edit that records it (unmatched areas added when asked).

    Raise SheetError when the proposal names no body or round, or the store lacks them."""
    if not proposal.body or not proposal.round:
        raise SheetError("the text does not say which body and round it is about")
    sheet = grade_sheet(db, proposal.body, proposal.round)
    grades: dict[str, str | None] = {g.area: g.grade for g in proposal.grades}
    quotes = {g.area: g.quote for g in proposal.grades}
    new_areas: dict[str, str] = {}
    if add_areas:
        new_areas, new_grades, new_quotes = areas_to_add(proposal, set(sheet.grades) | set(grades))
        grades.update(new_grades)
        quotes.update(new_quotes)
    from_report = is_hmicfrs(proposal.source_url)  # a news story's date and link are not the report's
    edit = GradeEdit(
        grades=grades,
        published="" if sheet.published or not from_report else (proposal.published or ""),
        report_url="" if sheet.report_url or not from_report else proposal.source_url,
        source=source or proposal.source_url,
        evidence="",
        quotes=quotes,
        new_areas=new_areas,
    )
    return sheet, edit
