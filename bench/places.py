"""(13) Places people live: a question that names a town, side by side with the same question naming the body.

In process, `ask(db, ...)` on pairs of questions that differ only in naming a place or its body ('worcester
police grades' / 'west mercia police grades'), interleaved: parsing alone (the lookup), and the whole answer
(which for a place also says which body it took); and cold, `python -m bot ask` on one such pair
(the first place question reads the gazetteer, once)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from bench.common import Row, Spread, child_env, interleave, ratios, seeded_db, timed_run

PAIRS: tuple[tuple[str, str], ...] = (
    ("worcester police grades", "west mercia police grades"),
    ("luton police 999 any good?", "bedfordshire police 999 any good?"),
    ("are the police any good round cardiff?", "are the police any good round south wales?"),
    ("sheffield fire and rescue any good?", "south yorkshire fire and rescue any good?"),
    ("oxford fire prevention", "oxfordshire fire prevention"),
    ("is stoke fire brigade in special measures", "is staffordshire fire brigade in special measures"),
    ("grade swindon", "grade wiltshire"),
    ("how are the police in newport at investigating crime", "how are the police in gwent at investigating crime"),
)  # fmt: skip


def run(quick: bool) -> list[Row]:
    from bot.questions.answers import snapshot
    from bot.questions.parse import parse_question
    from bot.slack.ask import ask
    from db.connection import open_db

    runs = 3 if quick else 9
    loops = 5 if quick else 40
    with tempfile.TemporaryDirectory(prefix="bench-places-") as tmp:
        cwd = Path(tmp)
        path = seeded_db(cwd)
        db = open_db(path)
        try:
            directory = snapshot(db).directory
            for place, body in PAIRS:  # warm: the snapshot, the gazetteer, name lookups
                ask(db, place), ask(db, body)

            def parsed(which: int) -> float:
                t0 = time.perf_counter()
                for _ in range(loops):
                    for pair in PAIRS:
                        parse_question(pair[which], directory)
                return 1e6 * (time.perf_counter() - t0) / (loops * len(PAIRS))

            def answered(which: int) -> float:
                t0 = time.perf_counter()
                for _ in range(loops):
                    for pair in PAIRS:
                        ask(db, pair[which])
                return 1000 * (time.perf_counter() - t0) / (loops * len(PAIRS))

            parse_ours, parse_base = interleave(runs, lambda: parsed(0), lambda: parsed(1))
            ours, base = interleave(runs, lambda: answered(0), lambda: answered(1))
        finally:
            db.close()
        env = child_env(DATABASE_PATH=str(path))
        place_cli = [sys.executable, "-m", "bot", "ask", PAIRS[0][0]]
        body_cli = [sys.executable, "-m", "bot", "ask", PAIRS[0][1]]
        timed_run(place_cli, env, cwd), timed_run(body_cli, env, cwd)  # compile bytecode; not counted
        cold_ours, cold_base = interleave(
            2 if quick else 7, lambda: timed_run(place_cli, env, cwd), lambda: timed_run(body_cli, env, cwd)
        )
    parse_ratio = Spread.of(ratios(parse_ours, parse_base))
    ratio = Spread.of(ratios(ours, base))
    cold_ratio = Spread.of(ratios(cold_ours, cold_base))
    same = "the same questions naming the body"
    return [
        Row(
            "13 places",
            f"µs to parse, {len(PAIRS)} questions naming a place (the lookup)",
            Spread.of(parse_ours),
            Spread.of(parse_base),
            parse_ratio,
            unit="µs",
            baseline_name=same,
            target="≤ 1.25×",
            met=parse_ratio.median <= 1.25,
        ),
        Row(
            "13 places",
            f"ms per answer, {len(PAIRS)} questions naming a place (with the line saying which body)",
            Spread.of(ours),
            Spread.of(base),
            ratio,
            unit="ms",
            baseline_name=same,
            target="≤ 1.25×",
            met=ratio.median <= 1.25,
        ),
        Row(
            "13 places",
            f'cold: python -m bot ask "{PAIRS[0][0]}" (reads the gazetteer)',
            Spread.of([x * 1000 for x in cold_ours]),
            Spread.of([x * 1000 for x in cold_base]),
            cold_ratio,
            unit="ms",
            baseline_name=f'python -m bot ask "{PAIRS[0][1]}"',
            target="≤ 1.15×",
            met=cold_ratio.median <= 1.15,
        ),
    ]
