"""SIGTERM: `serve` stops taking requests, lets in-flight work finish, gives up the scheduler lease, exits 0."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import BOT_TOKEN, SIGNING_SECRET, sign, slash_body

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_sigterm_stops_serving_and_exits_cleanly(slack_api, db_path, tmp_path):
    port = _free_port()
    env = {
        **{k: v for k, v in os.environ.items() if not k.startswith("SLACK_")},
        "PYTHONPATH": str(ROOT),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "SLACK_API_URL": slack_api.api_url,
        "DATABASE_PATH": str(db_path),
        "PORT": str(port),
        "DOTENV_PATH": str(tmp_path / "none.env"),
        "FEED_URLS": "http://127.0.0.1:9/feed/",
    }
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"],
        env=env,
        cwd=tmp_path,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        for _ in range(100):
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=1) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                time.sleep(0.1)
        body = slash_body("/grade", "cambs", slack_api.response_url("x"))
        req = urllib.request.Request(
            base + "/slack/events", data=body.encode(), headers=sign(body), method="POST"
        )
        with urllib.request.urlopen(req, timeout=5) as resp:
            assert b"Cambridgeshire" in resp.read()
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
    import sqlite3

    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM leases WHERE name = 'scheduler'").fetchone()[0]
