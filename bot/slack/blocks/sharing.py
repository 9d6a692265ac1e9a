"""Which bodies cover more than one of the other kind's areas (answers from bot.questions.sharing). Pure."""

from __future__ import annotations

from bot.questions.sharing import SharedAnswer
from bot.slack.blocks.common import Block, Message, context, escape, header, message, section

SOURCE = "From the store's table of which fire and rescue services cover each police force's area."


def render_shared(answer: SharedAnswer) -> Message:
    """A lead saying how many, then each body with the bodies of the other kind it covers or is covered by."""
    many = "fire and rescue services" if answer.kind == "fire" else "police forces"
    other = "police force areas" if answer.kind == "fire" else "fire and rescue services"
    verb = "cover" if answer.kind == "fire" else "are covered by"
    besides = f" other than {', '.join(b.name for b in answer.left_out)}" if answer.left_out else ""
    n = len(answer.shared)
    if n == 0:
        lead = f"None of the {many}{besides} {verb} more than one of the {other}."
    else:
        lead = f"{n} {many}{besides} {verb} more than one of the {other}."
    lines = [
        f"• *{escape(b.name)}*: {escape(', '.join(o.name for o in others))}" for b, others in answer.shared
    ]
    title = f"{many.capitalize()} that {verb} more than one of the {other}"
    blocks: list[Block] = [header(title[:150]), section(escape(lead))]
    blocks += [section("\n".join(lines)[:2900])] if lines else []
    blocks.append(context(SOURCE))
    return message(escape(lead), blocks)
