"""The scheduled poll hands new reports to `on_new_reports` (serve reads their pages for the admins' channel);
that hand-off failing never breaks polling."""

from __future__ import annotations

import dataclasses
import logging

import pytest

from bot.jobs.scheduler import FEEDS_JOB, Scheduler, poll_job
from tests.fakes.feed_server import FeedServer


@pytest.fixture
def feed_settings(settings):
    server = FeedServer().start()
    url = server.serve("/feed/", "hmicfrs_news.rss")
    yield dataclasses.replace(settings, feed_urls=(url,))
    server.stop()


def test_new_reports_are_handed_on_once(store, feed_settings):
    seen: list[list[dict]] = []
    poll_job(store, feed_settings, seen.append)
    poll_job(store, feed_settings, seen.append)  # nothing new the second time: not called
    assert len(seen) == 1
    surrey = next(r for r in seen[0] if r["body_id"] == "surrey")
    assert surrey["report_url"].endswith("/surrey-2025-27/") and surrey["round"] == "2025-27"


def test_a_failing_hand_off_is_logged_and_the_poll_still_counts(store, feed_settings, caplog):
    def broken(reports):
        raise RuntimeError("reader bug")

    with caplog.at_level(logging.ERROR):
        poll_job(store, feed_settings, broken)
    assert "new report(s) failed" in caplog.text
    with store.connect() as db:
        assert db.execute("SELECT count(*) FROM reports WHERE origin = 'feed'").fetchone()[0] == 4


def test_the_scheduler_passes_the_hand_off_to_its_poll(store, feed_settings):
    seen: list = []
    scheduler = Scheduler(feed_settings, store, on_new_reports=seen.append)
    scheduler.jobs[FEEDS_JOB]()
    assert len(seen) == 1
