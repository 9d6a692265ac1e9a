"""The admins' grade form: `/inspections-admin grades | gaps | flags`, the Fill in buttons, and the form's
submission. Thin: ack, call bot.slack.admin, open the modal or reply privately."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.admin.form_commands import run_form_command
from bot.slack.admin.grade_form import submit_grade_form
from bot.slack.blocks.common import Message
from bot.slack.ids import FORM_VERBS, GRADE_FORM_CALLBACK, INSPECTIONS_ADMIN_COMMAND, OPEN_GRADE_FORM_ACTION
from bot.slack.listeners.admin import user_lookup


def is_form_command(command: dict) -> bool:
    """The /inspections-admin verbs answered here; every other one goes to bot.slack.listeners.admin."""
    words = (command.get("text") or "").split()
    return bool(words) and words[0].lower() in FORM_VERBS


def run(
    text: str, team_id: str, user_id: str, trigger_id: str, client: WebClient, context: BoltContext
) -> Message | None:
    return run_form_command(
        text,
        team_id=team_id,
        user_id=user_id,
        store=context["store"],
        settings=context["settings"],
        lookup_user=user_lookup(client),
        open_view=lambda view: client.views_open(trigger_id=trigger_id, view=view),
    )


def handle_form_command(
    ack: Ack, command: dict, respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()  # then views.open at once: a trigger_id lasts about 3 seconds
    reply = run(
        command.get("text") or "",
        command.get("team_id") or "",
        command.get("user_id") or "",
        command.get("trigger_id") or "",
        client,
        context,
    )
    if reply:
        respond(response_type="ephemeral", replace_original=False, **reply)


def team_of(body: dict[str, Any]) -> str:
    return (body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id") or ""


def handle_fill_in(
    ack: Ack, action: dict, body: dict, respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    user = (body.get("user") or {}).get("id") or ""
    reply = run(
        f"grades {action.get('value') or ''}",
        team_of(body),
        user,
        body.get("trigger_id") or "",
        client,
        context,
    )
    if reply and body.get("response_url"):
        respond(response_type="ephemeral", replace_original=False, **reply)
    elif reply:  # a button on the App Home has nowhere to reply but a direct message
        client.chat_postMessage(channel=user, **reply)


def handle_grade_form(ack: Ack, body: dict, view: dict, client: WebClient, context: BoltContext) -> None:
    user = (body.get("user") or {}).get("id") or ""
    outcome = submit_grade_form(
        context["store"],
        context["settings"],
        team_id=team_of(body),
        user_id=user,
        view=view,
        lookup_user=user_lookup(client),
    )
    if outcome.errors:
        ack(response_action="errors", errors=outcome.errors)
    else:
        ack()
    if outcome.reply:
        client.chat_postMessage(channel=user, **outcome.reply)


def register(app: App) -> None:
    app.command(INSPECTIONS_ADMIN_COMMAND, matchers=[is_form_command])(handle_form_command)
    app.action(OPEN_GRADE_FORM_ACTION)(handle_fill_in)
    app.view(GRADE_FORM_CALLBACK)(handle_grade_form)
