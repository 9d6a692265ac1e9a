"""The scheduler: fixed job ids, explicit time zones, coalesced misfires, and one process only (the lease)."""

from __future__ import annotations

import signal
import subprocess
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from apscheduler.triggers.interval import IntervalTrigger

from bot.jobs.scheduler import (
    DIGEST_TIME_JOB,
    DIGESTS_JOB,
    FEEDS_JOB,
    LEASE_JOB,
    LEASE_TTL,
    MISFIRE_GRACE_SECONDS,
    Scheduler,
)
from tests.conftest import start_serve
from tests.fakes.feed_server import FeedServer

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
LONDON = ZoneInfo("Europe/London")


class Calls:
    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.lock = threading.Lock()

    def job(self, name: str):
        def run() -> None:
            with self.lock:
                self.counts[name] = self.counts.get(name, 0) + 1

        return run

    def jobs(self) -> dict:
        return {name: self.job(name) for name in (FEEDS_JOB, DIGESTS_JOB, DIGEST_TIME_JOB)}

    def wait(self, name: str, count: int = 1, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.counts.get(name, 0) >= count:
                return
            time.sleep(0.01)
        raise AssertionError(f"{name} ran {self.counts.get(name, 0)} times, expected {count}")


def test_work_jobs_have_fixed_ids_explicit_zone_coalescing_and_generous_grace(settings, store):
    scheduler = Scheduler(settings, store, jobs=Calls().jobs())
    scheduler.aps.start(paused=True)  # job defaults apply once jobs reach the job store
    try:
        assert scheduler.keep_lease(NOW)
        assert scheduler.job_ids() == sorted([FEEDS_JOB, DIGESTS_JOB, DIGEST_TIME_JOB])
        for job in scheduler.aps.get_jobs():
            assert job.trigger.timezone == LONDON
            assert job.coalesce is True and job.misfire_grace_time == MISFIRE_GRACE_SECONDS
            assert job.max_instances == 1
        assert scheduler.keep_lease(NOW + timedelta(minutes=1))  # renewing adds nothing twice
        assert len(scheduler.aps.get_jobs()) == 3
    finally:
        scheduler.shutdown()


def test_digest_time_job_fires_at_nine_london_time_across_the_clock_change(settings, store):
    scheduler = Scheduler(settings, store, jobs=Calls().jobs())
    scheduler.keep_lease(NOW)
    trigger = scheduler.aps.get_job(DIGEST_TIME_JOB).trigger
    saturday = trigger.get_next_fire_time(None, datetime(2025, 3, 29, 0, 0, tzinfo=UTC))
    sunday = trigger.get_next_fire_time(None, saturday + timedelta(minutes=1))
    assert saturday.astimezone(UTC) == datetime(2025, 3, 29, 9, 0, tzinfo=UTC)  # GMT
    assert sunday.astimezone(UTC) == datetime(2025, 3, 30, 8, 0, tzinfo=UTC)  # BST


def test_missed_runs_are_coalesced_into_one(settings, store):
    calls = Calls()
    scheduler = Scheduler(settings, store, jobs=calls.jobs())
    past = datetime.now(LONDON) - timedelta(minutes=3, seconds=30)  # asleep through three runs
    scheduler.aps.add_job(
        calls.job("catch-up"), IntervalTrigger(minutes=1, timezone=LONDON), id="catch-up", next_run_time=past
    )
    scheduler.aps.start()
    try:
        calls.wait("catch-up")
        time.sleep(0.3)
        assert calls.counts["catch-up"] == 1
    finally:
        scheduler.shutdown()


def test_a_run_later_than_its_grace_time_is_recorded_as_missed(settings, store, db):
    calls = Calls()
    scheduler = Scheduler(settings, store, jobs=calls.jobs())
    scheduler.aps.add_job(
        calls.job("strict"),
        IntervalTrigger(hours=1, timezone=LONDON),
        id="strict",
        misfire_grace_time=1,
        next_run_time=datetime.now(LONDON) - timedelta(seconds=30),
    )
    scheduler.aps.start()
    try:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            events = list(db.query("SELECT job_id, event FROM scheduler_events"))
            if events:
                break
            time.sleep(0.02)
        assert events == [{"job_id": "strict", "event": "missed"}]
        assert "strict" not in calls.counts
    finally:
        scheduler.shutdown()


def test_of_two_schedulers_only_the_lease_holder_runs_jobs_and_the_other_takes_over(settings, store):
    first = Scheduler(settings, store, jobs=Calls().jobs())
    second = Scheduler(settings, store, jobs=Calls().jobs())
    assert first.keep_lease(NOW) and not second.keep_lease(NOW)
    assert len(first.job_ids()) == 3 and second.job_ids() == []
    assert first.keep_lease(NOW + timedelta(minutes=1)) and not second.keep_lease(NOW + timedelta(minutes=1))
    # The first stops renewing (it hangs, or its machine dies): after the lease runs out, the second leads.
    later = NOW + timedelta(minutes=1) + LEASE_TTL + timedelta(seconds=1)
    assert second.keep_lease(later) and len(second.job_ids()) == 3
    assert not first.keep_lease(later) and first.job_ids() == []
    # A clean shutdown hands over at once.
    second.shutdown()
    assert first.keep_lease(later + timedelta(seconds=1))


def test_two_started_schedulers_poll_once_between_them(settings, store):
    calls_a, calls_b = Calls(), Calls()
    a = Scheduler(settings, store, jobs=calls_a.jobs()).start()
    b = Scheduler(settings, store, jobs=calls_b.jobs()).start()
    try:
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not (calls_a.counts or calls_b.counts):
            time.sleep(0.02)
        time.sleep(0.3)
        assert calls_a.counts.get(FEEDS_JOB, 0) + calls_b.counts.get(FEEDS_JOB, 0) == 1
        assert sorted([LEASE_JOB in a.job_ids(), LEASE_JOB in b.job_ids()]) == [True, True]
        assert sorted([a.leader, b.leader]) == [False, True]
    finally:
        a.shutdown()
        b.shutdown()


def test_serve_starts_the_scheduler_which_polls_the_feeds(db_path, slack_api, tmp_path):
    feeds = FeedServer().start()
    url = feeds.serve("/feed/", "hmicfrs_news.rss")
    proc, _running = start_serve(tmp_path, slack_api, db_path, FEED_URLS=url)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not feeds.requests_to("/feed/") and proc.poll() is None:
            time.sleep(0.05)
        assert feeds.requests_to("/feed/"), proc.stderr.read() if proc.poll() is not None else "no poll"
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        feeds.stop()
