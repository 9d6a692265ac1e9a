"""Words and edges: help, what a word means, bodies HMICFRS doesn't inspect, and what can't be answered."""

from __future__ import annotations

from typing import Any

from bot.questions import answers
from bot.questions.kinds import HelpQuestion, OutOfScopeQuestion
from bot.slack.answering import Asked
from bot.slack.blocks.common import Message


def help_topic(asked: Asked) -> Any:
    assert isinstance(asked.question, HelpQuestion)
    return asked.question.command


def render_help_topic(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.grade import render_grade_help
    from bot.slack.blocks.help import render_help

    return render_help() if found == "inspections" else render_grade_help()


def definition(asked: Asked) -> Any:
    return answers.definition_answer(asked.snap, asked.question)  # type: ignore[arg-type]


def render_definition_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.help import render_definition

    return render_definition(found, asked.text, shareable=asked.shareable)


def out_of_scope(asked: Asked) -> Any:
    assert isinstance(asked.question, OutOfScopeQuestion)
    return asked.question.place


def render_out_of_scope_answer(found: Any, asked: Asked) -> Message:
    from bot.slack.blocks.scope import render_out_of_scope

    return render_out_of_scope(found)


def cant_answer(asked: Asked) -> Any:
    return asked.text, getattr(asked.question, "topic", "")


def render_cant_answer_answer(found: Any, asked: Asked) -> Message:
    return cant_answer_message(*found)


def cant_answer_message(text: str, topic: str = "") -> Message:
    from bot.slack.blocks.help import CANT_ANSWER_EXAMPLES, render_cant_answer

    return render_cant_answer(answers.CantAnswer(text, CANT_ANSWER_EXAMPLES, topic))
