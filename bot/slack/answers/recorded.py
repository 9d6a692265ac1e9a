"""What is recorded here, body by body."""

from __future__ import annotations

from typing import Any

from bot.slack.answering import Asked
from bot.slack.blocks.common import Message


def recorded(asked: Asked) -> Any:
    from bot.questions.answers.recorded import recorded_answer

    return recorded_answer(asked.snap, asked.question)  # type: ignore[arg-type]


def render_recorded_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.recorded import render_recorded

    return render_recorded(found, asked.text, shareable=asked.shareable)
