"""App Home: what the bot answers, with examples that work, the newest reports and how fresh the data is."""

from __future__ import annotations

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.questions.answers import home_summary, snapshot
from bot.slack.admin.gaps import home_gaps
from bot.slack.admin.guard import refusal_for
from bot.slack.blocks.home import MAX_HOME_BLOCKS, render_home
from bot.slack.charts import publish_home, with_home_chart
from bot.slack.listeners.admin import user_lookup


def is_admin(user_id: str, client: WebClient, context: BoltContext) -> bool:
    """Admins also see where grades are missing."""
    return refusal_for(user_id, context["settings"], user_lookup(client), shared=False) is None


def handle_app_home_opened(event: dict, client: WebClient, context: BoltContext) -> None:
    if event.get("tab", "home") != "home" or not event.get("user"):
        return
    with context["store"].connect() as db:
        view = render_home(home_summary(snapshot(db)))
        if is_admin(event["user"], client, context):
            view["blocks"] = (view["blocks"] + home_gaps(db, context.team_id or ""))[:MAX_HOME_BLOCKS]
        with_chart = with_home_chart(view, client, db, context.team_id or "")
    publish_home(client, event["user"], view, with_chart)


def register(app: App) -> None:
    app.event("app_home_opened")(handle_app_home_opened)
