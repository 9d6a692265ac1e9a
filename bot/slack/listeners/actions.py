"""Buttons: share a private answer in the channel; pick one of several candidate bodies; full card; show more."""

from __future__ import annotations

import re
from datetime import UTC, datetime

from slack_bolt import Ack, App, BoltContext, Respond

from bot.slack.answer_cache import cached_ask
from bot.slack.blocks.common import context as context_block
from bot.slack.blocks.paging import read_more_value
from bot.slack.ids import FULL_CARD_ACTION, PICK_BODY_ACTION, SHARE_ACTION, SHOW_MORE_ACTION
from db.conversations import remember_question


def handle_share(ack: Ack, action: dict, body: dict, respond: Respond, context: BoltContext) -> None:
    ack()
    msg = cached_ask(context["store"], action.get("value") or "", shareable=False)
    user = body.get("user", {}).get("id", "")
    msg["blocks"].append(context_block(f"Shared by <@{user}>"))
    respond(response_type="in_channel", replace_original=False, **msg)
    respond(delete_original=True)


def carry_on(body: dict, question: str, context: BoltContext) -> None:
    """A button pressed on an answer in a thread or DM carries that conversation on with what it asked."""
    message, channel = body.get("message") or {}, (body.get("channel") or {}).get("id") or ""
    if not message.get("ts") or not channel or not question:
        return  # a private (ephemeral) answer belongs to no conversation
    team = (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id") or ""
    thread = message.get("thread_ts") or ("" if channel.startswith("D") else message.get("ts", ""))
    with context["store"].connect() as db:
        remember_question(db, (team, channel, thread), question, datetime.now(UTC))


def handle_pick(ack: Ack, action: dict, body: dict, respond: Respond, context: BoltContext) -> None:
    ack()
    carry_on(body, action.get("value") or "", context)
    msg = cached_ask(context["store"], action.get("value") or "")
    respond(replace_original=True, response_type="ephemeral", **msg)


def handle_full_card(ack: Ack, action: dict, body: dict, respond: Respond, context: BoltContext) -> None:
    """The body's whole card, as a new private message under the one-area answer."""
    ack()
    carry_on(body, action.get("value") or "", context)
    msg = cached_ask(context["store"], action.get("value") or "")
    respond(replace_original=False, response_type="ephemeral", **msg)


def handle_show_more(ack: Ack, action: dict, body: dict, respond: Respond, context: BoltContext) -> None:
    """The next page of a long list, as a new private message (the earlier page stays readable)."""
    ack()
    question, page = read_more_value(action.get("value") or "")
    carry_on(body, question, context)
    msg = cached_ask(context["store"], question, page=page)
    respond(replace_original=False, response_type="ephemeral", **msg)


def register(app: App) -> None:
    app.action(SHARE_ACTION)(handle_share)
    app.action(FULL_CARD_ACTION)(handle_full_card)
    app.action(SHOW_MORE_ACTION)(handle_show_more)
    app.action(re.compile(rf"^{PICK_BODY_ACTION}_\d+$"))(handle_pick)
