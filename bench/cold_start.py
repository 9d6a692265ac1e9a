"""(3) Cold start: `python -m bot ask "grade cambridgeshire"` on an existing database vs importing Bolt."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.common import Row, Spread, child_env, interleave, ratios, seeded_db, timed_run

ASK = [sys.executable, "-m", "bot", "ask", "grade cambridgeshire"]
IMPORT_BOLT = [sys.executable, "-c", "import slack_bolt"]


def run(quick: bool) -> list[Row]:
    runs = 3 if quick else 11
    with tempfile.TemporaryDirectory(prefix="bench-cold-") as tmp:
        cwd = Path(tmp)
        env = child_env(DATABASE_PATH=str(seeded_db(cwd)))
        timed_run(ASK, env, cwd)  # the first run may compile bytecode; not counted
        timed_run(IMPORT_BOLT, env, cwd)
        ours, base = interleave(
            runs, lambda: timed_run(ASK, env, cwd), lambda: timed_run(IMPORT_BOLT, env, cwd)
        )
    ratio = Spread.of(ratios(ours, base))
    return [
        Row(
            "3 cold start",
            'python -m bot ask "grade cambridgeshire" (existing db)',
            Spread.of([x * 1000 for x in ours]),
            Spread.of([x * 1000 for x in base]),
            ratio,
            unit="ms",
            baseline_name='python -c "import slack_bolt"',
            target="≤ 1.5×",
            met=ratio.median <= 1.5,
        )
    ]
