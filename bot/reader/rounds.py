"""Which round a text reports, and when it was published: a round the text or its address names (not one it
names as earlier), else the publication date against the rounds' dates in the store."""

from __future__ import annotations

import re
from datetime import date

from bot.reader.proposal import Catalog

_ROUND = re.compile(r"(?<!\d)(20\d\d)\s*(?:-|/|to)\s*(?:20)?(\d\d)(?![\d])")
_EARLIER = re.compile(
    r"\b(previous|previously|last|earlier|prior|since|from|compared|than|before|former|preceding)\b[^.]{0,30}$"
)
_ROUND_WORDS = re.compile(r"\b(peel|inspection|assessment|effectiveness|efficiency|round|report)\b")
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"]
    )
}  # fmt: skip
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_MONTH_YEAR = rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({_MONTH})\.?,?\s+(20\d\d)"
_MONTH_DAY_YEAR = rf"({_MONTH})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(20\d\d)"
_ISO = r"(20\d\d)-(\d\d)-(\d\d)"
_LABEL = re.compile(
    r"\b(?:published|publication date|date published|first published|date of publication|released|date)"
    r"\s*(?:on|:)?\s*(?:\w+day,?\s+)?(?:" + "|".join((_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _ISO)) + ")",
    re.I,
)
_UK_NUMERIC = r"(\d{1,2})/(\d{1,2})/(20\d\d)"  # 28/04/2022: day first, as in the UK
_ANY_DATE = re.compile(
    r"^(?:\w+day,?\s+)?(?:" + "|".join((_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _ISO, _UK_NUMERIC)) + r")\b", re.I
)


def _round_id(start: str, end: str) -> str | None:
    span = (int(end) - int(start[2:])) % 100
    return f"{start}-{end}" if span in (1, 2) else None


_SINCE_LAST = re.compile(r"\bsince (?:its|the|their|our) (?:last|previous) (?:inspection|report|peel)")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n]\s*)(?:in|during|back in)\s+$")


def rounds_named(text: str) -> list[tuple[str, bool]]:
    """(round id, named as an earlier one) for every round the text names, in order. In a text that compares
    with the last inspection, a round opening a sentence ("In 2021/22, inspectors found…") tells that story."""
    out = []
    low = text.lower()
    comparing = bool(_SINCE_LAST.search(low))
    for m in _ROUND.finditer(low):
        rid = _round_id(m.group(1), m.group(2))
        if rid:
            before = low[max(0, m.start() - 40) : m.start()]
            earlier = bool(_EARLIER.search(before)) or (comparing and bool(_OPENS_SENTENCE.search(before)))
            out.append((rid, earlier))
    return out


def which_round(
    text: str, url: str, framework: str | None, published: str | None, catalog: Catalog
) -> tuple[str | None, set[str]]:
    """The round (None when the text doesn't make it certain) and the years of earlier rounds it names."""
    known = {r.round for r in catalog.rounds if r.framework == framework} if framework else set()
    named = rounds_named(text)
    earlier_years = {rid[:4] for rid, earlier in named if earlier}
    from_url = [rid for rid, _ in rounds_named(url.replace("_", "-"))]
    current = [rid for rid, earlier in named if not earlier]
    for rid in from_url + current:
        if not known or rid in known or not framework:
            return rid, earlier_years - {rid[:4]}
    for m in _ROUND.finditer(text.lower()):  # a round the store has no areas for yet, named as a round
        unknown = _round_id(m.group(1), m.group(2))
        around = text.lower()[max(0, m.start() - 50) : m.end() + 50]
        if unknown and unknown in current and _ROUND_WORDS.search(around):
            return unknown, earlier_years - {unknown[:4]}
    if framework and published:
        by_date = _round_by_date(published, framework, catalog)
        if by_date:
            return by_date, earlier_years - {by_date[:4]}
    return None, earlier_years


def _round_by_date(published: str, framework: str, catalog: Catalog) -> str | None:
    spans = sorted(
        (r for r in catalog.rounds if r.framework == framework and r.first_published), key=lambda r: r.round
    )
    inside = [r.round for r in spans if r.first_published <= published <= r.last_published + "~"]
    if len(inside) == 1:
        return inside[0]
    if (
        not inside
        and spans
        and published > spans[-1].last_published
        and published >= spans[-1].first_published
    ):
        return spans[-1].round
    return None


def _iso(groups: tuple[str | None, ...]) -> str | None:
    g = [x for x in groups if x]
    try:
        if len(g) == 3 and all(x.isdigit() for x in g) and len(g[2]) == 4:
            return date(int(g[2]), int(g[1]), int(g[0])).isoformat()
        if len(g) == 3 and g[0].isdigit() and len(g[0]) == 4:
            return date(int(g[0]), int(g[1]), int(g[2])).isoformat()
        if len(g) == 3 and g[0].isdigit():
            return date(int(g[2]), MONTHS[g[1].lower().rstrip(".")], int(g[0])).isoformat()
        if len(g) == 3:
            return date(int(g[2]), MONTHS[g[0].lower().rstrip(".")], int(g[1])).isoformat()
    except (ValueError, KeyError):
        return None
    return None


def published_date(text: str) -> str | None:
    """The publication date the text states: a labelled date, or a date alone at its top."""
    m = _LABEL.search(text[:5000])
    if m:
        return _iso(m.groups())
    for line in text.split("\n")[:4]:
        d = _ANY_DATE.match(line.strip())
        if d:
            return _iso(d.groups())
    return None
