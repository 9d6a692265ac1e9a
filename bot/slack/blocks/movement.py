"""Render movement across bodies between two rounds: improved, worse, unchanged, and who couldn't be compared."""

from __future__ import annotations

from bot.questions.answers.movement import MovementAnswer, MovementRow
from bot.questions.answers.snapshot import KIND_NOUN
from bot.questions.vocab import COMPARABILITY_CAVEAT, round_label
from bot.slack.blocks.common import Block, Message, context, divider, escape, header, message, section
from bot.slack.blocks.grade import share_button
from bot.slack.blocks.lists import grades_phrase, line_sections, names_list, report_phrase
from bot.slack.blocks.paging import more_blocks, page_of


def _line(row: MovementRow, area: bool) -> str:
    change = f"{row.before} → {row.after}" if area else f"{row.before}, {row.after}"
    return f"• *{escape(row.body.name)}* — {escape(change)} · {report_phrase(row.report)}"


def render_movement(
    answer: MovementAnswer, question: str, *, shareable: bool = True, page: int = 0
) -> Message:
    """Counts first, then the list asked for (improved or worse), paged; the caveat and the gaps in notes."""
    nouns = KIND_NOUN.get(answer.kind, ("body", "bodies"))[1]
    where = f" in {answer.place}" if answer.place else ""
    what = answer.area or "every graded area"
    span = (
        f"{round_label(answer.since)} → {round_label(answer.until)}"
        if answer.since
        else round_label(answer.until)
    )
    title = f"{nouns.capitalize()}{where}: {what}, {span}"
    compared = len(answer.improved) + len(answer.worse) + len(answer.unchanged)
    if not answer.since:
        text = (
            f"Only one round of grades for {nouns} is recorded here ({round_label(answer.until)}), "
            "so there is no movement to show yet."
        )
        return message(escape(text), [header(title), section(escape(text))])
    if not compared:
        text = f"I can't compare rounds for {what}: no {nouns}{where} have a grade recorded in both."
        empty = [header(title), section(escape(text))]
        if answer.missing:
            empty.append(context(escape(f"Not comparable: {names_list(answer.missing)}.")))
        return message(escape(text), empty)
    started = f" rated {grades_phrase(answer.start)} in {round_label(answer.since)}" if answer.start else ""
    summary = (
        f"{len(answer.improved)} improved, {len(answer.worse)} got worse and {len(answer.unchanged)} stayed the same, "
        f"of the {compared} {nouns}{where}{started} with grades for "
        + (what if answer.area else "the same areas")
        + f" in both {round_label(answer.since)} and {round_label(answer.until)}."
    )
    blocks: list[Block] = [header(title), section(f"*{escape(summary)}*")]
    area = answer.area is not None
    groups = [
        ("Improved", answer.improved),
        ("Got worse", answer.worse),
        ("Stayed the same", answer.unchanged),
    ]
    if answer.direction == "worse":
        groups = [groups[1], groups[0], groups[2]]
    first_label, first_rows = groups[0]
    lines = [_line(r, area) for r in first_rows]
    shown, left = page_of(lines, page)
    blocks.append(section(f"*{first_label} ({len(first_rows)})*"))
    blocks += line_sections(shown) if shown else [section("None.")]
    blocks += more_blocks(question, page, left, len(lines))
    if page == 0:
        for label, rows in groups[1:]:
            if rows:
                blocks.append(
                    context(escape(f"{label} ({len(rows)}): {names_list(list(r.body for r in rows), 20)}."))
                )
    rule = (
        "Each one's grade for this area in one round against the other; steps on the five-point scale."
        if area
        else "Each one's areas compared one by one; improved means more areas went up than down."
    )
    notes = [rule, COMPARABILITY_CAVEAT]
    if answer.missing and answer.start:
        notes.append(
            f"Rated {grades_phrase(answer.start)} in {round_label(answer.since)}, but the {round_label(answer.until)} "
            f"grade is not recorded here: {names_list(answer.missing)}."
        )
    elif answer.missing:
        notes.append(f"Left out, without a grade recorded in both rounds: {names_list(answer.missing)}.")
    if answer.unknown_start:
        notes.append(
            f"The {round_label(answer.since)} grade is not recorded here for {len(answer.unknown_start)} more, "
            f"so whether they were {grades_phrase(answer.start)} is unknown: {names_list(answer.unknown_start)}."
        )
    blocks += [divider(), context(*[escape(n) for n in notes])]
    tail = [share_button(question)] if shareable else []
    return message(escape(summary), blocks, tail=tail)
