"""@mentions in channels (answered in a thread) and direct messages (answered in the DM).

Each message is answered once: its channel + ts is recorded on receipt, so Slack's retries and a mention
arriving both as app_mention and as message never produce a second reply."""

from __future__ import annotations

import re
import sqlite3
from contextlib import nullcontext
from datetime import UTC, datetime

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.questions.chart_request import parse_chart_request
from bot.slack.answer_cache import cached_ask
from bot.slack.assistant import thinking
from bot.slack.blocks.misses import is_cant_answer, with_not_what_i_asked
from bot.slack.charts import send_chart_in_conversation
from bot.slack.conversation import converse
from db.misses import record_miss
from db.receipts import record_event

BUSY = "Sorry, I'm busy saving data and couldn't answer that just now: please ask again in a minute."
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
# Message subtypes that are not a person asking something (edits, joins, bot posts...).
_IGNORED_SUBTYPES = frozenset(
    {"bot_message", "message_changed", "message_deleted", "message_replied", "channel_join", "channel_leave"}
)


def _from_a_person(event: dict, context: BoltContext) -> bool:
    if event.get("bot_id") or event.get("bot_profile") or event.get("subtype") in _IGNORED_SUBTYPES:
        return False
    user = event.get("user")
    return bool(user) and user != context.bot_user_id


def conversation_of(event: dict, body: dict) -> tuple[str, str, str]:
    """Which conversation a message is in: its workspace, channel and thread (a DM's main line is '')."""
    team = body.get("team_id") or event.get("team") or ""
    if event.get("channel_type") == "im":
        return team, event.get("channel", ""), event.get("thread_ts") or ""
    return team, event.get("channel", ""), event.get("thread_ts") or event.get("ts", "")


def _answer(event: dict, body: dict, client: WebClient, context: BoltContext, *, in_thread: bool) -> None:
    channel, ts = event.get("channel", ""), event.get("ts", "")
    now = datetime.now(UTC)
    question = _MENTION.sub(" ", event.get("text") or "").strip()
    thread = (event.get("thread_ts") or ts) if in_thread else None
    with context["store"].connect() as db:
        try:
            fresh = record_event(db, f"msg:{channel}:{ts}", body.get("event_id", ""), now)
        except sqlite3.OperationalError:  # locked past every retry: Slack has its 200, so say so here
            client.chat_postMessage(channel=channel, thread_ts=thread, text=BUSY)
            return
        if not fresh:
            return
        if chart := parse_chart_request(question):
            send_chart_in_conversation(client, db, chart, channel, thread)
            return
        # a follow-up keeps what it leaves out from this thread's or DM's last question
        key = conversation_of(event, body)
        # a top-level DM question roots a thread (the agent view's conversation): it carries this question
        root = (
            (key[0], channel, ts)
            if event.get("channel_type") == "im" and not event.get("thread_ts")
            else None
        )
        question = converse(db, key, question or "help", now, root=root)
    # in the app's DM (Slack's agent view), "Looking that up…" shows until the reply clears it
    in_dm = event.get("channel_type") == "im"
    status_thread = event.get("thread_ts") or ts
    with thinking(client, channel, status_thread, reply_in_thread=bool(thread)) if in_dm else nullcontext():
        msg = cached_ask(context["store"], question, shareable=False, now=now)
        if is_cant_answer(msg):
            with context["store"].connect() as db:
                record_miss(db, team_id=key[0], user_id=event.get("user") or "", channel=channel, message_ts=ts,
                            kind="cant_answer", question=question, now=now)  # fmt: skip
        else:
            msg = with_not_what_i_asked(msg, question)
        client.chat_postMessage(channel=channel, thread_ts=thread, unfurl_links=False, **msg)


def handle_app_mention(event: dict, body: dict, client: WebClient, context: BoltContext) -> None:
    if _from_a_person(event, context):
        _answer(event, body, client, context, in_thread=True)


def handle_message(event: dict, body: dict, client: WebClient, context: BoltContext) -> None:
    if not _from_a_person(event, context):
        return
    if event.get("channel_type") == "im":
        _answer(event, body, client, context, in_thread=bool(event.get("thread_ts")))
    elif context.bot_user_id and f"<@{context.bot_user_id}" in (event.get("text") or ""):
        _answer(event, body, client, context, in_thread=True)  # the message copy of an app_mention


def register(app: App) -> None:
    app.event("app_mention")(handle_app_mention)
    app.event("message")(handle_message)
