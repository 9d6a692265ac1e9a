"""Which column of a table comparing grades is this report's: the one its header names as now ("Current
grade"), or the latest of several rounds ("Area | 2021/22 | 2023-25"). None when the header does not say."""

from __future__ import annotations

import re

_NOW = re.compile(r"\b(?:current|latest|new|now|this|today)\b")
_THEN = re.compile(r"\b(?:previous|last|old|prior|earlier|former|then|was)\b")
_YEARS = re.compile(r"20(\d\d)")


def current_column(labels: list[str]) -> int | None:
    """The column a header row names as this report's: 'Current grade', or the latest of several rounds."""
    low = [c.lower() for c in labels]
    now = [i for i, c in enumerate(low) if _NOW.search(c) and not _THEN.search(c)]
    if len(now) == 1:
        return now[0]
    years = {i: max(int(y) for y in _YEARS.findall(c)) for i, c in enumerate(low) if _YEARS.search(c)}
    latest = [i for i, y in years.items() if y == max(years.values(), default=0)]
    return latest[0] if len(years) > 1 and len(latest) == 1 else None
