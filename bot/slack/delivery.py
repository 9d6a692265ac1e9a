"""Sending digests: the Web API client, and a run (plan, create, send side by side under the sender lease).

Channels are sent side by side by a bounded pool (`DIGEST_WORKERS`, default 16; bot.slack.digest_pool); each channel's
digests exactly once (bot.slack.digest_sender). One sender for the whole deployment: the `digest-sender`
lease, renewed while it works."""

from __future__ import annotations

import logging
import time
import urllib.error
from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import ConnectionErrorRetryHandler

from bot.config import Settings
from bot.jobs import leases
from bot.jobs.digests import DigestSchedule, create_digests, plan_digests
from bot.slack.digest_pool import Progress, _Dispatcher
from bot.slack.digest_sender import OUTBOX_KEEP, SENDER_TTL, SendReport, find_posted
from bot.slack.oauth import bot_token_for
from db import subscriptions as store
from db.connection import Store

log = logging.getLogger(__name__)

__all__ = ["delivery_client", "digest_job", "find_posted", "run_digests", "send_digests"]


def delivery_client(settings: Settings) -> WebClient:
    """A Web API client for digests: retries only failures to connect (nothing can have posted).

    A 429 is not slept on inside the client (that would hold a worker and every workspace behind it): the
    sender holds back that workspace. 5xx and timeouts are not retried blindly; the sender looks in the
    channel before posting again.
    """
    return WebClient(
        token=settings.bot_token or None,
        base_url=settings.slack_api_url,
        timeout=10,
        retry_handlers=[ConnectionErrorRetryHandler(max_retry_count=2, error_types=[urllib.error.URLError])],
    )


def send_digests(
    db: sqlite_utils.Database,
    client: WebClient,
    now: datetime,
    *,
    clock: Callable[[], datetime] | None = None,
    pace: float = 1.0,
    sleep: Callable[[float], None] = time.sleep,
    retries: int = 2,
    backoff: float = 2.0,
    holder: str | None = None,
    token_for: Callable[[str], str | None] | None = None,
    workers: int = 1,
    progress: Progress | None = None,
) -> SendReport:
    """Send every open digest (creating them from pending outbox rows first), under the sender lease,
    `workers` channels side by side. `token_for(team_id)` gives each workspace's own bot token when many
    workspaces are installed; `progress(done, total, failures)` hears each channel as it finishes."""
    holder = holder or leases.new_holder()
    clock = clock or (lambda: now)
    if not leases.acquire(db, leases.DIGEST_SENDER, holder, now, SENDER_TTL):
        return SendReport(skipped="another process is sending digests")
    try:
        create_digests(db, now)
        options = {"clock": clock, "pace": pace, "sleep": sleep, "retries": retries, "backoff": backoff,
                   "token_for": token_for, "workers": workers, "progress": progress}  # fmt: skip
        return _Dispatcher(db, client, holder, options).run()
    finally:
        leases.release(db, leases.DIGEST_SENDER, holder)


def run_digests(
    db: sqlite_utils.Database, client: WebClient, settings: Settings, now: datetime, **options
) -> tuple[int, SendReport]:
    """The digest job: plan what is due at `now`, then send it. Returns (outbox rows planned, report)."""
    planned = plan_digests(db, now, DigestSchedule.from_settings(settings))
    options.setdefault("pace", settings.digest_pace_seconds)
    options.setdefault("workers", settings.digest_workers)
    if settings.multi_workspace:
        options.setdefault("token_for", lambda team_id: bot_token_for(settings, team_id))
    report = send_digests(db, client, now, **options)
    store.prune_outbox(db, now - OUTBOX_KEEP)
    return planned, report


def digest_job(store_: Store, settings: Settings) -> None:
    """The scheduler's digest job in `serve`: plan what is due now and send it."""
    client = delivery_client(settings)
    with store_.connect() as db:
        planned, report = run_digests(
            db, client, settings, datetime.now(UTC), clock=lambda: datetime.now(UTC)
        )
    if planned or report.messages_posted or report.failed or report.paused_channels:
        log.info("Digests: %d new outbox rows; %s", planned, report.summary())
