"""Run the benchmarks: `python -m bench [--quick] [--output PATH] [--only NAME,...]`.

Prints one Markdown table (ours vs the baseline measured in the same run, interleaved; median [min–max])
and writes the figures, with the machine they came from, to bench/results.json.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path

from bench.common import Row, machine, write_json

# name -> module; (1) and (6) share one set of server processes
BENCHMARKS = {
    "http": "bench.http_roundtrip",
    "engine": "bench.engine_mix",
    "cold": "bench.cold_start",
    "load": "bench.data_load",
    "digest": "bench.digest_plan",
    "charts": "bench.charts",
    "reading": "bench.reading",
    "home": "bench.home",
    "conversation": "bench.conversation",
    "sending": "bench.digest_send",
    "mcp": "bench.mcp_server",
}
DEFAULT_OUTPUT = Path(__file__).resolve().parent / "results.json"


def _met(row: Row) -> str:
    return {True: "met", False: "**missed**", None: ""}[row.met]


def table(rows: Sequence[Row]) -> str:
    """The results as a Markdown table."""
    lines = [
        "| # | Measure | Ours | Baseline | Ratio | Target | | Note |",
        "| --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in rows:
        ours = f"{r.ours.show()} {r.unit}".strip() if r.ours else "n/a"
        base = f"{r.baseline.show()} ({r.baseline_name})" if r.baseline else "n/a"
        ratio = f"{r.ratio.show()}×" if r.ratio else "n/a"
        lines.append(
            f"| {r.bench} | {r.measure} | {ours} | {base} | {ratio} | {r.target} | {_met(r)} | {r.note} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes and few runs (CI: proves it runs)")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="where to write the JSON results")
    parser.add_argument("--only", default="", help="comma-separated subset of: " + ", ".join(BENCHMARKS))
    args = parser.parse_args(argv)
    chosen = [n.strip() for n in args.only.split(",") if n.strip()] or list(BENCHMARKS)
    unknown = set(chosen) - set(BENCHMARKS)
    if unknown:
        parser.error("unknown benchmark(s): " + ", ".join(sorted(unknown)))

    started = time.perf_counter()
    rows: list[Row] = []
    seconds: dict[str, float] = {}
    errors: dict[str, str] = {}
    for name in chosen:
        t0 = time.perf_counter()
        print(f"running {name} ...", file=sys.stderr, flush=True)
        try:
            rows += importlib.import_module(BENCHMARKS[name]).run(args.quick)
        except Exception as e:  # noqa: BLE001 - one broken benchmark must not hide the others' figures
            traceback.print_exc()
            errors[name] = f"{e.__class__.__name__}: {e}"
            rows.append(Row(name, "failed", None, None, None, note=errors[name][:200]))
        seconds[name] = round(time.perf_counter() - t0, 1)

    rows.sort(key=lambda r: r.bench)
    print(table(rows))
    payload = {
        "command": "python -m bench" + (" --quick" if args.quick else ""),
        "quick": args.quick,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - started, 1),
        "seconds_by_benchmark": seconds,
        "machine": machine(),
        "rows": [r.as_dict() for r in rows],
        "errors": errors,
        "table": table(rows),
    }
    write_json(args.output, payload)
    print(f"\nwrote {args.output} in {payload['seconds']} s", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
