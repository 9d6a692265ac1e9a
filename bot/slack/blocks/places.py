"""Answers that came through a place people live: the lines saying which body the place was taken to mean,
above the answer; police and fire asked together, one answer under the other. Pure."""

from __future__ import annotations

from collections.abc import Sequence

from bot.slack.blocks.common import MAX_BLOCKS, MAX_FALLBACK_TEXT, Message, context, divider, escape


def with_place_notes(messages: Sequence[Message], notes: Sequence[str]) -> Message:
    """One message: the notes first, then each answer (a divider between), block ids kept unique."""
    blocks: list[dict] = [context(*(escape(n) for n in notes))] if notes else []
    ids: set[str] = set()
    for i, msg in enumerate(messages):
        if i:
            blocks.append(divider())
        for block in msg.get("blocks") or []:
            block_id = block.get("block_id")
            if block_id:
                while block_id in ids:
                    block_id += "_2"
                ids.add(block_id)
                block = {**block, "block_id": block_id}
            blocks.append(block)
    if len(blocks) > MAX_BLOCKS:
        blocks = blocks[: MAX_BLOCKS - 1] + [context("…and more not shown.")]
    text = "\n\n".join([" ".join(notes), *(m.get("text", "") for m in messages)]).strip()
    return {"text": text[:MAX_FALLBACK_TEXT], "blocks": blocks}
