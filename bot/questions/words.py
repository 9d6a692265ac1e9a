"""The words people use in questions: grades, places, police or fire (areas are in areas.py). Compiled once at import."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.questions.areas import alternation
from bot.questions.vocab import GRADE_RANK, GRADES

# 'it', 'they' and their forms: a follow-up about the body the last question was about
PRONOUN = re.compile(r"\b(?:it|its|they|their|them|theirs|it's|they're)\b", re.I)

# Grades, with the words people use for them.
GRADE_WORDS = {
    "outstanding": "Outstanding",
    "good": "Good",
    "adequate": "Adequate",
    "requires improvement": "Requires improvement",
    "require improvement": "Requires improvement",
    "requiring improvement": "Requires improvement",
    "required improvement": "Requires improvement",  # 'the one that required improvement'
    "needed improvement": "Requires improvement",
    "needs improvement": "Requires improvement",
    "need improvement": "Requires improvement",
    "needs improving": "Requires improvement",
    "need improving": "Requires improvement",
    "needing improvement": "Requires improvement",
    "ri": "Requires improvement",
    "inadequate": "Inadequate",
    # plurals name a count of grades: 'the most outstandings', 'fewest RIs'
    "outstandings": "Outstanding",
    "goods": "Good",
    "adequates": "Adequate",
    "requires improvements": "Requires improvement",
    "ris": "Requires improvement",
    "inadequates": "Inadequate",
}
GRADE_PATTERN = re.compile(rf"\b(?:{alternation(list(GRADE_WORDS))})\b", re.I)
_ONE_SPACE = re.compile(r"\s+")

_AT_LEAST = re.compile(r"\b(?:at\s+least|no\s+worse\s+than|minimum\s+of)\s+$", re.I)
_BELOW = re.compile(r"\b(?:below|worse\s+than|under|less\s+than)\s+$", re.I)
_ABOVE = re.compile(r"\b(?:above|better\s+than)\s+$", re.I)
_OR_BETTER = re.compile(r"^\s*(?:or|and)\s+(?:better|above|higher)\b", re.I)
_OR_WORSE = re.compile(r"^\s*(?:or|and)\s+(?:worse|below|lower)\b", re.I)


def _grades_where(test) -> tuple[str, ...]:
    return tuple(g for g in GRADES if test(GRADE_RANK[g]))


def find_grades(text: str) -> tuple[tuple[str, ...], list[tuple[int, int]]]:
    """Every grade the text asks about, widened by 'or better', 'at least', 'below'...; and the spans used."""
    wanted: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in GRADE_PATTERN.finditer(text):
        word = _ONE_SPACE.sub(" ", match.group(0).lower())
        grade = GRADE_WORDS[word]
        rank = GRADE_RANK[grade]
        before, after = text[: match.start()], text[match.end() :]
        start, end = match.span()
        if m := _OR_BETTER.match(after):
            chosen = _grades_where(lambda r, rank=rank: r >= rank)
            end += m.end()
        elif m := _OR_WORSE.match(after):
            chosen = _grades_where(lambda r, rank=rank: r <= rank)
            end += m.end()
        elif m := _AT_LEAST.search(before):
            chosen = _grades_where(lambda r, rank=rank: r >= rank)
            start = m.start()
        elif m := _BELOW.search(before):
            chosen = _grades_where(lambda r, rank=rank: r < rank)
            start = m.start()
        elif m := _ABOVE.search(before):
            chosen = _grades_where(lambda r, rank=rank: r > rank)
            start = m.start()
        else:
            chosen = (grade,)
        wanted += [g for g in chosen if g not in wanted]
        spans.append((start, end))
    ordered = tuple(g for g in GRADES if g in wanted)
    return ordered, spans


# Places: ONS regions (Wales as one) and countries, as people say them.
REGION_WORDS = {
    "east of england": "East of England",
    "eastern": "East of England",
    "east anglia": "East of England",
    "the east": "East of England",
    "east midlands": "East Midlands",
    "west midlands": "West Midlands",
    "the midlands": "Midlands",
    "midlands": "Midlands",
    # as people shorten them: 'the east mids', 'W Mids forces', 'yorks and humber'
    "east mids": "East Midlands",
    "the east mids": "East Midlands",
    "e mids": "East Midlands",
    "west mids": "West Midlands",
    "the west mids": "West Midlands",
    "w mids": "West Midlands",
    "the mids": "Midlands",
    "yorks and the humber": "Yorkshire and The Humber",
    "yorks and humber": "Yorkshire and The Humber",
    "yorks": "Yorkshire and The Humber",
    "eoe": "East of England",
    "north east": "North East",
    "north-east": "North East",
    "north west": "North West",
    "north-west": "North West",
    "south east": "South East",
    "south-east": "South East",
    "south west": "South West",
    "south-west": "South West",
    # as people abbreviate them: 'SW services', 'NE forces'
    "sw": "South West",
    "se": "South East",
    "ne": "North East",
    "nw": "North West",
    "yorkshire and the humber": "Yorkshire and The Humber",
    "yorkshire and humber": "Yorkshire and The Humber",
    "yorkshire": "Yorkshire and The Humber",
    "the humber and yorkshire": "Yorkshire and The Humber",  # the region said the other way round
    "humber and yorkshire": "Yorkshire and The Humber",
    "london": "London",
    # with 'the', so 'the north east' is never read as 'the north' + 'east'
    "the north east": "North East",
    "the north west": "North West",
    "the south east": "South East",
    "the south west": "South West",
    "the east midlands": "East Midlands",
    "the west midlands": "West Midlands",
    "the north": "North",
    "northern": "North",
    "the south": "South",
    "southern": "South",
}
COUNTRY_WORDS = {"wales": "Wales", "welsh": "Wales", "england": "England", "english": "England"}
# Groups of regions people name as one.
REGION_GROUPS = {
    "Midlands": ("East Midlands", "West Midlands"),
    "North": ("North East", "North West", "Yorkshire and The Humber"),
    "South": ("South East", "South West", "London"),
}
PLACE_PATTERN = re.compile(
    rf"\b(?:(?:in|across|for|from)\s+(?:the\s+)?)?(?:{alternation(list(REGION_WORDS) + list(COUNTRY_WORDS))})\b",
    re.I,
)
_PLACE_LEAD = re.compile(r"^(?:(?:in|across|for|from)\s+)?(?:the\s+)?", re.I)


@dataclass(frozen=True)
class Place:
    """A region or country: regions is the set of ONS regions it covers, or country is set."""

    label: str
    regions: tuple[str, ...] = ()
    country: str | None = None


_JOINED = re.compile(r"\s*(?:,|and|&|or|plus|\+)\s*(?:the\s+)?", re.I)


def find_place(text: str) -> tuple[Place | None, tuple[int, int] | None]:
    """A region or country named in the text, and where; two regions said together ('london and the south
    east') are one place of both."""
    places = find_places(text)
    place, span = next(places, (None, None))
    if place is None or span is None or not place.regions:
        return place, span
    other, at = next(places, (None, None))
    if other is not None and at is not None and other.regions and _JOINED.fullmatch(text[span[1] : at[0]]):
        regions = place.regions + tuple(r for r in other.regions if r not in place.regions)
        return Place(f"{place.label} and {other.label}", regions=regions), (span[0], at[1])
    return place, span


def find_places(text: str) -> Iterator[tuple[Place, tuple[int, int]]]:
    """Every region or country named in the text, and where, left to right."""
    for match in PLACE_PATTERN.finditer(text):
        raw = match.group(0)
        word = _ONE_SPACE.sub(" ", raw.lower())
        bare = _PLACE_LEAD.sub("", word)
        key = bare if bare in REGION_WORDS or bare in COUNTRY_WORDS else word
        if key not in REGION_WORDS and key not in COUNTRY_WORDS and "the " + bare in REGION_WORDS:
            key = "the " + bare
        if key in COUNTRY_WORDS:
            country = COUNTRY_WORDS[key]
            yield Place(country, country=country), match.span()
        elif key in REGION_WORDS:
            region = REGION_WORDS[key]
            yield Place(region, regions=REGION_GROUPS.get(region, (region,))), match.span()


# 'across the 11 areas': only a fire and rescue inspection grades eleven
FIRE_PATTERN = re.compile(
    r"\b(?:fire|frs|frss|firefighters?|rescue\s+services?|brigades?|(?:11|eleven)\s+areas|"
    # 'on-call at a station in shropshire. what did our service get': a firefighter's words for their own
    r"on[-\s]call|retained\s+(?:firefighters?|crews?|staff)|(?:watch|crew)\s+managers?|(?:our|my)\s+service)\b",
    re.I,
)
POLICE_PATTERN = re.compile(
    r"\b(?:police|polices|policed|forces?|constabular(?:y|ies)|peel|cops|coppers|policing|old\s+bill|the\s+bill|"
    r"plod|bobbies|the\s+fuzz|rozzers)\b",
    re.I,
)


def mentions_fire(text: str) -> bool:
    """The text is about fire and rescue services."""
    return bool(FIRE_PATTERN.search(text))


# Police and fire said together ('police or fire', 'police forces and fire services', 'lancashire police and
# fire'): both kinds asked about. One pattern for the parser's routes and for splitting one question in two.
BOTH_KINDS = re.compile(
    r"\b(?:police(?:\s+forces?)?|forces?)\s*(?:,|and|or|&|n|/)\s*(?:(?:which|what|the|its|their)\s+)?"
    r"fire(?:\s+and\s+rescue)?(?:\s+services?)?\b"
    r"|\bfire(?:\s+services?)?\s*(?:,|and|or|&|/)\s*(?:(?:which|what|the|its|their)\s+)?(?:police|forces?)\b",
    re.I,
)
