"""Charts into Slack: upload the PNG (files_upload_v2) into a thread or DM, or show it privately.

A private answer uploads the file without sharing it anywhere and shows it in an ephemeral message
through an image block that references the file (`slack_file`); when Slack refuses that message, the
picture goes to the asker's DM instead."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from typing import Any

import sqlite_utils
from slack_bolt import Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.charts import Chart, chart_for
from bot.questions.answers.chart import ChartProblem
from bot.questions.chart_request import ChartRequest
from bot.slack.blocks.chart import (
    chart_comment,
    home_chart_blocks,
    render_chart_not_uploaded,
    render_chart_problem,
    render_chart_sent_to_dm,
    render_private_chart,
)

log = logging.getLogger(__name__)


def upload_chart(
    client: WebClient,
    chart: Chart,
    *,
    channel: str | None = None,
    thread_ts: str | None = None,
    comment: str | None = None,
) -> str:
    """Upload the chart's PNG with its alt text (shared into `channel` when given); return the file id."""
    response = client.files_upload_v2(
        content=chart.png,
        filename=chart.spec.filename,
        title=chart.spec.title,
        alt_txt=chart.spec.alt_text,
        channel=channel,
        thread_ts=thread_ts,
        initial_comment=comment,
    )
    return str(response["file"]["id"])


def send_chart_in_conversation(
    client: WebClient, db: sqlite_utils.Database, request: ChartRequest, channel: str, thread_ts: str | None
) -> None:
    """Answer a mention or DM asking for a chart: the picture, in the thread or DM."""
    chart = chart_for(db, request)
    if isinstance(chart, ChartProblem):
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, **render_chart_problem(chart))
        return
    try:
        upload_chart(client, chart, channel=channel, thread_ts=thread_ts, comment=chart_comment(chart.spec))
    except SlackApiError as e:
        log.warning("Could not upload a chart: %s", e.response.get("error"))
        msg = render_chart_not_uploaded(chart.spec, str(e.response.get("error", "")))
        client.chat_postMessage(channel=channel, thread_ts=thread_ts, **msg)


def send_private_chart(
    client: WebClient, db: sqlite_utils.Database, request: ChartRequest, respond: Respond, user_id: str
) -> None:
    """Answer `/inspections chart ...` privately, with a share button; to the DM if that is refused."""
    chart = chart_for(db, request)
    if isinstance(chart, ChartProblem):
        respond(response_type="ephemeral", **render_chart_problem(chart))
        return
    try:
        file_id = upload_chart(client, chart)
    except SlackApiError as e:
        log.warning("Could not upload a private chart: %s", e.response.get("error"))
        respond(
            response_type="ephemeral",
            **render_chart_not_uploaded(chart.spec, str(e.response.get("error", ""))),
        )
        return
    shown = respond(response_type="ephemeral", **render_private_chart(chart.spec, file_id))
    if _accepted(shown.status_code, shown.body):
        return
    log.warning(
        "The private chart was refused (%s %s); sending it by DM", shown.status_code, shown.body[:200]
    )
    dm = client.conversations_open(users=user_id)["channel"]["id"]
    upload_chart(client, chart, channel=dm, comment=chart_comment(chart.spec))
    respond(response_type="ephemeral", **render_chart_sent_to_dm())


def _accepted(status: int, body: str) -> bool:
    """response_url answers 200 'ok' (or JSON with ok true) when it took the message."""
    if status != 200:
        return False
    text = (body or "").strip()
    if text in ("", "ok"):
        return True
    try:
        return bool(json.loads(text).get("ok"))
    except (ValueError, AttributeError):
        return False


# (store, team, picture) -> the id of the national chart uploaded for that workspace's App Home
_home_files: dict[tuple[str, str, str], str] = {}
_home_lock = threading.Lock()
HOME_CHART = ChartRequest("police")


def with_home_chart(
    view: dict[str, Any], client: WebClient, db: sqlite_utils.Database, team: str
) -> dict[str, Any]:
    """The home view with the national police chart after its introduction; the view unchanged if the
    chart can't be drawn or uploaded. Uploaded once per workspace and picture."""
    chart = chart_for(db, HOME_CHART)
    if isinstance(chart, ChartProblem):
        return view
    store = str(db.execute("PRAGMA database_list").fetchone()[2])
    key = (store, team, hashlib.sha256(chart.png).hexdigest())
    with _home_lock:
        file_id = _home_files.get(key)
    if file_id is None:
        try:
            file_id = upload_chart(client, chart)
        except SlackApiError as e:
            log.warning("Could not upload the App Home chart: %s", e.response.get("error"))
            return view
        with _home_lock:
            _home_files[key] = file_id
    blocks = view["blocks"]
    return {**view, "blocks": (blocks[:2] + home_chart_blocks(chart.spec, file_id) + blocks[2:])[:100]}


def publish_home(client: WebClient, user: str, view: dict[str, Any], with_chart: dict[str, Any]) -> None:
    """Publish the home view with the chart; if Slack refuses it (the file not ready), without."""
    if with_chart is not view:
        try:
            client.views_publish(user_id=user, view=with_chart)
            return
        except SlackApiError as e:
            log.warning(
                "The App Home with its chart was refused (%s); publishing it without", e.response.get("error")
            )
    client.views_publish(user_id=user, view=view)
