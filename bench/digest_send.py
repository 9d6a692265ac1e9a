"""(11) Sending digests side by side: 1,000 channels in 100 workspaces against the Web API stand-in answering
each call in 150 ms, time to the last post with the concurrent sender (DIGEST_WORKERS) against the sequential
one (1 worker), in one run; then again with one workspace answering 429 `Retry-After: 30` to its first posts,
timing the other 99. Measured in a child process, whose peak RSS is reported too."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import REPO, Row, Spread, child_env, copy_db, peak_rss_mb, seeded_db


def _prepare(path: Path, teams: int, per_team: int) -> None:
    from bot.jobs.digests import plan_digests
    from db import subscriptions as store
    from db.connection import Store

    now = datetime(2026, 4, 1, 12, 0, tzinfo=UTC)
    with Store(path).connect() as db:
        db.execute("UPDATE reports SET added_at = '2020-01-01T00:00:00+00:00'")
        with db.atomic():
            for t in range(teams):
                for c in range(per_team):
                    store.add_subscription(
                        db, team_id=f"T{t:03d}", enterprise_id=None, channel_id=f"C{t:03d}{c:02d}",
                        target_kind="all", target="", cadence="instant", created_by="U1", now=now,
                    )  # fmt: skip
        link = "https://hmicfrs.justiceinspectorates.gov.uk/publications/bench/"
        store.add_feed_report(
            db, {"report_key": link, "body_id": None, "title": "Bench publication", "kind": "publication",
                 "published": "2026-04-01", "report_url": link}, now + timedelta(minutes=1),
        )  # fmt: skip
        plan_digests(db, now + timedelta(minutes=2))


def _send(path: Path, api, workers: int) -> tuple[float, dict[str, float]]:
    """Seconds to the last post, and each workspace's last post (seconds from the start)."""
    from slack_sdk import WebClient

    from bot.slack.delivery import send_digests
    from db.connection import Store

    client = WebClient(token="xoxb-bench", base_url=api.api_url, timeout=30)
    before = len(api.calls)
    start = time.monotonic()
    with Store(path).connect() as db:
        send_digests(
            db, client, datetime(2026, 4, 1, 12, 3, tzinfo=UTC), workers=workers, pace=0.0,
            token_for=lambda team: f"xoxb-{team}",
        )  # fmt: skip
    last: dict[str, float] = {}
    for call in api.calls[before:]:
        if call.method == "chat.postMessage":
            team = (call.headers.get("Authorization") or "").removeprefix("Bearer xoxb-")
            last[team] = max(last.get(team, 0.0), call.at - start)
    return max(last.values()), last


def child(teams: int, per_team: int, latency: float, workers: int, retry_after: int) -> dict:
    from tests.fakes.slack_api import FakeSlackAPI

    api = FakeSlackAPI().start()
    api.latency = latency
    with tempfile.TemporaryDirectory(prefix="bench-send-") as tmp:
        template = Path(tmp) / "template.db"
        copy_db(seeded_db(Path(tmp)), template)
        _prepare(template, teams, per_team)
        ready_mb = peak_rss_mb()
        runs = {}
        for name, n in (("sequential", 1), ("concurrent", workers)):
            runs[name] = _send(copy_db(template, Path(tmp) / f"{name}.db"), api, n)[0]
        held: set[str] = set()

        def throttle_one(method: str, args: dict, headers: dict):
            team = (headers.get("Authorization") or "").removeprefix("Bearer xoxb-")
            if method == "chat.postMessage" and team == "T000" and "T000" not in held:
                held.add("T000")
                return 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(retry_after)}
            return None

        api.gate = throttle_one
        total, last = _send(copy_db(template, Path(tmp) / "throttled.db"), api, workers)
        api.stop()
    others = max(t for team, t in last.items() if team != "T000")
    return {
        **runs,
        "throttled_total": total,
        "throttled_others": others,
        "throttled_team": last.get("T000", 0.0),
        "rss_mb": peak_rss_mb(),  # VmHWM: ru_maxrss carries the harness's mark across exec
        "ready_mb": ready_mb,
    }


def run(quick: bool) -> list[Row]:
    from bot.config import load_settings

    workers = load_settings({}).digest_workers
    teams, per_team, latency, retry = (10, 6, 0.05, 3) if quick else (100, 10, 0.15, 30)
    args = [str(teams), str(per_team), str(latency), str(workers), str(retry)]
    out = subprocess.run(
        [sys.executable, "-m", "bench.digest_send", "--child", *args],
        cwd=REPO, env=child_env(), capture_output=True, text=True, timeout=900, check=True,
    )  # fmt: skip
    r = json.loads(out.stdout.strip().splitlines()[-1])
    size = f"{teams * per_team:,} channels in {teams} workspaces, {latency * 1000:.0f} ms a call"
    speedup = r["sequential"] / r["concurrent"]
    slowdown = r["throttled_others"] / r["concurrent"]
    return [
        Row(
            "11 digest sending",
            f"{size}: time to the last post, {workers} workers",
            Spread.of([r["concurrent"]]),
            Spread.of([r["sequential"]]),
            Spread.of([r["concurrent"] / r["sequential"]]),
            unit="s",
            baseline_name="the same digests, one at a time",
            target="≥ 8× faster",
            met=speedup >= 8,
            note=f"{speedup:.1f}× faster",
        ),  # fmt: skip
        Row(
            "11 digest sending",
            f"one workspace answers 429 Retry-After {retry}: the other {teams - 1} finish",
            Spread.of([r["throttled_others"]]),
            Spread.of([r["concurrent"]]),
            Spread.of([slowdown]),
            unit="s",
            baseline_name="fault-free concurrent run",
            target="within 10 %",
            met=slowdown <= 1.1,
            note=f"the throttled workspace's last post at {r['throttled_team']:.1f} s",
        ),  # fmt: skip
        Row(
            "11 digest sending",
            "peak RSS of the sending process (three runs, stand-in included)",
            Spread.of([r["rss_mb"]]),
            Spread.of([r["ready_mb"]]),
            Spread.of([r["rss_mb"] / r["ready_mb"]]),
            unit="MB",
            baseline_name="the same process before sending (store, stand-in, imports)",
            target="< 150 MB",
            met=r["rss_mb"] < 150,
        ),  # fmt: skip
    ]


if __name__ == "__main__" and sys.argv[1:2] == ["--child"]:
    t, p, lat, w, ra = sys.argv[2:7]
    print(json.dumps(child(int(t), int(p), float(lat), int(w), int(ra))))
