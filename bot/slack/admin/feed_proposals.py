"""A new report from the feed, read: when its page states grades, the admins' channel gets them with a
*Review and save* button. Best effort: a page that can't be fetched or read is logged and skipped, and
nothing here can break polling."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from bot.config import Settings
from bot.jobs.downloads import FetchError
from bot.questions.vocab import format_date, framework_label, round_label
from bot.reader import Proposal
from bot.reading import ExtractError, read_url
from bot.slack.blocks.common import Message
from bot.slack.blocks.reading import FeedProposal, ProposalLine, render_feed_proposal
from db.connection import Store
from db.grade_entry import SheetError, grade_sheet
from db.proposals import add_proposal

log = logging.getLogger(__name__)

Post = Callable[[Message], object]
Read = Callable[..., Proposal]


def feed_message(store: Store, proposal: Proposal, proposal_id: int) -> Message:
    """The admins' message for one proposal: areas by the store's names."""
    names: dict[str, str] = {}
    try:
        with store.connect() as db:
            names = {a.area: a.name for a in grade_sheet(db, proposal.body or "", proposal.round).areas}
    except SheetError:
        pass
    report = f"{framework_label(proposal.framework or '')} {round_label(proposal.round or '')}".strip()
    return render_feed_proposal(
        FeedProposal(
            proposal_id=proposal_id,
            body_name=proposal.body_name or proposal.body or "",
            report=report,
            published=format_date(proposal.published) if proposal.published else "",
            url=proposal.source_url,
            grades=tuple(ProposalLine(names.get(g.area, g.area), g.grade, g.quote) for g in proposal.grades),
            unmatched=tuple(ProposalLine(u.wording, u.grade, u.quote) for u in proposal.unmatched),
            conflicts=tuple(names.get(c.area, c.area) for c in proposal.conflicts),
        )
    )


def _read_one(store: Store, settings: Settings, report: dict[str, Any], read: Read) -> Proposal | None:
    url = report.get("report_url") or ""
    try:
        with store.connect() as db:
            proposal = read(db, url, allow_http=settings.allow_http_loads)
    except (FetchError, ExtractError) as e:
        log.warning("Could not read the new report at %s: %s", url, e)
        return None
    except Exception:  # noqa: BLE001 - one page's surprise must not stop polling or the other pages
        log.exception("Unexpected error reading the new report at %s", url)
        return None
    if proposal.is_empty or not proposal.body or not proposal.round:
        log.info("The new report at %s states no grades to propose", url)
        return None
    if proposal.body != report.get("body_id"):
        log.info(
            "The page at %s is about %s, not %s; not proposed", url, proposal.body, report.get("body_id")
        )
        return None
    return proposal


def announce_new_reports(
    store: Store, settings: Settings, reports: Sequence[dict[str, Any]], post: Post, *, read: Read = read_url
) -> int:
    """Read each new report that has a body and a link; keep and post what it proposes; how many were posted."""
    if not settings.admin_channel:
        return 0
    posted = 0
    for report in reports:
        if not report.get("body_id") or not report.get("report_url"):
            continue
        proposal = _read_one(store, settings, report, read)
        if proposal is None:
            continue
        with store.connect() as db:
            proposal_id = add_proposal(db, proposal.to_json(), origin="feed", created_by="feed")
        try:
            post(feed_message(store, proposal, proposal_id))
        except Exception as e:  # noqa: BLE001 - kept all the same; the next report is tried
            log.warning("Could not post a proposal to ADMIN_CHANNEL: %s", e.__class__.__name__)
            continue
        posted += 1
    return posted


def announcer(store: Store, settings: Settings) -> Callable[[Sequence[dict[str, Any]]], int]:
    """What the scheduler calls with each poll's new reports: post their proposals to ADMIN_CHANNEL."""
    from bot.slack.delivery import delivery_client

    def announce(reports: Sequence[dict[str, Any]]) -> int:
        if not settings.admin_channel or not settings.bot_token:
            return 0
        client = delivery_client(settings)
        return announce_new_reports(
            store,
            settings,
            reports,
            lambda msg: client.chat_postMessage(channel=settings.admin_channel, **msg),
        )

    return announce
