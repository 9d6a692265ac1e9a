"""The graded areas ranked by how many bodies got a grade there. Pure."""

from __future__ import annotations

from bot.questions.answers import KIND_NOUN
from bot.questions.answers.area_counts import AreaCountAnswer
from bot.questions.vocab import COMPARABILITY_CAVEAT, round_label
from bot.slack.blocks.common import Block, Message, context, divider, escape, header, message, section
from bot.slack.blocks.grade import share_button
from bot.slack.blocks.lists import grades_phrase


def render_area_counts(answer: AreaCountAnswer, question: str, *, shareable: bool = True) -> Message:
    """'Which area has the most inadequate grades': each area with its count, and what can't be placed."""
    nouns = KIND_NOUN.get(answer.kind, ("body", "bodies"))[1]
    where = f" in {answer.place}" if answer.place else ""
    what = grades_phrase(answer.grades)
    most = "fewest" if answer.fewest else "most"
    title = f"Areas with the {most} {what} grades: {nouns}{where}"
    top = answer.areas[0] if answer.areas else None
    lead = (
        f"{top[0]} has the {most} {what} grades recorded: {top[1]}, across the {answer.reports} reports of {nouns}{where}."
        if top
        else f"No {what} grades are recorded for {nouns}{where}."
    )
    lines = [f"• *{escape(a)}* — {n}" for a, n in answer.areas]
    blocks: list[Block] = [header(title[:150]), section(escape(lead))]
    blocks += [section("\n".join(lines)[:2900])] if lines else []
    notes = []
    if answer.unplaced:
        placed = ", ".join(f"{b.name} {n}" for b, n in answer.unplaced)
        total = sum(n for _, n in answer.unplaced)
        notes.append(
            f"{total} more {what} grades are known only from HMICFRS's count statements, so which areas is not "
            f"recorded here: {placed}."
        )
    rounds = ", ".join(f"{round_label(r)} for {n}" for r, n in answer.rounds)
    notes.append(
        f"Counted from each one's {round_label(answer.round) + ' ' if answer.round else 'latest '}report"
        + (f" ({rounds})." if rounds and not answer.round else ".")
    )
    if len(answer.rounds) > 1:
        notes.append(COMPARABILITY_CAVEAT)
    blocks += [divider(), context(*[escape(n) for n in notes])]
    tail: list[Block] = [share_button(question)] if shareable else []
    return message(escape(lead), blocks, tail=tail)
