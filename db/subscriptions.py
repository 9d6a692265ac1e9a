"""Subscriptions, the digest outbox, feed state and leases: reads and writes, each write one transaction.

Times are UTC ISO strings with seconds, as `iso()` makes them (the same form db/load.py stamps `added_at` with),
so they compare as text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from db.changes import QUIET_ORIGINS, head, record_change

Row = dict[str, Any]

TARGET_KINDS = ("all", "body", "region", "country", "police", "fire")
CADENCES = ("daily", "weekly", "instant")


def iso(when: datetime) -> str:
    """UTC ISO text with seconds; a naive datetime is taken to be UTC already."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC).isoformat(timespec="seconds")


@contextmanager
def immediate(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """A write transaction taken up front, so read-then-write cannot lose a race (nests as a savepoint)."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.execute("COMMIT")


def _one(db: sqlite_utils.Database, sql: str, params: Sequence[Any] = ()) -> Row | None:
    return next(iter(db.query(sql, params)), None)


# ---------------------------------------------------------------- subscriptions


def channel_subscriptions(db: sqlite_utils.Database, team_id: str, channel_id: str) -> list[Row]:
    """A channel's subscriptions, oldest first."""
    return list(
        db.query(
            "SELECT s.*, b.name AS body_name FROM subscriptions s LEFT JOIN bodies b "
            "ON s.target_kind = 'body' AND b.id = s.target "
            "WHERE s.team_id = ? AND s.channel_id = ? ORDER BY s.id",
            [team_id, channel_id],
        )
    )


def add_subscription(
    db: sqlite_utils.Database,
    *,
    team_id: str,
    enterprise_id: str | None,
    channel_id: str,
    target_kind: str,
    target: str,
    cadence: str,
    created_by: str,
    now: datetime,
    topics: str = "all",
) -> tuple[str, Row]:
    """Subscribe a channel; return ('added' | 'exists' | 'changed' | 'resumed', the row).

    A new subscription starts at the change log's head, read in its own write transaction: every change
    already committed is old news to it, whatever the clock says. A resumed one keeps its place, so it
    hears what it missed."""
    with immediate(db):
        found = _one(
            db,
            "SELECT * FROM subscriptions WHERE team_id = ? AND channel_id = ? AND target_kind = ? AND target = ?",
            [team_id, channel_id, target_kind, target],
        )
        if found is None:
            db.execute(
                "INSERT INTO subscriptions (team_id, enterprise_id, channel_id, target_kind, target, cadence, "
                "created_by, created_at, planned_seq, topics) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    team_id,
                    enterprise_id,
                    channel_id,
                    target_kind,
                    target,
                    cadence,
                    created_by,
                    iso(now),
                    head(db),
                    topics,
                ],
            )
            outcome = "added"
        elif found["paused_at"]:
            db.execute(
                "UPDATE subscriptions SET paused_at = NULL, paused_reason = NULL, cadence = ?, topics = ? "
                "WHERE id = ?",
                [cadence, topics, found["id"]],
            )
            outcome = "resumed"
        elif found["cadence"] != cadence or found["topics"] != topics:
            db.execute(
                "UPDATE subscriptions SET cadence = ?, topics = ? WHERE id = ?",
                [cadence, topics, found["id"]],
            )
            outcome = "changed"
        else:
            outcome = "exists"
        row = _one(
            db,
            "SELECT * FROM subscriptions WHERE team_id = ? AND channel_id = ? AND target_kind = ? AND target = ?",
            [team_id, channel_id, target_kind, target],
        )
    assert row is not None
    return outcome, row


def remove_subscriptions(
    db: sqlite_utils.Database,
    team_id: str,
    channel_id: str,
    target_kind: str | None = None,
    target: str = "",
) -> list[Row]:
    """Remove one subscription (or, with no target_kind, all of the channel's); return what was removed."""
    with db.atomic():
        rows = [
            r
            for r in channel_subscriptions(db, team_id, channel_id)
            if target_kind is None or (r["target_kind"] == target_kind and r["target"] == target)
        ]
        for r in rows:
            db.execute("DELETE FROM outbox WHERE subscription_id = ?", [r["id"]])
            db.execute("DELETE FROM subscriptions WHERE id = ?", [r["id"]])
    return rows


def pause_channel(
    db: sqlite_utils.Database, team_id: str, channel_id: str, reason: str, now: datetime
) -> int:
    """Pause every active subscription of a channel the bot can no longer post in; return how many."""
    cur = db.execute(
        "UPDATE subscriptions SET paused_at = ?, paused_reason = ? "
        "WHERE team_id = ? AND channel_id = ? AND paused_at IS NULL",
        [iso(now), reason, team_id, channel_id],
    )
    return int(cur.rowcount)


def pause_team(db: sqlite_utils.Database, team_id: str, reason: str, now: datetime) -> int:
    """Pause every active subscription of a workspace that removed the app; return how many."""
    cur = db.execute(
        "UPDATE subscriptions SET paused_at = ?, paused_reason = ? WHERE team_id = ? AND paused_at IS NULL",
        [iso(now), reason, team_id],
    )
    return int(cur.rowcount)


def regions_and_countries(db: sqlite_utils.Database) -> tuple[list[str], list[str]]:
    """The distinct regions and countries of the bodies in the store."""
    regions = [r["region"] for r in db.query("SELECT DISTINCT region FROM bodies ORDER BY region")]
    countries = [r["country"] for r in db.query("SELECT DISTINCT country FROM bodies ORDER BY country")]
    return regions, countries


# ---------------------------------------------------------------- planning the outbox

_DUE = """
    s.paused_at IS NULL AND (
        s.cadence = 'instant'
        OR (s.cadence = 'daily' AND COALESCE(s.last_digest_at, s.created_at) < :daily_slot)
        OR (s.cadence = 'weekly' AND COALESCE(s.last_digest_at, s.created_at) < :weekly_slot)
    )
"""

# What is new to a subscription is the changes after its cursor, up to the head read in this transaction;
# the seed's changes are history. `fresh` is every change any due subscription has not seen, with where its
# body is, read once; each kind of target then finds its subscriptions by equality on (target_kind, target).
_QUIET = ", ".join(f"'{o}'" for o in QUIET_ORIGINS)
_FOR = "f.seq > s.planned_seq AND (s.topics = 'all' OR s.topics = f.topic)"
_PLAN = f"""
WITH fresh AS MATERIALIZED (
    SELECT c.seq, c.topic, c.body_id, b.region, b.country,
           COALESCE(b.kind, (SELECT CASE r.kind WHEN 'peel' THEN 'police' WHEN 'fire' THEN 'fire' END
                             FROM reports r WHERE r.id = c.report_id)) AS sector
    FROM changes c LEFT JOIN bodies b ON b.id = c.body_id
    WHERE c.seq > :low AND c.seq <= :head AND c.origin NOT IN ({_QUIET})
)
INSERT OR IGNORE INTO outbox (subscription_id, change_seq, team_id, planned_at)
SELECT * FROM (
SELECT s.id, f.seq, s.team_id, :now FROM fresh f
JOIN subscriptions s ON s.target_kind = 'body' AND s.target = f.body_id WHERE {_FOR} AND {_DUE}
UNION ALL
SELECT s.id, f.seq, s.team_id, :now FROM fresh f
JOIN subscriptions s ON s.target_kind = 'all' AND s.target = '' WHERE {_FOR} AND {_DUE}
UNION ALL
SELECT s.id, f.seq, s.team_id, :now FROM fresh f
JOIN subscriptions s ON s.target_kind = f.sector AND s.target = '' WHERE {_FOR} AND {_DUE}
UNION ALL
SELECT s.id, f.seq, s.team_id, :now FROM fresh f
JOIN subscriptions s ON s.target_kind = 'region' AND s.target = f.region WHERE {_FOR} AND {_DUE}
UNION ALL
SELECT s.id, f.seq, s.team_id, :now FROM fresh f
JOIN subscriptions s ON s.target_kind = 'country' AND s.target = f.country WHERE {_FOR} AND {_DUE}
) ORDER BY 1, 2  -- in key order, so the outbox's B-tree is appended to rather than written all over
"""  # noqa: S608 - only module constants are interpolated
_LOW = f"SELECT min(s.planned_seq) FROM subscriptions s WHERE {_DUE}"  # noqa: S608


_ADVANCE = (
    f"UPDATE subscriptions AS s SET last_digest_at = :now, planned_seq = max(planned_seq, :head) WHERE {_DUE}"  # noqa: S608
)


def plan_outbox(db: sqlite_utils.Database, *, now: str, daily_slot: str, weekly_slot: str) -> int:
    """Insert an outbox row for every due subscription × matching new change; move their cursors to the head."""
    params: dict[str, Any] = {"now": now, "daily_slot": daily_slot, "weekly_slot": weekly_slot}
    with immediate(db):
        params["head"] = head(db)
        params["low"] = db.execute(_LOW, params).fetchone()[0]
        if params["low"] is None:
            return 0  # no subscription is due
        before = db.conn.total_changes
        db.execute(_PLAN, params)
        added = db.conn.total_changes - before
        db.execute(_ADVANCE, params)
    return added


def prune_outbox(db: sqlite_utils.Database, before: datetime) -> int:
    """Delete outbox rows sent before `before` that planning can never reach again (the subscription's
    cursor has passed their change), so the table does not grow for ever; return how many."""
    cur = db.execute(
        "DELETE FROM outbox WHERE sent_at IS NOT NULL AND sent_at < :before AND change_seq <= ("
        "SELECT s.planned_seq FROM subscriptions s WHERE s.id = outbox.subscription_id)",
        {"before": iso(before)},
    )
    return int(cur.rowcount)


# ---------------------------------------------------------------- digests


def channels_with_pending(db: sqlite_utils.Database) -> list[Row]:
    """Channels with outbox rows not yet in a digest and no digest still open (one message at a time)."""
    return list(
        db.query(
            "SELECT s.team_id, s.channel_id, count(DISTINCT o.change_seq) AS changes "
            "FROM outbox o JOIN subscriptions s ON s.id = o.subscription_id "
            "WHERE o.digest_id IS NULL AND s.paused_at IS NULL "
            "AND NOT EXISTS (SELECT 1 FROM digests d WHERE d.team_id = s.team_id AND d.channel_id = s.channel_id "
            "                AND d.sent_at IS NULL AND d.abandoned_at IS NULL) "
            "GROUP BY s.team_id, s.channel_id ORDER BY s.team_id, s.channel_id"
        )
    )


def create_digest(db: sqlite_utils.Database, team_id: str, channel_id: str, parts: int, now: datetime) -> int:
    """Gather a channel's pending outbox rows into one new digest; return its id (call inside atomic)."""
    cur = db.execute(
        "INSERT INTO digests (team_id, channel_id, created_at, parts) VALUES (?, ?, ?, ?)",
        [team_id, channel_id, iso(now), parts],
    )
    digest_id = int(cur.lastrowid or 0)
    db.execute(
        "UPDATE outbox SET digest_id = ? WHERE digest_id IS NULL AND subscription_id IN "
        "(SELECT id FROM subscriptions WHERE team_id = ? AND channel_id = ? AND paused_at IS NULL)",
        [digest_id, team_id, channel_id],
    )
    return digest_id


def set_digest_parts(db: sqlite_utils.Database, digest_id: int, parts: int) -> None:
    """How many messages a digest takes, once its items are known (call inside the creating transaction)."""
    db.execute("UPDATE digests SET parts = ? WHERE id = ?", [parts, digest_id])


def open_digests(db: sqlite_utils.Database) -> list[Row]:
    """Digests not yet fully sent nor abandoned, oldest first."""
    return list(db.query("SELECT * FROM digests WHERE sent_at IS NULL AND abandoned_at IS NULL ORDER BY id"))


def digest(db: sqlite_utils.Database, digest_id: int) -> Row | None:
    """One digest row."""
    return _one(db, "SELECT * FROM digests WHERE id = ?", [digest_id])


def digest_changes(db: sqlite_utils.Database, digest_id: int) -> list[Row]:
    """The distinct changes a digest carries, oldest first, with their report and body."""
    return list(
        db.query(
            "SELECT c.*, b.name AS body_name, b.kind AS body_kind, r.report_key, r.framework, r.round, "
            "r.title, r.published, r.report_url, r.kind AS report_kind FROM changes c "
            "LEFT JOIN reports r ON r.id = c.report_id "
            "LEFT JOIN bodies b ON b.id = COALESCE(c.body_id, r.body_id) "
            "WHERE c.seq IN (SELECT change_seq FROM outbox WHERE digest_id = ?) ORDER BY c.seq",
            [digest_id],
        )
    )


def digest_pairs(db: sqlite_utils.Database, digest_id: int) -> list[tuple[int, int]]:
    """(subscription, change) pairs a digest delivers."""
    return [
        (r["subscription_id"], r["change_seq"])
        for r in db.query(
            "SELECT subscription_id, change_seq FROM outbox WHERE digest_id = ? ORDER BY subscription_id, change_seq",
            [digest_id],
        )
    ]


def claim_part(db: sqlite_utils.Database, digest_id: int, part: int, now: datetime) -> None:
    """Record that a part is about to be posted, so a crash leaves it marked uncertain."""
    db.execute(
        "UPDATE digests SET claimed_part = ?, claimed_at = ?, attempts = attempts + 1 WHERE id = ?",
        [part, iso(now), digest_id],
    )


def unclaim_part(db: sqlite_utils.Database, digest_id: int, part: int) -> None:
    """Slack refused the part outright (429): it was not posted, so it is not uncertain either."""
    db.execute("UPDATE digests SET claimed_part = NULL WHERE id = ? AND claimed_part = ?", [digest_id, part])


def confirm_part(db: sqlite_utils.Database, digest_id: int, part: int, ts: str, now: datetime) -> None:
    """Slack took this part: record its ts; the main message delivers every pair in the digest.

    Read and write under one write lock taken up front: with channels sent side by side, a read transaction
    that later tries to write can find another worker's commit in between and fail at once."""
    with immediate(db):
        d = digest(db, digest_id)
        assert d is not None
        done = part + 1 >= d["parts"]
        db.execute(
            "UPDATE digests SET parts_sent = ?, claimed_part = NULL, last_error = NULL, "
            "ts = COALESCE(ts, ?), sent_at = CASE WHEN ? THEN ? ELSE sent_at END WHERE id = ?",
            [part + 1, ts if part == 0 else None, done, iso(now), digest_id],
        )
        if part == 0:
            db.execute(
                "UPDATE outbox SET sent_at = ? WHERE digest_id = ? AND sent_at IS NULL", [iso(now), digest_id]
            )


def finish_digest(db: sqlite_utils.Database, digest_id: int, now: datetime, note: str) -> None:
    """Close a digest whose main message was sent but whose thread cannot be finished."""
    db.execute(
        "UPDATE digests SET sent_at = ?, claimed_part = NULL, last_error = ? WHERE id = ?",
        [iso(now), note, digest_id],
    )


def record_digest_error(db: sqlite_utils.Database, digest_id: int, error: str) -> None:
    """Note why the last attempt failed (the part stays claimed: it is uncertain until checked)."""
    db.execute("UPDATE digests SET last_error = ? WHERE id = ?", [error[:500], digest_id])


def abandon_digest(db: sqlite_utils.Database, digest_id: int, reason: str, now: datetime) -> None:
    """The channel is gone and nothing was posted: hand the rows back to the outbox (kept for a resume)."""
    with db.atomic():
        db.execute(
            "UPDATE digests SET abandoned_at = ?, claimed_part = NULL, last_error = ? WHERE id = ?",
            [iso(now), reason, digest_id],
        )
        db.execute("UPDATE outbox SET digest_id = NULL WHERE digest_id = ? AND sent_at IS NULL", [digest_id])


def outbox_counts(db: sqlite_utils.Database) -> Row:
    """Pending and sent outbox rows, and open digests (for stats and tests)."""
    row = _one(
        db,
        "SELECT (SELECT count(*) FROM outbox WHERE sent_at IS NULL) AS pending, "
        "(SELECT count(*) FROM outbox WHERE sent_at IS NOT NULL) AS sent, "
        "(SELECT count(*) FROM digests WHERE sent_at IS NULL AND abandoned_at IS NULL) AS open_digests",
    )
    assert row is not None
    return row


THROTTLE_KEY = "digest_throttle:"  # meta key prefix: a workspace's digests are held back until the value


def record_throttle(db: sqlite_utils.Database, team_id: str, until_iso: str, now: datetime) -> None:
    """Note that a workspace answered 429 and is held back until `until_iso` (a later hold wins); holds
    that have run out are cleared on the way."""
    with immediate(db):
        db.execute("DELETE FROM meta WHERE key GLOB ? AND value <= ?", [THROTTLE_KEY + "*", iso(now)])
        db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)",
            [THROTTLE_KEY + team_id, until_iso],
        )


def throttled_workspaces(db: sqlite_utils.Database, now: datetime) -> list[Row]:
    """Workspaces held back by a 429 whose hold has not yet run out: team_id and until, soonest first."""
    return [
        {"team_id": r["key"].removeprefix(THROTTLE_KEY), "until": r["value"]}
        for r in db.query(
            "SELECT key, value FROM meta WHERE key GLOB ? AND value > ? ORDER BY value, key",
            [THROTTLE_KEY + "*", iso(now)],
        )
    ]


# ---------------------------------------------------------------- feeds


def feed_state(db: sqlite_utils.Database, url: str) -> Row | None:
    """What we know about polling one feed."""
    return _one(db, "SELECT * FROM feeds WHERE url = ?", [url])


def record_feed_success(
    db: sqlite_utils.Database,
    url: str,
    *,
    now: datetime,
    status: str,
    etag: str | None,
    last_modified: str | None,
    items_seen: int | None,
    added: int,
) -> None:
    """A fetch worked (200 or 304): reset the failure count, keep the validators for the next GET."""
    db.execute(
        "INSERT INTO feeds (url, last_polled_at, last_status, last_error, failures, etag, last_modified, "
        "items_seen, next_poll_at, items_added) VALUES (:url, :now, :status, NULL, 0, :etag, :lm, "
        "COALESCE(:seen, 0), NULL, :added) "
        "ON CONFLICT(url) DO UPDATE SET last_polled_at = :now, last_status = :status, last_error = NULL, "
        "failures = 0, etag = COALESCE(:etag, etag), last_modified = COALESCE(:lm, last_modified), "
        "items_seen = COALESCE(:seen, items_seen), next_poll_at = NULL, items_added = items_added + :added",
        {
            "url": url,
            "now": iso(now),
            "status": status,
            "etag": etag,
            "lm": last_modified,
            "seen": items_seen,
            "added": added,
        },
    )


def record_feed_failure(
    db: sqlite_utils.Database, url: str, *, now: datetime, status: str, error: str, next_poll_at: datetime
) -> int:
    """A fetch failed: count it, note why, and when to try again; return the consecutive failures."""
    params = {
        "url": url,
        "now": iso(now),
        "status": status,
        "error": error[:500],
        "next": iso(next_poll_at),
    }
    db.execute(
        "INSERT INTO feeds (url, last_polled_at, last_status, last_error, failures, next_poll_at, total_failures) "
        "VALUES (:url, :now, :status, :error, 1, :next, 1) "
        "ON CONFLICT(url) DO UPDATE SET last_polled_at = :now, last_status = :status, last_error = :error, "
        "failures = failures + 1, next_poll_at = :next, total_failures = total_failures + 1",
        params,
    )
    row = feed_state(db, url)
    return int(row["failures"]) if row else 1


def add_feed_report(db: sqlite_utils.Database, record: Row, now: datetime) -> int | None:
    """Store a feed item as a report unless its key is known; fill only blanks of a known one.

    Returns the new report's id, or None when it was already in the store. Grades are never written here.
    """
    with db.atomic():
        cur = db.execute(
            "INSERT OR IGNORE INTO reports (report_key, body_id, framework, round, title, published, report_url, "
            "origin, added_at, kind) VALUES (?, ?, ?, ?, ?, ?, ?, 'feed', ?, ?)",
            [
                record["report_key"],
                record.get("body_id"),
                record.get("framework"),
                record.get("round"),
                record.get("title", ""),
                record.get("published", ""),
                record.get("report_url", ""),
                iso(now),
                record.get("kind"),
            ],
        )
        if cur.rowcount:
            report_id = int(cur.lastrowid or 0)
            record_change(
                db,
                "report",
                at=iso(now),
                origin="feed",
                body_id=record.get("body_id"),
                report_id=report_id,
                source=record.get("report_url", ""),
                changed_by="feed",
            )
            return report_id
        db.execute(
            "UPDATE reports SET title = CASE WHEN title = '' THEN ? ELSE title END, "
            "published = CASE WHEN published = '' THEN ? ELSE published END, "
            "report_url = CASE WHEN report_url = '' THEN ? ELSE report_url END, "
            "kind = COALESCE(kind, ?) WHERE report_key = ?",
            [
                record.get("title", ""),
                record.get("published", ""),
                record.get("report_url", ""),
                record.get("kind"),
                record["report_key"],
            ],
        )
    return None


def report_key_for_link(db: sqlite_utils.Database, link: str) -> str | None:
    """The key of a report already stored with this link (e.g. a graded report the dataset has)."""
    row = _one(db, "SELECT report_key FROM reports WHERE report_url = ? ORDER BY id LIMIT 1", [link])
    return row["report_key"] if row else None


# ---------------------------------------------------------------- leases


def acquire_lease(
    db: sqlite_utils.Database,
    name: str,
    holder: str,
    *,
    now: datetime,
    expires_at: datetime,
    holder_gone: Callable[[str], bool] = lambda _holder: False,
) -> bool:
    """Take or renew a named lease; succeed if it is free, expired, ours, or its holder is known dead."""
    with immediate(db):
        row = _one(db, "SELECT * FROM leases WHERE name = ?", [name])
        if (
            row
            and row["holder"] != holder
            and row["expires_at"] > iso(now)
            and not holder_gone(row["holder"])
        ):
            return False
        db.execute(
            "INSERT INTO leases (name, holder, acquired_at, expires_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at, "
            "acquired_at = CASE WHEN leases.holder = excluded.holder THEN leases.acquired_at "
            "ELSE excluded.acquired_at END",
            [name, holder, iso(now), iso(expires_at)],
        )
    return True


def release_lease(db: sqlite_utils.Database, name: str, holder: str) -> None:
    """Give a lease up if we hold it."""
    db.execute("DELETE FROM leases WHERE name = ? AND holder = ?", [name, holder])


def record_scheduler_event(
    db: sqlite_utils.Database, job_id: str, event: str, detail: str, now: datetime
) -> None:
    """Note a missed or failed scheduled run (for stats)."""
    db.execute(
        "INSERT INTO scheduler_events (at, job_id, event, detail) VALUES (?, ?, ?, ?)",
        [iso(now), job_id, event, detail[:500]],
    )
