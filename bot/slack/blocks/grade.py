"""Render /grade answers: a body's grades area by area, its report, and movement since the last round."""

from __future__ import annotations

from bot.questions.answers import AreaGrade, GradeAnswer, NoReportAnswer, UnknownBodyAnswer
from bot.questions.answers.model import Regrade
from bot.questions.vocab import (
    COMPARABILITY_CAVEAT,
    format_date,
    framework_label,
    report_title,
    round_label,
    scale,
)
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
from bot.slack.ids import FLAG_GRADE_ACTION, PICK_BODY_ACTION, SHARE_ACTION

_ARROWS = {"up": "▲ up from", "down": "▼ down from", "same": "= same as"}


def share_button(question: str) -> Block:
    """The button that posts a private answer into the channel for everyone."""
    return actions(button("Share in channel", SHARE_ACTION, question), block_id="share")


def flag_value(framework: str, round_: str, body_id: str, area: str, grade: str | None) -> str:
    """What a 'This looks wrong' menu item carries: which grade, and what the answer showed."""
    return "|".join((framework, round_, body_id, area, grade or ""))


def flag_menu(value: str) -> Block:
    """The ⋯ menu on a grade, with one item: 'This looks wrong'; anyone may use it."""
    option = {
        "text": {"type": "plain_text", "text": "This looks wrong…", "emoji": True},
        "value": value[:150],
    }
    return {"type": "overflow", "action_id": FLAG_GRADE_ACTION, "options": [option]}


def _movement_text(area: AreaGrade, previous_round: str) -> str:
    if area.movement:
        return f"{_ARROWS[area.movement]} {area.previous} in {round_label(previous_round)}"
    if area.grade and not area.previous_graded:
        return f"not graded under this name in {round_label(previous_round)}"
    if area.grade and not area.previous:
        return f"{round_label(previous_round)} grade not recorded here"
    return ""


def regraded_text(r: Regrade | None) -> str:
    """', regraded from Adequate on 8 August 2024 (source)' for a grade HMICFRS changed after publication."""
    if r is None:
        return ""
    source = f" ({link(r.source, 'source')})" if r.source.startswith(("https://", "http://")) else ""
    when = f"{'on' if r.on.count('-') == 2 else 'in'} {format_date(r.on)}"
    return f", regraded from {escape(r.previous)} {when}{source}"


def _area_line(area: AreaGrade, previous_round: str | None, ungraded: bool = False) -> str:
    grade = (
        f"*{area.grade}*"
        if area.grade
        else ("_not graded in this report_" if ungraded else "_not recorded here_")
    )
    line = f"{scale(area.grade)}  {grade}{regraded_text(area.regraded)}"
    if previous_round:
        moved = _movement_text(area, previous_round)
        if moved:
            line += f"  ·  {moved}"
    return line


def counts_text(counts: dict[str, int]) -> str:
    parts = [f"{n} {g.lower()}" for g, n in counts.items() if n]
    return ", ".join(parts) if parts else "no counts given"


def render_grade(answer: GradeAnswer, question: str, *, shareable: bool = True) -> Message:
    """Block Kit for a body's grades, with a plain-text fallback."""
    body, report = answer.body, answer.report
    title = f"{body.name}: {framework_label(report.framework)} {round_label(report.round)}"
    published = format_date(report.published)
    report_link = link(report.url, "Read the report") if report.url else "_report link not recorded_"
    blocks: list[Block] = [
        header(title),
        context(
            f"{escape(report_title(report.framework, report.round, body.name))}",
            f"Published {published}",
            report_link,
        ),
    ]
    if answer.in_engage_since:
        blocks.append(
            context(f"⚠️ In HMICFRS enhanced monitoring (Engage) since {format_date(answer.in_engage_since)}.")
        )
    prev_round = answer.previous.round if answer.previous else None
    # HMICFRS's own count says how many areas the report graded: when every one is recorded, an area left
    # blank was not graded in it (the Isles of Scilly: no major incidents grade), not missing here
    graded = sum(1 for a in answer.areas if a.grade)
    counted = answer.counts or {}
    ungraded = bool(counted) and sum(counted.values()) == graded and graded < len(answer.areas)
    for area in answer.areas:
        menu = flag_menu(flag_value(report.framework, report.round, body.id, area.area, area.grade))
        line = _area_line(area, prev_round, ungraded)
        blocks.append(section(f"*{escape(area.name)}*\n{line}", accessory=menu))
    notes = []
    if ungraded:
        notes.append(
            f"HMICFRS graded {graded} of {len(answer.areas)} areas in this report (its summary: "
            f"{counts_text(counted)}); every grade it gave is recorded here."
        )
    elif answer.unrecorded:
        note = (
            f"{answer.unrecorded} of {len(answer.areas)} areas have no grade recorded here; "
            "they are left blank rather than guessed."
        )
        if answer.counts:
            note += f" HMICFRS's summary for this report: {counts_text(answer.counts)}."
        notes.append(note)
    elif counted:  # 'how many areas were we graded on': the report's own count, said
        notes.append(f"HMICFRS graded {sum(counted.values())} areas in this report: {counts_text(counted)}.")
    if not any(a.grade for a in answer.areas) and not answer.counts:
        notes.append("I can't answer with its grades: none from this report is recorded here yet.")
    if answer.previous:
        notes.append(
            f"Movement compares with {round_label(answer.previous.round)} "
            f"(published {format_date(answer.previous.published)}). {COMPARABILITY_CAVEAT}"
        )
    blocks.append(divider())
    blocks.append(context(*[escape(n) for n in notes] or ["Grades as published by HMICFRS."]))
    tail = [share_button(question)] if shareable else []
    return message(_grade_fallback(answer, title, published), blocks, tail=tail)


def _grade_fallback(answer: GradeAnswer, title: str, published: str) -> str:
    graded = "; ".join(f"{a.name}: {a.grade or 'not recorded'}" for a in answer.areas)
    return escape(f"{title} (published {published}). {graded}")


def render_no_report(answer: NoReportAnswer) -> Message:
    if answer.round and answer.held and answer.round < answer.held[-1] and answer.round not in answer.held:
        # 'kent's peel 2018/19 grades': an earlier round than any held
        fire = answer.body.kind == "fire"
        framework = "fire and rescue inspection" if fire else "PEEL"
        rounds = ", ".join(round_label(r) for r in answer.held)
        text = (
            f"I can't answer that: no {framework} {round_label(answer.round)} report is held here, for any "
            f"{'fire and rescue service' if fire else 'police force'}; the {framework} rounds held are {rounds}. "
            f"Ask without the round for {answer.body.name}'s latest grades."
        )
    elif answer.round:  # 'any 2025-27 grades for kent fire yet': that round's, not the latest's
        text = (
            f"I can't answer: {answer.body.name}'s {round_label(answer.round)} grades are not recorded here yet (no "
            f"graded report of that round is held for it). Ask without the round for its latest grades."
        )
    elif answer.earlier and answer.held:  # 'and the previous round?' where only one round is held
        framework = "fire and rescue inspection" if answer.body.kind == "fire" else "PEEL"
        rounds = ", ".join(round_label(r) for r in answer.held)
        text = (
            f"I can't answer that: no {framework} report for {answer.body.name} earlier than its latest is held "
            f"here; the {framework} rounds held are {rounds}."
        )
    else:
        text = f"I can't answer: I don't have a graded inspection report for {answer.body.name} yet."
    return message(escape(text), [section(escape(text))])


def render_unknown_body(answer: UnknownBodyAnswer) -> Message:
    """'Did you mean' with up to three candidates as buttons, or usage help when nothing is close."""
    typed = escape(answer.query[:100])
    if not answer.suggestions:
        text = f"I don't know a police force or fire and rescue service called “{typed}”."
        return message(
            text,
            [
                section(text),
                context("Try a name as people write it: `cambs`, `the Met`, `TVP`, `Avon & Somerset`."),
            ],
        )
    text = f"I'm not sure which you mean by “{typed}”. Did you mean:"
    buttons = [
        button(b.name, f"{PICK_BODY_ACTION}_{i}", f"{answer.command} {b.id} {answer.rest}".strip())
        for i, b in enumerate(answer.suggestions)
    ]
    names = ", ".join(b.name for b in answer.suggestions)
    return message(f"{text} {escape(names)}?", [section(text), actions(*buttons, block_id="pick_body")])


GRADE_HELP_EXAMPLES = (
    "/grade cambridgeshire",
    "/grade the Met",
    "/grade Avon & Somerset",
    "/grade TVP",
    "/grade kent 2021-22",
    "/grade essex fire",
)


def render_grade_help(problem: str | None = None) -> Message:
    """Usage for /grade, with examples that work."""
    lines = [
        "*/grade <police force or fire and rescue service> [round]*",
        "Shows the latest HMICFRS grades area by area, the report's date and link, "
        "and how each area moved since the previous round.",
        "Examples: " + ", ".join(f"`{e}`" for e in GRADE_HELP_EXAMPLES),
    ]
    blocks = [section("\n".join(lines))]
    if problem:
        blocks.insert(0, section(escape(problem)))
    return message(escape(problem or "") + " Usage: /grade <force or fire service>", blocks)
