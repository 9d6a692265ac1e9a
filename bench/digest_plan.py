"""(5) Digest planning: subscriptions across teams × new changes -> the outbox, via bot.jobs.digests.plan_digests.

Subscriptions are spread over every target kind (mostly single bodies, as channels follow their own force),
one in ten with a filter, all due (daily or weekly, last digest eight days ago) and planned up to the
change log's head before the new changes. The new changes mix every kind: new reports (half), grades
recorded, regrades and Engage events, spread over the bodies.
The floor is the same matching as one plain INSERT ... SELECT into a table with no keys or constraints.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import Row, Spread, copy_db, interleave, ratios, seeded_db

NOW = datetime(2030, 1, 7, 12, 0, tzinfo=UTC)  # fixed, and long after the seed's added_at stamps
SUBS_PER_TEAM = 10
# target kinds in a repeating pattern of 20: 12 body, 3 region, 2 police, 1 fire, 1 country, 1 all
KIND_PATTERN = ["body"] * 12 + ["region"] * 3 + ["police"] * 2 + ["fire", "country", "all"]

# kinds of the new changes in a repeating pattern of 10: 5 new reports, 2 grades recorded, 2 regrades, 1 Engage
CHANGE_PATTERN = ["report"] * 5 + ["grades"] * 2 + ["regrade"] * 2 + ["engage"]
TOPIC = {"report": "reports", "grades": "grades", "regrade": "grades", "engage": "engage"}
# filters in a repeating pattern of 10 subscriptions: 7 hear everything, one each reports, grades, engage
FILTER_PATTERN = ["all"] * 7 + ["reports", "grades", "engage"]

FLOOR_SQL = """
CREATE TABLE floor_outbox AS
SELECT s.id AS subscription_id, c.seq AS change_seq
FROM subscriptions s JOIN changes c ON c.seq > s.planned_seq AND c.origin <> 'dataset'
    AND (s.topics = 'all' OR s.topics = c.topic)
LEFT JOIN bodies b ON b.id = c.body_id
WHERE s.paused_at IS NULL AND (
    s.target_kind = 'all'
    OR (s.target_kind = 'body' AND c.body_id = s.target)
    OR (s.target_kind = 'police' AND b.kind = 'police')
    OR (s.target_kind = 'fire' AND b.kind = 'fire')
    OR (s.target_kind = 'region' AND b.region = s.target)
    OR (s.target_kind = 'country' AND b.country = s.target)
)
"""


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds")


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def build(template: Path, target: Path, subscriptions: int, changes: int) -> None:
    """A seeded store plus `subscriptions` due subscriptions and `changes` changes logged an hour ago."""
    copy_db(template, target)
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        bodies = conn.execute("SELECT id, kind, region, country FROM bodies ORDER BY id").fetchall()
        regions = sorted({b[2] for b in bodies})
        countries = sorted({b[3] for b in bodies})
        sub_cols = _columns(conn, "subscriptions")
        seen_up_to = conn.execute("SELECT COALESCE(max(seq), 0) FROM changes").fetchone()[0]
        rows = []
        for i in range(subscriptions):
            kind = KIND_PATTERN[i % len(KIND_PATTERN)]
            target_value = {
                "body": bodies[(i * 7) % len(bodies)][0],
                "region": regions[i % len(regions)],
                "country": countries[i % len(countries)],
            }.get(kind, "")
            rows.append(
                {
                    "team_id": f"T{i // SUBS_PER_TEAM:05d}",
                    "enterprise_id": None,
                    "channel_id": f"C{i:06d}",
                    "target_kind": kind,
                    "target": target_value,
                    "cadence": "daily" if i % 3 else "weekly",
                    "created_by": "U0BENCH",
                    "created_at": _iso(NOW - timedelta(days=30)),
                    "last_digest_at": _iso(NOW - timedelta(days=8)),
                    "paused_at": None,
                    "paused_reason": None,
                    "planned_seq": seen_up_to,
                    "topics": FILTER_PATTERN[(i // 3) % len(FILTER_PATTERN)],
                }
            )
        cols = [c for c in rows[0] if c in sub_cols]
        report_cols = _columns(conn, "reports")
        added = _iso(NOW - timedelta(hours=1))
        new_reports = []
        for i in range(changes):
            body_id, body_kind, _, _ = bodies[(i * 11) % len(bodies)]
            framework = "peel" if body_kind == "police" else "frs"
            new_reports.append(
                {
                    "report_key": f"https://example.org/bench/report-{i}",
                    "body_id": body_id,
                    "framework": framework,
                    "round": "2025-27",
                    "title": f"Bench report {i}",
                    "published": NOW.date().isoformat(),
                    "report_url": f"https://example.org/bench/report-{i}",
                    "origin": "feed",
                    "added_at": added,
                    "kind": "peel" if body_kind == "police" else "fire",
                }
            )
        rcols = [c for c in new_reports[0] if c in report_cols]
        conn.execute("BEGIN")
        conn.executemany(
            f"INSERT INTO subscriptions ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",  # noqa: S608
            [[r[c] for c in cols] for r in rows],
        )
        for i, report in enumerate(new_reports):
            kind = CHANGE_PATTERN[i % len(CHANGE_PATTERN)]
            report_id = conn.execute(
                f"INSERT INTO reports ({', '.join(rcols)}) VALUES ({', '.join('?' * len(rcols))})",  # noqa: S608
                [report[c] for c in rcols],
            ).lastrowid
            conn.execute(
                "INSERT INTO changes (at, origin, kind, topic, body_id, report_id, area, before, after, source) "
                "VALUES (?, 'load', ?, ?, ?, ?, ?, ?, ?, 'https://example.org/bench')",
                [
                    added,
                    kind,
                    TOPIC[kind],
                    report["body_id"],
                    None if kind == "engage" else report_id,
                    "responding" if kind in ("grades", "regrade") else None,
                    "Adequate" if kind == "regrade" else None,
                    {"grades": "Good", "regrade": "Requires improvement", "engage": "entered_engage"}.get(
                        kind
                    ),
                ],
            )
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def _plan(template: Path, work: Path) -> tuple[float, int]:
    from bot.jobs.digests import plan_digests
    from db.connection import open_db

    db = open_db(copy_db(template, work))
    try:
        t0 = time.perf_counter()
        planned = plan_digests(db, NOW)
        elapsed = time.perf_counter() - t0
        rows = db.execute("SELECT count(*) FROM outbox").fetchone()[0]
    finally:
        db.close()
    return elapsed, int(rows if planned is None else max(int(planned), rows))


def _floor(template: Path, work: Path) -> tuple[float, int]:
    conn = sqlite3.connect(copy_db(template, work), isolation_level=None)
    try:
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute(FLOOR_SQL)
        conn.execute("COMMIT")
        elapsed = time.perf_counter() - t0
        rows = conn.execute("SELECT count(*) FROM floor_outbox").fetchone()[0]
    finally:
        conn.close()
    return elapsed, int(rows)


def available() -> str | None:
    """None if the digest planner can be benchmarked, else why not."""
    try:
        from bot.jobs.digests import plan_digests  # noqa: F401
    except ImportError as e:
        return f"not available yet (bot.jobs.digests.plan_digests: {e.__class__.__name__})"
    return None


def run(quick: bool) -> list[Row]:
    reason = available()
    if reason:
        return [
            Row(
                "5 digest planning",
                "10,000 subscriptions / 1,000 teams × 200 new changes",
                None,
                None,
                None,
                target="< 2 s, linear",
                note=reason,
            )
        ]
    sizes = [(1000, 200), (10_000, 200)] if quick else [(2500, 200), (5000, 200), (10_000, 200)]
    runs = 2 if quick else 5
    rows: list[Row] = []
    per_pair: dict[int, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-digest-") as tmp:
        folder = Path(tmp)
        seeded = seeded_db(folder)
        for subs, changes in sizes:
            template = folder / f"digest-{subs}.db"
            build(seeded, template, subs, changes)
            counts: list[int] = []
            floor_counts: list[int] = []

            def ours(t: Path = template, counts: list[int] = counts) -> float:
                elapsed, n = _plan(t, folder / "ours.db")
                counts.append(n)
                return elapsed

            def floor(t: Path = template, floor_counts: list[int] = floor_counts) -> float:
                elapsed, n = _floor(t, folder / "floor.db")
                floor_counts.append(n)
                return elapsed

            a, b = interleave(runs, ours, floor)
            spread = Spread.of([x * 1000 for x in a])
            pairs = max(counts) if counts else 0
            per_pair[subs] = spread.median / pairs * 1000 if pairs else float("nan")
            growth = per_pair[subs] / per_pair[sizes[0][0]]
            biggest = subs == sizes[-1][0]
            rows.append(
                Row(
                    "5 digest planning",
                    f"{subs:,} subscriptions / {subs // SUBS_PER_TEAM:,} teams × {changes} new changes (all kinds)",
                    spread,
                    Spread.of([x * 1000 for x in b]),
                    Spread.of(ratios(a, b)),
                    unit="ms",
                    baseline_name="the same matching as one plain INSERT ... SELECT",
                    target="< 2 s" if biggest else "linear",
                    met=(spread.median < 2000 and growth < 1.5) if biggest else growth < 1.5,
                    note=f"{pairs:,} outbox rows (floor {max(floor_counts):,}); {per_pair[subs]:.2f} µs/row"
                    + ("" if subs == sizes[0][0] else f" ({growth:.2f}× the smallest size's)"),
                    extra={
                        "outbox_rows": pairs,
                        "floor_rows": max(floor_counts),
                        "us_per_outbox_row": per_pair[subs],
                    },
                )
            )
    return rows
