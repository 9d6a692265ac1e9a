"""The words people use in questions: areas, grades, places, police or fire. Compiled once at import."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.questions.vocab import GRADE_RANK, GRADES


@dataclass(frozen=True)
class AreaConcept:
    """What people mean by an area, whatever the round calls it: one key per framework and round."""

    key: str
    label: str
    kind: str  # police | fire
    area_keys: tuple[str, ...]  # the store's area keys, newest round's first
    phrases: tuple[str, ...]


AREA_CONCEPTS: tuple[AreaConcept, ...] = (
    AreaConcept(
        "police_powers",
        "police powers and public treatment",
        "police",
        ("police_powers", "public_treatment"),
        (
            "police powers and public treatment",
            "police powers",
            "stop and search",
            "stop search",
            "use of force",
            "treatment of the public",
            "treating the public",
            "public treatment",
            "fairness and respect",
            "legitimacy",
            "powers",
        ),
    ),
    AreaConcept(
        "preventing_crime",
        "preventing crime and antisocial behaviour",
        "police",
        ("preventing_crime",),
        (
            "preventing crime and antisocial behaviour",
            "preventing crime",
            "crime prevention",
            "preventing and deterring crime",
            "deterring crime",
            "antisocial behaviour",
            "anti social behaviour",
            "anti-social behaviour",
            "asb",
            "neighbourhood policing",
            "prevention",
            "preventing",
        ),
    ),
    AreaConcept(
        "responding",
        "responding to the public",
        "police",
        ("responding",),
        (
            "responding to the public",
            "responding to calls",
            "responding",
            "999 calls",
            "999",
            "101 calls",
            "101",
            "call handling",
            "answering calls",
            "emergency calls",
            "calls",
            "attendance",
            "response times",
            "response",
        ),
    ),
    AreaConcept(
        "investigating",
        "investigating crime",
        "police",
        ("investigating",),
        (
            "investigating crime",
            "investigating crimes",
            "investigations",
            "investigation",
            "investigating",
            "solving crime",
            "detecting crime",
        ),
    ),
    AreaConcept(
        "protecting_vulnerable",
        "protecting vulnerable people",
        "police",
        ("protecting_vulnerable",),
        (
            "protecting vulnerable people",
            "vulnerable people",
            "vulnerability",
            "vulnerable",
            "safeguarding",
            "child protection",
            "protecting children",
            "domestic abuse",
            "domestic violence",
            "vawg",
            "violence against women and girls",
        ),
    ),
    AreaConcept(
        "managing_offenders",
        "managing offenders and suspects",
        "police",
        ("managing_offenders",),
        (
            "managing offenders and suspects",
            "managing offenders",
            "offender management",
            "registered sex offenders",
            "sex offenders",
            "rsos",
            "rso",
            "offenders",
            "suspects",
        ),
    ),
    AreaConcept(
        "workforce",
        "building, supporting and protecting the workforce",
        "police",
        ("workforce",),
        (
            "building supporting and protecting the workforce",
            "supporting the workforce",
            "positive workplace",
            "workforce",
            "wellbeing",
            "well being",
            "well-being",
            "culture",
            "staff",
            "people",
        ),
    ),
    AreaConcept(
        "leadership",
        "leadership and force management (2021/22: use of resources)",
        "police",
        ("leadership", "use_of_resources"),
        (
            "leadership and force management",
            "force management",
            "leadership",
            "management",
            "finances",
            "finance",
            "value for money",
            "use of resources",
            "strategic planning",
            "planning",
            "efficiency",
        ),
    ),
    AreaConcept(
        "recording_data",
        "recording data about crime",
        "police",
        ("recording_data",),
        (
            "recording data about crime",
            "crime data integrity",
            "crime recording",
            "recording crime",
            "recording data",
            "crime data",
            "cdi",
            "recording",
        ),
    ),
    AreaConcept(
        "serious_organised_crime",
        "disrupting serious organised crime",
        "police",
        ("serious_organised_crime",),
        ("disrupting serious organised crime", "serious organised crime", "organised crime", "soc"),
    ),
    AreaConcept(
        "victim_service",
        "providing a service to the victims of crime",
        "police",
        ("victim_service",),
        ("service to the victims of crime", "service to victims", "supporting victims", "victims"),
    ),
    # Fire and rescue services (2023-25: eleven areas under three pillars).
    AreaConcept(
        "understanding_risk",
        "understanding the risk of fire and other emergencies",
        "fire",
        ("understanding_risk",),
        ("understanding the risk", "understanding risk", "risk"),
    ),
    AreaConcept(
        "preventing_fire",
        "preventing fires and other risks",
        "fire",
        ("preventing_fire",),
        (
            "preventing fires",
            "preventing fire",
            "fire prevention",
            "home fire safety visits",
            "home fire safety",
            "prevention",
            "preventing",
        ),
    ),
    AreaConcept(
        "fire_regulation",
        "protecting the public through fire regulation",
        "fire",
        ("fire_regulation",),
        (
            "protecting the public through fire regulation",
            "fire regulation",
            "fire safety inspections",
            "fire safety",
            "protection",
            "regulation",
        ),
    ),
    AreaConcept(
        "responding_fires",
        "responding to fires and other emergencies",
        "fire",
        ("responding_fires",),
        (
            "responding to fires and other emergencies",
            "responding to fires",
            "responding to emergencies",
            "responding",
            "response times",
            "response",
            "999 calls",
            "999",
            "calls",
            "attendance",
        ),
    ),
    AreaConcept(
        "major_incidents",
        "responding to major and multi-agency incidents",
        "fire",
        ("major_incidents",),
        ("major and multi agency incidents", "multi agency incidents", "major incidents", "major incident"),
    ),
    AreaConcept(
        "best_use_of_resources",
        "making best use of resources",
        "fire",
        ("best_use_of_resources",),
        ("best use of resources", "use of resources", "value for money", "efficiency", "resources"),
    ),
    AreaConcept(
        "future_affordability",
        "making the fire and rescue service affordable now and in the future",
        "fire",
        ("future_affordability",),
        ("affordable now and in the future", "affordability", "affordable", "finances", "finance"),
    ),
    AreaConcept(
        "values_culture",
        "promoting the right values and culture",
        "fire",
        ("values_culture",),
        ("the right values and culture", "values and culture", "values", "culture", "conduct"),
    ),
    AreaConcept(
        "right_people",
        "getting the right people with the right skills",
        "fire",
        ("right_people",),
        (
            "the right people with the right skills",
            "right people",
            "right skills",
            "skills",
            "training",
            "workforce planning",
            "workforce",
            "wellbeing",
            "staff",
            "people",
        ),
    ),
    AreaConcept(
        "fairness_diversity",
        "ensuring fairness and promoting diversity",
        "fire",
        ("fairness_diversity",),
        (
            "ensuring fairness and promoting diversity",
            "fairness and diversity",
            "equality diversity and inclusion",
            "diversity",
            "fairness",
            "equality",
            "inclusion",
            "edi",
        ),
    ),
    AreaConcept(
        "managing_performance",
        "managing performance and developing leaders",
        "fire",
        ("managing_performance",),
        (
            "managing performance and developing leaders",
            "managing performance",
            "developing leaders",
            "leadership",
            "leaders",
            "performance management",
            "management",
        ),
    ),
)

CONCEPTS_BY_KEY = {c.key: c for c in AREA_CONCEPTS}


def _alternation(phrases: list[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in ordered)


def _area_pattern(kind: str) -> tuple[re.Pattern[str], dict[str, AreaConcept]]:
    owner: dict[str, AreaConcept] = {}
    for concept in AREA_CONCEPTS:
        if concept.kind == kind:
            for p in concept.phrases:
                owner.setdefault(p.replace("-", " "), concept)
    return re.compile(rf"(?<![\w-])(?:{_alternation(list(owner))})(?![\w-])", re.I), owner


_AREA_PATTERNS = {kind: _area_pattern(kind) for kind in ("police", "fire")}
_SPACES = re.compile(r"[\s-]+")


def find_area(text: str, kind: str) -> tuple[AreaConcept | None, tuple[int, int] | None]:
    """The first area named in the text for this kind of body, and where it was found."""
    pattern, owner = _AREA_PATTERNS[kind]
    match = pattern.search(text)
    if not match:
        return None, None
    return owner[_SPACES.sub(" ", match.group(0).lower())], match.span()


# Grades, with the words people use for them.
GRADE_WORDS = {
    "outstanding": "Outstanding",
    "good": "Good",
    "adequate": "Adequate",
    "requires improvement": "Requires improvement",
    "require improvement": "Requires improvement",
    "requiring improvement": "Requires improvement",
    "needs improvement": "Requires improvement",
    "need improvement": "Requires improvement",
    "needs improving": "Requires improvement",
    "ri": "Requires improvement",
    "inadequate": "Inadequate",
}
GRADE_PATTERN = re.compile(rf"\b(?:{_alternation(list(GRADE_WORDS))})\b", re.I)
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
    "north east": "North East",
    "north-east": "North East",
    "north west": "North West",
    "north-west": "North West",
    "south east": "South East",
    "south-east": "South East",
    "south west": "South West",
    "south-west": "South West",
    "yorkshire and the humber": "Yorkshire and The Humber",
    "yorkshire and humber": "Yorkshire and The Humber",
    "yorkshire": "Yorkshire and The Humber",
    "london": "London",
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
    rf"\b(?:(?:in|across|for|from)\s+(?:the\s+)?)?(?:{_alternation(list(REGION_WORDS) + list(COUNTRY_WORDS))})\b",
    re.I,
)
_PLACE_LEAD = re.compile(r"^(?:(?:in|across|for|from)\s+)?(?:the\s+)?", re.I)


@dataclass(frozen=True)
class Place:
    """A region or country: regions is the set of ONS regions it covers, or country is set."""

    label: str
    regions: tuple[str, ...] = ()
    country: str | None = None


def find_place(text: str) -> tuple[Place | None, tuple[int, int] | None]:
    """A region or country named in the text, and where."""
    for match in PLACE_PATTERN.finditer(text):
        raw = match.group(0)
        word = _ONE_SPACE.sub(" ", raw.lower())
        bare = _PLACE_LEAD.sub("", word)
        key = bare if bare in REGION_WORDS or bare in COUNTRY_WORDS else word
        if key not in REGION_WORDS and key not in COUNTRY_WORDS and "the " + bare in REGION_WORDS:
            key = "the " + bare
        if key in COUNTRY_WORDS:
            country = COUNTRY_WORDS[key]
            return Place(country, country=country), match.span()
        if key in REGION_WORDS:
            region = REGION_WORDS[key]
            return Place(region, regions=REGION_GROUPS.get(region, (region,))), match.span()
    return None, None


FIRE_PATTERN = re.compile(r"\b(?:fire|frs|frss|firefighters?|rescue\s+services?|brigades?)\b", re.I)
POLICE_PATTERN = re.compile(r"\b(?:police|forces?|constabular(?:y|ies)|peel)\b", re.I)


def mentions_fire(text: str) -> bool:
    """The text is about fire and rescue services."""
    return bool(FIRE_PATTERN.search(text))
