"""Charts: a chart request -> its spec and PNG, cached by (database, what was asked, data version)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

import sqlite_utils

from bot.questions.answers.chart import ChartProblem, ChartSpec, chart_spec
from bot.questions.answers.snapshot import data_key, snapshot
from bot.questions.chart_request import ChartRequest

MAX_CACHED = 24  # a 43 × 8 chart is about 100 KB: the cache stays within a few MB


@dataclass(frozen=True)
class Chart:
    """A drawn chart: what it shows, and the picture."""

    spec: ChartSpec
    png: bytes


_cache: OrderedDict[tuple, Chart | ChartProblem] = OrderedDict()
_cache_lock = threading.Lock()


def spec_for(db: sqlite_utils.Database, request: ChartRequest) -> ChartSpec | ChartProblem:
    """The chart's spec, without drawing it (what `ask` and alt text need)."""
    return chart_spec(snapshot(db), request)


def chart_for(db: sqlite_utils.Database, request: ChartRequest) -> Chart | ChartProblem:
    """The chart for a request, drawn once per data version and then served from memory."""
    key = (request.key, *data_key(db))
    with _cache_lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found
    spec = spec_for(db, request)
    if isinstance(spec, ChartProblem):
        return spec
    from bot.charts.draw import draw_png

    chart = Chart(spec, draw_png(spec))
    with _cache_lock:
        _cache[key] = chart
        while len(_cache) > MAX_CACHED:
            _cache.popitem(last=False)
    return chart


def clear_cache() -> None:
    """Forget every drawn chart (benchmarks time a cold draw with it)."""
    with _cache_lock:
        _cache.clear()
