"""Slow reads never hold the listeners: admin reads run in a bounded pool, a full pool says "busy" at once,
and `/grade` is still answered within Slack's 3 seconds while every reader waits on a slow server."""

from __future__ import annotations

import dataclasses
import json
import threading
import time

import pytest

from bot.slack import read_pool
from bot.slack.read_pool import BoundedPool
from tests.conftest import sign, slash_body
from tests.slack.test_reader_flows import ADMINS, admin_command, wait_for_audit


@pytest.fixture
def settings(settings):
    return dataclasses.replace(settings, allow_http_loads=True, admin_channel=ADMINS, feed_urls=())


@pytest.fixture
def small_pool(monkeypatch):
    pool = BoundedPool(1, 1, "test-read")
    monkeypatch.setattr(read_pool, "READS", pool)
    yield pool
    pool.shutdown(wait=False)


@pytest.fixture
def fresh_pool(monkeypatch):
    """The production sizes, in a pool of this test's own (its slow reads must not outlive it elsewhere)."""
    pool = BoundedPool(read_pool.READ_WORKERS, read_pool.READ_QUEUE, "test-read")
    monkeypatch.setattr(read_pool, "READS", pool)
    yield pool
    pool.shutdown(wait=False)


def test_a_full_pool_refuses_at_once():
    release = threading.Event()
    pool = BoundedPool(1, 1, "t")
    try:
        assert pool.submit(release.wait) and pool.submit(release.wait)
        started = time.monotonic()
        assert pool.submit(release.wait) is False
        assert time.monotonic() - started < 0.1
        release.set()
        time.sleep(0.2)
        assert pool.submit(lambda: None)  # room again once the reads finish
    finally:
        release.set()
        pool.shutdown()


def _slow_page(file_server, seconds: float) -> str:
    return file_server.serve("/slow/", b"Kent Police", headers={"Content-Type": "text/plain"}, delay=seconds)


def test_reads_past_the_pool_get_busy_and_grade_is_still_answered(
    http_app, slack_api, store, file_server, small_pool
):
    url = _slow_page(file_server, 2)
    for n in range(3):  # one reading, one waiting, one turned away
        admin_command(http_app, slack_api, f"read {url}", name=f"r{n}")
    busy = [
        c for c in slack_api.wait_for("views.update", count=1, timeout=5)
        if read_pool.BUSY in json.dumps(c.args["view"])
    ]  # fmt: skip
    assert len(busy) == 1
    body = slash_body("/grade", "cambridgeshire", slack_api.response_url("g"))
    started = time.monotonic()
    status, text = http_app.post(body, sign(body))
    assert status == 200 and time.monotonic() - started < 3
    assert "Cambridgeshire" in text
    outcomes = [row["outcome"] for row in wait_for_audit(store, 3, timeout=20)]
    assert outcomes[0] == "busy: the read pool was full"  # audited at once; the two reads when done
    assert len(outcomes) == 3 and not any(o.startswith("busy") for o in outcomes[1:])


def test_sixteen_slow_reads_leave_grade_answered_within_3_seconds(
    http_app, slack_api, file_server, fresh_pool
):
    url = _slow_page(file_server, 5)
    for n in range(16):
        admin_command(http_app, slack_api, f"read {url}", name=f"r{n}")
    body = slash_body("/grade", "cambridgeshire", slack_api.response_url("g"))
    started = time.monotonic()
    status, text = http_app.post(body, sign(body))
    assert status == 200 and time.monotonic() - started < 3
    assert "Cambridgeshire" in text
    busy = read_pool.READ_WORKERS + read_pool.READ_QUEUE
    updates = slack_api.wait_for("views.update", count=16 - busy, timeout=10)
    assert sum(read_pool.BUSY in json.dumps(c.args["view"]) for c in updates) >= 16 - busy
