"""Several bodies side by side: their grade cards, or one area."""

from __future__ import annotations

from typing import Any

from bot.questions import answers
from bot.questions.kinds import CompareQuestion
from bot.slack.answering import Asked, Done, Unknown
from bot.slack.blocks.common import Message

MAX_COMPARED = 10


def compare(asked: Asked) -> Any:
    question = asked.question
    assert isinstance(question, CompareQuestion)
    if not question.names and question.place:  # 'compare the welsh forces'
        in_place = answers.scope(asked.snap, question.kind, question.place)
        question = CompareQuestion(
            tuple(b.id for b in in_place[:MAX_COMPARED]), question.round, question.area
        )
    bodies = []
    for i, name in enumerate(question.names):
        resolution = asked.snap.resolve(name)
        if resolution.body is None:
            others = [n for j, n in enumerate(question.names) if j != i]
            return Unknown(name, tuple(resolution.suggestions), "compare " + ", ".join(others) + ",")
        if resolution.body not in bodies:
            bodies.append(resolution.body)
    if len(bodies) < 2:
        from bot.slack.answers.words import cant_answer_message

        return Done(cant_answer_message(asked.text))
    bodies = bodies[:MAX_COMPARED]
    if question.area:
        from bot.questions.answers.area import area_answer

        return ("area", [area_answer(asked.snap, b, question.area, question.round) for b in bodies])
    canonical = (
        "compare " + ", ".join(b.id for b in bodies) + (f" {question.round}" if question.round else "")
    )
    return ("cards", answers.compare_answer(asked.snap, bodies, question.round), canonical)


def render_compare_answer(found: Any, asked: Asked) -> Message:
    if found[0] == "area":
        from bot.slack.blocks.area import render_area_compare

        return render_area_compare(found[1], asked.text, shareable=asked.shareable)
    from bot.slack.blocks.compare import render_compare

    return render_compare(found[1], found[2], shareable=asked.shareable)
