"""/inspections-admin (one listener, one table of verbs) and data files uploaded to the app in a DM: thin
listeners over bot.slack.admin."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack import read_pool
from bot.slack.admin import commands as admin
from bot.slack.admin.feed_proposals import announce_new_reports
from bot.slack.admin.form_commands import run_form_command
from bot.slack.admin.reading import Asker, Modal, run_read_command
from bot.slack.blocks.common import Message
from bot.slack.ids import INSPECTIONS_ADMIN_COMMAND, KEEP_REASON_ACTION

log = logging.getLogger(__name__)


def user_lookup(client: WebClient):
    """users.info for the authorisation check; an API failure means 'not known to be an admin'."""

    def lookup(user_id: str) -> dict | None:
        try:
            return client.users_info(user=user_id).get("user")
        except SlackApiError as e:
            log.warning("users.info failed for an admin check: %s", e.response.get("error"))
            return None

    return lookup


def jobs(context: BoltContext, client: WebClient) -> admin.Jobs:
    store, settings = context["store"], context["settings"]
    return admin.Jobs(
        poll=lambda: admin.poll_feeds_now(
            store,
            settings,
            announce=lambda new: announce_new_reports(
                store,
                settings,
                new,
                lambda msg: client.chat_postMessage(channel=settings.admin_channel, **msg),
            ),
        ),
        digest=lambda preview: admin.send_digests_now(store, settings, preview),
    )


def modal_on(client: WebClient, trigger_id: str) -> Modal:
    """Open a modal with this trigger (views.open), then replace it by id (views.update)."""
    return Modal(
        open=lambda view: client.views_open(trigger_id=trigger_id, view=view)["view"]["id"],
        update=lambda view_id, view: client.views_update(view_id=view_id, view=view),
    )


@dataclass(frozen=True)
class AdminRequest:
    """One /inspections-admin command as its verb's runner gets it."""

    text: str
    team_id: str
    user_id: str
    trigger_id: str
    client: WebClient
    context: BoltContext


def _general(req: AdminRequest) -> Message | None:
    return admin.run_admin_command(
        req.text,
        team_id=req.team_id,
        user_id=req.user_id,
        store=req.context["store"],
        settings=req.context["settings"],
        lookup_user=user_lookup(req.client),
        jobs=jobs(req.context, req.client),
    )


def run_forms(req: AdminRequest) -> Message | None:
    return run_form_command(
        req.text,
        team_id=req.team_id,
        user_id=req.user_id,
        store=req.context["store"],
        settings=req.context["settings"],
        lookup_user=user_lookup(req.client),
        open_view=lambda view: req.client.views_open(trigger_id=req.trigger_id, view=view),
    )


def _read(req: AdminRequest) -> Message | None:
    return run_read_command(
        req.text,
        store=req.context["store"],
        settings=req.context["settings"],
        asker=Asker(req.team_id, req.user_id, user_lookup(req.client)),
        modal=modal_on(req.client, req.trigger_id),
    )


def _reasons(req: AdminRequest) -> Message | None:
    from bot.slack.admin.reasons import run_reasons_command

    return run_reasons_command(
        req.text,
        store=req.context["store"],
        settings=req.context["settings"],
        team_id=req.team_id,
        user_id=req.user_id,
        lookup_user=user_lookup(req.client),
    )


def handle_keep_reason(
    ack: Ack, action: dict, body: dict, respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    from bot.slack.admin.reasons import keep_reason

    reply = keep_reason(
        action.get("value") or "",
        store=context["store"],
        settings=context["settings"],
        team_id=(body.get("team") or {}).get("id") or "",
        user_id=(body.get("user") or {}).get("id") or "",
        lookup_user=user_lookup(client),
    )
    respond(response_type="ephemeral", replace_original=False, **reply)


# Every verb, and who answers it (bot.slack.ids.ADMIN_VERBS lists the same). Anything else gets help.
VERBS: dict[str, Callable[[AdminRequest], Message | None]] = {
    "help": _general,
    "load": _general,
    "poll": _general,
    "digest": _general,
    "stats": _general,
    "audit": _general,
    "grades": run_forms,
    "gaps": run_forms,
    "flags": run_forms,
    "read": _read,
    "misses": _general,
    "reasons": _reasons,
}


POOLED = {
    "poll"
}  # verbs that read pages from the web go to the read pool; `read` itself once its modal is open


def handle_admin_command(
    ack: Ack, command: dict, respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()  # then at once: `grades` and `read` open a modal, and a trigger_id lasts about 3 seconds
    text = command.get("text") or ""
    verb = (text.split() or ["help"])[0].lower()
    request = AdminRequest(
        text,
        command.get("team_id") or "",
        command.get("user_id") or "",
        command.get("trigger_id") or "",
        client,
        context,
    )
    run = VERBS.get(verb, _general)

    def answer() -> None:
        reply = run(request)
        if reply:
            respond(response_type="ephemeral", replace_original=False, **reply)

    if verb not in POOLED:
        answer()
    elif not read_pool.READS.submit(answer):  # a poll reads every new report's page: off the listener threads
        respond(response_type="ephemeral", replace_original=False, text=read_pool.BUSY)


def handle_file_shared(
    event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
) -> None:
    channel, user = event.get("channel_id") or "", event.get("user_id") or ""
    file_id = event.get("file_id") or (event.get("file") or {}).get("id") or ""
    if not channel.startswith("D") or not file_id or user in ("", context.bot_user_id):
        return  # only files sent to the app in a DM are loads; the app's own uploads are not
    msg = admin.load_upload(
        file_id,
        team_id=body.get("team_id") or "",
        user_id=user,
        store=context["store"],
        settings=context["settings"],
        lookup_user=user_lookup(client),
        file_info=lambda fid: client.files_info(file=fid)["file"],
        token=context.bot_token or context["settings"].bot_token,
    )
    client.chat_postMessage(channel=channel, **msg)


def register(app: App) -> None:
    app.command(INSPECTIONS_ADMIN_COMMAND)(handle_admin_command)
    app.action(KEEP_REASON_ACTION)(handle_keep_reason)
    app.event("file_shared")(handle_file_shared)
