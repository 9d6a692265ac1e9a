"""App Home: what the bot answers, with examples that work, the newest reports and how fresh the data is."""

from __future__ import annotations

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.questions.answers import home_summary, snapshot
from bot.slack.blocks.home import render_home


def handle_app_home_opened(event: dict, client: WebClient, context: BoltContext) -> None:
    if event.get("tab", "home") != "home" or not event.get("user"):
        return
    with context["store"].connect() as db:
        view = render_home(home_summary(snapshot(db)))
    client.views_publish(user_id=event["user"], view=view)


def register(app: App) -> None:
    app.event("app_home_opened")(handle_app_home_opened)
