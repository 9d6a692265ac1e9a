"""A cheap answer to 'has the answering data changed?', right across processes.

Each thread keeps one read-only connection per database file and asks SQLite's `PRAGMA data_version`,
which changes whenever any other connection (in this process or another, such as the shell's `load`)
commits. Only then is the data fingerprint read again, so receipts and audit rows written by the app
itself cost one more query, not a stale answer."""

from __future__ import annotations

import sqlite3
import threading
from collections import OrderedDict

import sqlite_utils

from db import queries

_MAX_FILES_PER_THREAD = 4  # tests open many databases; a server opens one


class _Watched:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(
            f"file:{path}?mode=ro", uri=True, isolation_level=None, check_same_thread=True
        )
        self.db = sqlite_utils.Database(self.conn)
        self.data_version: int | None = None
        self.fingerprint: tuple = ()


_local = threading.local()


def data_version(path: str) -> tuple | None:
    """A value that changes whenever reports, grades, bodies, areas, monitoring or loads change in `path`.

    None when the store can't be read this way: callers then skip caching and meet the real error."""
    try:
        return _version(path)
    except sqlite3.Error:
        stale = getattr(_local, "watched", {}).pop(path, None)
        if stale is not None:
            stale.conn.close()
        return None


def _version(path: str) -> tuple:
    watched: OrderedDict[str, _Watched] = getattr(_local, "watched", None) or OrderedDict()
    _local.watched = watched
    entry = watched.get(path)
    if entry is None:
        entry = watched[path] = _Watched(path)
        while len(watched) > _MAX_FILES_PER_THREAD:
            watched.popitem(last=False)[1].conn.close()
    watched.move_to_end(path)
    current = entry.conn.execute("PRAGMA data_version").fetchone()[0]
    if current != entry.data_version:
        entry.fingerprint = queries.store_fingerprint(entry.db)
        entry.data_version = current
    return entry.fingerprint
