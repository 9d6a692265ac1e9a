"""A reader's proposal on the grade form: kept as JSON, shown as pre-set selects with their sentences, and
turned back into an edit on Save (the sentence of each grade kept as proposed becomes its quote)."""

from __future__ import annotations

import re
from typing import Any

from bot.reader import Conflict, Proposal, ProposedGrade, Unmatched
from bot.reading import new_area_id
from bot.slack.blocks.forms import FormArea, Proposed, UnmatchedArea
from db.grade_entry import GradeEdit, GradeSheet, is_https_url

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def proposal_payload(p: Proposal) -> dict[str, Any]:
    """What db.proposals keeps: the reader's own JSON, and the body's name."""
    payload = {**p.to_json(), "body_name": p.body_name, "other_bodies": list(p.other_bodies)}
    for kept, u in zip(payload["unmatched"], p.unmatched, strict=True):
        kept["suggested_area"] = getattr(u, "suggested_area", "")
    return payload


def proposal_from_payload(d: dict[str, Any]) -> Proposal:
    """The proposal a stored payload describes."""
    return Proposal(
        body=d.get("body"),
        body_name=d.get("body_name") or "",
        framework=d.get("framework"),
        round=d.get("round"),
        published=d.get("published"),
        grades=tuple(
            ProposedGrade(g["area"], g["grade"], g.get("quote") or "") for g in d.get("grades") or []
        ),
        unmatched=tuple(
            Unmatched(u["wording"], u["grade"], u.get("quote") or "", u.get("suggested_area") or "")
            for u in d.get("unmatched") or []
        ),
        conflicts=tuple(
            Conflict(c["area"], tuple(c["grades"]), tuple(c.get("quotes") or ()))
            for c in d.get("conflicts") or []
        ),
        not_found=tuple(d.get("not_found") or ()),
        notes=tuple(d.get("notes") or ()),
        source_url=d.get("source") or "",
        other_bodies=tuple(d.get("other_bodies") or ()),
    )


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
    """The proposal's publication date when it is a whole date (the date picker takes nothing less)."""
    return p.published if p.published and _DATE.match(p.published) else ""


def initial_report_url(p: Proposal) -> str:
    return p.source_url if is_https_url(p.source_url) else ""


def edit_with_proposal(edit: GradeEdit, p: Proposal, *, sheet_areas: set[str], add_areas: bool) -> GradeEdit:
    """The submitted edit with the proposal's sentences as quotes for the grades kept as stated, and, when
    ticked, the areas the round lacks added with their stated grades."""
    quotes = {g.area: g.quote for g in p.grades if g.quote and edit.grades.get(g.area) == g.grade}
    grades = dict(edit.grades)
    new_areas: dict[str, str] = {}
    if add_areas:
        for u in p.unmatched:
            area = new_area_id(u.wording)
            if area in sheet_areas or area in grades:
                continue
            new_areas[area] = u.wording[:1].upper() + u.wording[1:]
            grades[area] = u.grade
            quotes[area] = u.quote
    return GradeEdit(
        grades=grades,
        published=edit.published,
        report_url=edit.report_url,
        source=edit.source,
        evidence=edit.evidence,
        quotes={**edit.quotes, **quotes},
        new_areas={**edit.new_areas, **new_areas},
    )
