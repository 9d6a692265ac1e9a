"""/grade <force>: a body's latest grades, privately, with a button to share."""

from __future__ import annotations

from slack_bolt import Ack, App, BoltContext

from bot.slack.answer_cache import cached_grade
from bot.slack.blocks.common import Message
from bot.slack.ids import GRADE_COMMAND
from bot.slack.listeners.reply import ack_with_answer


def handle_grade(ack: Ack, command: dict, context: BoltContext) -> None:
    def answer() -> Message:
        return cached_grade(context["store"], command.get("text") or "")

    ack_with_answer(ack, answer)


def register(app: App) -> None:
    app.command(GRADE_COMMAND)(handle_grade)
