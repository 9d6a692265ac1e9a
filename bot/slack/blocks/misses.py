"""Misses: the small *Not what I asked* button under an answer, the thanks for a click, and the admins' list
of what their people asked that the bot missed (on the App Home and with `/inspections-admin misses`)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.slack.blocks.common import (
    MAX_BLOCKS,
    Block,
    Message,
    actions,
    button,
    context,
    escape,
    header,
    message,
    section,
)
from bot.slack.ids import NOT_WHAT_I_ASKED_ACTION

BUTTON_TEXT = "Not what I asked"
KEPT = "Kept for this workspace's admins for 30 days; nobody else sees them."
_KIND = {"cant_answer": "I couldn't answer", "not_what_i_asked": "Not what they asked"}
MAX_SHOWN = 20


def is_cant_answer(msg: Message) -> bool:
    """The answer is "I can't answer that" (a miss kept for the admins)."""
    return str(msg.get("text") or "").startswith("I can't answer that")


def with_not_what_i_asked(msg: Message, question: str) -> Message:
    """The answer with the button under it (a copy: answers are cached and shared)."""
    blocks = list(msg.get("blocks") or [])
    if not blocks or len(blocks) >= MAX_BLOCKS:
        return msg
    # escaped: a value is never shown, but nothing the app sends carries a mention or a link as typed
    row = actions(button(BUTTON_TEXT, NOT_WHAT_I_ASKED_ACTION, escape(question)), block_id="not_what_i_asked")
    return {**msg, "blocks": [*blocks, row]}


def render_noted() -> Message:
    """The private thanks for a click."""
    text = "Thanks: noted for this workspace's admins, so they can see where my answers miss. " + KEPT
    return message(text, [context(escape(text))])


def _line(row: dict) -> str:
    return f"• {_KIND.get(row['kind'], row['kind'])}: “{escape(row['question'])}” · {escape(row['at'][:16].replace('T', ' '))} UTC"


def miss_blocks(rows: Sequence[dict], total: int) -> list[Block]:
    """The list for an admin: newest first, who asked never shown."""
    title = f"*Missed questions* ({total} in the last 30 days)"
    if not rows:
        return [
            section(f"{title}\nNone: every question was answered and none was marked *{BUTTON_TEXT}*."),
            context(KEPT),
        ]
    lines = [_line(r) for r in rows[:MAX_SHOWN]]
    more = f"\n…and {total - len(lines)} more" if total > len(lines) else ""
    return [section(title + "\n" + "\n".join(lines) + more), context(KEPT)]


def render_misses(rows: Sequence[dict], total: int) -> Message:
    """`/inspections-admin misses`."""
    return message(
        f"Missed questions: {total} in the last 30 days",
        [header("Missed questions"), *miss_blocks(rows, total)],
    )
