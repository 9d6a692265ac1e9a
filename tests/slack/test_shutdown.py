"""SIGTERM: `serve` stops taking requests, lets in-flight work finish, gives up the scheduler lease, exits 0."""

from __future__ import annotations

import signal
import sqlite3
import time
from pathlib import Path

from tests.conftest import sign, slash_body, start_serve


def test_sigterm_stops_serving_and_exits_cleanly(slack_api, db_path, tmp_path):
    proc, running = start_serve(tmp_path, slack_api, db_path)
    try:
        body = slash_body("/grade", "cambs", slack_api.response_url("x"))
        status, text = running.post(body, sign(body))
        assert status == 200 and "Cambridgeshire" in text
        deadline = time.monotonic() + 10
        while _scheduler_leases(db_path) == 0 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _scheduler_leases(db_path) == 1  # this process runs the scheduler
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, stderr
    assert "Stopping: finishing in-flight answers and jobs" in stderr and "Stopped" in stderr
    assert "Traceback" not in stderr
    assert _scheduler_leases(db_path) == 0  # handed back, so another process can take over at once


def _scheduler_leases(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM leases WHERE name = 'scheduler'").fetchone()[0]
