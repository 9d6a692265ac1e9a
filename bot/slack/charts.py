"""Charts into Slack: upload the PNG (files_upload_v2) into a thread or DM, or show it privately.

A private answer uploads the file without sharing it anywhere and shows it in an ephemeral message
through an image block that references the file (`slack_file`); when Slack refuses that message, the
picture goes to the asker's DM instead."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from dataclasses import dataclass

import sqlite_utils
from slack_bolt import Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.charts import Chart, chart_for, spec_for
from bot.questions.answers.chart import ChartProblem, ChartSpec
from bot.questions.answers.snapshot import data_key
from bot.questions.chart_request import ChartRequest
from bot.slack.blocks.chart import (
    chart_comment,
    render_chart_not_uploaded,
    render_chart_problem,
    render_chart_sent_to_dm,
    render_private_chart,
)
from db.dashboard import forget_home_chart, home_chart_file, remember_home_chart

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


HOME_CHART = ChartRequest("police")
_home_lock = threading.Lock()  # one upload at a time in this process: two opens never upload twice


@dataclass(frozen=True)
class HomeChart:
    """The App Home's national picture: what it shows, and the workspace's uploaded file of it."""

    spec: ChartSpec
    file_id: str
    fresh: bool  # uploaded by this call (Slack may not show a brand-new file at once)


def data_version_text(db: sqlite_utils.Database) -> str:
    """The data version as text that means the same in every process and after a restart."""
    fingerprint = data_key(db)[1]
    return hashlib.sha256(json.dumps(fingerprint, default=str).encode()).hexdigest()[:16]


def home_chart(client: WebClient, db: sqlite_utils.Database, team: str) -> HomeChart | None:
    """The national police chart for a workspace's App Home; None when it can't be drawn or uploaded.

    Drawn and uploaded once per workspace and data version: the file id is kept in the store, so every
    worker and a restarted one reuse it, and opening the Home neither draws nor imports matplotlib."""
    spec = spec_for(db, HOME_CHART)
    if isinstance(spec, ChartProblem):
        return None
    version = data_version_text(db)
    file_id = home_chart_file(db, team, version)
    if file_id:
        return HomeChart(spec, file_id, fresh=False)
    with _home_lock:
        file_id = home_chart_file(db, team, version)  # uploaded by another thread while this one waited
        if file_id:
            return HomeChart(spec, file_id, fresh=False)
        chart = chart_for(db, HOME_CHART)
        if isinstance(chart, ChartProblem):
            return None
        try:
            file_id = upload_chart(client, chart)
        except SlackApiError as e:
            log.warning("Could not upload the App Home chart: %s", e.response.get("error"))
            return None
        remember_home_chart(db, team, version, file_id)
    return HomeChart(chart.spec, file_id, fresh=True)


def forget_home_chart_file(db: sqlite_utils.Database, team: str, chart: HomeChart) -> None:
    """Slack would not show a file uploaded earlier (deleted, say): upload a new one next time."""
    if not chart.fresh:
        forget_home_chart(db, team, chart.file_id)
