"""'why' through the answering table: the reasons on record for the bodies asked about."""

from __future__ import annotations

from typing import Any

from bot.questions.why import WhyQuestion
from bot.slack.answering import Asked
from bot.slack.blocks.common import Message


def why(asked: Asked) -> Any:
    from bot.questions.answers.why import why_answer

    assert isinstance(asked.question, WhyQuestion)
    return why_answer(asked.db, asked.snap, asked.question)


def render_why_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.why import render_why

    return render_why(found)
