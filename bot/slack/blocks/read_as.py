"""The 'Read as: …' line on an answer whose question was repaired, rewritten or only partly understood."""

from __future__ import annotations

from bot.slack.blocks.common import Message, context, divider, escape, message


def read_as_line(read_as: str, notes: tuple[str, ...] = (), repairs: tuple[tuple[str, str], ...] = ()) -> str:
    """'Read as: *which police forces …* (offendors → offenders; not taken into account: “except”)'."""
    said = [f"{typed} → {word}" for typed, word in repairs] + list(notes)
    tail = f" ({'; '.join(said)})" if said else ""
    return f"Read as: *{escape(read_as)}*{escape(tail)}"


def with_read_as(answer: Message, line: str) -> Message:
    """The answer with the read-as line first, in its blocks and its plain-text fallback."""
    blocks = [context(line), *answer.get("blocks", [])]
    return message(f"{line}\n{answer.get('text', '')}", blocks)


def read_otherwise(answer: Message) -> bool:
    """The answer carries a read-as line: its question was read as something other than it was typed."""
    return "Read as: " in str(answer.get("text") or "")


def joined(answers: list[Message]) -> Message:
    """Two or three answers to one text, one after the other, as one message."""
    blocks: list = []
    for i, answer in enumerate(answers):
        if i:
            blocks.append(divider())
        blocks += answer.get("blocks", [])
    return message("\n\n".join(a.get("text", "") for a in answers), blocks)
