"""m040: a store from before the change log keeps every subscription's place: nothing lost, nothing repeated."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlite_utils

from db import subscriptions as store
from db.changes import changes_after
from db.schema import migrations

T1 = datetime(2026, 4, 1, 9, 0, tzinfo=UTC)


def _iso(when: datetime) -> str:
    return store.iso(when)


def test_existing_subscriptions_and_outbox_move_onto_sequence_cursors(tmp_path):
    db = sqlite_utils.Database(tmp_path / "old.db")
    migrations.apply(db, stop_before="m040_change_log")
    db.execute("INSERT INTO bodies VALUES ('kent', 'Kent Police', 'police', 'England', 'South East')")
    reports = {
        "seeded": T1 - timedelta(days=30),
        "before_window": T1 - timedelta(hours=2),
        "sent_in_overlap": T1 - timedelta(minutes=30),
        "late_in_overlap": T1 - timedelta(minutes=20),  # committed after the last digest was planned
        "pending": T1 - timedelta(minutes=10),
        "after": T1 + timedelta(minutes=5),
    }
    ids = {}
    for name, added in reports.items():
        origin = "dataset" if name == "seeded" else "feed"
        cur = db.execute(
            "INSERT INTO reports (report_key, body_id, title, origin, added_at) VALUES (?, 'kent', ?, ?, ?)",
            [name, name, origin, _iso(added)],
        )
        ids[name] = cur.lastrowid
    created = T1 - timedelta(days=10)
    db.execute(
        "INSERT INTO subscriptions (id, team_id, channel_id, target_kind, target, cadence, created_at, "
        "last_digest_at) VALUES (1, 'T', 'C1', 'body', 'kent', 'instant', ?, ?)",
        [_iso(created), _iso(T1)],
    )
    db.execute(
        "INSERT INTO subscriptions (id, team_id, channel_id, target_kind, target, cadence, created_at) "
        "VALUES (2, 'T', 'C2', 'all', '', 'instant', ?)",
        [_iso(T1 - timedelta(minutes=15))],
    )
    db.execute(
        "INSERT INTO outbox (subscription_id, report_id, team_id, planned_at, sent_at) VALUES (1, ?, 'T', ?, ?)",
        [ids["sent_in_overlap"], _iso(T1), _iso(T1)],
    )
    db.execute(
        "INSERT INTO outbox (subscription_id, report_id, team_id, planned_at) VALUES (1, ?, 'T', ?)",
        [ids["pending"], _iso(T1)],
    )

    migrations.apply(db)

    assert [c["report_id"] for c in changes_after(db, 0)] == [ids[n] for n in reports]  # the store's order
    store.plan_outbox(db, now=_iso(T1 + timedelta(minutes=6)), daily_slot="", weekly_slot="")
    owed = {}
    for r in db.query(
        "SELECT o.subscription_id, c.report_id, o.sent_at FROM outbox o JOIN changes c ON c.seq = o.change_seq"
    ):
        owed.setdefault(r["subscription_id"], {})[r["report_id"]] = r["sent_at"] is not None
    assert owed[1] == {
        ids["sent_in_overlap"]: True,  # already sent: kept, so never sent again
        ids["late_in_overlap"]: False,  # never planned before: not lost
        ids["pending"]: False,  # planned before the upgrade: still owed, once
        ids["after"]: False,
    }
    assert owed[2] == {ids["pending"]: False, ids["after"]: False}  # nothing from before it subscribed
    again = store.plan_outbox(db, now=_iso(T1 + timedelta(minutes=7)), daily_slot="", weekly_slot="")
    assert again == 0
