"""The graded areas ranked by how many bodies got a grade there."""

from __future__ import annotations

from typing import Any

from bot.slack.answering import Asked
from bot.slack.blocks.common import Message


def area_counts(asked: Asked) -> Any:
    from bot.questions.answers.area_counts import area_count_answer

    return area_count_answer(asked.snap, asked.question)  # type: ignore[arg-type]


def render_area_counts_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.area_counts import render_area_counts

    return render_area_counts(found, asked.text, shareable=asked.shareable)
