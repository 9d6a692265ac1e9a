"""Tool results kept by (tool, arguments) for one data version: the server only reads, so the same question on
the same data has the same answer.

The data version is SQLite's, read per call (db/version.py): a load in any other process moves it, and the
next call drops every result kept. Bounded, least recently used out first."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

T = TypeVar("T")
MAX_RESULTS = 512  # measured: a grades result about 7 KB, a page of list_bodies about 23 KB; 12 MB at most


class ResultCache(Generic[T]):
    """A bounded LRU of results for one data version at a time."""

    def __init__(self, max_entries: int = MAX_RESULTS):
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, T] = OrderedDict()
        self._version: Hashable = None
        self.hits = self.misses = 0

    def get(self, version: Hashable, key: Hashable) -> T | None:
        if version != self._version:
            self._entries.clear()
            self._version = version
            return None
        found = self._entries.get(key)
        if found is not None:
            self._entries.move_to_end(key)
            self.hits += 1
        return found

    def put(self, version: Hashable, key: Hashable, result: T) -> None:
        self.misses += 1
        if version != self._version:
            return  # the data moved on while this result was built: don't keep it
        self._entries[key] = result
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)
