"""Wiring only: APScheduler jobs with fixed ids, an explicit time zone, coalescing and a generous grace time.

Every `serve` process starts one of these, but only the process holding the `scheduler` lease row runs the
work jobs; the others keep trying for the lease, so one takes over if the leader dies. Each job is a plain
function that reads the clock once and passes `now` down.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.config import Settings
from bot.jobs import leases
from db import subscriptions as store_rows
from db.connection import Store

log = logging.getLogger(__name__)

MISFIRE_GRACE_SECONDS = 6 * 60 * 60  # a machine asleep at 09:00 still sends the digest when it wakes
LEASE_TTL = timedelta(minutes=3)
LEASE_CHECK_SECONDS = 60
LEASE_JOB = "lease"
FEEDS_JOB = "poll-feeds"
DIGESTS_JOB = "send-digests"  # every minute: instant subscriptions, and catching up after a pause
DIGEST_TIME_JOB = "digest-time"  # at DIGEST_TIME, so daily and weekly digests go out on the minute
PRUNE_JOB = "prune-conversations"  # hourly: follow-ups look back 30 minutes, so older rows are only weight
WORK_JOBS = (FEEDS_JOB, DIGESTS_JOB, DIGEST_TIME_JOB, PRUNE_JOB)
KEEP_CONVERSATIONS = timedelta(days=1)


def now_utc() -> datetime:
    return datetime.now(UTC)


NewReports = Callable[[list[dict[str, Any]]], object]


def poll_job(store: Store, settings: Settings, on_new_reports: NewReports | None = None) -> None:
    """Poll every feed once (backing off those that keep failing); hand any new reports to `on_new_reports`
    (serve reads their pages for the admins' channel), whose failure is logged and never stops polling."""
    from bot.jobs.feeds import poll_feeds

    with store.connect() as db:
        outcomes = poll_feeds(db, settings.feed_urls, now_utc(), poll_minutes=settings.feed_poll_minutes)
    log.info("Feeds polled: %s", ", ".join(f"{o.url} {o.status} ({len(o.new)} new)" for o in outcomes))
    new = [report for o in outcomes for report in o.new]
    if new and on_new_reports is not None:
        try:
            on_new_reports(new)
        except Exception:  # noqa: BLE001 - best effort: the reports are stored; digests announce them anyway
            log.exception("Handling %d new report(s) failed", len(new))


def prune_job(store: Store, now: datetime | None = None) -> int:
    """Forget conversations quiet for longer than KEEP_CONVERSATIONS; how many went."""
    from db.conversations import forget_quiet

    with store.connect() as db:
        gone = forget_quiet(db, (now or now_utc()) - KEEP_CONVERSATIONS)
    if gone:
        log.info("Pruned %d quiet conversation(s)", gone)
    return gone


def _no_digests() -> None:
    log.warning("No digest sender was given to the scheduler; digests wait in the outbox")


class Scheduler:
    """A BackgroundScheduler that runs the work jobs only while this process holds the lease."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        *,
        holder: str | None = None,
        clock: Callable[[], datetime] = now_utc,
        jobs: dict[str, Callable[[], object]] | None = None,
        on_new_reports: NewReports | None = None,
        send_digests: Callable[[], None] | None = None,
    ):
        self.settings, self.store, self.clock = settings, store, clock
        self.holder = holder or leases.new_holder()
        self.zone = ZoneInfo(settings.timezone)
        self.leader = False
        self.jobs = jobs or {
            FEEDS_JOB: lambda: poll_job(store, settings, on_new_reports),
            DIGESTS_JOB: send_digests or _no_digests,
            DIGEST_TIME_JOB: send_digests or _no_digests,
            PRUNE_JOB: lambda: prune_job(store),
        }
        self.aps = BackgroundScheduler(
            timezone=self.zone,
            job_defaults={"coalesce": True, "misfire_grace_time": MISFIRE_GRACE_SECONDS, "max_instances": 1},
        )
        self.aps.add_listener(self._on_event, EVENT_JOB_MISSED | EVENT_JOB_ERROR)

    def start(self) -> Scheduler:
        """Start the scheduler thread; the lease job runs at once and then every minute."""
        self.aps.add_job(
            self.keep_lease,
            IntervalTrigger(seconds=LEASE_CHECK_SECONDS, timezone=self.zone),
            id=LEASE_JOB,
            replace_existing=True,
            next_run_time=datetime.now(self.zone),
        )
        self.aps.start()
        return self

    def shutdown(self, wait: bool = False) -> None:
        """Stop the thread (letting a running job finish if `wait`) and give the lease up at once."""
        if self.aps.running:
            self.aps.shutdown(wait=wait)
        if self.leader:
            with self.store.connect() as db:
                leases.release(db, leases.SCHEDULER, self.holder)
            self.leader = False

    def keep_lease(self, now: datetime | None = None) -> bool:
        """Take or renew the lease; add the work jobs on winning it and remove them on losing it."""
        now = now or self.clock()
        with self.store.connect() as db:
            won = leases.acquire(db, leases.SCHEDULER, self.holder, now, LEASE_TTL)
        if won and not self.leader:
            log.info("This process runs the scheduler (lease %s)", self.holder)
            self._add_work_jobs()
        elif not won and self.leader:
            log.warning("Lost the scheduler lease; another process runs the jobs now")
            for job_id in WORK_JOBS:
                if self.aps.get_job(job_id):
                    self.aps.remove_job(job_id)
        self.leader = won
        return won

    def _add_work_jobs(self) -> None:
        hour, minute = (int(p) for p in self.settings.digest_time.split(":"))
        start = datetime.now(self.zone)
        self.aps.add_job(
            self.jobs[FEEDS_JOB],
            IntervalTrigger(minutes=self.settings.feed_poll_minutes, timezone=self.zone),
            id=FEEDS_JOB,
            replace_existing=True,
            next_run_time=start,
        )
        self.aps.add_job(
            self.jobs[DIGESTS_JOB],
            IntervalTrigger(minutes=1, timezone=self.zone),
            id=DIGESTS_JOB,
            replace_existing=True,
        )
        self.aps.add_job(
            self.jobs[DIGEST_TIME_JOB],
            CronTrigger(hour=hour, minute=minute, timezone=self.zone),
            id=DIGEST_TIME_JOB,
            replace_existing=True,
        )
        if PRUNE_JOB in self.jobs:
            self.aps.add_job(
                self.jobs[PRUNE_JOB],
                IntervalTrigger(hours=1, timezone=self.zone),
                id=PRUNE_JOB,
                replace_existing=True,
                next_run_time=start,
            )

    def job_ids(self) -> list[str]:
        """The ids of the jobs scheduled now."""
        return sorted(job.id for job in self.aps.get_jobs())

    def _on_event(self, event: JobExecutionEvent) -> None:
        kind = "missed" if event.code == EVENT_JOB_MISSED else "error"
        detail = f"scheduled for {event.scheduled_run_time}"
        if event.exception is not None:
            detail += f": {event.exception.__class__.__name__}"
        log.warning("Scheduled job %s %s (%s)", event.job_id, kind, detail)
        try:
            with self.store.connect() as db:
                store_rows.record_scheduler_event(db, event.job_id, kind, detail, self.clock())
        except Exception:  # noqa: BLE001 - recording is best effort; the log line above has it
            log.exception("Could not record a scheduler event")


def start_scheduler(
    settings: Settings,
    store: Store,
    *,
    on_new_reports: NewReports | None = None,
    send_digests: Callable[[], None] | None = None,
) -> Scheduler:
    """Start the scheduler for `serve`: the jobs know no Slack, so `serve` hands in what does
    (`send_digests`: bot.slack.delivery.digest_job; `on_new_reports`: bot.slack.admin.feed_proposals)."""
    return Scheduler(settings, store, on_new_reports=on_new_reports, send_digests=send_digests).start()
