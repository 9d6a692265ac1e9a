"""App Home: what the bot answers, with examples that work, the newest reports and how fresh the data is."""

from __future__ import annotations

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.questions.answers import home_summary, snapshot
from bot.slack.blocks.home import render_home
from bot.slack.charts import publish_home, with_home_chart


def handle_app_home_opened(event: dict, client: WebClient, context: BoltContext) -> None:
    if event.get("tab", "home") != "home" or not event.get("user"):
        return
    with context["store"].connect() as db:
        view = render_home(home_summary(snapshot(db)))
        with_chart = with_home_chart(view, client, db, context.team_id or "")
    publish_home(client, event["user"], view, with_chart)


def register(app: App) -> None:
    app.event("app_home_opened")(handle_app_home_opened)
