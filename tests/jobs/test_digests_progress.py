"""What an operator sees of sending: progress as digests go (a callback, a bar only on a terminal, a summary
at the end), and `stats`: the backlog, how old the oldest unsent change is, and rate-limited workspaces."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.slack.blocks.admin import render_stats
from bot.slack.blocks.plain import to_plain_text
from bot.slack.delivery import delivery_client, send_digests
from db import subscriptions as store
from db.stats import store_stats
from tests.conftest import BOT_TOKEN, assert_valid_blocks, run_cli
from tests.jobs.test_digests import T0
from tests.jobs.test_digests_concurrent import NO_WAIT, many_channels, team_of, token_of


@pytest.fixture(autouse=True)
def dataset_is_old_news(db):
    db.execute("UPDATE reports SET added_at = '2020-01-01T00:00:00+00:00'")


def test_progress_hears_digests_done_rising_to_the_total(db, settings, slack_api):
    many_channels(db, teams=5, per_team=4)  # a digest each for 20 channels
    heard: list[tuple[int, int, int]] = []
    report = send_digests(
        db, delivery_client(settings), T0 + timedelta(minutes=3), token_for=token_of, workers=4,
        progress=lambda *a: heard.append(a), **NO_WAIT,
    )  # fmt: skip
    done = [d for d, _, _ in heard]
    assert done == sorted(done) and len(set(done)) == len(done)  # one call per channel finished, rising
    assert heard[-1] == (report.digests_sent, report.digests_sent, 0)
    assert report.digests_sent == 20


def test_stats_show_the_backlog_the_oldest_unsent_change_and_a_rate_limited_workspace(
    db, settings, slack_api
):
    many_channels(db, teams=4, per_team=2)  # news at T0 + 1 min, planned at T0 + 2 min

    def t002_rate_limited(method: str, args: dict, headers: dict):
        if method == "chat.postMessage" and team_of(headers) == "T002":
            return 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "30"}
        return None

    slack_api.gate = t002_rate_limited
    sent_at = T0 + timedelta(minutes=3)
    report = send_digests(db, delivery_client(settings), sent_at, token_for=token_of, workers=2, **NO_WAIT)
    assert report.throttled.get("T002")

    stats = store_stats(db, None, sent_at + timedelta(seconds=10))
    delivery = stats["delivery"]
    assert delivery["open_digests"] == 2 and delivery["pending_outbox"] == 2 * 8  # T002's two channels wait
    assert delivery["oldest_unsent"]["age_seconds"] == 2 * 60 + 10  # the news came at T0 + 1 min
    assert delivery["throttled_workspaces"] == [
        {"team_id": "T002", "until": store.iso(sent_at + timedelta(seconds=30))}
    ]
    msg = render_stats(stats)
    assert_valid_blocks(msg)
    shown = to_plain_text(msg)
    assert "2 digest(s) open; oldest unsent change 2 min old" in shown
    assert "Rate-limited workspaces (1)" in shown and "T002 until 2026-04-01T12:03:30+00:00" in shown

    later = store_stats(db, None, sent_at + timedelta(seconds=31))["delivery"]
    assert later["throttled_workspaces"] == []  # the hold ran out
    assert store_stats(db, "T001", sent_at)["delivery"] == {
        "pending_outbox": 0, "open_digests": 0, "oldest_unsent": None,
        "paused_workspaces": [], "throttled_workspaces": [],
    }  # fmt: skip


def test_a_workspace_whose_subscriptions_are_all_paused_shows_as_paused(db):
    many_channels(db, teams=2, per_team=2)
    store.pause_team(db, "T001", "app_uninstalled", T0 + timedelta(hours=1))
    shown = to_plain_text(render_stats(store_stats(db, None, T0 + timedelta(hours=2))))
    assert "Paused workspaces (1)" in shown
    assert "T001 since 2026-04-01T13:00:00+00:00: app_uninstalled (2 subscription(s))" in shown
    assert "T000 since" not in shown


def cli_env(db_path, slack_api) -> dict[str, str]:
    return {
        "DATABASE_PATH": str(db_path), "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": "s",
        "SLACK_API_URL": slack_api.api_url, "DIGEST_PACE_SECONDS": "0",
    }  # fmt: skip


def test_digest_off_a_terminal_draws_no_bar_and_ends_with_a_summary(db, db_path, tmp_path, slack_api):
    many_channels(db, teams=3, per_team=2)
    result = run_cli("digest", cwd=tmp_path, env=cli_env(db_path, slack_api))
    assert result.returncode == 0, result.stderr
    assert "digest/s" not in result.stderr and "\r" not in result.stderr and "%|" not in result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert "6 digests sent, 12 messages posted." in last and last.endswith(" s.")


def test_stats_on_the_command_line_show_the_backlog_and_rate_limited_workspaces(
    db, db_path, tmp_path, slack_api
):
    many_channels(db, teams=2, per_team=2)
    store.record_throttle(db, "T001", "2999-01-01T00:00:00+00:00", T0)
    result = run_cli("stats", cwd=tmp_path, env=cli_env(db_path, slack_api))
    assert result.returncode == 0, result.stderr
    assert "Digests: 32 outbox row(s) pending, 0 digest(s) open; oldest unsent change" in result.stdout
    assert "T001 until 2999-01-01T00:00:00+00:00" in result.stdout
