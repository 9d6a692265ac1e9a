"""/inspections <question>: plain-word questions (private, with a share button); subscription verbs."""

from __future__ import annotations

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.engine import ask
from bot.ids import INSPECTIONS_COMMAND

SUBSCRIPTION_VERBS = ("subscribe", "unsubscribe", "subscriptions")


def handle_inspections(
    ack: Ack, command: dict, respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    text = " ".join((command.get("text") or "").split())
    verb, _, rest = text.partition(" ")
    if verb.lower() in SUBSCRIPTION_VERBS:
        from bot.listeners.subscriptions import handle_subscription_verb

        handle_subscription_verb(verb.lower(), rest, command, respond, client, context)
        return
    with context["store"].connect() as db:
        msg = ask(db, text or "help")
    respond(response_type="ephemeral", **msg)


def register(app: App) -> None:
    app.command(INSPECTIONS_COMMAND)(handle_inspections)
