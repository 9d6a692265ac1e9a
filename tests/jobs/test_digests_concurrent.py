"""Digests sent side by side to 1,000 channels in 100 workspaces: exactly once through 429s, 5xx, posts that
reached Slack but whose answer was lost, and a kill -9 in the middle of a run; a workspace's 429 or revoked
token holds back only that workspace."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from datetime import timedelta

import pytest
from slack_sdk import WebClient

from bot.jobs.digests import EVENT_TYPE, plan_digests
from bot.slack.delivery import delivery_client, send_digests
from db import subscriptions as store
from tests.conftest import BOT_TOKEN, ROOT
from tests.jobs.test_digests import T0, add_report, subscribe

NO_WAIT = {"pace": 0.0, "sleep": lambda _s: None}
REPORTS = 8  # more than fit in one message: each digest is a message and a thread reply


@pytest.fixture(autouse=True)
def dataset_is_old_news(db):
    db.execute("UPDATE reports SET added_at = '2020-01-01T00:00:00+00:00'")


def many_channels(db, teams: int, per_team: int) -> dict[str, str]:
    """channel -> workspace, each channel subscribed to everything; then news worth a threaded digest."""
    where = {}
    with db.atomic():
        for t in range(teams):
            for c in range(per_team):
                channel = f"C{t:03d}{c:02d}"
                subscribe(db, channel, team=f"T{t:03d}")
                where[channel] = f"T{t:03d}"
    for n in range(REPORTS):
        add_report(db, n, T0 + timedelta(minutes=1))
    plan_digests(db, T0 + timedelta(minutes=2))
    return where


def token_of(team: str) -> str:
    return f"xoxb-{team}"


def team_of(headers: dict) -> str:
    return (headers.get("Authorization") or "").removeprefix("Bearer xoxb-")


def delivered(slack_api) -> dict[str, list[dict]]:
    """Each channel's digest messages, in the order Slack took them."""
    found: dict[str, list[dict]] = {}
    for m in slack_api.messages:
        if (m.get("metadata") or {}).get("event_type") == EVENT_TYPE:
            found.setdefault(m["channel"], []).append(m)
    return found


def assert_each_channel_got_one_threaded_digest(slack_api, channels) -> None:
    got = delivered(slack_api)
    assert sorted(got) == sorted(channels), f"missing {sorted(set(channels) - set(got))[:5]}"
    for channel, msgs in got.items():
        parts = Counter(m["metadata"]["event_payload"]["part"] for m in msgs)
        assert parts == Counter({0: 1, 1: 1}), (channel, parts)  # none lost, none doubled
        parent = next(m for m in msgs if m["metadata"]["event_payload"]["part"] == 0)
        reply = next(m for m in msgs if m["metadata"]["event_payload"]["part"] == 1)
        assert "thread_ts" not in parent and reply["thread_ts"] == parent["ts"]  # the thread is intact


def test_a_thousand_channels_exactly_once_through_429_5xx_and_lost_answers(db, settings, slack_api):
    where = many_channels(db, teams=100, per_team=10)
    seen: Counter[str] = Counter()
    lock = threading.Lock()

    def faults(method: str, args: dict, headers: dict):
        if method != "chat.postMessage":
            return None
        team = team_of(headers)
        with lock:
            seen[team] += 1
            n, total = seen[team], sum(seen.values())
        if team == "T042" and n <= 5:
            return 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "1"}
        if total % 37 == 0:  # Slack failed: nothing posted
            return 500, {"ok": False, "error": "internal_error"}, {}
        if total % 53 == 0:  # Slack posted it, but the answer was lost on the way back
            slack_api.m_chat_postMessage(args)
            return 503, {"ok": False, "error": "service_unavailable"}, {}
        if total % 97 == 0:  # Slack posted it, but answered after the client had given up: a timeout
            seen["timeouts"] += 1
            answer = slack_api.m_chat_postMessage(args)
            time.sleep(1.2)
            return 200, answer, {}
        return None

    slack_api.gate = faults
    client = WebClient(base_url=settings.slack_api_url, timeout=0.5)  # so the slow answers time out
    for minute in range(3, 8):  # a few scheduled runs, as the every-minute job would make
        send_digests(
            db, client, T0 + timedelta(minutes=minute), token_for=token_of, workers=8, **NO_WAIT,
        )  # fmt: skip
        if store.outbox_counts(db)["open_digests"] == 0:
            break
    assert_each_channel_got_one_threaded_digest(slack_api, where)
    assert store.outbox_counts(db)["open_digests"] == 0
    assert slack_api.calls_to("conversations.history")  # uncertain parts were looked for first
    assert seen["timeouts"] >= 5  # each of those was found in the channel, not posted again


def test_a_429_holds_back_only_its_workspace(db, settings, slack_api):
    where = many_channels(db, teams=10, per_team=3)
    posted_at: dict[str, float] = {}

    def slow_workspace(method: str, args: dict, headers: dict):
        if method == "chat.postMessage" and team_of(headers) == "T003" and "T003" not in posted_at:
            posted_at["T003"] = time.monotonic()
            return 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "2"}
        return None

    slack_api.gate = slow_workspace
    start = time.monotonic()
    report = send_digests(
        db, delivery_client(settings), T0 + timedelta(minutes=3), token_for=token_of, workers=4, pace=0.0
    )
    times: dict[str, float] = {}
    for call in slack_api.calls_to("chat.postMessage"):
        team = team_of(call.headers)
        times[team] = max(times.get(team, 0), call.at - start)
    others = max(t for team, t in times.items() if team != "T003")
    assert others < 1.5  # everyone else finished while T003 waited out its Retry-After
    assert times["T003"] >= 2.0
    assert report.throttled == {"T003": 1}
    assert_each_channel_got_one_threaded_digest(slack_api, where)


def test_a_revoked_token_stops_only_its_own_workspace(db, settings, slack_api):
    where = many_channels(db, teams=10, per_team=3)

    def revoked(method: str, args: dict, headers: dict):
        if team_of(headers) == "T007":
            return 200, {"ok": False, "error": "token_revoked"}, {}
        return None

    slack_api.gate = revoked
    report = send_digests(
        db, delivery_client(settings), T0 + timedelta(minutes=3), token_for=token_of, workers=4, **NO_WAIT
    )
    assert_each_channel_got_one_threaded_digest(slack_api, [c for c, t in where.items() if t != "T007"])
    assert any("token_revoked" in f for f in report.failed)
    open_ = {d["team_id"] for d in store.open_digests(db)}
    assert open_ == {"T007"}  # kept for when the workspace installs the app again


def test_a_kill_9_in_the_middle_of_a_concurrent_run_loses_and_doubles_nothing(
    db, db_path, tmp_path, slack_api
):
    where = many_channels(db, teams=30, per_team=10)
    slack_api.latency = 0.02
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DIGEST_", "FEED_"))}
    env.update(
        PYTHONPATH=str(ROOT), DOTENV_PATH=str(tmp_path / "none.env"), DATABASE_PATH=str(db_path),
        SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET="s", SLACK_API_URL=slack_api.api_url,
        DIGEST_WORKERS="8", DIGEST_PACE_SECONDS="0",
    )  # fmt: skip
    first = subprocess.Popen([sys.executable, "-m", "bot", "digest"], cwd=tmp_path, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)  # fmt: skip
    slack_api.wait_for("chat.postMessage", count=150, timeout=60)
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    posted_before = len(delivered(slack_api))
    assert 0 < posted_before < len(where)  # killed in the middle
    db.execute("UPDATE leases SET expires_at = '2000-01-01T00:00:00+00:00'")  # the dead holder's lease lapses
    again = subprocess.run([sys.executable, "-m", "bot", "digest"], cwd=tmp_path, env=env,
                           capture_output=True, text=True, timeout=120)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert_each_channel_got_one_threaded_digest(slack_api, where)
