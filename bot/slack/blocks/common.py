"""Block Kit primitives with Slack's limits enforced in one place."""

from __future__ import annotations

from typing import Any

Block = dict[str, Any]
Message = dict[str, Any]

MAX_BLOCKS = 50
MAX_SECTION_TEXT = 3000
MAX_HEADER = 150
MAX_FIELDS = 10
MAX_FIELD_TEXT = 2000
MAX_CONTEXT_ELEMENTS = 10
MAX_BUTTON_TEXT = 75
MAX_BUTTON_VALUE = 2000
MAX_FALLBACK_TEXT = 3000


def escape(text: str) -> str:
    """Escape &, < and > so user or data text can never become a mention, link or command."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """What `escape` wrote, back as typed (for text carried in a button's value and read back)."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def link(url: str, label: str) -> str:
    """A mrkdwn link; the label is escaped and the URL must already be trusted https. In the URL, `&` is
    written as Slack asks (`&amp;`, so a query string survives) and `<`, `>` and `|`, which would end the link
    early, are percent-encoded."""
    if not url:
        return escape(label)
    safe = url.replace("&", "&amp;").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")
    return f"<{safe}|{escape(label)}>"


def header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": _cut(text, MAX_HEADER), "emoji": True}}


def section(text: str, fields: list[str] | None = None, accessory: Block | None = None) -> Block:
    block: Block = {"type": "section", "text": {"type": "mrkdwn", "text": _cut(text, MAX_SECTION_TEXT)}}
    if fields:
        shown = fields[:MAX_FIELDS]
        block["fields"] = [{"type": "mrkdwn", "text": _cut(f, MAX_FIELD_TEXT)} for f in shown]
    if accessory:
        block["accessory"] = accessory
    return block


def context(*texts: str) -> Block:
    return {
        "type": "context",
        "elements": [
            {"type": "mrkdwn", "text": _cut(t, MAX_SECTION_TEXT)} for t in texts[:MAX_CONTEXT_ELEMENTS]
        ],
    }


def divider() -> Block:
    return {"type": "divider"}


def button(text: str, action_id: str, value: str, style: str | None = None) -> Block:
    b: Block = {
        "type": "button",
        "text": {"type": "plain_text", "text": _cut(text, MAX_BUTTON_TEXT), "emoji": True},
        "action_id": action_id,
        "value": value[:MAX_BUTTON_VALUE],
    }
    if style:
        b["style"] = style
    return b


def actions(*elements: Block, block_id: str | None = None) -> Block:
    block: Block = {"type": "actions", "elements": list(elements)[:25]}
    if block_id:
        block["block_id"] = block_id
    return block


def message(text: str, blocks: list[Block], *, tail: list[Block] | None = None) -> Message:
    """A message with a plain-text fallback; over 50 blocks, the middle is cut with 'and N more'."""
    tail = tail or []
    room = MAX_BLOCKS - len(tail)
    if len(blocks) > room:
        hidden = len(blocks) - (room - 1)
        blocks = blocks[: room - 1] + [context(f"…and {hidden} more not shown.")]
    return {"text": _cut(text, MAX_FALLBACK_TEXT), "blocks": blocks + tail}
