"""Online backups with SQLite's backup API: safe while the bot is running and writing."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def backup(source: str | Path, target: str | Path) -> int:
    """Copy the live database at `source` to `target` page by page; return the target's size in bytes."""
    target = Path(target)
    if target.exists():
        raise FileExistsError(f"{target} already exists; choose a new file name")
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{Path(source)}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst, pages=256)
        check = dst.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise sqlite3.DatabaseError(f"backup failed its integrity check: {check}")
    finally:
        dst.close()
        src.close()
    return target.stat().st_size
