"""*Not what I asked*: a click under an answer is kept for the workspace's admins (the latest per person
and message), and the person is thanked privately."""

from __future__ import annotations

from datetime import UTC, datetime

from slack_bolt import Ack, App, BoltContext, Respond

from bot.slack.blocks.common import unescape
from bot.slack.blocks.misses import render_noted
from bot.slack.ids import NOT_WHAT_I_ASKED_ACTION
from db.misses import record_miss


def handle_not_what_i_asked(
    ack: Ack, action: dict, body: dict, respond: Respond, context: BoltContext
) -> None:
    ack()
    user = body.get("user") or {}
    team = (body.get("team") or {}).get("id") or user.get("team_id") or ""
    channel = (body.get("channel") or {}).get("id") or ""
    ts = (body.get("container") or {}).get("message_ts") or (body.get("message") or {}).get("ts") or ""
    with context["store"].connect() as db:
        record_miss(db, team_id=team, user_id=user.get("id") or "", channel=channel, message_ts=ts,
                    kind="not_what_i_asked", question=unescape(action.get("value") or ""), now=datetime.now(UTC))  # fmt: skip
    respond(response_type="ephemeral", replace_original=False, **render_noted())


def register(app: App) -> None:
    app.action(NOT_WHAT_I_ASKED_ACTION)(handle_not_what_i_asked)
