"""Turn a Slack message into readable terminal text (for `inspections-bot ask`)."""

from __future__ import annotations

import html
import re

from bot.slack.blocks.common import Message

_LINK = re.compile(r"<(https?://[^|>]+)\|([^>]+)>")
_BOLD = re.compile(r"(?<!\w)\*([^*\n]+)\*(?!\w)")
_ITALIC = re.compile(r"(?<!\w)_([^_\n]+)_(?!\w)")


def _text(mrkdwn: str) -> str:
    text = _LINK.sub(lambda m: f"{m.group(2)} ({m.group(1)})", mrkdwn)
    text = _BOLD.sub(r"\1", text)
    text = _ITALIC.sub(r"\1", text)
    return html.unescape(text)


def to_plain_text(msg: Message) -> str:
    """Headers, sections, fields and context as lines; buttons and dividers dropped or drawn simply."""
    lines: list[str] = []
    for block in msg.get("blocks") or []:
        kind = block.get("type")
        if kind == "header":
            title = block["text"]["text"]
            lines += [title, "=" * min(len(title), 72)]
        elif kind == "section":
            if "text" in block:
                lines.append(_text(block["text"]["text"]))
            lines += [_text(f["text"]) for f in block.get("fields", [])]
        elif kind == "context":
            lines.append("  ".join(_text(e.get("text", "")) for e in block["elements"]))
        elif kind == "divider":
            lines.append("-" * 40)
        elif kind == "actions" and block.get("block_id") != "share":
            labels = [e["text"]["text"] for e in block["elements"] if e.get("type") == "button"]
            lines += [f"  • {label}" for label in labels]
    if not lines:
        lines.append(_text(msg.get("text", "")))
    return "\n".join(lines).rstrip() + "\n"
