"""Tool results kept by (tool, arguments) for one data version: the server only reads, so the same question on
the same data has the same answer. The data version is SQLite's, read per call (db/version.py): a load in any
other process moves it, and the next call drops every result kept (bot/versioned_lru.py)."""

from __future__ import annotations

from typing import TypeVar

from bot.versioned_lru import VersionedLRU

T = TypeVar("T")
MAX_RESULTS = 512  # measured: a grades result about 7 KB, a page of list_bodies about 23 KB; 12 MB at most


class ResultCache(VersionedLRU[T]):
    """The MCP server's results, at most MAX_RESULTS."""

    def __init__(self, max_entries: int = MAX_RESULTS):
        super().__init__(max_entries)
