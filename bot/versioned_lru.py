"""Results kept for one data version at a time: the store changes only when data is loaded, so the same
question on the same data has the same answer. Used by the Slack answer cache and the MCP server.

Bounded (least recently used out first); the first lookup with a new version drops everything kept; a result
built on the version before is not kept. Thread-safe."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class VersionedLRU(Generic[T]):
    """A bounded LRU of results for one data version at a time."""

    def __init__(self, max_entries: int):
        self.max_entries = max_entries
        self._entries: OrderedDict[Hashable, T] = OrderedDict()
        self._version: Hashable = None
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, version: Hashable, key: Hashable) -> T | None:
        with self._lock:
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
        with self._lock:
            self.misses += 1
            if version != self._version:
                return  # the data moved on while this result was built: don't keep it
            self._entries[key] = result
            while len(self._entries) > self.max_entries:
                self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)
