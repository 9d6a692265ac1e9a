"""The Share in channel button under a private chart: upload the same picture into the channel."""

from __future__ import annotations

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.charts import chart_for
from bot.questions.answers.chart import ChartProblem
from bot.questions.chart_request import parse_chart_request
from bot.slack.blocks.chart import chart_comment, render_chart_problem
from bot.slack.charts import upload_chart
from bot.slack.ids import SHARE_CHART_ACTION

_NOT_THERE = ("not_in_channel", "channel_not_found", "is_archived")


def handle_share_chart(
    ack: Ack, action: dict, body: dict, respond: Respond, client: WebClient, context: BoltContext
) -> None:
    ack()
    request = parse_chart_request(action.get("value") or "")
    if request is None:
        return
    with context["store"].connect() as db:
        chart = chart_for(db, request)
    if isinstance(chart, ChartProblem):
        respond(response_type="ephemeral", replace_original=False, **render_chart_problem(chart))
        return
    user = body.get("user", {}).get("id", "")
    channel = body.get("channel", {}).get("id", "")
    try:
        upload_chart(client, chart, channel=channel, comment=chart_comment(chart.spec, shared_by=user))
    except SlackApiError as e:
        if e.response.get("error") not in _NOT_THERE:
            raise
        respond(
            response_type="ephemeral",
            replace_original=False,
            text="I can't post pictures in this channel until I'm in it: type `/invite @Inspections`, "
            "then press Share again.",
        )
        return
    respond(delete_original=True)


def register(app: App) -> None:
    app.action(SHARE_CHART_ACTION)(handle_share_chart)
