"""Long lists a page at a time, with a 'Show more' button that asks the same question for the next page."""

from __future__ import annotations

from bot.slack.blocks.common import Block, actions, button, context
from bot.slack.ids import SHOW_MORE_ACTION

PAGE_LINES = 25  # lines a list shows per message; more than this gets a 'Show more' button
_SEPARATOR = "|"


def page_of(lines: list[str], page: int) -> tuple[list[str], int]:
    """The lines on this page (0-based), and how many come after it."""
    page = max(0, page)
    start = page * PAGE_LINES
    shown = lines[start : start + PAGE_LINES]
    return shown, max(0, len(lines) - start - len(shown))


def more_blocks(question: str, page: int, left: int, total: int) -> list[Block]:
    """'Showing 1–25 of 44' and the button for the next page; nothing when the list is complete."""
    start = max(0, page) * PAGE_LINES
    if not left and not page:
        return []
    if start >= total:
        return [context(f"That's the end of the list: all {total} were shown on earlier pages.")]
    shown_to = total - left
    blocks: list[Block] = [context(f"Showing {start + 1}–{shown_to} of {total}.")]
    if left:
        label = f"Show {min(left, PAGE_LINES)} more"
        blocks.append(
            actions(button(label, SHOW_MORE_ACTION, more_value(question, page + 1)), block_id="show_more")
        )
    return blocks


def more_value(question: str, page: int) -> str:
    """The button's value: the page to show and the question to ask again."""
    return f"{page}{_SEPARATOR}{question}"


def read_more_value(value: str) -> tuple[str, int]:
    """(question, page) from a 'Show more' button's value; page 0 for anything malformed."""
    page, sep, question = value.partition(_SEPARATOR)
    if not sep or not page.isdigit():
        return value, 0
    return question, min(int(page), 1000)
