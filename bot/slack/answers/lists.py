"""Across bodies: who has a grade, counts, rankings, new reports, and movement between rounds."""

from __future__ import annotations

from typing import Any

from bot.questions import answers
from bot.slack.answering import Asked
from bot.slack.blocks.common import Message


def filter_list(asked: Asked) -> Any:
    return answers.filter_answer(asked.snap, asked.question)  # type: ignore[arg-type]


def render_filter_list(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.lists import render_filter

    return render_filter(found, asked.text, shareable=asked.shareable, page=asked.page)


def grade_count(asked: Asked) -> Any:
    return answers.grade_count_answer(asked.snap, asked.question)  # type: ignore[arg-type]


def render_grade_count_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.lists import render_grade_count

    return render_grade_count(found, asked.text, shareable=asked.shareable)


def body_count(asked: Asked) -> Any:
    return answers.body_count_answer(asked.snap, asked.question)  # type: ignore[arg-type]


def render_body_count_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.lists import render_body_count

    return render_body_count(found, asked.text, shareable=asked.shareable)


def rank(asked: Asked) -> Any:
    return answers.rank_answer(asked.snap, asked.question)  # type: ignore[arg-type]


def render_rank_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.lists import render_rank

    return render_rank(found, asked.text, shareable=asked.shareable)


def recent(asked: Asked) -> Any:
    return answers.recent_answer(asked.snap, asked.question, asked.today)  # type: ignore[arg-type]


def render_recent_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.lists import render_recent

    return render_recent(found, asked.text, shareable=asked.shareable, page=asked.page)


def movement(asked: Asked) -> Any:
    from bot.questions.answers.movement import movement_answer

    return movement_answer(asked.snap, asked.question)  # type: ignore[arg-type]


def render_movement_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.movement import render_movement

    return render_movement(found, asked.text, shareable=asked.shareable, page=asked.page)
