"""Asking for a picture: 'chart', 'heatmap', 'show me all police forces', 'chart fire', 'chart wales',
'chart police 2021/22', 'chart kent'. Recognised before the general question parser, knowing no Slack."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.questions.words import FIRE_PATTERN, POLICE_PATTERN, Place, find_place

_CHART_WORD = r"(?:chart|heat\s*-?\s*map|grid|picture|national\s+picture)"
# 'chart ...', 'show me a heatmap of ...', 'draw the chart for ...'
_LEAD = re.compile(
    rf"^(?:please\s+)?(?:(?:show|give|send|draw|make)\s+(?:me\s+|us\s+)?)?(?:an?\s+|the\s+)?{_CHART_WORD}\b"
    r"(?:\s+(?:of|for))?\s*(.*)$",
    re.I | re.S,
)
# '... chart', 'police heatmap'
_TRAIL = re.compile(
    r"^(?!(?:what|how|which|who|why|when|where|is|are|does|do|can)\b)([\w&'’ -]{1,60}?)\s+(?:chart|heat\s*-?\s*map)\s*[?.!]*$",
    re.I,
)
# 'show me all police forces', 'show every fire service in the north west'
_ALL = re.compile(
    r"^(?:please\s+)?show\s+(?:me\s+|us\s+)?(?:all|every)\s+(?:of\s+)?(?:the\s+)?"
    r"((?:police\s+)?forces?|constabularies|(?:fire\s+(?:and\s+rescue\s+)?)services?|fire\s+brigades?)\b(.*)$",
    re.I | re.S,
)
_ROUND = re.compile(r"\b(?:in\s+)?(20\d\d)\s*[-/–—]\s*(?:20)?(\d\d)\b")
_BY_REGION = re.compile(
    r"\b(?:(?:grouped|group|sorted|split)\s+)?by\s+regions?\b|\bregion\s+by\s+region\b", re.I
)
_FILLER = re.compile(
    r"\b(?:all|every|the|of|for|in|me|please|national|latest|current|grades?|gradings?|ratings?|round|"
    r"england|and|wales|rescue|services?|forces?|constabular(?:y|ies)|police|fire|frs|peel|areas?|across)\b",
    re.I,
)
MAX_CHART_TEXT = 200


@dataclass(frozen=True)
class ChartRequest:
    """What picture was asked for: a framework's bodies (optionally one place or round), or one body."""

    kind: str = "police"  # police or fire
    place: Place | None = None
    round: str | None = None
    name: str | None = None  # one body, as typed: its areas across rounds
    by_region: bool = False

    @property
    def key(self) -> str:
        """The canonical words for this request: the cache key, and what a share button re-asks."""
        parts = ["chart", self.name or self.kind]
        if self.place and not self.name:
            parts.append(self.place.label.lower())
        if self.round and not self.name:
            parts.append(self.round)
        if self.by_region and not self.name:
            parts.append("by region")
        return " ".join(parts)


def parse_chart_request(text: str) -> ChartRequest | None:
    """A chart request, or None when the text asks something else."""
    text = " ".join(text.split()).strip().lstrip("/")
    if not text or len(text) > MAX_CHART_TEXT:
        return None
    kind_hint = ""
    match = _LEAD.match(text)
    if match:
        rest = match.group(1)
    elif m := _ALL.match(text):
        kind_hint, rest = m.group(1), m.group(2)
    elif m := _TRAIL.match(text):
        rest = m.group(1)
    else:
        return None
    return _request(rest.strip(" ?.!,"), kind_hint)


def _request(rest: str, kind_hint: str) -> ChartRequest:
    by_region = bool(_BY_REGION.search(rest))
    rest = _BY_REGION.sub(" ", rest)
    round_ = None
    if m := _ROUND.search(rest):
        round_ = f"{m.group(1)}-{m.group(2)}"
        rest = rest[: m.start()] + " " + rest[m.end() :]
    words = f"{kind_hint} {rest}"
    kind = "fire" if FIRE_PATTERN.search(words) else "police"
    place, span = find_place(rest)
    if span:
        rest = rest[: span[0]] + " " + rest[span[1] :]
    name = " ".join(_FILLER.sub(" ", rest).split()).strip(" ,.?!'’")
    if name and not POLICE_PATTERN.fullmatch(name):
        # A body's name keeps its own words ('essex fire', 'kent police'), so pass what was typed.
        typed = " ".join(_BY_REGION.sub(" ", rest).split()).strip(" ,.?!")
        body = re.sub(r"^(?:the\s+|for\s+|of\s+)+", "", typed, flags=re.I) or name
        return ChartRequest(kind=kind, name=body, round=None, by_region=False)
    return ChartRequest(kind=kind, place=place, round=round_, by_region=by_region)
