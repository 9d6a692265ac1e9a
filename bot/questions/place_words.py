"""The words around a place's name in a question: whether a place that is also an everyday word is meant as
a place, which kind of body is asked about (police, fire, both, or neither), the kind's words after a place's
name, and the words one letter from a town's name that are words, not slips. Pure; compiled once at import."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from functools import cache

from bot.questions.names import Body, Directory
from bot.questions.words import FIRE_PATTERN, POLICE_PATTERN

# Places that are also everyday words in questions about inspections: a place only with a capital (not as
# the first word), after a word for where, or right before a kind of body ('reading police').
EVERYDAY = frozenset(
    """ash banks barking battle box bray bugle bury church cooling cray crook dale deal dollar eye felling
    fleet flint ford forth grove hale hay healing hermitage hill hook hope law lea moss over pant par pool
    reading reed rugby sale sandwich sandy scone send settle stock stone street sway tong tumble valley wall
    warden ware welling wick wing wool""".split()
)
EVERYDAY_PHRASES = frozenset(
    {"west end", "new inn", "south bank", "high peak", "price town", "four marks", "much birch", "north hill",
     "south hill", "cross hands", "three legged cross", "seven sisters", "bow street", "east dean",
     "kings hill", "saint just", "eight ash green", "hope valley", "great glen", "new quay", "elm park",
     "grange hill", "old basing", "seer green", "bay horse", "cold ash", "new mills", "new ferry"}
)  # fmt: skip
_OF_A_PLACE = frozenset(
    "mp mps council councillor councillors resident residents constituent constituents here based locals".split()
)
# Months that are also places ('March', Cambridgeshire): only right before a kind of body.
MONTHS = frozenset({"march", "may"})
WHERE = frozenset("in round around near from outside nr live lives living moving move".split())
KIND_AFTER = frozenset("police constabulary force fire firefighters brigade frs coppers cops".split())
KIND_WORDS = KIND_AFTER | {"and", "rescue", "service", "services", "the"}  # '/grade luton fire and rescue'
# Neither police nor fire named, but both asked about: 'everything in luton', 'the services in swindon'.
BOTH = re.compile(
    r"\b(?:everything|services|emergency\s+services|blue\s+lights?|both|police\s+and\s+fire|fire\s+and\s+police)\b"
)
# Services HMICFRS does not inspect, asked about by place: the place is then no police or fire question.
OTHER_SERVICES = re.compile(
    r"\b(?:ambulances?|paramedics?|hospitals?|nhs|a\s+and\s+e|gps?|doctors?|dentists?|schools?|ofsted|"
    r"councils?|bins|refuse|housing|social\s+services|social\s+care|care\s+homes?|libraries|nurseries|"
    r"universit(?:y|ies)|colleges?|coastguard|rnli|lifeboats?)\b"
)


def meant_as_place(key: str, words: list[str], cased: list[str], start: int, end: int) -> bool:
    """A place unless it is an everyday word used as one ('deal with', 'in march', 'reading the report')."""
    after = words[end] if end < len(words) else ""
    if key in MONTHS:
        return after in KIND_AFTER
    if key not in EVERYDAY and key not in EVERYDAY_PHRASES:
        return True
    before = words[start - 1] if start else ""
    capital = start > 0 and cased[start][:1].isupper() and not cased[start].isupper()
    # 'Reading MP here - ...', 'reading constituent asking …': a word for the place's people follows the name,
    # capitalised or first (said first, the name is no verb)
    named = (cased[start][:1].isupper() or start == 0) and after in _OF_A_PLACE
    # 'the fire service for reading', 'reading specifically': said as the place the service is for
    for_a_service = before == "for" and start >= 2 and words[start - 2] in _SERVICE_NOUNS
    # 'worse than reading', 'reading where i used to live': a place compared, or lived in
    lived = before == "than" or (after == "where" and end + 1 < len(words) and words[end + 1] in {"i", "we"})
    return (
        capital
        or named
        or lived
        or before in WHERE
        or after in KIND_AFTER
        or for_a_service
        or after in _PLACE_AFTER
    )


_SERVICE_NOUNS = KIND_AFTER | {"service", "services", "forces", "brigades"}
_PLACE_AFTER = frozenset({"specifically", "itself", "town", "borough"})


def cased_words(text: str) -> list[str]:
    """The words of `normalise(text)`, as typed (capitals kept): same split, one for one."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.replace("&", " and ").replace("'", "")
    return re.sub(r"[^A-Za-z0-9]+", " ", text).split()


def kinds_asked(rest: str, named: Sequence[Body]) -> tuple[tuple[str, ...], bool]:
    """Police, fire, or both, from the words outside any name: fire words -> fire; police words -> police;
    both, or 'everything' / 'services' -> both; none -> the kind of the bodies named, else police. And
    whether the words said so (False: the kind was taken from the bodies named, or is police by default)."""
    fire, police = bool(FIRE_PATTERN.search(rest)), bool(POLICE_PATTERN.search(rest))
    if fire and police:
        return ("police", "fire"), True
    if fire or police:
        return ("fire",) if fire else ("police",), True
    if BOTH.search(rest):
        return ("police", "fire"), True
    if OTHER_SERVICES.search(rest):  # 'are the schools in leeds any good': no police or fire question
        return (), False
    kinds = tuple(dict.fromkeys(b.kind for b in named))
    return kinds or (_kind_of_area(rest) or "police",), False


def _kind_of_area(rest: str) -> str | None:
    """'… cornwall receive for ensuring fairness and promoting diversity': an area one kind names more fully."""
    from bot.questions.areas import find_area

    _, fire = find_area(rest, "fire")
    _, police = find_area(rest, "police")
    if fire and (police is None or fire[1] - fire[0] > police[1] - police[0]):
        return "fire"
    return None


_KIND_RE = re.compile(
    r"\b(?:police|constabulary|forces?|fire|rescue|services?|brigades?|frs|cops|coppers|firefighters?|ones?)\b"
)


def blank_kind_words(text: str) -> str:
    """The text with words for kinds of body blanked out (same length): they went with the places named
    ('the one in durham' too)."""
    return _KIND_RE.sub(lambda m: " " * len(m.group(0)), text)


# English words one slip from a large town's name (found with a British English word list): never a slip.
NOT_SLIPS = frozenset(
    """
    backing bailey baking balking banking barbing barfing barging baring barley barlow barnes barnett
    barney baronet barring barron barrows basking beeper beverly boodle bootee bootie bootleg borden
    borrow bostons bottle braking bridged brighten briton buckle buckled buckler buckles burrow bushed
    bushel bushes charley chaster cheater clapton consent cornball crawled crowley darken darren darvon
    darwin dayton dorsey durhams falling feeling fellini felting filling fuelling fulling hallow harlot
    harrows hasting havana haywood hepburn highlands hitching holley hollowly horsey hustings huston
    irving jarrod kendall leland lincolns livingstone maidenheads marley midway mosley motley nelsen
    newborn oxfords paisleys parley parsley prescott presto prestos pulley purely purled purvey raleigh
    readings readying reaming reaping rearing redcap redford rending rhonda ripely sanford scalding
    seafood sexton shroud slouch sloughs spading stained stains starling sterling stifling stilling
    stirring sunburn sundown surreys survey swirling tiptoe tiptop waking walden walling wanton welding
    wellingtons welting wesson whitfield whitney widens willing winchesters windsors withal wooing
    worcesters working workshop wowing
    """.split()
)


def one_slip(typed: str, key: str) -> bool:
    """One letter wrong, missing, extra, or two side by side swapped."""
    if typed == key:
        return False
    if len(typed) == len(key):
        diff = [i for i, (a, b) in enumerate(zip(typed, key, strict=True)) if a != b]
        return len(diff) == 1 or (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typed[diff[0]] == key[diff[1]]
            and typed[diff[1]] == key[diff[0]]
        )
    short, long_ = (typed, key) if len(typed) < len(key) else (key, typed)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


_SUFFIXES = {
    "police": ("police force", "police service", "police", "constabulary", "cops", "coppers"),
    "fire": ("fire and rescue service", "fire and rescue", "fire service", "fire brigade", "fire", "frs"),
}


def suffix_length(words: list[str], end: int, kind: str) -> int:
    """How many words right after a place name the kind of body ('police', 'fire and rescue')."""
    if end >= len(words) or words[end] not in KIND_AFTER:
        return 0
    tail = " ".join(words[end : end + 4]) + " "
    return next((len(x.split()) for x in _SUFFIXES[kind] if tail.startswith(x + " ")), 0)


_COUNTY_NOISE = re.compile(
    r"^(?:city and borough of|city and county of|metropolitan borough of|royal borough of|borough of|"
    r"district of|county of|city of|sir) |(?: county borough)$",
    re.I,
)


def county_name(county: str) -> str:
    """A county's or unitary authority's name as people say it ('Devon' for 'Devon', 'Durham' for 'County
    Durham'): the name the gazetteer also knows it by, as a district."""
    return _COUNTY_NOISE.sub("", county).strip()


@cache
def _long_regions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Regions named in three words or more, by their first word (made once)."""
    from bot.questions.words import REGION_WORDS

    by_first: dict[str, list[tuple[str, ...]]] = {}
    for name in REGION_WORDS:
        words = tuple(name.split())
        if len(words) >= 3:
            by_first.setdefault(words[0], []).append(words)
    return {first: tuple(names) for first, names in by_first.items()}


def region_spans(words: list[str]) -> list[tuple[int, int]]:
    """Where regions named in three words or more are ('yorkshire and the humber', 'east of england'): no
    town or body is looked for inside them (Humber is also a village in Herefordshire)."""
    regions = _long_regions()
    return [
        (i, i + len(region))
        for i, word in enumerate(words)
        for region in regions.get(word, ())
        if tuple(words[i : i + len(region)]) == region
    ]


# 'the fire services in that force's area', 'across the whole patch': the body's whole area, not the town
WHOLE_AREA = re.compile(
    r"\b(?:(?:that|the|this|their|its)\s+forces?\s+(?:area|patch|county)|force\s+area|"
    r"(?:whole|wider|entire)\s+(?:area|county|patch|region))\b"
)


# 'bangor (the welsh one)': the country said as its people are
DEMONYMS = {
    "Wales": "welsh",
    "England": "english",
    "Scotland": "scottish",
    "Northern Ireland": "northern irish",
}


_NEAR = frozenset("near nr outside by beside".split())
_NEAR_PHRASES = ("next to", "close to", "edge of", "just off")
MAX_NEAR_WORDS = 6  # 'wigginton, the village just outside tring': the words between the two places


def near_anchor(seen: list, words: list[str], region: Callable[[str], str]) -> list:
    """Places named in order, with one said to be near the next ('wigginton, the village just outside tring',
    'mevagissey near st austell'): taken as its namesake policed as that one is, when it has one, else left
    out for the place it is near (a village no namesake of which lies there is not the one meant)."""
    out = list(seen)
    for i, (here, there) in enumerate(zip(seen, seen[1:], strict=False)):
        between = words[here.end : there.start]
        said = " ".join(between)
        if not between or len(between) > MAX_NEAR_WORDS or here.town.police == there.town.police:
            continue
        if _NEAR.isdisjoint(between) and not any(p in said for p in _NEAR_PHRASES):
            continue
        same = [t for t in here.others if t.police == there.town.police]
        if same:
            out[i] = here._replace(town=same[0], others=(here.town,), by_size=False)
        elif region(here.town.police) != region(there.town.police):
            out[i] = None
    return [s for s in out if s is not None]


def possessive(name: str) -> str:
    """'Luton's', 'St Albans'': the possessive of a place's name."""
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def other_kind_said(body_ids: Callable[[str], Sequence[str]], kind: str, directory: Directory) -> str:
    """' Its fire and rescue service is …' (or ' It is policed by …'): the place's body of the other kind, said
    too, as people checking a place (moving house, a relative's town) ask after both."""
    other = "police" if kind == "fire" else "fire"
    names = " and ".join(b.name for i in body_ids(other) if (b := directory.by_id(i)) is not None)
    if not names:
        return ""
    return f" Its fire and rescue service is {names}." if other == "fire" else f" It is policed by {names}."
