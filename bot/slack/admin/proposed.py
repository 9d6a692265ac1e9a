"""A reader's proposal on the grade form: kept as JSON, shown as pre-set selects with their sentences, and
turned back into an edit on Save (the sentence of each grade kept as proposed becomes its quote)."""

from __future__ import annotations

import re

from bot.reader import Proposal
from bot.reading import areas_to_add, is_hmicfrs
from bot.slack.blocks.forms import FormArea, Proposed, UnmatchedArea
from db.grade_entry import GradeEdit, GradeSheet, is_https_url

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _status(proposed: str, held: str | None) -> str:
    if held is None:
        return "new"
    return "same" if held == proposed else "differs"


def form_areas(sheet: GradeSheet, p: Proposal) -> tuple[FormArea, ...]:
    """The sheet's areas, each with what the text states for it: one grade (pre-set) or several (not)."""
    stated = {g.area: g for g in p.grades}
    conflicts = {c.area: c for c in p.conflicts}
    out = []
    for a in sheet.areas:
        g, c = stated.get(a.area), conflicts.get(a.area)
        proposed = Proposed(g.grade, g.quote, _status(g.grade, a.grade)) if g and not c else None
        conflict = tuple(zip(c.grades, c.quotes or ("",) * len(c.grades), strict=False)) if c else ()
        out.append(FormArea(a.area, a.name, a.grade, proposed, conflict))
    return tuple(out)


def unmatched_areas(p: Proposal) -> tuple[UnmatchedArea, ...]:
    return tuple(UnmatchedArea(u.wording, u.grade, u.quote) for u in p.unmatched)


def initial_date(p: Proposal) -> str:
    """The report's publication date when the text is HMICFRS's own and states a whole date (a news story's
    date is not the report's; the date picker takes nothing less than a day)."""
    return p.published if p.published and _DATE.match(p.published) and is_hmicfrs(p.source_url) else ""


def initial_report_url(p: Proposal) -> str:
    """The report's link when the text is HMICFRS's own page (a press story's link is not the report's)."""
    return p.source_url if is_https_url(p.source_url) and is_hmicfrs(p.source_url) else ""


def edit_with_proposal(edit: GradeEdit, p: Proposal, *, sheet_areas: set[str], add_areas: bool) -> GradeEdit:
    """The submitted edit with the proposal's sentences as quotes for the grades kept as stated, and, when
    ticked, the areas the round lacks added with their stated grades."""
    quotes = {g.area: g.quote for g in p.grades if g.quote and edit.grades.get(g.area) == g.grade}
    grades = dict(edit.grades)
    new_areas: dict[str, str] = {}
    if add_areas:
        new_areas, new_grades, new_quotes = areas_to_add(p, sheet_areas | set(grades))
        grades.update(new_grades)
        quotes.update(new_quotes)
    return GradeEdit(
        grades=grades,
        published=edit.published,
        report_url=edit.report_url,
        source=edit.source,
        evidence=edit.evidence,
        quotes={**edit.quotes, **quotes},
        new_areas={**edit.new_areas, **new_areas},
    )
