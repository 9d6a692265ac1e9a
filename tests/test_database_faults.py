"""Database faults: a damaged file is named in one line with a distinct exit code, /healthz says 503 for it,
a lock is waited out, and a mention that arrives during a lock is still answered."""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from db import connection
from db.faults import EXIT_DATABASE_BUSY, EXIT_DATABASE_DAMAGED
from tests.conftest import BOT_TOKEN, SIGNING_SECRET, free_port, run_cli, sign


def damage(path: Path) -> None:
    """Overwrite twenty pages in the middle of the file, as a failing disk or a bad copy would."""
    data = bytearray(path.read_bytes())
    pages = len(data) // 4096
    for page in range(pages // 3, pages // 3 + 20):
        data[page * 4096 : (page + 1) * 4096] = b"\xde\xad\xbe\xef" * 1024
    path.write_bytes(bytes(data))


def test_healthz_says_503_when_the_file_is_damaged(http_app, db_path, monkeypatch):
    from bot.slack import server

    monkeypatch.setattr(server, "HEALTH_SECONDS", 0.0)
    assert http_app.get("/healthz")[0] == 200
    damage(db_path)
    with sqlite3.connect(db_path) as db:  # the simple query still works: only the file check catches it
        assert db.execute("SELECT count(*) FROM bodies").fetchone()[0] > 0
    assert http_app.get("/healthz") == (503, json.dumps({"ok": False}))


@pytest.mark.parametrize("how", ["truncated", "damaged"])
def test_a_broken_file_gets_one_line_naming_it_and_the_backup_command(tmp_path, db_path, how):
    if how == "truncated":
        with open(db_path, "r+b") as f:
            f.truncate(20_000)
    else:
        damage(db_path)
    done = run_cli("ask", "grade cambs", cwd=tmp_path, env={"DATABASE_PATH": str(db_path)})
    assert done.returncode == EXIT_DATABASE_DAMAGED
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert str(db_path) in done.stderr and "is damaged" in done.stderr
    assert "inspections-bot backup" in done.stderr


def test_serve_refuses_to_start_on_a_damaged_file_with_the_same_line(tmp_path, db_path):
    damage(db_path)
    env = {
        "DATABASE_PATH": str(db_path),
        "SLACK_BOT_TOKEN": BOT_TOKEN,
        "SLACK_SIGNING_SECRET": SIGNING_SECRET,
        "PORT": str(free_port()),
    }
    done = run_cli("serve", "--host", "127.0.0.1", cwd=tmp_path, env=env)
    assert done.returncode == EXIT_DATABASE_DAMAGED
    assert f"the database file {db_path} is damaged" in done.stderr and "Traceback" not in done.stderr


def _hold_write_lock(path: Path, seconds: float) -> threading.Thread:
    """Hold SQLite's write lock on the file from another connection for `seconds` (from when this returns)."""
    held = threading.Event()

    def hold() -> None:
        db = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        db.execute("BEGIN IMMEDIATE")
        held.set()
        time.sleep(seconds)
        db.execute("ROLLBACK")
        db.close()

    holder = threading.Thread(target=hold, daemon=True)
    holder.start()
    assert held.wait(5)
    return holder


def test_read_load_under_a_lock_says_so_in_one_line_and_changes_nothing(tmp_path, db_path, monkeypatch):
    text = tmp_path / "kent.txt"
    text.write_text("PEEL 2023-2025: An inspection of Kent Police\nInvestigating crime: Outstanding\n")
    before = db_path.read_bytes()
    holder = _hold_write_lock(db_path, 12)  # longer than the 10-second busy timeout
    done = run_cli("read", str(text), "--load", cwd=tmp_path, env={"DATABASE_PATH": str(db_path)})
    assert done.returncode == EXIT_DATABASE_BUSY, done.stderr
    assert "is locked by another process" in done.stderr and "Traceback" not in done.stderr
    holder.join()
    assert db_path.read_bytes() == before


MENTION = {
    "type": "app_mention",
    "user": "U0REPORTER",
    "text": "<@U0BOT> grade cambs",
    "ts": "1717000000.000900",
    "channel": "C0NEWS",
}


def _mention(event_id: str) -> str:
    return json.dumps(
        {"team_id": "T0TEST", "api_app_id": "A0TEST", "type": "event_callback", "event_id": event_id,
         "event_time": int(time.time()), "event": MENTION}
    )  # fmt: skip


def test_a_mention_during_a_lock_longer_than_the_busy_timeout_is_answered(
    http_app, slack_api, db_path, monkeypatch
):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 500)  # the 10-second lock of the finding, scaled down
    _hold_write_lock(db_path, 1.2)  # past two busy timeouts, inside three
    payload = _mention("EvLock1")
    assert http_app.post(payload, {**sign(payload), "Content-Type": "application/json"})[0] == 200
    reply = slack_api.wait_for("chat.postMessage", timeout=15)[0].args
    assert reply["thread_ts"] == MENTION["ts"] and "Cambridgeshire Constabulary" in json.dumps(
        reply["blocks"]
    )


def test_a_mention_during_a_lock_that_never_lifts_gets_a_word_back(http_app, slack_api, db_path, monkeypatch):
    monkeypatch.setattr(connection, "BUSY_TIMEOUT_MS", 200)
    _hold_write_lock(db_path, 3)
    payload = _mention("EvLock2")
    assert http_app.post(payload, {**sign(payload), "Content-Type": "application/json"})[0] == 200
    reply = slack_api.wait_for("chat.postMessage", timeout=15)[0].args
    assert reply["thread_ts"] == MENTION["ts"] and "ask again" in reply["text"]
