"""/inspections subscribe | unsubscribe | subscriptions: channel digests of new reports.

Changes and lists are posted in the channel so everyone sees them; help and errors are private.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlite_utils
from slack_bolt import BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.jobs.digests import DigestSchedule
from bot.questions.answers import directory
from bot.questions.names import normalise
from bot.slack.blocks.common import Message, escape
from bot.slack.blocks.digest import (
    SubscriptionView,
    Target,
    render_already_subscribed,
    render_did_you_mean,
    render_invite_needed,
    render_subscribed,
    render_subscription_help,
    render_subscription_list,
    render_unsubscribed,
)
from db import subscriptions as store

log = logging.getLogger(__name__)

CADENCE_WORDS = {"daily": "daily", "weekly": "weekly", "instant": "instant", "instantly": "instant"}
MAX_INPUT = 200
_ALL = {"", "all", "everything", "all reports", "all new reports"}
_POLICE = {"police", "police forces", "forces", "peel", "all police", "all forces"}
_FIRE = {"fire", "fire and rescue", "fire services", "fire and rescue services", "frs", "all fire"}


class SubscriptionUsageError(Exception):
    """What was typed cannot be a subscription; the message says why (already escaped)."""

    def __init__(self, message: str, suggestions: tuple[str, ...] = ()):
        super().__init__(message)
        self.suggestions = suggestions


@dataclass(frozen=True)
class Request:
    target: Target
    cadence: str


def split_cadence(text: str) -> tuple[str, str | None]:
    """'kent daily' -> ('kent', 'daily'); no cadence word -> (text, None)."""
    words = text.split()
    if words and words[-1].lower() in CADENCE_WORDS:
        return " ".join(words[:-1]), CADENCE_WORDS[words[-1].lower()]
    return text, None


def parse_target(db: sqlite_utils.Database, text: str) -> Target:
    """What a channel wants to follow: all, police, fire, a country, a region, or one body."""
    key = normalise(text)
    if key in _ALL:
        return Target("all", "", "all new reports")
    if key in _POLICE:
        return Target("police", "", "police forces")
    if key in _FIRE:
        return Target("fire", "", "fire and rescue services")
    regions, countries = store.regions_and_countries(db)
    for country in countries:
        if normalise(country) == key:
            return Target("country", country, country)
    for region in regions:
        if normalise(region) in (key, key.removeprefix("the ")):
            return Target("region", region, f"{region} (region)")
    found = directory(db).resolve(text)
    if found.body is not None:
        return Target("body", found.body.id, found.body.name)
    if found.suggestions:
        raise SubscriptionUsageError(text, tuple(b.name for b in found.suggestions))
    raise SubscriptionUsageError(
        f"I don't know a police force, fire and rescue service, region or country called “{escape(text[:100])}”."
    )


def parse_request(db: sqlite_utils.Database, rest: str) -> Request:
    """Parse '[target] [cadence]'; weekly unless said otherwise."""
    if len(rest) > MAX_INPUT:
        raise SubscriptionUsageError("That is longer than any name I know; try a shorter one.")
    text, cadence = split_cadence(rest)
    return Request(parse_target(db, text), cadence or "weekly")


def label(row: dict) -> str:
    """Words for a stored subscription's target."""
    kind, target = row["target_kind"], row["target"]
    if kind == "body":
        return row.get("body_name") or target
    if kind == "region":
        return f"{target} (region)"
    return {"all": "all new reports", "police": "police forces", "fire": "fire and rescue services"}.get(
        kind, target
    )


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
    team, channel, user = (
        command.get("team_id") or "",
        command.get("channel_id") or "",
        command.get("user_id") or "",
    )
    schedule = DigestSchedule.from_settings(context["settings"])
    with context["store"].connect() as db:
        if verb == "subscriptions" or (verb == "unsubscribe" and not rest.strip()):
            views = [
                SubscriptionView(label(r), r["cadence"], r["paused_reason"])
                for r in store.channel_subscriptions(db, team, channel)
            ]
            msg = render_subscription_list(views, schedule.describe())
            if views and verb == "subscriptions":
                post_in_channel(client, channel, msg, respond)
            else:
                respond(
                    response_type="ephemeral",
                    **(
                        msg
                        if views
                        else render_subscription_help(
                            "This channel has no subscriptions to new HMICFRS reports."
                        )
                    ),
                )
            return
        if rest.strip().lower() in ("help", "?"):
            respond(response_type="ephemeral", **render_subscription_help())
            return
        if verb == "unsubscribe":
            _unsubscribe(db, team, channel, user, rest, respond, client)
            return
        try:
            request = parse_request(db, rest)
        except SubscriptionUsageError as e:
            respond(response_type="ephemeral", **_usage_reply(e))
            return
        ok, why = bot_can_post(client, channel)
        if not ok:
            respond(response_type="ephemeral", **render_invite_needed(channel, why))
            return
        before = {
            (r["target_kind"], r["target"]): r["cadence"]
            for r in store.channel_subscriptions(db, team, channel)
        }
        outcome, _row = store.add_subscription(
            db,
            team_id=team,
            enterprise_id=command.get("enterprise_id") or None,
            channel_id=channel,
            target_kind=request.target.kind,
            target=request.target.value,
            cadence=request.cadence,
            created_by=user,
            now=datetime.now(UTC),
        )
    when = schedule.describe().get(request.cadence, "")
    if outcome == "exists":
        respond(response_type="ephemeral", **render_already_subscribed(request.target, request.cadence, when))
        return
    previous = before.get((request.target.kind, request.target.value), "")
    post_in_channel(
        client,
        channel,
        render_subscribed(outcome, request.target, request.cadence, user, when, previous),
        respond,
    )


def _usage_reply(e: SubscriptionUsageError) -> Message:
    """'Did you mean' buttons when the target was nearly a name, else specific help."""
    return render_did_you_mean(str(e), e.suggestions) if e.suggestions else render_subscription_help(str(e))


def _unsubscribe(
    db, team: str, channel: str, user: str, rest: str, respond: Respond, client: WebClient
) -> None:
    text, _cadence = split_cadence(rest)
    if normalise(text) in ("all", "everything"):
        removed = store.remove_subscriptions(db, team, channel)
    else:
        try:
            target = parse_target(db, text)
        except SubscriptionUsageError as e:
            respond(response_type="ephemeral", **_usage_reply(e))
            return
        removed = store.remove_subscriptions(db, team, channel, target.kind, target.value)
    if not removed:
        current = ", ".join(label(r) for r in store.channel_subscriptions(db, team, channel)) or "nothing"
        problem = f"This channel isn't subscribed to “{escape(text[:100])}”. It follows: {escape(current)}."
        respond(response_type="ephemeral", **render_subscription_help(problem))
        return
    post_in_channel(client, channel, render_unsubscribed([label(r) for r in removed], user), respond)
