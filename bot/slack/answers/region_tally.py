"""The regions ranked by how many areas got one grade."""

from __future__ import annotations

from typing import Any

from bot.slack.answering import Asked
from bot.slack.blocks.common import Message


def region_tally(asked: Asked) -> Any:
    from bot.questions.answers.region_tally import region_tally_answer

    return region_tally_answer(asked.snap, asked.question)  # type: ignore[arg-type]


def render_region_tally_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.region_tally import render_region_tally

    return render_region_tally(found, asked.text, shareable=asked.shareable)
