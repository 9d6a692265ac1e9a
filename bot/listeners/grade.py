"""/grade <force>: a body's latest grades, privately, with a button to share."""

from __future__ import annotations

from slack_bolt import Ack, App, BoltContext, Respond

from bot.engine import grade_message
from bot.ids import GRADE_COMMAND


def handle_grade(ack: Ack, command: dict, respond: Respond, context: BoltContext) -> None:
    ack()
    with context["store"].connect() as db:
        msg = grade_message(db, command.get("text") or "")
    respond(response_type="ephemeral", **msg)


def register(app: App) -> None:
    app.command(GRADE_COMMAND)(handle_grade)
