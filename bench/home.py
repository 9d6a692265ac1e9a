"""(9) App Home: opening the Home once this data version's picture exists, without matplotlib.

In one fresh process, as in a running `serve` (the Slack app's modules loaded, the store open, the Web API
stand-in served from a thread): a first open draws and uploads the national chart and records its file
for the data version, in a process of its own. Then, in another process that never imports matplotlib:
build and publish the Home (snapshot reads, Engage, the last 30 days' changes, the workspace's
subscriptions, one `views.publish` to the stand-in) vs answering `grade cambridgeshire` the way `/grade`
does and posting it with `chat.postMessage` to the same stand-in. Interleaved, a fresh connection each
time (one per handler, as the listener does); the process fails if matplotlib was imported.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.common import Row, Spread, child_env, copy_db, ratios, seeded_db

OPEN = """
import json, sys, time
from datetime import UTC, datetime
from slack_sdk import WebClient
import bot.slack.app  # everything serve loads
from bot.slack.ask import grade_message
from bot.slack.dashboard import publish_dashboard
from bench.common import interleave
from db.connection import Store
from tests.fakes.slack_api import FakeSlackAPI

mode, path, runs, reps = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
api = FakeSlackAPI().start()
client = WebClient(token="xoxb-bench", base_url=api.api_url)
store = Store(path)
now = datetime.now(UTC)


def home(admin=False):
    with store.connect() as db:
        publish_dashboard(client, db, team="T0BENCH", user="U0BENCH", admin=admin, now=now)


def grade():
    with store.connect() as db:
        client.chat_postMessage(channel="C0BENCH", **grade_message(db, "cambridgeshire", shareable=False))


def timed(f, **kw):
    def run():
        t0 = time.perf_counter()
        for _ in range(reps):
            f(**kw)
        return (time.perf_counter() - t0) / reps
    return run


if mode == "prime":
    home()
    assert len(api.calls_to("files.completeUploadExternal")) == 1
    print(json.dumps({"primed": True}))
    sys.exit(0)
assert "matplotlib" not in sys.modules
home(); grade()  # the process's first snapshot and bytecode, not counted
ours, base = interleave(runs, timed(home), timed(grade))
view = api.calls_to("views.publish")[-1].args["view"]
view = view if isinstance(view, dict) else json.loads(view)
assert any(b["type"] == "image" for b in view["blocks"]), "the Home went out without its picture"
admin = [timed(home, admin=True)() for _ in range(max(1, runs // 2))]
assert api.calls_to("files.completeUploadExternal") == [], "the Home uploaded a picture that already existed"
assert "matplotlib" not in sys.modules, "opening the Home imported matplotlib"
print(json.dumps({"ours": ours, "base": base, "admin": admin, "blocks": len(view["blocks"])}))
api.stop()
"""


def _child(mode: str, db: Path, cwd: Path, runs: int, reps: int) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", OPEN, mode, str(db), str(runs), str(reps)],
        env=child_env(),
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-800:])
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def _open(quick: bool, tmp: Path, template: Path) -> Row:
    db = copy_db(template, tmp / "home.db")
    _child("prime", db, tmp, 1, 1)
    got = _child("measure", db, tmp, 3 if quick else 11, 5 if quick else 40)
    ours = [x * 1000 for x in got["ours"]]
    base = [x * 1000 for x in got["base"]]
    spread = Spread.of(ours)
    return Row(
        "9 app home",
        "App Home open once the image exists: build + views.publish to the stand-in (no matplotlib)",
        spread,
        Spread.of(base),
        Spread.of(ratios(ours, base)),
        unit="ms",
        baseline_name="/grade cambridgeshire answered + chat.postMessage to the stand-in",
        target="< 50 ms",
        met=spread.median < 50,
        note=f"an admin's Home (gaps, flags): {Spread.of([x * 1000 for x in got['admin']]).show()} ms; "
        f"{got['blocks']} blocks",
    )


def run(quick: bool) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="bench-home-") as t:
        tmp = Path(t)
        return [_open(quick, tmp, seeded_db(tmp))]
