"""Digests: what is due when (time zones, clock changes), and delivery exactly once against the Web API stand-in."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from slack_sdk import WebClient

from bot.jobs.digests import EVENT_TYPE, DigestSchedule, plan_digests, preview_digests
from bot.slack.blocks.digest import INLINE_REPORTS, digest_parts
from bot.slack.delivery import delivery_client, send_digests
from db import subscriptions as store
from db.changes import head, record_change
from tests.conftest import BOT_TOKEN, assert_valid_blocks

T0 = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)  # a Wednesday
NO_WAIT = {"pace": 0.0, "sleep": lambda _s: None}


@pytest.fixture(autouse=True)
def dataset_is_old_news(db):
    """The shipped dataset entered the store long ago: no digest owes it."""
    db.execute("UPDATE reports SET added_at = '2020-01-01T00:00:00+00:00'")


def subscribe(db, channel="C1", kind="all", target="", cadence="instant", at=T0, team="T0TEST") -> int:
    _, row = store.add_subscription(
        db,
        team_id=team,
        enterprise_id=None,
        channel_id=channel,
        target_kind=kind,
        target=target,
        cadence=cadence,
        created_by="U1",
        now=at,
    )
    return int(row["id"])


def add_report(db, n: int, at: datetime, body: str | None = None, kind: str = "publication") -> int:
    """A publication arriving as the feed poller stores one; returns its change's sequence number."""
    link = f"https://hmicfrs.justiceinspectorates.gov.uk/publications/test-{n}/"
    record = {"report_key": link, "body_id": body, "title": f"Test publication {n}", "kind": kind}
    report_id = store.add_feed_report(
        db, record | {"published": at.date().isoformat(), "report_url": link}, at
    )
    assert report_id is not None
    return head(db)


def announce(db, report_key: str, at: datetime) -> int:
    """Log an already-stored report as newly added (as a load adding it would); returns the change's sequence."""
    report = next(db.query("SELECT id, body_id FROM reports WHERE report_key = ?", [report_key]))
    return record_change(
        db, "report", at=store.iso(at), origin="load", body_id=report["body_id"], report_id=report["id"]
    )


def digest_messages(slack_api, channel: str | None = None) -> list[dict]:
    return [
        m
        for m in slack_api.messages
        if (m.get("metadata") or {}).get("event_type") == EVENT_TYPE
        and (channel is None or m["channel"] == channel)
    ]


def delivered_pairs(slack_api) -> list[tuple[int, int]]:
    """Every (subscription, report) pair Slack received, counted from the main messages' metadata."""
    pairs = []
    for m in digest_messages(slack_api):
        payload = m["metadata"]["event_payload"]
        if payload["part"] == 0:
            pairs += [tuple(p) for p in payload["pairs"]]
    return pairs


def client_for(settings) -> WebClient:
    return delivery_client(settings)


# ---------------------------------------------------------------- when digests fall due


@pytest.mark.parametrize(
    ("now", "daily", "weekly"),
    [
        pytest.param(
            "2026-04-01T12:00:00+00:00", "2026-04-01T08:00:00+00:00", "2026-03-30T08:00:00+00:00", id="summer"
        ),
        pytest.param(
            "2025-03-30T07:59:00+00:00",
            "2025-03-29T09:00:00+00:00",
            "2025-03-24T09:00:00+00:00",
            id="clocks go forward: before 09:00 BST on the Sunday",
        ),
        pytest.param(
            "2025-03-30T08:00:00+00:00",
            "2025-03-30T08:00:00+00:00",
            "2025-03-24T09:00:00+00:00",
            id="clocks go forward: 09:00 BST is 08:00 UTC",
        ),
        pytest.param(
            "2025-03-31T08:00:00+00:00",
            "2025-03-31T08:00:00+00:00",
            "2025-03-31T08:00:00+00:00",
            id="first Monday of summer time",
        ),
        pytest.param(
            "2025-10-26T08:30:00+00:00",
            "2025-10-25T08:00:00+00:00",
            "2025-10-20T08:00:00+00:00",
            id="clocks go back: 08:30 UTC is before 09:00 GMT",
        ),
        pytest.param(
            "2025-10-27T09:00:00+00:00",
            "2025-10-27T09:00:00+00:00",
            "2025-10-27T09:00:00+00:00",
            id="first Monday of winter time",
        ),
    ],
)
def test_digest_slots_follow_london_wall_clock_across_clock_changes(now, daily, weekly):
    slots = DigestSchedule().slots(datetime.fromisoformat(now))
    assert [store.iso(s) for s in slots] == [daily, weekly]


def test_digest_slots_use_configured_time_day_and_zone():
    schedule = DigestSchedule(time="17:30", weekday="fri", timezone="America/New_York")
    daily, weekly = schedule.slots(datetime(2026, 4, 1, 12, 0, tzinfo=UTC))  # Wed 08:00 in New York
    assert store.iso(daily) == "2026-03-31T21:30:00+00:00"
    assert store.iso(weekly) == "2026-03-27T21:30:00+00:00"


def test_weekly_digest_plans_at_monday_nine_and_catches_up_after_sleeping(db):
    sub = subscribe(db, cadence="weekly", at=T0)  # Wednesday 1 April 2026
    add_report(db, 1, T0 + timedelta(hours=1))
    assert plan_digests(db, T0 + timedelta(days=4)) == 0  # Sunday: not due
    monday_nine = datetime(2026, 4, 6, 8, 0, tzinfo=UTC)  # 09:00 BST
    assert plan_digests(db, monday_nine - timedelta(minutes=1)) == 0
    assert plan_digests(db, monday_nine) == 1
    assert plan_digests(db, monday_nine + timedelta(minutes=1)) == 0  # planned once
    add_report(db, 2, monday_nine + timedelta(hours=2))
    # The machine was asleep all the next Monday; it wakes on Tuesday afternoon and catches up.
    assert plan_digests(db, datetime(2026, 4, 14, 15, 0, tzinfo=UTC)) == 1
    assert [r["subscription_id"] for r in db.query("SELECT * FROM outbox")] == [sub, sub]


def test_daily_and_instant_cadences(db):
    subscribe(db, "CD", cadence="daily")
    subscribe(db, "CI", cadence="instant")
    add_report(db, 1, T0 + timedelta(minutes=5))
    assert plan_digests(db, T0 + timedelta(minutes=6)) == 1  # instant only
    assert plan_digests(db, datetime(2026, 4, 2, 8, 0, tzinfo=UTC)) == 1  # daily at 09:00 BST next day


def test_only_reports_added_after_subscribing_and_matching_the_target_are_owed(db):
    add_report(db, 0, T0 - timedelta(minutes=1), body="kent")  # before anyone subscribed
    subs = {
        "all": subscribe(db, "C1", "all"),
        "kent": subscribe(db, "C2", "body", "kent"),
        "police": subscribe(db, "C3", "police"),
        "fire": subscribe(db, "C4", "fire"),
        "wales": subscribe(db, "C5", "country", "Wales"),
        "south east": subscribe(db, "C6", "region", "South East"),
    }
    kent = add_report(db, 1, T0 + timedelta(minutes=1), body="kent")
    gwent = add_report(db, 2, T0 + timedelta(minutes=1), body="gwent")
    essex_fire = add_report(db, 3, T0 + timedelta(minutes=1), body="essex-county-fire-and-rescue-service")
    thematic = add_report(db, 4, T0 + timedelta(minutes=1))
    fire_thematic = add_report(db, 5, T0 + timedelta(minutes=1), kind="fire")
    plan_digests(db, T0 + timedelta(minutes=2))
    owed: dict[int, set[int]] = {}
    for r in db.query("SELECT subscription_id, change_seq FROM outbox"):
        owed.setdefault(r["subscription_id"], set()).add(r["change_seq"])
    assert owed == {
        subs["all"]: {kent, gwent, essex_fire, thematic, fire_thematic},
        subs["kent"]: {kent},
        subs["police"]: {kent, gwent},
        subs["fire"]: {essex_fire, fire_thematic},
        subs["wales"]: {gwent},
        subs["south east"]: {kent},
    }


def test_a_change_committed_after_a_digest_is_in_the_next_whatever_its_clock_said(db):
    sub = subscribe(db)
    plan_digests(db, T0 + timedelta(minutes=10))
    # Stamped before that digest (a slow load, a clock that stepped back), but committed after it.
    late = add_report(db, 1, T0 + timedelta(minutes=9))
    assert plan_digests(db, T0 + timedelta(minutes=11)) == 1
    assert [tuple(r.values()) for r in db.query("SELECT subscription_id, change_seq FROM outbox")] == [
        (sub, late)
    ]
    assert plan_digests(db, T0 + timedelta(minutes=12)) == 0


def test_paused_subscriptions_are_not_planned(db):
    subscribe(db, "C1")
    store.pause_channel(db, "T0TEST", "C1", "not_in_channel", T0)
    add_report(db, 1, T0 + timedelta(minutes=1))
    assert plan_digests(db, T0 + timedelta(minutes=2)) == 0


def _statements_to_plan(db, subscriptions: int, reports: int, at: datetime) -> tuple[int, int]:
    """(outbox rows planned, SQL statements run) for that many subscriptions × new reports."""
    start = db.execute("SELECT count(*) FROM subscriptions").fetchone()[0]
    rows = [
        ("T0TEST", f"C{start + i}", "all", "", "instant", "U", store.iso(at)) for i in range(subscriptions)
    ]
    with db.atomic():
        db.conn.executemany(
            "INSERT INTO subscriptions (team_id, channel_id, target_kind, target, cadence, created_by, created_at, "
            "planned_seq) VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(seq), 0) FROM changes))",
            rows,
        )
        for n in range(reports):
            add_report(db, 1000 * subscriptions + n, at + timedelta(minutes=1))
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        planned = plan_digests(db, at + timedelta(minutes=2))
    finally:
        db.conn.set_trace_callback(None)
    return planned, len(statements)


def test_plan_digests_is_set_based(db):
    """Planning runs the same few statements however many subscriptions and reports there are (no loops
    over rows in Python); its speed is measured in bench/, not here."""
    small = _statements_to_plan(db, 20, 5, T0)
    large = _statements_to_plan(db, 2000, 100, T0 + timedelta(hours=1))
    assert small[0] == 20 * 5 and large[0] == (20 + 2000) * 100  # the first 20 hear the new 100 too
    assert large[1] == small[1]


# ---------------------------------------------------------------- sending


def test_one_message_per_channel_with_metadata_then_nothing(db, settings, slack_api):
    s1 = subscribe(db, "C1", "all")
    s2 = subscribe(db, "C1", "body", "kent")  # same channel, overlapping: the report appears once
    s3 = subscribe(db, "C2", "police")
    kent = add_report(db, 1, T0 + timedelta(minutes=1), body="kent")
    other = add_report(db, 2, T0 + timedelta(minutes=1))
    now = T0 + timedelta(minutes=2)
    assert plan_digests(db, now) == 4
    report = send_digests(db, client_for(settings), now, **NO_WAIT)
    assert (report.digests_sent, report.messages_posted) == (2, 2)
    c1, c2 = digest_messages(slack_api, "C1"), digest_messages(slack_api, "C2")
    assert len(c1) == 1 and len(c2) == 1
    assert sorted(delivered_pairs(slack_api)) == sorted([(s1, kent), (s1, other), (s2, kent), (s3, kent)])
    assert c1[0]["text"].startswith("2 new HMICFRS reports")
    assert "Kent Police" in str(c1[0]["blocks"]) and "Test publication 1" in str(c1[0]["blocks"])
    assert c2[0]["metadata"]["event_payload"]["digest_id"] != c1[0]["metadata"]["event_payload"]["digest_id"]
    for m in c1 + c2:
        assert_valid_blocks(m)
    sent = {r["channel_id"]: r["ts"] for r in db.query("SELECT * FROM digests")}
    assert sent == {"C1": c1[0]["ts"], "C2": c2[0]["ts"]}
    assert store.outbox_counts(db) == {"pending": 0, "sent": 4, "open_digests": 0}
    assert plan_digests(db, now + timedelta(minutes=1)) == 0
    assert send_digests(db, client_for(settings), now + timedelta(minutes=1), **NO_WAIT).messages_posted == 0
    assert len(digest_messages(slack_api)) == 2


def test_graded_report_shows_grades_and_movement_and_ungraded_says_so(db, settings, slack_api):
    subscribe(db, "C1")
    for key in ("peel:2023-25:avon-and-somerset", "peel:2023-25:kent"):
        announce(db, key, T0 + timedelta(minutes=1))
    now = T0 + timedelta(minutes=2)
    plan_digests(db, now)
    send_digests(db, client_for(settings), now, **NO_WAIT)
    [msg] = digest_messages(slack_api)
    sections = [b["text"]["text"] for b in msg["blocks"] if b["type"] == "section"]
    assert sections[0] == "*Avon and Somerset Constabulary*" and sections[2] == "*Kent Police*"  # by body
    avon, kent = sections[1], sections[3]
    assert "PEEL 2023–2025: An inspection of Avon and Somerset Constabulary" in avon
    assert "Published 6 February 2025" in avon
    assert "Preventing crime and antisocial behaviour: *Good* ▲ from Adequate" in avon
    assert "Protecting vulnerable people: *Requires improvement* ▼ from Adequate" in avon
    assert "Responding to the public: *Requires improvement* = unchanged" in avon
    assert "_Movement since 2021–22._" in avon
    assert "PEEL 2023–2025: An inspection of Kent Police" in kent
    assert "No grades recorded here yet" in kent and "*Good*" not in kent  # nothing invented
    assert "not directly comparable" in msg["blocks"][-1]["elements"][0]["text"]
    assert_valid_blocks(msg)


def test_many_reports_make_a_summary_with_details_in_the_thread_paced_per_channel(db, settings, slack_api):
    slack_api.on("conversations.replies", lambda args: replies(slack_api, args))
    subscribe(db, "C1")
    count = 25
    for n in range(count):
        add_report(db, n, T0 + timedelta(minutes=1))
    now = T0 + timedelta(minutes=2)
    plan_digests(db, now)
    waits: list[float] = []
    report = send_digests(db, client_for(settings), now, pace=1.0, sleep=waits.append)
    msgs = digest_messages(slack_api, "C1")
    assert len(msgs) == digest_parts(count) == 4 and report.messages_posted == 4
    parent, *thread = msgs
    assert "thread_ts" not in parent and all(m["thread_ts"] == parent["ts"] for m in thread)
    assert [m["metadata"]["event_payload"]["part"] for m in msgs] == [0, 1, 2, 3]
    assert len(parent["metadata"]["event_payload"]["pairs"]) == count
    shown = "".join(str(m["blocks"]) for m in thread)
    assert all(f"Test publication {n}<" in shown or f"Test publication {n}>" in shown for n in range(count))
    for m in msgs:
        assert_valid_blocks(m)
    assert len(waits) == 3 and all(0.5 < w <= 1.0 for w in waits)  # about a second apart, no real sleeping


def replies(slack_api, args: dict) -> dict:
    with slack_api.lock:
        found = [
            m for m in slack_api.messages if m.get("thread_ts") == args.get("ts") or m["ts"] == args.get("ts")
        ]
    return {"ok": True, "messages": found, "has_more": False}


def test_429_and_500_for_a_while_still_deliver_every_digest_exactly_once(db, settings, slack_api):
    subs = [subscribe(db, f"C{i}") for i in range(3)]
    reports = [add_report(db, n, T0 + timedelta(minutes=1)) for n in range(2)]
    slack_api.fail("chat.postMessage", 429, times=1, headers={"Retry-After": "0"})
    slack_api.fail("chat.postMessage", 500, times=4)
    slack_api.fail("chat.postMessage", 503, times=1, body={"ok": False, "error": "service_unavailable"})
    now = T0 + timedelta(minutes=2)
    plan_digests(db, now)
    first = send_digests(db, client_for(settings), now, **NO_WAIT)
    assert first.failed  # some gave up for this run and wait for the next
    for minute in range(3, 8):
        send_digests(db, client_for(settings), T0 + timedelta(minutes=minute), **NO_WAIT)
    assert sorted(delivered_pairs(slack_api)) == sorted((s, r) for s in subs for r in reports)
    assert sorted(m["channel"] for m in digest_messages(slack_api)) == ["C0", "C1", "C2"]
    assert store.outbox_counts(db) == {"pending": 0, "sent": 6, "open_digests": 0}


def test_a_send_that_reached_slack_but_timed_out_is_found_in_history_not_posted_again(
    db, settings, slack_api
):
    subscribe(db, "C1")
    add_report(db, 1, T0 + timedelta(minutes=1))

    def slow_post(args: dict) -> dict:
        answer = slack_api.m_chat_postMessage(args)  # Slack takes it...
        time.sleep(0.6)  # ...but the answer never arrives in time
        return answer

    slack_api.on("chat.postMessage", slow_post)
    client = WebClient(token=BOT_TOKEN, base_url=settings.slack_api_url, timeout=0.3)
    now = T0 + timedelta(minutes=2)
    plan_digests(db, now)
    report = send_digests(db, client, now, **NO_WAIT)
    assert report.recovered == 1 and report.messages_posted == 0
    assert len(digest_messages(slack_api)) == 1
    history = slack_api.calls_to("conversations.history")
    assert history and history[0].args.get("include_all_metadata") in (True, "true", "1", 1)
    assert store.outbox_counts(db)["sent"] == 1


def test_an_uncertain_send_not_in_history_is_posted_once(db, settings, slack_api):
    subscribe(db, "C1")
    add_report(db, 1, T0 + timedelta(minutes=1))
    now = T0 + timedelta(minutes=2)
    plan_digests(db, now)
    from bot.jobs.digests import create_digests

    [digest_id] = create_digests(db, now)
    store.claim_part(db, digest_id, 0, now)  # as if a process died right after claiming, before posting
    report = send_digests(db, client_for(settings), now, **NO_WAIT)
    assert (report.recovered, report.messages_posted) == (0, 1)
    assert len(digest_messages(slack_api)) == 1


@pytest.mark.parametrize("error", ["not_in_channel", "channel_not_found", "is_archived"])
def test_bot_removed_pauses_the_channel_without_endless_retries(db, settings, slack_api, error):
    subscribe(db, "C1")
    subscribe(db, "C1", "body", "kent")
    subscribe(db, "C2")
    add_report(db, 1, T0 + timedelta(minutes=1), body="kent")
    slack_api.on(
        "chat.postMessage",
        lambda args: (
            {"ok": False, "error": error} if args["channel"] == "C1" else slack_api.m_chat_postMessage(args)
        ),
    )
    now = T0 + timedelta(minutes=2)
    plan_digests(db, now)
    report = send_digests(db, client_for(settings), now, **NO_WAIT)
    assert report.paused_channels == ["C1"] and not report.failed
    paused = list(db.query("SELECT paused_reason FROM subscriptions WHERE channel_id = 'C1'"))
    assert paused == [{"paused_reason": error}] * 2
    assert [m["channel"] for m in digest_messages(slack_api)] == ["C2"]
    attempts = len(slack_api.calls_to("chat.postMessage"))
    add_report(db, 2, now + timedelta(minutes=1))
    for minute in range(4, 7):
        plan_digests(db, T0 + timedelta(minutes=minute))
        send_digests(db, client_for(settings), T0 + timedelta(minutes=minute), **NO_WAIT)
    c1_posts = [c for c in slack_api.calls_to("chat.postMessage") if c.args["channel"] == "C1"]
    assert len(c1_posts) == 1 and len(slack_api.calls_to("chat.postMessage")) == attempts + 1
    # Re-invited and subscribed again: what it missed while paused is delivered, once.
    slack_api.handlers.pop("chat.postMessage")
    store.add_subscription(
        db,
        team_id="T0TEST",
        enterprise_id=None,
        channel_id="C1",
        target_kind="all",
        target="",
        cadence="instant",
        created_by="U1",
        now=T0 + timedelta(minutes=8),
    )
    send_digests(db, client_for(settings), T0 + timedelta(minutes=9), **NO_WAIT)
    [c1] = digest_messages(slack_api, "C1")
    assert "Test publication 1" in str(c1["blocks"])


def test_a_message_slack_keeps_refusing_is_given_up_and_the_channel_paused(db, settings, slack_api):
    from bot.slack.digest_sender import MAX_ATTEMPTS

    subscribe(db, "C1")
    add_report(db, 1, T0 + timedelta(minutes=1))
    slack_api.on("chat.postMessage", lambda args: {"ok": False, "error": "invalid_blocks"})
    now = T0 + timedelta(minutes=2)
    plan_digests(db, now)
    runs = 0
    while not db.execute("SELECT paused_at FROM subscriptions").fetchone()[0] and runs < 2 * MAX_ATTEMPTS:
        send_digests(db, client_for(settings), now + timedelta(minutes=runs), **NO_WAIT)
        runs += 1
    assert len(slack_api.calls_to("chat.postMessage")) == MAX_ATTEMPTS
    reason = db.execute("SELECT paused_reason FROM subscriptions").fetchone()[0]
    assert reason == "delivery failing: invalid_blocks"
    send_digests(db, client_for(settings), now + timedelta(hours=1), **NO_WAIT)
    assert len(slack_api.calls_to("chat.postMessage")) == MAX_ATTEMPTS  # no more tries


def test_old_sent_outbox_rows_are_pruned_only_when_they_can_never_be_planned_again(db, settings, slack_api):
    subscribe(db, "C1")
    add_report(db, 1, T0 + timedelta(minutes=1))
    now = T0 + timedelta(minutes=2)
    plan_digests(db, now)
    send_digests(db, client_for(settings), now, **NO_WAIT)
    later = now + timedelta(days=3)
    plan_digests(db, later)
    assert store.prune_outbox(db, now - timedelta(days=1)) == 0  # not old enough
    assert store.prune_outbox(db, later) == 1
    plan_digests(db, later + timedelta(minutes=1))
    send_digests(db, client_for(settings), later + timedelta(minutes=1), **NO_WAIT)
    assert len(digest_messages(slack_api)) == 1  # pruning never lets a report be sent twice


def test_another_sender_holding_the_lease_means_this_one_waits(db, settings, slack_api):
    from bot.jobs import leases

    subscribe(db, "C1")
    add_report(db, 1, T0 + timedelta(minutes=1))
    plan_digests(db, T0 + timedelta(minutes=2))
    assert leases.acquire(db, leases.DIGEST_SENDER, "otherhost:1:x", T0, timedelta(minutes=15))
    report = send_digests(db, client_for(settings), T0 + timedelta(minutes=2), **NO_WAIT)
    assert report.skipped and digest_messages(slack_api) == []
    report = send_digests(db, client_for(settings), T0 + timedelta(minutes=16), **NO_WAIT)  # lease expired
    assert report.messages_posted == 1


def test_dry_run_preview_changes_nothing(db):
    subscribe(db, "C1")
    add_report(db, 1, T0 + timedelta(minutes=1))
    shown = preview_digests(db, T0 + timedelta(minutes=2))
    assert [channel for channel, _ in shown] == ["C1"]
    assert_valid_blocks(shown[0][1])
    assert store.outbox_counts(db) == {"pending": 0, "sent": 0, "open_digests": 0}
    assert plan_digests(db, T0 + timedelta(minutes=2)) == 1


def test_inline_limit_keeps_small_digests_in_one_message():
    assert digest_parts(INLINE_REPORTS) == 1 and digest_parts(INLINE_REPORTS + 1) == 2
