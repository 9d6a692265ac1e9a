"""The App Home dashboard and the agent view's prompts: the store's plain data for them, and Slack I/O.

Opening the Home costs reads from the cached snapshot, three small queries and one `views.publish`: the
national chart is drawn and uploaded once per workspace and data version (bot.slack.charts.home_chart)."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

import sqlite_utils
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.jobs.subscriptions import TOPIC_LABEL, label
from bot.questions.answers.home import home_summary, recent_changes, suggested_prompts
from bot.questions.answers.snapshot import snapshot
from bot.slack.admin.flags import flag_view
from bot.slack.admin.gaps import home_gaps
from bot.slack.assistant import set_suggested_prompts
from bot.slack.blocks.home import MAX_HOME_FLAGS, Dashboard, WorkspaceSubscription, render_home
from bot.slack.charts import forget_home_chart_file, home_chart
from db.dashboard import team_subscriptions
from db.flags import list_flags

log = logging.getLogger(__name__)


def workspace_subscriptions(db: sqlite_utils.Database, team: str) -> tuple[WorkspaceSubscription, ...]:
    """This workspace's channel subscriptions, in words."""
    return tuple(
        WorkspaceSubscription(
            r["channel_id"],
            label(r),
            TOPIC_LABEL.get(r["topics"], TOPIC_LABEL["all"]),
            r["cadence"],
            r["paused_reason"] or "",
            r["paused_at"] or "",
        )
        for r in team_subscriptions(db, team)
    )


def dashboard(db: sqlite_utils.Database, team: str, *, admin: bool, now: datetime) -> Dashboard:
    """What the Home shows this workspace (and, for an admin, the gaps and open flags); no chart yet."""
    return Dashboard(
        summary=home_summary(snapshot(db), now.date()),
        changes=recent_changes(db, now),
        subscriptions=workspace_subscriptions(db, team),
        admin=(*home_gaps(db, team), *_misses(db, team, now)) if admin else (),
        flags=tuple(flag_view(f) for f in list_flags(db, team, limit=MAX_HOME_FLAGS)) if admin else (),
        is_admin=admin,
    )


def _misses(db: sqlite_utils.Database, team: str, now: datetime) -> list:
    """The admins' list of what this workspace's people asked that was missed."""
    from bot.slack.blocks.misses import miss_blocks
    from db.misses import count_misses, recent_misses

    return miss_blocks(recent_misses(db, team, now, limit=10), count_misses(db, team, now))


def publish_dashboard(
    client: WebClient, db: sqlite_utils.Database, *, team: str, user: str, admin: bool, now: datetime
) -> None:
    """Publish the user's Home: with the national picture, or without it if it can't be had or is refused."""
    board = dashboard(db, team, admin=admin, now=now)
    chart = home_chart(client, db, team)
    if chart is not None:
        try:
            view = render_home(replace(board, chart=(chart.spec, chart.file_id)))
            client.views_publish(user_id=user, view=view)
            return
        except SlackApiError as e:
            log.warning(
                "The App Home with its chart was refused (%s); publishing it without", e.response.get("error")
            )
            forget_home_chart_file(db, team, chart)
    client.views_publish(user_id=user, view=render_home(board))


def offer_prompts(client: WebClient, db: sqlite_utils.Database, channel: str, now: datetime) -> bool:
    """Suggested prompts in the app's DM (the agent view), from what the store answers today."""
    prompts = suggested_prompts(snapshot(db), now.date())
    return set_suggested_prompts(client, channel, [(p.title, p.message) for p in prompts])
