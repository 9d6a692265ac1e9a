"""Every kind of change reaches the channels following its body, once: windows by the change log's sequence,
grades recorded later, regrades, Engage, filters, and delivery through 429s, 5xx and a crash after posting."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.jobs.digests import EVENT_TYPE, plan_digests
from bot.slack import delivery
from bot.slack.delivery import delivery_client, send_digests
from db import subscriptions as store
from db.changes import changes_after, head
from db.load import load_rows, parse_text
from db.store import prepare
from tests.conftest import assert_valid_blocks, run_cli
from tests.jobs.test_digests import delivered_pairs, digest_messages, subscribe

T0 = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
NO_WAIT = {"pace": 0.0, "sleep": lambda _s: None}
SRC = "https://hmicfrs.justiceinspectorates.gov.uk/test-source/"
ROOT = Path(__file__).resolve().parents[2]

REGRADE = (
    "force_id,round,area,grade,basis,source_url,evidence\n"
    f"cambridgeshire,2023-25,responding,Requires improvement,stated,{SRC},test regrade\n"
)
ENGAGE = f"body_id,event,date,source_url,evidence\ncambridgeshire,entered_engage,2026-03-31,{SRC},test\n"
NEW_REPORT = (
    "force_id,round,published,report_url\nsurrey,2025-27,2026-03-30,https://example.org/surrey-2025-27/\n"
)
SURREY_GRADE = (
    f"force_id,round,area,grade,basis,source_url,evidence\nsurrey,2025-27,workforce,Good,stated,{SRC},x\n"
)


def load(db, text: str, at: datetime, name: str = "test.csv"):
    return load_rows(db, parse_text(text, name), source=name, loaded_by="UADMIN", now=at)


def feed_report(db, at: datetime) -> int:
    """Surrey's 2025-27 report as the feed poller first sees it: no grades."""
    report_id = store.add_feed_report(
        db,
        {
            "report_key": "peel:2025-27:surrey",
            "body_id": "surrey",
            "framework": "peel",
            "round": "2025-27",
            "title": "PEEL 2025–2027: An inspection of Surrey Police",
            "published": "2026-03-30",
            "report_url": "https://example.org/surrey-2025-27/",
            "kind": "peel",
        },
        at,
    )
    assert report_id is not None
    return report_id


def deliver(db, settings, at: datetime):
    plan_digests(db, at)
    return send_digests(db, delivery_client(settings), at, **NO_WAIT)


def text_of(message: dict) -> str:
    return json.dumps(message["blocks"], ensure_ascii=False)


# ---------------------------------------------------------------- windows by sequence


def test_a_subscription_in_the_same_second_as_a_load_hears_only_what_comes_after(db):
    load(db, REGRADE, T0)
    subscribe(db, "C1", at=T0)  # the same second as the load
    assert plan_digests(db, T0) == 0
    load(db, ENGAGE, T0)  # and a load in that same second, after it
    assert plan_digests(db, T0) == 1
    [row] = db.query("SELECT c.kind FROM outbox o JOIN changes c ON c.seq = o.change_seq")
    assert row == {"kind": "engage"}


def test_a_subscription_in_the_same_second_as_the_seed_hears_nothing_of_it(tmp_path):
    path = tmp_path / "fresh.db"
    started = datetime.now(UTC).replace(microsecond=0)
    with prepare(path).connect() as db:  # seeds the shipped dataset now
        assert {r["origin"] for r in db.query("SELECT DISTINCT origin FROM changes")} == {"dataset"}
        assert db.execute("SELECT count(*) FROM changes WHERE kind = 'report'").fetchone()[0] > 100
        sub = subscribe(db, "C1", at=started)
        assert plan_digests(db, started) == 0
        # Even a subscription whose cursor is older than the seed does not hear it: the seed is history.
        db.execute("UPDATE subscriptions SET planned_seq = 0 WHERE id = ?", [sub])
        assert plan_digests(db, started + timedelta(seconds=1)) == 0


def test_a_new_subscription_starts_at_the_head_and_a_resumed_one_keeps_its_place(db):
    load(db, REGRADE, T0)
    sub = subscribe(db, "C1", at=T0)
    assert next(db.query("SELECT planned_seq FROM subscriptions WHERE id = ?", [sub]))["planned_seq"] == head(
        db
    )
    store.pause_channel(db, "T0TEST", "C1", "not_in_channel", T0)
    load(db, ENGAGE, T0 + timedelta(minutes=1))
    assert plan_digests(db, T0 + timedelta(minutes=2)) == 0  # paused: not planned, cursor kept
    subscribe(db, "C1", at=T0 + timedelta(minutes=3))  # resumed
    assert plan_digests(db, T0 + timedelta(minutes=3)) == 1


def test_every_writer_logs_its_change_in_the_same_transaction(db):
    before = head(db)
    load(db, REGRADE + "", T0)
    load(db, ENGAGE, T0)
    feed_report(db, T0)
    load(db, SURREY_GRADE, T0)
    load(db, SURREY_GRADE.replace(",Good,", ",,"), T0)  # an empty grade removes it
    kinds = [(c["kind"], c["origin"], c["before"], c["after"]) for c in changes_after(db, before)]
    assert kinds == [
        ("regrade", "load", "Inadequate", "Requires improvement"),
        ("engage", "load", None, "entered_engage"),
        ("report", "feed", None, None),
        ("grades", "load", None, "Good"),
        ("ungrade", "load", "Good", None),
    ]
    mark = head(db)
    load_rows(
        db,
        parse_text(ENGAGE.replace("2026-03-31", "2026-04-01"), "x.csv"),
        source="x",
        loaded_by="U",
        dry_run=True,
    )
    assert head(db) == mark  # a dry run logs nothing


# ---------------------------------------------------------------- what a channel hears


def test_grades_loaded_for_a_report_announced_without_them_make_one_grades_now_recorded_message(
    db, settings, slack_api
):
    subscribe(db, "C1", "body", "surrey", at=T0)
    feed_report(db, T0 + timedelta(minutes=1))
    deliver(db, settings, T0 + timedelta(minutes=2))
    [first] = digest_messages(slack_api, "C1")
    assert "No grades recorded here yet" in text_of(first)
    load(db, SURREY_GRADE, T0 + timedelta(minutes=3))
    deliver(db, settings, T0 + timedelta(minutes=4))
    deliver(db, settings, T0 + timedelta(minutes=5))
    _first, second = digest_messages(slack_api, "C1")  # two messages: the first was not posted again
    assert "Grades now recorded" in text_of(second) and "*Good*" in text_of(second)
    assert "*Surrey Police*" in text_of(second)
    assert second["text"].startswith("HMICFRS: grades for 1 report")
    assert_valid_blocks(second)


def test_a_report_and_its_grades_in_one_load_are_one_new_report_with_grades(db, settings, slack_api):
    subscribe(db, "C1", "body", "surrey", at=T0)
    load(db, NEW_REPORT + "", T0 + timedelta(minutes=1), "reports.csv")
    load(db, SURREY_GRADE, T0 + timedelta(minutes=1))
    deliver(db, settings, T0 + timedelta(minutes=2))
    [msg] = digest_messages(slack_api, "C1")
    assert msg["text"].startswith("1 new HMICFRS report") and "Grades now recorded" not in text_of(msg)
    assert "Workforce (2025-27 name not yet confirmed): *Good*" in text_of(msg)


def test_a_regrade_makes_one_message_naming_the_old_and_new_grade_and_its_source(db, settings, slack_api):
    subscribe(db, "C1", "body", "cambridgeshire", at=T0)
    load(db, REGRADE, T0 + timedelta(minutes=1))
    deliver(db, settings, T0 + timedelta(minutes=2))
    deliver(db, settings, T0 + timedelta(minutes=3))
    [msg] = digest_messages(slack_api, "C1")
    assert f"Responding to the public: Inadequate → *Requires improvement* (<{SRC}|source>)" in text_of(msg)
    assert "*Cambridgeshire Constabulary*" in text_of(msg)
    assert msg["text"].startswith("HMICFRS: 1 regrade")
    assert_valid_blocks(msg)


def test_an_engage_event_makes_one_message_with_its_date_and_source(db, settings, slack_api):
    subscribe(db, "C1", "police", at=T0)
    load(db, ENGAGE, T0 + timedelta(minutes=1))
    deliver(db, settings, T0 + timedelta(minutes=2))
    deliver(db, settings, T0 + timedelta(minutes=3))
    [msg] = digest_messages(slack_api, "C1")
    assert f"*Entered enhanced monitoring (Engage)* on 31 March 2026 (<{SRC}|source>)" in text_of(msg)
    assert_valid_blocks(msg)


def test_a_channel_following_another_body_hears_nothing(db, settings, slack_api):
    subscribe(db, "CKENT", "body", "kent", at=T0)
    subscribe(db, "CFIRE", "fire", at=T0)
    subscribe(db, "CWALES", "country", "Wales", at=T0)
    load(db, REGRADE, T0 + timedelta(minutes=1))
    load(db, ENGAGE, T0 + timedelta(minutes=1))
    feed_report(db, T0 + timedelta(minutes=1))
    load(db, SURREY_GRADE, T0 + timedelta(minutes=1))
    assert plan_digests(db, T0 + timedelta(minutes=2)) == 0
    send_digests(db, delivery_client(settings), T0 + timedelta(minutes=2), **NO_WAIT)
    assert digest_messages(slack_api) == []


@pytest.mark.parametrize(
    ("topics", "hears"),
    [
        ("all", {"regrade", "engage", "report"}),
        ("reports", {"report"}),
        ("grades", {"regrade"}),
        ("engage", {"engage"}),
    ],
)
def test_a_filter_keeps_one_kind_of_change(db, topics, hears):
    _, row = store.add_subscription(
        db,
        team_id="T0TEST",
        enterprise_id=None,
        channel_id="C1",
        target_kind="all",
        target="",
        cadence="instant",
        created_by="U1",
        now=T0,
        topics=topics,
    )
    load(db, REGRADE, T0 + timedelta(minutes=1))
    load(db, ENGAGE, T0 + timedelta(minutes=1))
    feed_report(db, T0 + timedelta(minutes=1))
    plan_digests(db, T0 + timedelta(minutes=2))
    kinds = {
        r["kind"] for r in db.query("SELECT c.kind FROM outbox o JOIN changes c ON c.seq = o.change_seq")
    }
    assert kinds == hears


def test_one_digest_groups_every_kind_by_body(db, settings, slack_api):
    subscribe(db, "C1", at=T0)
    load(db, REGRADE, T0 + timedelta(minutes=1))
    load(db, ENGAGE, T0 + timedelta(minutes=1))
    feed_report(db, T0 + timedelta(minutes=1))
    deliver(db, settings, T0 + timedelta(minutes=2))
    [msg] = digest_messages(slack_api, "C1")
    sections = [b["text"]["text"] for b in msg["blocks"] if b["type"] == "section"]
    assert sections[0] == "*Cambridgeshire Constabulary*" and sections[3] == "*Surrey Police*"
    assert "Regraded" in sections[1] and "Entered enhanced monitoring" in sections[2]
    assert msg["text"].startswith("HMICFRS: 1 new report, 1 regrade, 1 Engage change")
    assert_valid_blocks(msg)


# ---------------------------------------------------------------- exactly once, for every kind


def _regrade(db, at):
    load(db, REGRADE, at)


def _engage(db, at):
    load(db, ENGAGE, at)


def _grades_later(db, at):
    feed_report(db, at - timedelta(seconds=30))
    db.execute("UPDATE subscriptions SET planned_seq = ?", [head(db)])  # the report was announced already
    load(db, SURREY_GRADE, at)


CHANGES = {"regrade": _regrade, "engage": _engage, "grades now recorded": _grades_later}


def _crash_after_posting(monkeypatch):
    """The process dies after Slack took the message and before its ts was recorded."""
    real = store.confirm_part
    crashed = []

    def confirm_then_die(*args, **kwargs):
        if not crashed:
            crashed.append(True)
            raise SystemExit("killed between posting and recording")
        return real(*args, **kwargs)

    monkeypatch.setattr(delivery.store, "confirm_part", confirm_then_die)


@pytest.mark.parametrize("failure", ["429", "5xx", "crash after posting"])
@pytest.mark.parametrize("change", list(CHANGES))
def test_each_kind_of_change_survives_429_5xx_and_a_crash_with_exactly_one_post(
    db, settings, slack_api, monkeypatch, change, failure
):
    sub = subscribe(db, "C1", at=T0)
    CHANGES[change](db, T0 + timedelta(minutes=1))
    if failure == "429":
        slack_api.fail("chat.postMessage", 429, times=2, headers={"Retry-After": "0"})
    elif failure == "5xx":
        slack_api.fail("chat.postMessage", 500, times=1)
        slack_api.fail("chat.postMessage", 503, times=1, body={"ok": False, "error": "service_unavailable"})
    else:
        _crash_after_posting(monkeypatch)
    now = T0 + timedelta(minutes=2)
    plan_digests(db, now)
    for minute in range(2, 6):
        try:
            send_digests(db, delivery_client(settings), T0 + timedelta(minutes=minute), **NO_WAIT)
        except SystemExit:
            pass  # the crash: the next run starts afresh
    [msg] = digest_messages(slack_api, "C1")
    words = {
        "regrade": "Regraded",
        "engage": "Entered enhanced monitoring",
        "grades now recorded": "Grades now",
    }
    assert words[change] in text_of(msg)
    assert delivered_pairs(slack_api) == [(sub, head(db))]
    assert store.outbox_counts(db) == {"pending": 0, "sent": 1, "open_digests": 0}
    assert msg["metadata"]["event_type"] == EVENT_TYPE
    attempts = {"429": 3, "5xx": 3, "crash after posting": 1}[failure]
    assert len(slack_api.calls_to("chat.postMessage")) == attempts
    if failure != "429":  # an uncertain post is looked for in the channel before it is posted again
        assert slack_api.calls_to("conversations.history")


# ---------------------------------------------------------------- migration and the dry run


def test_digest_dry_run_shows_pending_changes_of_every_kind(db, db_path, slack_api, tmp_path):
    now = datetime.now(UTC)
    feed_report(db, now - timedelta(hours=2))
    subscribe(db, "C1", at=now - timedelta(hours=2))  # after Surrey's report was announced
    load(db, REGRADE, now - timedelta(hours=1))
    load(db, ENGAGE, now - timedelta(hours=1))
    load(db, SURREY_GRADE, now - timedelta(hours=1))  # grades for the report announced before
    load(db, NEW_REPORT.replace("surrey", "essex"), now, "r.csv")
    result = run_cli("digest", "--dry-run", cwd=tmp_path, env={"DATABASE_PATH": str(db_path)})
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Grades now recorded" in out and "Regraded" in out and "Entered enhanced monitoring" in out
    assert "Responding to the public: Inadequate → Requires improvement" in out
    assert "PEEL 2025–2027: An inspection of Essex Police" in out and "HMICFRS: 1 new report" in out
    assert slack_api.calls_to("chat.postMessage") == []
    assert store.outbox_counts(db) == {"pending": 0, "sent": 0, "open_digests": 0}


def test_an_event_the_source_dates_only_by_month_says_in_that_month():
    from bot.slack.blocks.digest import DigestItem, render_digest

    item = DigestItem(
        None, "", "", "", body_name="Kent Police", change="engage", event="left_engage", event_date="2026-03"
    )
    [msg] = render_digest([item])
    assert "*Left enhanced monitoring (Engage)* in March 2026" in text_of(msg)
    assert_valid_blocks(msg)
