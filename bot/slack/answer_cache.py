"""Whole answers cached by (question as typed, data version): the store changes only when data is loaded.

Bounded (least recently used out first) and dropped the moment the data version moves, whichever process
made the change (db/version.py). Answers that depend on the date (`this month`) carry the day in the key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils

from bot.slack.ask import ask, grade_message
from bot.slack.blocks.common import Message
from bot.versioned_lru import VersionedLRU
from db.connection import Store
from db.version import data_version

MAX_ENTRIES = 2048  # about 8 KB each measured (long lists more): tens of MB at most


class AnswerCache(VersionedLRU[Message]):
    """Rendered answers, at most MAX_ENTRIES."""

    def __init__(self, max_entries: int = MAX_ENTRIES):
        super().__init__(max_entries)


CACHE = AnswerCache()


def _cached(store: Store, key: tuple, build: Callable[[sqlite_utils.Database], Message]) -> Message:
    found = data_version(store.path)
    if found is None:
        with store.connect() as db:
            return build(db)
    version = (store.path, found)
    msg = CACHE.get(version, key)
    if msg is None:
        with store.connect() as db:
            msg = build(db)
        CACHE.put(version, key, msg)
    # A fresh outer dict and block list: callers may add a block (e.g. 'Shared by') without touching the cache.
    return {**msg, "blocks": list(msg["blocks"])}


def cached_ask(
    store: Store, text: str, *, shareable: bool = True, now: datetime | None = None, page: int = 0
) -> Message:
    """ask(), from the cache when the same question was answered on the same data today."""
    now = now or datetime.now(UTC)
    key = ("ask", " ".join(text.split()), shareable, page, now.date())
    return _cached(store, key, lambda db: ask(db, text, shareable=shareable, now=now, page=page))


def cached_grade(store: Store, text: str) -> Message:
    """grade_message(), from the cache when the same /grade text was answered on the same data."""
    return _cached(store, ("grade", " ".join(text.split())), lambda db: grade_message(db, text))
