"""'This looks wrong': the ⋯ menu on a grade opens a small form for anyone; admins resolve flags."""

from __future__ import annotations

import logging

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.admin.flags import flag_form_view, resolution_from, resolve_form_view, submit_flag
from bot.slack.admin.guard import refusal_for
from bot.slack.blocks.forms import HOW_BLOCK, render_flag_thanks
from bot.slack.ids import FLAG_FORM_CALLBACK, FLAG_GRADE_ACTION, RESOLVE_FLAG_ACTION, RESOLVE_FLAG_CALLBACK
from bot.slack.listeners.admin import user_lookup
from bot.slack.listeners.forms import run, team_of

log = logging.getLogger(__name__)


def handle_flag_menu(ack: Ack, action: dict, body: dict, client: WebClient, context: BoltContext) -> None:
    ack()
    with context["store"].connect() as db:
        view = flag_form_view(db, (action.get("selected_option") or {}).get("value") or "")
    if view:
        client.views_open(trigger_id=body.get("trigger_id") or "", view=view)


def handle_flag_form(ack: Ack, body: dict, view: dict, client: WebClient, context: BoltContext) -> None:
    user, channel = (body.get("user") or {}).get("id") or "", context["settings"].admin_channel
    with context["store"].connect() as db:
        outcome = submit_flag(db, team_id=team_of(body), user_id=user, view=view)
    if outcome.errors:
        ack(response_action="errors", errors=outcome.errors)
        return
    ack(response_action="update", view=render_flag_thanks(bool(channel)))
    if channel and outcome.alert:
        try:
            client.chat_postMessage(channel=channel, **outcome.alert)
        except SlackApiError as e:  # stored all the same: `/inspections-admin flags` lists it
            log.warning("Could not post a flag to ADMIN_CHANNEL: %s", e.response.get("error"))


def handle_resolve_button(
    ack: Ack, action: dict, body: dict, respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    user = (body.get("user") or {}).get("id") or ""
    refused = refusal_for(user, context["settings"], user_lookup(client), shared=False)
    if refused:
        respond(response_type="ephemeral", replace_original=False, **refused[0])
        return
    with context["store"].connect() as db:
        view = resolve_form_view(db, team_of(body), int(action.get("value") or 0))
    if view is None:
        respond(response_type="ephemeral", replace_original=False, text="That flag is already resolved.")
        return
    client.views_open(trigger_id=body.get("trigger_id") or "", view=view)


def handle_resolve_form(ack: Ack, body: dict, view: dict, client: WebClient, context: BoltContext) -> None:
    flag_id, how = resolution_from(view)
    if not how:
        ack(response_action="errors", errors={HOW_BLOCK: "Say how it was resolved."})
        return
    user = (body.get("user") or {}).get("id") or ""
    reply = run(f"flags resolve {flag_id} {how}", team_of(body), user, "", client, context)
    ack()  # after the quick write, so whoever submitted sees it done
    if reply:
        client.chat_postMessage(channel=user, **reply)


def register(app: App) -> None:
    app.action(FLAG_GRADE_ACTION)(handle_flag_menu)
    app.view(FLAG_FORM_CALLBACK)(handle_flag_form)
    app.action(RESOLVE_FLAG_ACTION)(handle_resolve_button)
    app.view(RESOLVE_FLAG_CALLBACK)(handle_resolve_form)
