"""Kill -9 a real `inspections-bot digest` process mid-send, restart it: nothing lost, nothing doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from db import subscriptions as store
from tests.conftest import BOT_TOKEN, run_cli
from tests.jobs.test_digests import (  # noqa: F401
    add_report,
    dataset_is_old_news,
    delivered_pairs,
    digest_messages,
    subscribe,
)

ROOT = Path(__file__).resolve().parents[2]


def start_digest(db_path: Path, api_url: str, cwd: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DIGEST_", "FEED_"))}
    env.update(
        PYTHONPATH=str(ROOT),
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_API_URL=api_url,
        DATABASE_PATH=str(db_path),
        DIGEST_PACE_SECONDS="0",
        DOTENV_PATH=str(cwd / "none.env"),
    )
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "digest"],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_kill_9_in_the_middle_of_sending_then_restart_delivers_each_pair_exactly_once(
    db, db_path, slack_api, tmp_path
):
    now = datetime.now(UTC)
    channels = [f"C{i}" for i in range(6)]
    subs = [subscribe(db, c, at=now - timedelta(hours=2)) for c in channels]
    reports = [add_report(db, n, now - timedelta(hours=1)) for n in range(3)]

    def slow_post(args: dict) -> dict:
        time.sleep(0.25)  # Slack is slow; the message is stored even if the caller has died meanwhile
        return slack_api.m_chat_postMessage(args)

    slack_api.on("chat.postMessage", slow_post)
    first = start_digest(db_path, slack_api.api_url, tmp_path)
    slack_api.wait_for("chat.postMessage", count=3, timeout=30)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    assert first.returncode == -signal.SIGKILL
    time.sleep(0.4)  # let the in-flight post land, as it would in Slack
    posted_before_restart = len(digest_messages(slack_api))
    assert 1 <= posted_before_restart < len(channels)
    uncertain = db.execute("SELECT count(*) FROM digests WHERE claimed_part IS NOT NULL").fetchone()[0]
    assert uncertain == 1  # claimed, and (by now) in Slack, but never confirmed

    second = start_digest(db_path, slack_api.api_url, tmp_path)
    out, err = second.communicate(timeout=60)
    assert second.returncode == 0, err
    assert "earlier sends confirmed from channel history" in out

    assert sorted(delivered_pairs(slack_api)) == sorted((s, r) for s in subs for r in reports)
    assert sorted(m["channel"] for m in digest_messages(slack_api)) == channels
    assert store.outbox_counts(db) == {"pending": 0, "sent": len(subs) * len(reports), "open_digests": 0}

    third = start_digest(db_path, slack_api.api_url, tmp_path)
    out, err = third.communicate(timeout=60)
    assert third.returncode == 0, err
    assert len(digest_messages(slack_api)) == len(channels)


def test_digest_dry_run_shows_what_is_due_and_sends_nothing(db, db_path, slack_api, tmp_path):
    now = datetime.now(UTC)
    subscribe(db, "C1", at=now - timedelta(hours=2))
    add_report(db, 1, now - timedelta(hours=1))
    result = run_cli("digest", "--dry-run", cwd=tmp_path, env={"DATABASE_PATH": str(db_path)})
    assert result.returncode == 0, result.stderr
    assert "--- C1" in result.stdout and "Test publication 1" in result.stdout
    assert "1 message(s) would be posted" in result.stdout
    assert slack_api.calls_to("chat.postMessage") == []
    assert store.outbox_counts(db) == {"pending": 0, "sent": 0, "open_digests": 0}
