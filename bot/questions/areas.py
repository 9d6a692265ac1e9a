"""The areas HMICFRS grades, as the words people use for them ('999 calls', 'safeguarding', ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class AreaConcept:
    """What people mean by an area, whatever the round calls it: one key per framework and round."""

    key: str
    label: str
    kind: str  # police | fire
    area_keys: tuple[str, ...]  # the store's area keys, newest round's first
    phrases: tuple[str, ...]


def _phrases(text: str) -> tuple[str, ...]:
    """'999 calls | 999 | call handling' -> the phrases people use for one area, in any order (the longest
    phrase found in a question wins)."""
    return tuple(p.strip() for p in text.split("|") if p.strip())


AREA_CONCEPTS: tuple[AreaConcept, ...] = (
    # treating people fairly and with respect is this area, not the workforce ('people')
    AreaConcept(
        "police_powers",
        "police powers and public treatment",
        "police",
        ("police_powers", "public_treatment"),
        _phrases(
            "police powers and public treatment | police powers | stop and search | stop search | "
            "use of force | treatment of the public | treating the public | public treatment | "
            "fairness and respect | treating people fairly and with respect | treating people fairly | "
            "treating people with respect | treat people fairly | treat people with respect | treat people | "
            "treats people | treating people | treat the public | treats the public | fair to the public | "
            "fair to people | treats people fairly | treats people with respect | treated people fairly | "
            "treating the public fairly | treating the public with respect | treat the public fairly | "
            "treats the public fairly | treated fairly | treated with respect | fair treatment | "
            "respect and fairness | dignity and respect | respectful | fairness | disproportionality | "
            "racial profiling | strip searches | strip search | taser | legitimacy | powers"
        ),
    ),
    AreaConcept(
        "preventing_crime",
        "preventing crime and antisocial behaviour",
        "police",
        ("preventing_crime",),
        _phrases(
            "preventing crime and antisocial behaviour | preventing crime | prevent crime | prevents crime | "
            "crime prevention | "
            "preventing and deterring crime | deterring crime | antisocial behaviour | "
            "anti social behaviour | anti-social behaviour | asb | neighbourhood policing | prevention | "
            "preventing"
        ),
    ),
    AreaConcept(
        "responding",
        "responding to the public",
        "police",
        ("responding",),
        _phrases(
            "responding to the public | responding to calls | respond to the public | responds to the public | "
            "respond to calls | responding to emergencies | respond to emergencies | emergency response | "
            "responding | 999 calls | 999 | 101 calls | "
            "101 | call handling | answering calls | emergency calls | calls | attendance | response times | "
            "response | answer calls | answers calls | when people call | when you call | when i call | "
            "people call them | call them | calling them | call the police | calling the police | "
            "answering the phone | answer the phone | answers the phone | pick up the phone | picking up the phone | "
            "calling 999 | call 999 | ringing 999 | ring 999 | dial 999 | dialling 999 | phone answering | "
            "answering phones | answer phones | answering the phones"
        ),
    ),
    AreaConcept(
        "investigating",
        "investigating crime",
        "police",
        ("investigating",),
        _phrases(
            "investigating crime | investigating crimes | investigate crime | investigates crime | investigate crimes | "
            "investigations | investigation | investigating | "
            "solving crime | detecting crime | solving crimes | catching criminals | catch criminals | "
            "catching offenders | catching burglars | catching crooks | catching the criminals"
        ),
    ),
    AreaConcept(
        "protecting_vulnerable",
        "protecting vulnerable people",
        "police",
        ("protecting_vulnerable",),
        _phrases(
            "protecting vulnerable people | protect vulnerable people | protects vulnerable people | "
            "vulnerable people | vulnerability | vulnerable | safeguarding | "
            "child protection | protecting children | domestic abuse | domestic violence | vawg | "
            "violence against women and girls | pvp"
        ),
    ),
    AreaConcept(
        "managing_offenders",
        "managing offenders and suspects",
        "police",
        ("managing_offenders",),
        _phrases(
            "managing offenders and suspects | managing offenders | manage offenders | manages offenders | "
            "offender management | "
            "registered sex offenders | sex offenders | rsos | rso | offenders | suspects"
        ),
    ),
    AreaConcept(
        "workforce",
        "building, supporting and protecting the workforce",
        "police",
        ("workforce",),
        _phrases(
            "building supporting and protecting the workforce | supporting the workforce | "
            "positive workplace | treating staff fairly | treating officers fairly | treat staff | "
            "treats staff | treat officers | treats officers | looking after staff | looking after officers | "
            "staff morale | morale | workforce | wellbeing | well being | well-being | culture | staff | "
            "its people | their people | our people | with people | the people area | people area"
        ),
    ),
    AreaConcept(
        "leadership",
        "leadership and force management (2021/22: use of resources)",
        "police",
        ("leadership", "use_of_resources"),
        _phrases(
            "leadership and force management | force management | leadership | management | finances | "
            "finance | value for money | use of resources | strategic planning | planning | efficiency"
        ),
    ),
    AreaConcept(
        "recording_data",
        "recording data about crime",
        "police",
        ("recording_data",),
        _phrases(
            "recording data about crime | crime data integrity | crime recording | recording crime | record crime | "
            "records crime | record crimes | recording of crime | recording crimes | "
            "recording data | crime data | cdi | recording"
        ),
    ),
    AreaConcept(
        "serious_organised_crime",
        "disrupting serious organised crime",
        "police",
        ("serious_organised_crime",),
        _phrases("disrupting serious organised crime | serious organised crime | organised crime | soc"),
    ),
    AreaConcept(
        "victim_service",
        "providing a service to the victims of crime",
        "police",
        ("victim_service",),
        _phrases(
            "service to the victims of crime | service to victims | supporting victims | victim service | "
            "victims service | victims"
        ),
    ),
    # Fire and rescue services (2023-25: eleven areas under three pillars).
    AreaConcept(
        "understanding_risk",
        "understanding the risk of fire and other emergencies",
        "fire",
        ("understanding_risk",),
        _phrases("understanding the risk | understanding risk | risk"),
    ),
    AreaConcept(
        "preventing_fire",
        "preventing fires and other risks",
        "fire",
        ("preventing_fire",),
        _phrases(
            "preventing fires | preventing fire | prevent fires | prevents fires | fire prevention | "
            "home fire safety visits | home fire safety checks | "
            "home fire safety | prevention | preventing"
        ),
    ),
    AreaConcept(
        "fire_regulation",
        "protecting the public through fire regulation",
        "fire",
        ("fire_regulation",),
        _phrases(
            "protecting the public through fire regulation | fire regulation | fire safety inspections | "
            "fire safety | protection | regulation"
        ),
    ),
    AreaConcept(
        "responding_fires",
        "responding to fires and other emergencies",
        "fire",
        ("responding_fires",),
        _phrases(
            "responding to fires and other emergencies | responding to fires | responding to emergencies | "
            "responding | response times | response | 999 calls | 999 | calls | attendance"
        ),
    ),
    AreaConcept(
        "major_incidents",
        "responding to major and multi-agency incidents",
        "fire",
        ("major_incidents",),
        _phrases(
            "major and multi agency incidents | multi agency incidents | major incidents | major incident"
        ),
    ),
    AreaConcept(
        "best_use_of_resources",
        "making best use of resources",
        "fire",
        ("best_use_of_resources",),
        _phrases(
            "making best use of resources | making the best use of resources | best use of resources | use of resources | value for money | efficiency | resources"
        ),
    ),
    AreaConcept(
        "future_affordability",
        "making the fire and rescue service affordable now and in the future",
        "fire",
        ("future_affordability",),
        _phrases("affordable now and in the future | affordability | affordable | finances | finance"),
    ),
    AreaConcept(
        "values_culture",
        "promoting the right values and culture",
        "fire",
        ("values_culture",),
        _phrases("the right values and culture | values and culture | values | culture | conduct"),
    ),
    AreaConcept(
        "right_people",
        "getting the right people with the right skills",
        "fire",
        ("right_people",),
        _phrases(
            "the right people with the right skills | right people | right skills | skills | training | "
            "workforce planning | workforce | wellbeing | staff | people"
        ),
    ),
    AreaConcept(
        "fairness_diversity",
        "ensuring fairness and promoting diversity",
        "fire",
        ("fairness_diversity",),
        _phrases(
            "ensuring fairness and promoting diversity | fairness and diversity | treating people fairly | "
            "treating staff fairly | treated fairly | fair treatment | equality diversity and inclusion | "
            "diversity | fairness | equality | inclusion | edi"
        ),
    ),
    AreaConcept(
        "managing_performance",
        "managing performance and developing leaders",
        "fire",
        ("managing_performance",),
        _phrases(
            "managing performance and developing leaders | managing performance | developing leaders | "
            "leadership | leaders | performance management | management"
        ),
    ),
)

CONCEPTS_BY_KEY = {c.key: c for c in AREA_CONCEPTS}

# The three pillars HMICFRS groups the fire and rescue areas under (db/data/areas.csv, `also_called`).
FIRE_PILLARS: dict[str, tuple[str, ...]] = {
    "effectiveness": (
        "understanding_risk",
        "preventing_fire",
        "fire_regulation",
        "responding_fires",
        "major_incidents",
    ),
    "efficiency": ("best_use_of_resources", "future_affordability"),
    "people": ("values_culture", "right_people", "fairness_diversity", "managing_performance"),
}
_PILLAR = re.compile(
    r"\b(effectiveness|efficiency|people)\s+(?:pillar|grades?|ratings?|areas?|side)\b|"
    r"\b(?:the\s+)?pillar\s+(?:of\s+)?(effectiveness|efficiency|people)\b|"
    r"\b(effectiveness|efficiency)\b"
)


def find_pillar(norm: str) -> str:
    """The fire pillar named in normalised text ('efficiency pillar', 'effectiveness grades'), or ''."""
    m = _PILLAR.search(norm)
    return next((g for g in m.groups() if g), "") if m else ""


def alternation(phrases: list[str]) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"[\s-]+") for p in ordered)


def _area_pattern(kind: str) -> tuple[re.Pattern[str], dict[str, AreaConcept]]:
    owner: dict[str, AreaConcept] = {}
    for concept in AREA_CONCEPTS:
        if concept.kind == kind:
            for p in concept.phrases:
                owner.setdefault(p.replace("-", " "), concept)
    return re.compile(rf"(?<![\w-])(?:{alternation(list(owner))})(?![\w-])", re.I), owner


_AREA_PATTERNS = {kind: _area_pattern(kind) for kind in ("police", "fire")}
_SPACES = re.compile(r"[\s-]+")
# The first word of every phrase, by kind: a phrase starts at a whole word (nothing of a word before it), so
# plain-letter text with none of these words names no area, and the long pattern need not be run over it.
_FIRST_WORDS = {kind: frozenset(p.split()[0] for p in owner) for kind, (_, owner) in _AREA_PATTERNS.items()}
_WORDS = re.compile(r"\w+")


def find_area(text: str, kind: str) -> tuple[AreaConcept | None, tuple[int, int] | None]:
    """The first area named in the text for this kind of body, and where it was found.

    Words for the same area side by side ('999 response', 'safeguarding vulnerable people') are one mention."""
    if text.isascii() and _FIRST_WORDS[kind].isdisjoint(_WORDS.findall(text.lower())):
        return None, None  # (other scripts fold case in more ways than lower() does: read in full)
    pattern, owner = _AREA_PATTERNS[kind]
    found = list(pattern.finditer(text))
    if not found:
        return None, None
    # the most specific mention: 'responding to major and multi-agency incidents' names major incidents
    # in its longest phrase, not responding (the first, shorter one)
    match = max(found, key=lambda m: (len(m.group(0).split()), -m.start()))
    if len(match.group(0).split()) == 1:
        match = found[0]
    matches = iter(found[found.index(match) + 1 :])
    concept = owner[_SPACES.sub(" ", match.group(0).lower())]
    start, end = match.span()
    for following in matches:
        same = owner[_SPACES.sub(" ", following.group(0).lower())] is concept
        if not same or text[end : following.start()].strip():
            break
        end = following.end()
    return concept, (start, end)
