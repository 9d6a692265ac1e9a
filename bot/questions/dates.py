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
# 'june 2024', and 'dec 24' or "jun '25": a month and a two-digit year (no day: that takes a year of its own)
_DATE_MY = re.compile(
    rf"\b({_MONTH_ALT})\.?\s+(20\d\d|'?(?:1[89]|2\d))\b(?!\s*(?:st|nd|rd|th|[/-]\d|,?\s+20\d\d))", re.I
)
YEAR = re.compile(r"\b(20\d\d)\b")
ROUND = re.compile(r"\b(?:in\s+)?(20\d\d)\s*[-/–—]\s*(?:20)?(\d\d)\b")  # '2021/22', 'in 2023–25'

# The graded rounds the question engine names, oldest first (PEEL's; fire's one held round is among them).
ROUNDS = ("2021-22", "2023-25", "2025-27")
# 'did they get worse compared with 2021?', 'better since 2021': a round's first year, after a movement word
_MOVE_WORD = re.compile(
    r"\b(?:worse|better|improv\w*|declin\w*|chang\w*|progress\w*|slipp\w*|dropp\w*)\b", re.I
)
_YEAR_SINCE = re.compile(
    r"\b(?:since|compared\s+(?:to|with)|than|from)\s+(?:(?:the|its|their|our|in)\s+)?(20\d\d)\b(?![/-]\d)",
    re.I,
)

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
            year = int(g[1].lstrip("'"))
            found = _iso(year if year > 99 else 2000 + year, _MONTHS[g[0].lower()])
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


def round_before(round_: str | None) -> str | None:
    """The round before this one ('2023-25' -> '2021-22'); None for the first or an unknown one."""
    at = ROUNDS.index(round_) if round_ in ROUNDS else 0
    return ROUNDS[at - 1] if at else None


def round_after(round_: str | None) -> str | None:
    """The round after this one ('2021-22' -> '2023-25'); None for the newest or an unknown one."""
    at = ROUNDS.index(round_) if round_ in ROUNDS else len(ROUNDS) - 1
    return ROUNDS[at + 1] if at + 1 < len(ROUNDS) else None


def moved_since(text: str) -> re.Match[str] | None:
    """'worse compared with 2021': the year (group 1) a movement is measured from, when it is the first year
    of a round that has a later one; None otherwise."""
    found = _YEAR_SINCE.search(text) if _MOVE_WORD.search(text) else None
    starts = {r[:4] for r in ROUNDS[:-1]}
    return found if found and found.group(1) in starts else None


def round_from_year(year: str) -> str:
    """'2021' -> '2021-22': the round that began that year (a year moved_since found)."""
    return next(r for r in ROUNDS if r.startswith(year))


_SHORT_ROUND = re.compile(r"(?<![\d/-])(\d\d)\s*([/-])\s*(\d\d)(?![\d/-])")


# 'what about 2021 22': a round with a space for its stroke; 'and 2021?' alone: the round that year began
_SPACED_ROUND = re.compile(r"\b20(\d\d)\s+(\d\d)\b(?!\s*(?:[-/:.]|\d))")
_BARE_FIRST_YEAR = re.compile(
    r"(?i)^(\W*(?:(?:and|or|what\s+about|how\s+about)\s+)?(?:in\s+)?)(2021|2023|2025)(\W*)$"
)
_FIRST_YEARS = {"2021": "2021-22", "2023": "2023-25", "2025": "2025-27"}


def long_rounds(text: str) -> str:
    """'25-27' -> '2025-27', '21/22' -> '2021/22' wherever they read as rounds; '2021 22' -> '2021-22'; and a
    round's first year said alone ('and 2021?') -> that round."""
    text = _SHORT_ROUND.sub(_long_round, text)
    text = _SPACED_ROUND.sub(
        lambda m: (
            f"20{m.group(1)}-{m.group(2)}" if int(m.group(2)) - int(m.group(1)) in (1, 2) else m.group(0)
        ),
        text,
    )
    return _BARE_FIRST_YEAR.sub(lambda m: f"{m.group(1)}{_FIRST_YEARS[m.group(2)]}{m.group(3)}", text)


def _long_round(m: re.Match[str]) -> str:
    """'21/22' -> '2021/22' (and '23-25' -> '2023-25') when it reads as a round, not a date."""
    start, end = int(m.group(1)), int(m.group(3))
    return (
        f"20{m.group(1)}{m.group(2)}{m.group(3)}"
        if 15 <= start <= 40 and end - start in (1, 2)
        else m.group(0)
    )


_MONTH = re.compile(rf"\b(?:{_MONTH_ALT})\b", re.I)


def swap_month(previous: str, rest: str) -> str:
    """'what was published in august 2025' + 'july?' -> 'what was published in july 2025'."""
    new, old = _MONTH.search(rest), _MONTH.search(previous)
    if not new or not old:
        return ""
    return previous[: old.start()] + new.group(0) + previous[old.end() :]


# 'what day in july was that', 'what date exactly': the day itself asked, of a report's publication
DAY_ASKED = re.compile(r"\b(?:what|which|wat)\s+(?:exact\s+)?(?:day|date)\b|\bexact(?:ly)?\b", re.I)
