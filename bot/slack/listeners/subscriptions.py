"""/inspections subscribe | unsubscribe | subscriptions: thin Slack glue over bot.jobs.subscriptions.

Changes and lists are posted in the channel so everyone sees them; help and errors are private.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from slack_bolt import BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.jobs.digests import DigestSchedule
from bot.jobs.subscriptions import (
    Subscribe,
    SubscriptionHelp,
    Where,
    apply_subscription,
    parse_subscription,
)
from bot.slack.blocks.common import Message
from bot.slack.blocks.subscriptions import render_help, render_invite_needed, render_result

log = logging.getLogger(__name__)


def bot_can_post(client: WebClient, channel_id: str) -> tuple[bool, str]:
    """Whether the bot is in the channel (conversations.info); unknown answers count as yes."""
    try:
        info = client.conversations_info(channel=channel_id)["channel"] or {}
    except SlackApiError as e:
        code = str(e.response.get("error") or "")
        if code in ("channel_not_found", "not_in_channel"):
            return False, "I'm not a member"
        log.warning("conversations.info for %s failed: %s", channel_id, code)
        return True, ""
    if info.get("is_archived"):
        return False, "the channel is archived"
    if info.get("is_im") or info.get("is_member", True):
        return True, ""
    return False, "I'm not a member"


def post_in_channel(client: WebClient, channel_id: str, msg: Message, respond: Respond) -> None:
    """Post for everyone to see; if Slack refuses, tell the person privately instead."""
    try:
        client.chat_postMessage(channel=channel_id, unfurl_links=False, **msg)
    except SlackApiError as e:
        log.warning("Could not post in %s: %s", channel_id, e.response.get("error"))
        respond(response_type="ephemeral", **msg)


def handle_subscription_verb(
    verb: str, rest: str, command: dict, respond: Respond, client: WebClient, context: BoltContext
) -> None:
    """Subscribe, unsubscribe or list this channel's subscriptions (called after ack)."""
    where = Where(
        command.get("team_id") or "",
        command.get("channel_id") or "",
        command.get("user_id") or "",
        command.get("enterprise_id") or None,
    )
    with context["store"].connect() as db:
        request = parse_subscription(db, verb, rest)
        if isinstance(request, SubscriptionHelp):
            respond(response_type="ephemeral", **render_help(request))
            return
        if isinstance(request, Subscribe):
            ok, why = bot_can_post(client, where.channel_id)
            if not ok:
                respond(response_type="ephemeral", **render_invite_needed(where.channel_id, why))
                return
        result = apply_subscription(db, request, where, datetime.now(UTC))
    msg, public = render_result(result, where, DigestSchedule.from_settings(context["settings"]).describe())
    if public:
        post_in_channel(client, where.channel_id, msg, respond)
    else:
        respond(response_type="ephemeral", **msg)
