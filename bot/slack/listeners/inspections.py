"""/inspections <question>: plain-word questions (private, with a share button); subscription verbs."""

from __future__ import annotations

from datetime import UTC, datetime

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.questions.chart_request import parse_chart_request
from bot.slack.answer_cache import cached_ask
from bot.slack.blocks.common import Message
from bot.slack.blocks.misses import is_cant_answer, with_not_what_i_asked
from bot.slack.charts import send_private_chart
from bot.slack.conversation import follow_up
from bot.slack.ids import INSPECTIONS_COMMAND
from bot.slack.listeners.reply import ack_with_answer
from bot.slack.listeners.subscriptions import handle_subscription_verb
from db.misses import record_miss

SUBSCRIPTION_VERBS = ("subscribe", "unsubscribe", "subscriptions")


def handle_inspections(
    ack: Ack, command: dict, respond: Respond, client: WebClient, context: BoltContext
) -> None:
    text = " ".join((command.get("text") or "").split())
    verb, _, rest = text.partition(" ")
    if verb.lower() in SUBSCRIPTION_VERBS:
        ack()
        handle_subscription_verb(verb.lower(), rest, command, respond, client, context)
        return
    if chart := parse_chart_request(text):
        ack()  # drawing can take a second; the picture follows through response_url
        with context["store"].connect() as db:
            send_private_chart(client, db, chart, respond, command.get("user_id", ""))
        return

    def answer() -> Message:
        with context["store"].connect() as db:  # read as a mention's or a DM's first turn is read
            asked = follow_up(db, text, None) if text else "help"
        msg = cached_ask(context["store"], asked)
        if not is_cant_answer(msg):
            return with_not_what_i_asked(msg, text) if text else msg
        with context["store"].connect() as db:
            record_miss(db, team_id=command.get("team_id") or "", user_id=command.get("user_id") or "",
                        channel=command.get("channel_id") or "", message_ts=command.get("trigger_id") or text,
                        kind="cant_answer", question=text, now=datetime.now(UTC))  # fmt: skip
        return msg

    ack_with_answer(ack, answer)


def register(app: App) -> None:
    app.command(INSPECTIONS_COMMAND)(handle_inspections)
