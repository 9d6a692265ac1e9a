"""A workspace removes the app or revokes its tokens: forget its token, pause its subscriptions."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from slack_bolt import App, BoltContext

from bot.slack.oauth import installation_store
from db import subscriptions

log = logging.getLogger(__name__)


def _forget(body: dict, context: BoltContext, reason: str) -> None:
    team_id = body.get("team_id") or context.team_id or ""
    enterprise_id = body.get("enterprise_id") or context.enterprise_id
    settings = context["settings"]
    if settings.multi_workspace:
        installation_store(settings).delete_all(enterprise_id=enterprise_id, team_id=team_id)
    with context["store"].connect() as db:
        paused = subscriptions.pause_team(db, team_id, reason, datetime.now(UTC))
    log.info("Workspace %s: %s; installation removed, %d subscriptions paused", team_id, reason, paused)


def handle_app_uninstalled(ack, body: dict, context: BoltContext) -> None:
    ack()
    _forget(body, context, "app_uninstalled")


def handle_tokens_revoked(ack, event: dict, body: dict, context: BoltContext) -> None:
    ack()
    if (event.get("tokens") or {}).get("bot"):
        _forget(body, context, "tokens_revoked")


def register(app: App) -> None:
    app.event("app_uninstalled")(handle_app_uninstalled)
    app.event("tokens_revoked")(handle_tokens_revoked)
