"""The admins' grade form: the Fill in buttons and the form's submission (`/inspections-admin grades | gaps |
flags` come through bot.slack.listeners.admin). Thin: ack, call bot.slack.admin, open the modal or reply."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.admin.grade_form import submit_grade_form
from bot.slack.blocks.common import Message
from bot.slack.ids import GRADE_FORM_CALLBACK, OPEN_GRADE_FORM_ACTION
from bot.slack.listeners.admin import AdminRequest, run_forms, user_lookup


def run(
    text: str, team_id: str, user_id: str, trigger_id: str, client: WebClient, context: BoltContext
) -> Message | None:
    """A `grades`, `gaps` or `flags` command, from a button or a form rather than typed."""
    return run_forms(AdminRequest(text, team_id, user_id, trigger_id, client, context))


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
    app.action(OPEN_GRADE_FORM_ACTION)(handle_fill_in)
    app.view(GRADE_FORM_CALLBACK)(handle_grade_form)
