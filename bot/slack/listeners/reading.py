"""Filling the grade form from published text: the "Fill from the report" buttons (on the form and in `gaps`),
the "Record grades" message shortcut, and "Review and save" on a proposal in the admins' channel.
Thin: ack, call bot.slack.admin.reading with a way to show the modal, reply privately if it says anything."""

from __future__ import annotations

from collections.abc import Callable

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.admin.reading import Asker, Modal, fill_from_report, read_message, review_proposal
from bot.slack.blocks.common import Message
from bot.slack.ids import FILL_FROM_REPORT_ACTION, READ_MESSAGE_SHORTCUT, REVIEW_PROPOSAL_ACTION
from bot.slack.listeners.admin import modal_on, user_lookup
from bot.slack.listeners.forms import team_of


def _asker(body: dict, client: WebClient) -> Asker:
    return Asker(team_of(body), (body.get("user") or {}).get("id") or "", user_lookup(client))


def _modal(body: dict, client: WebClient) -> Modal:
    """A button on an open modal replaces that modal; anywhere else (a message, the App Home) a new one opens
    with the trigger."""
    view = body.get("view") or {}
    view_id = view.get("id") if view.get("type") == "modal" else None
    if view_id:
        return Modal(
            open=lambda view: client.views_update(view_id=view_id, view=view)["view"]["id"],
            update=lambda vid, view: client.views_update(view_id=vid, view=view),
        )
    return modal_on(client, body.get("trigger_id") or "")


def _reply(reply: Message | None, body: dict, respond: Respond, client: WebClient) -> None:
    if not reply:
        return
    if body.get("response_url"):
        respond(response_type="ephemeral", replace_original=False, **reply)
    else:  # a button on a modal or the App Home has nowhere to reply but a direct message
        client.chat_postMessage(channel=(body.get("user") or {}).get("id") or "", **reply)


def _button(run: Callable[..., Message | None]) -> Callable[..., None]:
    """A listener for a button whose value names what to read: ack, run, reply privately if it says anything."""

    def handle(
        ack: Ack, action: dict, body: dict, respond: Respond, client: WebClient, context: BoltContext
    ) -> None:
        ack()
        reply = run(
            action.get("value") or "",
            store=context["store"],
            settings=context["settings"],
            asker=_asker(body, client),
            modal=_modal(body, client),
        )
        _reply(reply, body, respond, client)

    return handle


handle_fill_from_report = _button(fill_from_report)  # value: body and round; reads the stored link
handle_review = _button(review_proposal)  # value: a proposal id from the admins' channel


def handle_read_message(
    ack: Ack, shortcut: dict, respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    reply = read_message(
        (shortcut.get("message") or {}).get("text") or "",
        store=context["store"],
        settings=context["settings"],
        asker=_asker(shortcut, client),
        modal=modal_on(client, shortcut.get("trigger_id") or ""),
    )
    _reply(reply, shortcut, respond, client)


def register(app: App) -> None:
    app.action(FILL_FROM_REPORT_ACTION)(handle_fill_from_report)
    app.action(REVIEW_PROPOSAL_ACTION)(handle_review)
    app.shortcut(READ_MESSAGE_SHORTCUT)(handle_read_message)
