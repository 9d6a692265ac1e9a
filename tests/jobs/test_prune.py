"""The conversations table is pruned on a schedule: quiet conversations go, live ones stay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.jobs.scheduler import KEEP_CONVERSATIONS, PRUNE_JOB, Scheduler, prune_job
from db.conversations import last_question, remember_question

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def test_prune_forgets_quiet_conversations_and_keeps_live_ones(store):
    with store.connect() as db:
        for n in range(2000):
            remember_question(
                db, ("T1", f"C{n}", ""), "grade kent", NOW - KEEP_CONVERSATIONS - timedelta(hours=1)
            )
        remember_question(db, ("T1", "CLIVE", ""), "grade essex", NOW - timedelta(minutes=5))
    assert prune_job(store, NOW) == 2000
    with store.connect() as db:
        assert db.execute("SELECT count(*) FROM conversations").fetchone()[0] == 1
        assert last_question(db, ("T1", "CLIVE", ""), since=NOW - timedelta(minutes=30)) == "grade essex"


def test_the_leader_schedules_the_prune_hourly(settings, store):
    scheduler = Scheduler(settings, store)
    scheduler.aps.start(paused=True)
    try:
        assert scheduler.keep_lease(NOW)
        assert PRUNE_JOB in scheduler.job_ids()
        job = scheduler.aps.get_job(PRUNE_JOB)
        assert job.trigger.interval == timedelta(hours=1)
    finally:
        scheduler.shutdown()
