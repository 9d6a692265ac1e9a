"""Open the store read-only: SQLite refuses every write on such a connection, whatever the caller does."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import sqlite_utils

from db.connection import BUSY_TIMEOUT_MS


def readonly_uri(path: str | Path) -> str:
    """SQLite's URI for opening `path` read-only (`file:...?mode=ro`), the path quoted."""
    return f"file:{quote(str(Path(path).resolve()))}?mode=ro"


@contextmanager
def read_only(path: str | Path) -> Iterator[sqlite_utils.Database]:
    """Yield a read-only Database on an existing file, and close it afterwards (one per unit of work)."""
    if not Path(path).is_file():
        raise FileNotFoundError(f"no database at {path}")
    conn = sqlite3.connect(readonly_uri(path), uri=True, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    db = sqlite_utils.Database(conn)
    try:
        yield db
    finally:
        db.close()
