"""The shipped dataset: researched HMICFRS grades with a source for every row."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

from db.load import LoadResult, load_rows, read_files

DATA_DIR = Path(__file__).parent / "data"
SEED_FILES = [
    "forces.csv",
    "fire_services.csv",
    "force_fire_services.csv",  # which fire service(s) cover each force's area, with the source
    "areas.csv",
    "peel_reports.csv",
    "frs_reports.csv",
    "peel_grades.csv",
    "peel_regrades.csv",  # grades HMICFRS changed after publication, with what they were
    "frs_grades.csv",
    "monitoring.csv",
]


def seed_if_empty(db: sqlite_utils.Database) -> LoadResult | None:
    """Load the shipped dataset into an empty store; leave a store that has bodies alone."""
    if db.execute("SELECT count(*) FROM bodies").fetchone()[0]:
        return None
    rows = read_files(DATA_DIR / name for name in SEED_FILES)
    return load_rows(db, rows, source="shipped dataset", loaded_by="seed", origin="dataset")
