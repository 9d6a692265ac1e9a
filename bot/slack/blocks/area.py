"""Render one body on one area, one body's areas at a grade, and several bodies on one area."""

from __future__ import annotations

from bot.questions.answers.area import GRADED_UNRECORDED, NOT_GRADED, AreaAnswer, BodyGradesAnswer
from bot.questions.answers.model import ReportRef
from bot.questions.vocab import COMPARABILITY_CAVEAT, GRADES, format_date, framework_label, round_label, scale
from bot.slack.blocks.common import (
    Block,
    Message,
    actions,
    button,
    context,
    divider,
    escape,
    header,
    link,
    message,
    section,
)
from bot.slack.blocks.counted import counted_lead, every_lead
from bot.slack.blocks.grade import flag_menu, flag_value, regraded_text, share_button
from bot.slack.blocks.lists import grades_phrase, report_phrase
from bot.slack.ids import FULL_CARD_ACTION

_ARROWS = {"up": "▲ up from", "down": "▼ down from", "same": "= same as"}


def _round(report: ReportRef) -> str:
    return f"{framework_label(report.framework)} {round_label(report.round)}"


def _dated(report: ReportRef) -> str:
    when = (
        f"published {format_date(report.published)}" if report.published else "publication date not recorded"
    )
    return f"{_round(report)}, {when}"


def full_card_button(body_id: str, round_: str | None = None) -> Block:
    """The button that shows the body's whole card (every area of that report)."""
    value = f"grade {body_id}" + (f" {round_}" if round_ else "")
    return actions(button("Full card", FULL_CARD_ACTION, value), block_id="full_card")


def area_lead(answer: AreaAnswer) -> str:
    """'No: Thames Valley Police is rated Inadequate for protecting vulnerable people (PEEL 2023–25, ...)'."""
    name = answer.body.name
    if answer.grade is None or answer.report is None:
        if len(answer.left) == 1:  # HMICFRS's count leaves one grade for it: said below
            return f"No grade for {answer.area} is recorded here for {name}."
        return f"I can't answer: no grade for {answer.area} is recorded here for {name}."
    unrecorded = next((r for r, became in answer.newer if became == GRADED_UNRECORDED), None)
    if unrecorded is not None:
        # its newer report graded the area but that grade isn't held: no yes or no from an older grade
        said = "I can't say: the" if answer.test else "I can't answer: the"
        return (
            f"{said} grade {name} got for {answer.area} in {_dated(unrecorded)} is not recorded here. "
            f"The most recent grade recorded is {answer.grade} ({_dated(answer.report)})."
        )
    verdict = {True: "Yes: ", False: "No: ", None: ""}[answer.verdict]
    tense = "is" if not answer.newer and not answer.round_asked else "was"
    lead = f"{verdict}{name} {tense} rated {answer.grade} for {answer.area} ({_dated(answer.report)})."
    return lead + _first_graded(answer)


def _first_graded(answer: AreaAnswer) -> str:
    """' It was rated Adequate when the report was published; the grade was changed on …: “…”' when the grade
    asked about is the one a regrade replaced ('wasnt it adequate when the report came out?')."""
    r = answer.regraded
    if r is None or r.previous not in answer.test:
        return ""
    why = f": “{r.evidence.rstrip('.')}”." if r.evidence else "."
    when = f"{'on' if r.on.count('-') == 2 else 'in'} {format_date(r.on)}"
    return f" It was rated {r.previous} when the report was published; the grade was changed {when}{why}"


def _newer_note(answer: AreaAnswer) -> str:
    """Why the grade comes from an older report: what each newer report did with the area."""
    parts: list[str] = []
    for report, became in answer.newer:
        which = (
            "earlier report"
            if parts
            else "report in the round asked"
            if answer.round_asked
            else "latest report"
        )
        did = {
            GRADED_UNRECORDED: f"graded {answer.area}, but that grade is not recorded here",
            NOT_GRADED: f"left {answer.area} not graded: HMICFRS's count of its grades shows every grade it gave "
            "is recorded here",
        }.get(became, f"did not grade {answer.area}")
        parts.append(f"Its {which} ({_dated(report)}) {did}.")
    if answer.left:
        parts.append(_left_note(answer.left))
    if answer.report is not None and parts:
        parts.append(f"So this is the most recent report that did: {_round(answer.report)}.")
    return " ".join(parts)


def _left_note(left: tuple[tuple[str, int], ...]) -> str:
    """What HMICFRS's count of that report's grades leaves for the areas not recorded here."""
    grades = ", ".join(f"{n} {g.lower()}" for g, n in left)
    if len(left) == 1:
        return f"HMICFRS's count of that report's grades leaves only {left[0][0].lower()} for the areas not recorded here ({grades}), so that was this area's grade."
    return f"HMICFRS's count of that report's grades leaves {grades} for the areas not recorded here; this area's grade is one of those."


def render_area(answer: AreaAnswer, question: str, *, shareable: bool = True) -> Message:
    """One body, one area: a plain lead, the grade on the scale, movement, source, and the full card button."""
    lead = area_lead(answer)
    blocks: list[Block] = [header(f"{answer.body.name}: {answer.area}"), section(escape(lead))]
    notes: list[str] = []
    if answer.grade and answer.report:
        line = (
            f"*{escape(answer.area_name)}*  {scale(answer.grade)}  *{escape(answer.grade)}*"
            f"{regraded_text(answer.regraded)}"
        )
        if answer.movement and answer.previous:
            line += f"  ·  {_ARROWS[answer.movement]} {escape(answer.previous_grade or '')} in {round_label(answer.previous.round)}"
            notes.append(f"Movement compares with {_dated(answer.previous)}. {COMPARABILITY_CAVEAT}")
        elif answer.previous is None:
            line += "  ·  earlier grade for this area not recorded here"
        report = answer.report
        menu = flag_menu(
            flag_value(report.framework, report.round, answer.body.id, answer.area_key, answer.grade)
        )
        blocks.append(section(line, accessory=menu))
        sources = [report_phrase(answer.report)]
        if answer.source_url:
            sources.append(link(answer.source_url, "Source for this grade"))
        blocks.append(context(*sources))
    newer = _newer_note(answer)
    if newer:
        blocks.append(section(escape(newer)))
    if not answer.grade:
        notes.append("Unknown grades stay unknown: nothing is guessed.")
    blocks.append(divider())
    blocks.append(context(*[escape(n) for n in notes] or ["Grades as published by HMICFRS."]))
    tail = [full_card_button(answer.body.id)]
    if shareable:
        tail.append(share_button(question))
    return message(escape(lead), blocks, tail=tail)


def _from_counts(answer: BodyGradesAnswer, what: str, where: str) -> str:
    """'No: none of its 8 areas was rated good (4 requires improvement, 4 inadequate); which areas isn't
    recorded here': a yes/no answered from HMICFRS's count statement when the areas' grades are not held."""
    counts = answer.statement or {}
    total = sum(counts.values())
    hits = sum(counts.get(g, 0) for g in answer.grades)
    given = ", ".join(f"{n} {g.lower()}" for g in GRADES if (n := counts.get(g, 0)))
    if hits:
        lead = f"{hits} of {answer.body.name}'s {total} areas {'was' if hits == 1 else 'were'} rated {what}"
        lead = ("Yes: " if answer.yes_no else "") + lead
    else:
        lead = f"none of {answer.body.name}'s {total} areas was rated {what}"
        lead = "No: " + lead if answer.yes_no else lead[0].upper() + lead[1:]
    missing = hits - len(answer.matches)
    if answer.matches:
        unknown = f"which {missing} of them {'is' if missing == 1 else 'are'} not"
    else:
        unknown = {
            0: "its areas' grades are not",
            1: "which one it is, I can't answer: its grade is not",
        }.get(hits, "which ones they are, I can't answer: their grades are not")
    return f"{lead} ({given}; {where}); {unknown} recorded here."


def _render_pillar(answer: BodyGradesAnswer, question: str, *, shareable: bool) -> Message:
    """'Avon FRS effectiveness pillar': each area of the pillar with its grade, or not recorded."""
    name, pillar = answer.body.name, answer.pillar.capitalize()
    title = f"{name}: {pillar} pillar"
    if answer.report is None:
        text = f"I can't answer: I don't have a graded report for {name} in the round asked."
        return message(escape(text), [header(title), section(escape(text))])
    lead = (
        f"{name}'s grades for the {pillar} pillar ({_dated(answer.report)}): {len(answer.matches)} of its "
        f"{answer.areas} areas recorded here."
    )
    lines = [f"• *{escape(a)}* — {scale(g)} {escape(g)}" for a, g in answer.matches]
    lines += [f"• *{escape(a)}* — not recorded here" for a in answer.unrecorded]
    blocks: list[Block] = [header(title), section(escape(lead))]
    if lines:
        blocks.append(section("\n".join(lines)))
    if answer.unrecorded:
        blocks.append(context("A grade not recorded here is unknown, never guessed."))
    blocks += [context(report_phrase(answer.report))]
    tail = [full_card_button(answer.body.id, answer.report.round)]
    if shareable:
        tail.append(share_button(question))
    return message(escape(lead), blocks, tail=tail)


def render_body_grades(answer: BodyGradesAnswer, question: str, *, shareable: bool = True) -> Message:
    """'Which areas did Cambridgeshire get inadequate in': that body's areas at the grades asked."""
    what = grades_phrase(answer.grades)
    name = answer.body.name
    title = f"{name}: areas rated {what}"
    if answer.pillar:
        return _render_pillar(answer, question, shareable=shareable)
    if answer.report is None:
        text = f"I can't answer: I don't have a graded report for {name} in the round asked."
        return message(escape(text), [header(title), section(escape(text))])
    n = len(answer.matches)
    where = f"{_dated(answer.report)}"
    whole = every_lead(answer, what, where) if answer.every else counted_lead(answer, what, where)
    if whole:
        lead = whole
    elif n:
        lead = f"{name} was rated {what} in {n} of {answer.areas} areas ({where})."
    elif not answer.recorded and answer.statement and sum(answer.statement.values()):
        lead = _from_counts(answer, what, where)
    elif not answer.recorded:
        lead = f"I can't answer: no grades from {name}'s report ({where}) are recorded here."
    else:
        lead = f"None of {name}'s {answer.recorded} recorded grades is {what} ({where})."
    if answer.yes_no and answer.recorded and not whole:
        lead = ("Yes: " if n else "No: ") + lead
    counted = bool(answer.statement and sum(answer.statement.values()))
    blocks: list[Block] = [header(title), section(escape(lead))]
    if n:
        blocks.append(
            section("\n".join(f"• *{escape(a)}* — {scale(g)} {escape(g)}" for a, g in answer.matches))
        )
    if answer.every and answer.rest:  # where it was not
        blocks.append(section("\n".join(f"• *{escape(a)}* — {scale(g)} {escape(g)}" for a, g in answer.rest)))
    if answer.earlier is not None:
        found = "; ".join(f"{a}: {g}" for a, g in answer.earlier_matches) or f"none {what}"
        plural = "s" if answer.recorded != 1 else ""
        shown = (
            f"That report graded only {answer.recorded} area{plural}."
            if answer.recorded
            else "Its areas' grades are not recorded here."
        )
        fuller = f"{shown} The most recent fuller report, {_dated(answer.earlier)}, rated {what}: {found}."
        if counted:
            fuller = f"Earlier, {_dated(answer.earlier)} rated {what}: {found}."
        if answer.last_given:
            fuller = f"The last report that rated it {what}, {_dated(answer.earlier)}: {found}."
        blocks.append(section(escape(fuller)))
    notes = [
        f"From {_round(answer.report)}: {answer.recorded} of its {answer.areas} areas have a grade recorded here."
    ]
    if answer.recorded < answer.areas:
        notes.append("Areas with no grade recorded are left out rather than guessed.")
    blocks += [context(report_phrase(answer.report)), divider(), context(*[escape(x) for x in notes])]
    tail = [full_card_button(answer.body.id, answer.report.round)]
    if shareable:
        tail.append(share_button(question))
    return message(escape(lead), blocks, tail=tail)


def render_area_compare(answers: list[AreaAnswer], question: str, *, shareable: bool = True) -> Message:
    """Several bodies on one area, side by side, each from the most recent report that graded it."""
    area = answers[0].area
    title = f"Compared on {area}: " + ", ".join(a.body.name for a in answers)
    lines = []
    for a in answers:
        if a.grade and a.report:
            lines.append(
                f"• *{escape(a.body.name)}* — {scale(a.grade)} *{escape(a.grade)}* · {report_phrase(a.report)}"
            )
        else:
            lines.append(f"• *{escape(a.body.name)}* — _not recorded here_")
    blocks: list[Block] = [header(title), section("\n".join(lines))]
    notes = [
        f"Each one's most recent report that graded {area}."
        + "".join(f" {_newer_note(a)}" for a in answers if a.newer and a.grade)
    ]
    if len({a.report.round for a in answers if a.report}) > 1:
        notes.append(COMPARABILITY_CAVEAT)
    blocks += [divider(), context(*[escape(n) for n in notes])]
    tail = [share_button(question)] if shareable else []
    fallback = f"{area}: " + "; ".join(f"{a.body.name} {a.grade or 'not recorded'}" for a in answers)
    return message(escape(fallback), blocks, tail=tail)
