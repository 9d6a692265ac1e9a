"""(4) Data load: the shipped dataset, then synthetic copies with more bodies and more rounds.

Each size is written as CSV files and loaded the way `inspections-bot load` does (read, validate, write in
one transaction) into a freshly migrated store. The floor reads the same files with csv and inserts every
row with executemany into plain tables, in one transaction.
"""

from __future__ import annotations

import csv
import sqlite3
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench.common import Row, Spread, interleave, ratios

# name -> (copies of each body, copies of each round); rows grow roughly as their product
SIZES: dict[str, tuple[int, int]] = {"shipped": (1, 1), "10×": (5, 2), "100×": (10, 10)}


def _round(round_: str, j: int) -> str:
    start, end = round_.split("-")
    return f"{int(start) + 100 * j}-{end}"


def _body(body_id: str, c: int) -> str:
    return body_id if c == 0 else f"{body_id}-x{c}"


def write_dataset(directory: Path, bodies: int, rounds: int) -> tuple[list[Path], int]:
    """CSV files holding the shipped rows with `bodies` copies of each body and `rounds` of each round."""
    from db.load import read_files
    from db.seed import DATA_DIR, SEED_FILES

    by_kind: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in read_files(DATA_DIR / name for name in SEED_FILES):
        v = row.values
        if row.kind == "bodies":
            for c in range(bodies):
                aliases = v.get("aliases", "")
                if c:
                    aliases = "|".join(f"{a} {c}" for a in aliases.split("|") if a)
                by_kind["bodies"].append(
                    {
                        **v,
                        "id": _body(v["id"], c),
                        "name": v["name"] + (f" {c}" if c else ""),
                        "aliases": aliases,
                    }
                )
        elif row.kind == "areas":
            for j in range(rounds):
                by_kind["areas"].append({**v, "round": _round(v["round"], j)})
        elif row.kind in ("reports", "grades"):
            for c in range(bodies):
                for j in range(rounds):
                    by_kind[row.kind].append(
                        {**v, "body_id": _body(v["body_id"], c), "round": _round(v["round"], j)}
                    )
        elif row.kind == "monitoring":
            for c in range(bodies):
                by_kind["monitoring"].append({**v, "body_id": _body(v["body_id"], c)})
    paths = []
    total = 0
    for kind in ("bodies", "areas", "reports", "grades", "monitoring"):
        items = by_kind[kind]
        columns = list(dict.fromkeys(k for item in items for k in item))
        path = directory / f"{kind}.csv"
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=columns, restval="")
            writer.writeheader()
            writer.writerows(items)
        paths.append(path)
        total += len(items)
    return paths, total


def _load(paths: list[Path], db_path: Path) -> float:
    from db.connection import open_db
    from db.load import load_rows, read_files
    from db.schema import migrate

    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    db = open_db(db_path)
    try:
        migrate(db)
        t0 = time.perf_counter()
        result = load_rows(db, read_files(paths), source="bench", loaded_by="bench", origin="dataset")
        elapsed = time.perf_counter() - t0
    finally:
        db.close()
    if not result.changed:
        raise RuntimeError("the benchmark load changed nothing")
    return elapsed


def _floor(paths: list[Path], db_path: Path) -> float:
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    conn = sqlite3.connect(db_path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=wal")
        t0 = time.perf_counter()
        conn.execute("BEGIN")
        for i, path in enumerate(paths):
            with open(path, newline="", encoding="utf-8") as f:
                reader = csv.reader(f)
                header = next(reader)
                cols = ", ".join(f"c{n}" for n in range(len(header)))
                conn.execute(f"CREATE TABLE t{i} ({cols})")
                marks = ", ".join("?" * len(header))
                conn.executemany(f"INSERT INTO t{i} VALUES ({marks})", reader)  # noqa: S608 - generated names
        conn.execute("COMMIT")
        return time.perf_counter() - t0
    finally:
        conn.close()


def run(quick: bool) -> list[Row]:
    sizes = {"shipped": SIZES["shipped"], "10×": SIZES["10×"]} if quick else SIZES
    runs = {"shipped": 3 if quick else 7, "10×": 1 if quick else 3, "100×": 2}
    rows: list[Row] = []
    per_row_ms: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-load-") as tmp:
        for name, (bodies, rounds) in sizes.items():
            folder = Path(tmp) / name.replace("×", "x")
            folder.mkdir()
            paths, count = write_dataset(folder, bodies, rounds)
            ours, base = interleave(
                runs[name],
                lambda p=paths: _load(p, Path(tmp) / "ours.db"),
                lambda p=paths: _floor(p, Path(tmp) / "floor.db"),
            )
            spread = Spread.of([x * 1000 for x in ours])
            per_row_ms[name] = spread.median / count
            growth = per_row_ms[name] / per_row_ms["shipped"]
            rows.append(
                Row(
                    "4 data load",
                    f"{name}: {count:,} rows ({bodies} × bodies, {rounds} × rounds)",
                    spread,
                    Spread.of([x * 1000 for x in base]),
                    Spread.of(ratios(ours, base)),
                    unit="ms",
                    baseline_name="csv.reader + executemany, one transaction",
                    target="< 1 s" if name == "shipped" else "linear: time/row ≈ shipped's",
                    met=spread.median < 1000 if name == "shipped" else growth < 1.5,
                    note=f"{per_row_ms[name] * 1000:.0f} µs/row"
                    + ("" if name == "shipped" else f" ({growth:.2f}× shipped's per-row time)"),
                    extra={
                        "rows": count,
                        "us_per_row": per_row_ms[name] * 1000,
                        "per_row_vs_shipped": growth,
                    },
                )
            )
    return rows
