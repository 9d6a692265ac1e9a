"""app_home_opened: the Home tab gets the dashboard; the Messages tab (the agent view) gets suggested prompts."""

from __future__ import annotations

from datetime import UTC, datetime

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.slack.admin.guard import refusal_for
from bot.slack.dashboard import offer_prompts, publish_dashboard
from bot.slack.listeners.admin import user_lookup


def is_admin(user_id: str, client: WebClient, context: BoltContext) -> bool:
    """Admins also see where grades are missing and the open flags."""
    return refusal_for(user_id, context["settings"], user_lookup(client), shared=False) is None


def handle_app_home_opened(event: dict, client: WebClient, context: BoltContext) -> None:
    tab, user, now = event.get("tab", "home"), event.get("user"), datetime.now(UTC)
    if not user:
        return
    with context["store"].connect() as db:
        if tab == "messages":
            offer_prompts(client, db, event.get("channel") or "", now)
        elif tab == "home":
            admin = is_admin(user, client, context)
            publish_dashboard(client, db, team=context.team_id or "", user=user, admin=admin, now=now)


def register(app: App) -> None:
    app.event("app_home_opened")(handle_app_home_opened)
