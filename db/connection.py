"""Open the store: one sqlite-utils Database per unit of work, WAL on, foreign keys on."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

BUSY_TIMEOUT_MS = 10_000


def open_db(path: str | Path) -> sqlite_utils.Database:
    """Return a Database on `path` with WAL, foreign keys and a busy timeout set."""
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    db = sqlite_utils.Database(conn)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    db.execute("PRAGMA foreign_keys = ON")
    if str(path) != ":memory:":
        mode = db.execute("PRAGMA journal_mode").fetchone()[0]
        if mode != "wal":
            db.enable_wal()
    return db


class Store:
    """A factory of per-unit-of-work connections to one database file."""

    def __init__(self, path: str | Path):
        # Absolute, as SQLite reports it: the change watchers (db/version.py) key on the path, and one file
        # must not be watched twice under two names.
        self.path = str(path) if str(path) == ":memory:" else os.path.abspath(path)

    @contextmanager
    def connect(self) -> Iterator[sqlite_utils.Database]:
        """Yield a fresh connection and close it afterwards (one per handler or job)."""
        db = open_db(self.path)
        try:
            yield db
        finally:
            db.close()
