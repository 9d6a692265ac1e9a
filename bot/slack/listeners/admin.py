"""/inspections-admin and data files uploaded to the app in a DM: thin listeners over bot.slack.admin."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.admin import commands as admin
from bot.slack.ids import INSPECTIONS_ADMIN_COMMAND

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
        poll=lambda: admin.poll_feeds_now(store, settings),
        digest=lambda preview: admin.send_digests_now(store, settings, preview),
    )


def handle_admin_command(
    ack: Ack, command: dict, respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    msg = admin.run_admin_command(
        command.get("text") or "",
        team_id=command.get("team_id") or "",
        user_id=command.get("user_id") or "",
        store=context["store"],
        settings=context["settings"],
        lookup_user=user_lookup(client),
        jobs=jobs(context, client),
    )
    respond(response_type="ephemeral", replace_original=False, **msg)


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
    app.event("file_shared")(handle_file_shared)
