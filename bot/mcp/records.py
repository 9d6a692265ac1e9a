"""Tools across bodies and over time: rankings, movement, Engage, recent reports, and the reasons on record."""

from __future__ import annotations

from datetime import date

import sqlite_utils

from bot.mcp import arguments as arg
from bot.mcp.results import (
    EngageResult,
    EngageSpell,
    MovementResult,
    MovementRowOut,
    RankResult,
    RankRowOut,
    Reason,
    ReasonsResult,
    RecentResult,
    RecentRowOut,
)
from bot.mcp.tools import NOT_A_GUESS, body_ref, source, undated
from bot.questions import answers
from bot.questions.answers.monitoring import monitoring_answer
from bot.questions.answers.movement import movement_answer
from bot.questions.kinds import MovementQuestion, RankQuestion, RecentQuestion
from bot.questions.vocab import COMPARABILITY_CAVEAT
from db.evidence import grade_evidence

ENGAGE_NOTE = (
    "Enhanced monitoring ('Engage') history as published sources show it; where two sources give different "
    "dates for one event, both are kept."
)


def rankings(
    db: sqlite_utils.Database,
    kind: str,
    area: str | None,
    place: str | None,
    round: str | None,
    best: bool,
    limit: int,
) -> RankResult:
    snap = answers.snapshot(db)
    concept = arg.area(area, kind)
    where = arg.place(place)
    round_ = arg.round_(snap, round)
    answer = answers.rank_answer(
        snap, RankQuestion(concept.key if concept else None, best, limit, kind, where, round_)
    )
    rows = [
        RankRowOut(position=i, body=body_ref(r.body), detail=r.detail, source=source(r.report))  # type: ignore[arg-type]
        for i, r in enumerate(answer.rows, start=1)
    ]
    missing = [f"enough recorded grades to rank {b.name}" for b in answer.left_out]
    for r in answer.rows:
        missing += undated(r.body, source(r.report))
    return RankResult(
        rule=answer.rule,
        round=answer.round,
        rows=rows,
        ranked=answer.ranked,
        left_out=[b.name for b in answer.left_out],
        tied_beyond_limit=[b.name for b in answer.tied],
        not_recorded=missing,
        notes=[NOT_A_GUESS] if answer.left_out else [],
    )


def movement(
    db: sqlite_utils.Database,
    kind: str,
    area: str | None,
    since_round: str | None,
    until_round: str | None,
    direction: str,
    place: str | None,
    page: int,
) -> MovementResult:
    snap = answers.snapshot(db)
    concept = arg.area(area, kind)
    since = arg.round_(snap, since_round, "since_round")
    until = arg.round_(snap, until_round, "until_round")
    if since and until and since >= until:
        raise arg.BadArgument("until_round", f"must be a later round than since_round ({since}).")
    where = arg.place(place)
    q = MovementQuestion(concept.key if concept else None, direction, kind, where, since, until)
    answer = movement_answer(snap, q)
    groups = {"improved": answer.improved, "worse": answer.worse, "unchanged": answer.unchanged}
    chosen = [direction] if direction in ("improved", "worse", "unchanged") else list(groups)
    all_rows = [
        MovementRowOut(
            body=body_ref(r.body), change=change, before=r.before, after=r.after, steps=r.steps,
            source=source(r.report),  # type: ignore[arg-type]
        )
        for change in chosen
        for r in groups[change]
    ]  # fmt: skip
    shown, paging = arg.page(all_rows, page)
    what = f"{concept.label} grades" if concept else "grades"
    missing = [f"{what} in both rounds for {b.name}" for b in answer.missing]
    return MovementResult(
        area=answer.area,
        since=answer.since,
        until=answer.until,
        rows=shown,
        paging=paging,
        not_recorded=missing,
        notes=[COMPARABILITY_CAVEAT] + ([NOT_A_GUESS] if missing else []),
    )


def engage(
    db: sqlite_utils.Database,
    body: str | None,
    kind: str | None,
    year: str | None,
    now_only: bool,
    page: int,
    today: date,
) -> EngageResult:
    snap = answers.snapshot(db)
    who = arg.body(snap, body) if body else None
    in_year = arg.year(year)
    answer = monitoring_answer(snap, who, kind, today.isoformat(), now_only, in_year)
    pairs = list(answer.current) + ([] if now_only else list(answer.past))
    spells = [
        EngageSpell(
            body=body_ref(b),
            entered=list(p.entered),
            left=list(p.left),
            current=p.current,
            sources=list(p.sources),
        )
        for b, p in pairs
    ]
    shown, paging = arg.page(spells, page)
    missing = []
    if who is not None and not spells:
        missing.append(
            f"any enhanced monitoring (Engage) event for {who.name}"
            + (f" in {in_year}" if in_year else "")
            + "; that is not a statement that it was never in Engage"
        )
    return EngageResult(
        body=body_ref(who) if who else None,
        as_of=today.isoformat(),
        spells=shown,
        paging=paging,
        not_recorded=missing,
        notes=[ENGAGE_NOTE],
    )


def recent_reports(
    db: sqlite_utils.Database, since: date, until: date | None, kind: str | None, page: int, today: date
) -> RecentResult:
    if until is not None and until < since:
        raise arg.BadArgument("until", f"must not be before since ({since.isoformat()}).")
    snap = answers.snapshot(db)
    q = RecentQuestion(since=since.isoformat(), until=until.isoformat() if until else None, kind=kind)
    answer = answers.recent_answer(snap, q, today)
    rows = [RecentRowOut(body=body_ref(r.body), source=source(r.report)) for r in answer.rows]  # type: ignore[arg-type]
    shown, paging = arg.page(rows, page)
    missing = (
        [f"publication dates of {answer.undated} graded report(s), which are not listed here"]
        if answer.undated
        else []
    )
    notes = ["Dates known only to the month or year count as any day in it."]
    return RecentResult(
        since=since.isoformat(),
        until=until.isoformat() if until else None,
        rows=shown,
        paging=paging,
        not_recorded=missing,
        notes=notes,
    )


def reasons(
    db: sqlite_utils.Database, body: str, area: str | None, round: str | None, about_engage: bool
) -> ReasonsResult:
    snap = answers.snapshot(db)
    who = arg.body(snap, body)
    if about_engage:
        if area or round:
            raise arg.BadArgument("engage", "asks about Engage events; leave area and round out.")
        events = snap.monitoring.get(who.id, [])
        found = [
            Reason(
                about="enhanced monitoring (Engage)",
                grade_or_event=e["event"].replace("_", " "),
                date=e["date"],
                evidence=e.get("evidence") or None,
                source_url=e["source_url"] or None,
            )
            for e in events
        ]
        missing = [f"any Engage event for {who.name}"] if not events else []
        missing += [
            f"the sentence behind {r.grade_or_event} on {r.date}" for r in found if r.evidence is None
        ]
        return ReasonsResult(
            body=body_ref(who), source=None, reasons=found, not_recorded=missing, notes=[ENGAGE_NOTE]
        )
    concept = arg.area(area, who.kind)
    round_ = arg.round_(snap, round)
    report = answers.report_for(snap, who, round_)
    if report is None:
        asked = f" in round {round_}" if round_ else ""
        return ReasonsResult(
            body=body_ref(who),
            source=None,
            reasons=[],
            not_recorded=[f"any graded report for {who.name}{asked}"],
        )
    names = {a["area"]: a["name"] for a in snap.areas.get((report["framework"], report["round"]), [])}
    rows = grade_evidence(db, report["id"])
    if concept is not None:
        rows = [r for r in rows if r["area"] in concept.area_keys]
    found = [
        Reason(
            about=str(names.get(r["area"], r["area"])),
            grade_or_event=r["grade"],
            basis=r["basis"],
            evidence=r["evidence"] or None,
            source_url=r["source_url"] or None,
        )
        for r in rows
    ]
    src = source(report)
    missing = [f"the sentence behind the {r.about} grade" for r in found if r.evidence is None]
    if concept is not None and not rows:
        missing.append(f"{concept.label} grade for {who.name} in {report['round']}")
    return ReasonsResult(
        body=body_ref(who), source=src, reasons=found, not_recorded=missing + undated(who, src),
        notes=["Each sentence is what the cited source said, stored with the grade when it was loaded."],
    )  # fmt: skip
