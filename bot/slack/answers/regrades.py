"""Grades changed after publication."""

from __future__ import annotations

from typing import Any

from bot.slack.answering import Asked
from bot.slack.blocks.common import Message


def regrades(asked: Asked) -> Any:
    from bot.questions.answers.regrades import regrades_answer

    return regrades_answer(asked.snap, asked.question)  # type: ignore[arg-type]


def render_regrades_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.regrades import render_regrades

    return render_regrades(found, asked.text, shareable=asked.shareable)
