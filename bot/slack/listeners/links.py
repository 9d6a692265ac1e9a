"""Link previews: a pasted HMICFRS report link that matches a stored report unfurls into its grades.

Each message's links are unfurled once: the event is recorded on receipt, so Slack's retries are no-ops."""

from __future__ import annotations

from datetime import UTC, datetime

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.questions.answers import GradeAnswer, grade_answer, snapshot
from bot.questions.report_links import find_report
from bot.slack.blocks.unfurl import render_unfurl
from db.receipts import record_event

MAX_LINKS = 5


def handle_link_shared(event: dict, body: dict, client: WebClient, context: BoltContext) -> None:
    links = [link.get("url", "") for link in (event.get("links") or [])][:MAX_LINKS]
    where = event.get("unfurl_id") or f"{event.get('channel', '')}:{event.get('message_ts', '')}"
    with context["store"].connect() as db:
        snap = snapshot(db)
        unfurls = {}
        for url in links:
            found = find_report(snap, url)
            if found is None:
                continue
            answer = grade_answer(db, found[0], found[1]["round"])
            if isinstance(answer, GradeAnswer):
                unfurls[url] = render_unfurl(answer, url)  # keyed by the URL exactly as shared
        if not unfurls or not record_event(
            db, f"unfurl:{where}", body.get("event_id", ""), datetime.now(UTC)
        ):
            return
    if event.get("source") == "composer" or not event.get("message_ts"):
        client.chat_unfurl(unfurl_id=event.get("unfurl_id"), source=event.get("source"), unfurls=unfurls)
    else:
        client.chat_unfurl(channel=event.get("channel"), ts=event.get("message_ts"), unfurls=unfurls)


def register(app: App) -> None:
    app.event("link_shared")(handle_link_shared)
