"""(7) Charts: a cold 43 × 8 chart, a cached one, and serve's peak memory after drawing charts.

- Cold: the first `chart police` in a process that has loaded the bot but not matplotlib (snapshot,
  matplotlib import, drawing, PNG) vs the plain matplotlib way of drawing the same grid in a fresh
  process, import included (imshow + one text artist per cell).
- Cached: `chart_for` on a drawn chart (one fingerprint query and a dict lookup) vs answering
  `grade cambridgeshire` from the cached snapshot.
- Memory: `serve` answers `/inspections chart ...` for seven different charts (drawn, uploaded through
  the stand-in's three-step upload, shown privately), then its VmHWM vs the bare Bolt app's.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlencode

from bench.common import Row, Spread, child_env, copy_db, interleave, ratios, seeded_db, vm_hwm_kb

# As in a running `serve`: the bot's modules are loaded and the store is open; matplotlib is not.
OURS_COLD = """
import json, sys, time
t_start = time.perf_counter()
from bot.charts import chart_for
from bot.questions.chart_request import parse_chart_request
from db.connection import Store
with Store(sys.argv[1]).connect() as db:
    assert "matplotlib" not in sys.modules
    t0 = time.perf_counter()
    chart = chart_for(db, parse_chart_request("chart police"))
    t1 = time.perf_counter()
assert len(chart.spec.rows) == 43 and len(chart.spec.columns) == 8
print(json.dumps({"seconds": t1 - t0, "process": t1 - t_start, "bytes": len(chart.png)}))
"""

# The textbook way: a colour-mapped grid with a text artist per cell, at the same pixel size.
BASE_COLD = """
import io, json, sys, time
t0 = time.perf_counter()
import matplotlib
matplotlib.use("Agg")
from matplotlib.figure import Figure
import numpy as np
grades = np.random.default_rng(1).integers(0, 5, size=(43, 8))
fig = Figure(figsize=(13.32, 17.87), dpi=100)
ax = fig.add_subplot()
ax.imshow(grades, cmap="RdYlGn", aspect="auto")
for (r, c), g in np.ndenumerate(grades):
    ax.text(c, r, "ABCDE"[g], ha="center", va="center", fontsize=10)
ax.set_yticks(range(43), [f"Police force {i}" for i in range(43)])
ax.set_xticks(range(8), [f"Area {i}" for i in range(8)])
out = io.BytesIO()
fig.savefig(out, format="png")
print(json.dumps({"seconds": time.perf_counter() - t0, "bytes": len(out.getvalue())}))
"""

CHARTS = (
    "chart police",
    "chart fire",
    "chart wales",
    "chart kent",
    "chart police by region",
    "chart police 2021/22",
    "chart fire by region",
)


def _child_seconds(code: str, db: Path, cwd: Path, key: str = "seconds") -> float:
    proc = subprocess.run(
        [sys.executable, "-c", code, str(db)],
        env=child_env(),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-500:])
    return float(json.loads(proc.stdout.strip().splitlines()[-1])[key])


def _cold(quick: bool, tmp: Path, template: Path) -> Row:
    runs = 2 if quick else 9
    db = copy_db(template, tmp / "cold.db")
    _child_seconds(OURS_COLD, db, tmp)  # bytecode and matplotlib's font cache, not counted
    _child_seconds(BASE_COLD, db, tmp)
    ours, base = interleave(
        runs, lambda: _child_seconds(OURS_COLD, db, tmp), lambda: _child_seconds(BASE_COLD, db, tmp)
    )
    whole = Spread.of(
        [_child_seconds(OURS_COLD, db, tmp, "process") * 1000 for _ in range(2 if quick else 3)]
    )
    spread = Spread.of([x * 1000 for x in ours])
    return Row(
        "7 charts",
        "cold 43 × 8 police chart: first chart in a process (snapshot, matplotlib import, draw, PNG)",
        spread,
        Spread.of([x * 1000 for x in base]),
        Spread.of(ratios(ours, base)),
        unit="ms",
        baseline_name="plain matplotlib grid: imshow + a text artist per cell, same size",
        target="< 1.5 s",
        met=spread.median < 1500,
        note=f"with the bot's own imports too: {whole.show()} ms",
    )


def _cached(quick: bool, template: Path, tmp: Path) -> Row:
    from bot.charts import chart_for
    from bot.questions.answers import answer_grade
    from bot.questions.chart_request import parse_chart_request
    from db.connection import Store

    request = parse_chart_request("chart police")
    reps = 20 if quick else 200
    with Store(copy_db(template, tmp / "cached.db")).connect() as db:
        chart_for(db, request)  # drawn once

        def ours() -> float:
            t0 = time.perf_counter()
            for _ in range(reps):
                chart_for(db, request)
            return (time.perf_counter() - t0) / reps

        def base() -> float:
            t0 = time.perf_counter()
            for _ in range(reps):
                answer_grade(db, "cambridgeshire")
            return (time.perf_counter() - t0) / reps

        a, b = interleave(5 if quick else 11, ours, base)
    spread = Spread.of([x * 1000 for x in a])
    return Row(
        "7 charts",
        "cached 43 × 8 police chart (same data version)",
        spread,
        Spread.of([x * 1000 for x in b]),
        Spread.of(ratios(a, b)),
        unit="ms",
        baseline_name="grade cambridgeshire from the cached snapshot",
        target="< 10 ms",
        met=spread.median < 10,
    )


def _memory(quick: bool, tmp: Path, template: Path) -> Row:
    from bench.http_roundtrip import SECRET, TOKEN, StandIn, free_port, signed, start_server

    charts = CHARTS[:2] if quick else CHARTS
    rounds = 1 if quick else 2
    ours_mb: list[float] = []
    base_mb: list[float] = []
    for r in range(rounds):
        with ExitStack() as stack:
            standin = StandIn(stack)
            common = {
                "SLACK_BOT_TOKEN": TOKEN,
                "SLACK_SIGNING_SECRET": SECRET,
                "SLACK_API_URL": standin.url + "api/",
                "LOG_LEVEL": "WARNING",
            }
            env_ours = child_env(
                **common, DATABASE_PATH=str(copy_db(template, tmp / f"m{r}.db")), PORT=str(free_port())
            )
            env_base = child_env(
                **common, DATABASE_PATH=str(copy_db(template, tmp / f"b{r}.db")), PORT=str(free_port())
            )
            ours = start_server(
                stack, [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"], env_ours, tmp / "m.log"
            )
            bare = start_server(stack, [sys.executable, "-m", "bench.bare_app"], env_base, tmp / "b.log")
            import http.client

            for i, text in enumerate(charts):
                name = f"chart{r}_{i}"
                body = urlencode(
                    {
                        "team_id": "T0BENCH",
                        "channel_id": "C0BENCH",
                        "user_id": "U0BENCH",
                        "command": "/inspections",
                        "text": text,
                        "api_app_id": "A0BENCH",
                        "response_url": standin.url + "response/" + name,
                        "trigger_id": f"1.2.{i}",
                    }
                )
                conn = http.client.HTTPConnection("127.0.0.1", int(env_ours["PORT"]), timeout=30)
                conn.request("POST", "/slack/events", body=body.encode(), headers=signed(body))
                conn.getresponse().read()
                conn.close()
                got, _ = standin.wait_for(name, 1, timeout=60)
                if got < 1:
                    raise RuntimeError(f"no private chart arrived for {text!r}")
            ours_mb.append((vm_hwm_kb(ours.pid) or 0) / 1024)
            base_mb.append((vm_hwm_kb(bare.pid) or 0) / 1024)
    spread = Spread.of(ours_mb)
    return Row(
        "7 charts",
        f"peak RSS (VmHWM) of serve after drawing {len(charts)} charts",
        spread,
        Spread.of(base_mb),
        Spread.of(ratios(ours_mb, base_mb)),
        unit="MB",
        baseline_name="bare Bolt app process",
        target="< 150 MB",
        met=spread.median < 150,
    )


def run(quick: bool) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-charts-") as t:
        tmp = Path(t)
        template = seeded_db(tmp)
        return [_cold(quick, tmp, template), _cached(quick, template, tmp), _memory(quick, tmp, template)]
