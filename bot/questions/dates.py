"""Dates as people type them in questions: '1 June 2025', 'June 2025', '2025-06', '01/06/2025', '2025'."""

from __future__ import annotations

import re
from datetime import date

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_DMY = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH_ALT})\.?,?\s+(20\d\d)\b", re.I)
_DATE_MDY = re.compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(20\d\d)\b", re.I)
_DATE_ISO = re.compile(r"\b(20\d\d)-(\d\d)(?:-(\d\d))?\b")
_DATE_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/(20\d\d)\b")
_DATE_MY = re.compile(rf"\b({_MONTH_ALT})\.?\s+(20\d\d)\b", re.I)
YEAR = re.compile(r"\b(20\d\d)\b")
ROUND = re.compile(r"\b(?:in\s+)?(20\d\d)\s*[-/–—]\s*(?:20)?(\d\d)\b")  # '2021/22', 'in 2023–25'

SINCE = re.compile(r"\b(?:since|after|from|starting)\s*$", re.I)
BEFORE = re.compile(r"\b(?:before|until|till|up\s+to|by)\s*$", re.I)


def _iso(y: int, m: int, d: int | None = None) -> str | None:
    try:
        if d is None:
            date(y, m, 1)
            return f"{y:04d}-{m:02d}"
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def find_date(text: str) -> tuple[str | None, int]:
    """The first date in the text as ISO (day, month or year precision), and where it starts."""
    for pattern, order in (
        (_DATE_DMY, "dmy"),
        (_DATE_MDY, "mdy"),
        (_DATE_ISO, "iso"),
        (_DATE_NUMERIC, "num"),
        (_DATE_MY, "my"),
    ):
        m = pattern.search(text)
        if not m:
            continue
        g = m.groups()
        if order == "dmy":
            found = _iso(int(g[2]), _MONTHS[g[1].lower()], int(g[0]))
        elif order == "mdy":
            found = _iso(int(g[2]), _MONTHS[g[0].lower()], int(g[1]))
        elif order == "iso":
            found = _iso(int(g[0]), int(g[1]), int(g[2]) if g[2] else None)
        elif order == "num":
            found = _iso(int(g[2]), int(g[1]), int(g[0]))  # UK order: day/month/year
        else:
            found = _iso(int(g[1]), _MONTHS[g[0].lower()])
        if found:
            return found, m.start()
    m = YEAR.search(text)
    if m:
        return m.group(1), m.start()
    return None, -1


def period_end(iso: str) -> str:
    """The last day a partial date could mean: '2025-06' -> '2025-06-31' (string comparison only)."""
    parts = iso.split("-")
    if len(parts) == 1:
        return f"{iso}-12-31"
    if len(parts) == 2:
        return f"{iso}-31"
    return iso


def extract_round(text: str) -> tuple[str, str | None]:
    """Pull a round like '2021/22' or '2023–25' out of text: ('kent', '2021-22')."""
    match = ROUND.search(text)
    if not match:
        return text, None
    rest = (text[: match.start()] + text[match.end() :]).strip(" ,")
    return rest, f"{match.group(1)}-{match.group(2)}"
