"""Places people live: a town, city or district named in a question -> the police force and fire and rescue
service(s) there, from the shipped gazetteer (GeoNames' places over 1,000 people, CC BY 4.0, and one reviewed
table from county or unitary authority to force and fire service: db/data/PLACES.md).

Loaded on first use, never at import. A body's own name is found first (entities.py), so 'Durham' and 'Essex'
stay the bodies they name; places are looked for in the words left over. A place that is also an everyday word
('Street', 'Deal', 'Reading', 'March') counts only when typed with a capital, after 'in' or 'near', or right
before 'police' or 'fire'. Two places of one name: the larger, unless the question names the other's county,
force or country, or a place it is near. Pure apart from the one lazy read."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from bot.questions.names import Body, Directory, normalise
from bot.questions.place_words import (
    DEMONYMS,
    EVERYDAY,
    EVERYDAY_PHRASES,
    KIND_AFTER,
    KIND_WORDS,
    NOT_SLIPS,
    WHERE,
    county_name,
    kinds_asked,
    meant_as_place,
    near_anchor,
    one_slip,
    region_spans,
    suffix_length,
)
from bot.questions.words import COUNTRY_WORDS, REGION_WORDS

WELSH_FIRE = "fire and rescue services in Wales"  # the label topics.py gives them
OUTSIDE = ("Scotland", "Northern Ireland")  # places whose police and fire HMICFRS does not inspect
_SHORT = re.compile(r"^(.+?)(?: (?:upon|on|under|in|super|next the) | regis$)")  # 'Stoke-on-Trent': 'stoke'
_HINT_EXTRA = {"Isle of Wight": ("iow", "the island"), "Greater London": ("london",)}
_HINT_EXTRA["North Down District"] = ("co down", "county down", "northern ireland")  # 'bangor co down'


class Town(NamedTuple):
    """A place people live, and who polices and fights fires there (ids; none outside England and Wales).

    A named tuple, not a dataclass: thousands are made at once when the gazetteer is first read."""

    name: str
    county: str  # GeoNames' admin2: county or unitary authority, as GeoNames spells it
    country: str
    population: int  # 0 when GeoNames gives none
    police: str = ""
    fire: tuple[str, ...] = ()
    fire_not_inspected: str = ""  # a Welsh fire and rescue service (HMICFRS does not inspect them)

    @property
    def area(self) -> str:
        """Its county or unitary authority as people say it ('Swindon', not 'Borough of Swindon')."""
        return county_name(self.county) or self.country

    @property
    def label(self) -> str:
        """'Newport (Isle of Wight)': the place and where it is."""
        return self.name if self.area == self.name else f"{self.name} ({self.area})"

    def body_ids(self, kind: str) -> tuple[str, ...]:
        """The police force (kind 'police') or fire and rescue service(s) (kind 'fire') there."""
        if kind == "fire":
            return self.fire
        return (self.police,) if self.police else ()


class TownSeen(NamedTuple):
    """A place named in a question: where (word span), the one taken, and the others of that name."""

    start: int
    end: int
    town: Town
    others: tuple[Town, ...] = ()  # other places of that name, larger first
    by_size: bool = True  # taken as the largest, not because the question named its county or force
    said: str = ""  # the name as typed ('stoke' for Stoke-on-Trent)
    over: tuple[int, ...] = ()  # where the bodies' names start that this place's name ran into


class TownReading(NamedTuple):
    """What the places in a question come to: bodies (with word spans), and a place outside what's held."""

    found: tuple[tuple[int, int, Body], ...] = ()
    towns: tuple[TownSeen, ...] = ()
    kinds: tuple[str, ...] = ("police",)
    outside: str | None = None  # 'Scotland', 'Northern Ireland' or WELSH_FIRE
    kind_said: bool = False  # the question said police, fire or both in words
    dropped: tuple[int, ...] = ()  # where the bodies' names start that a place's longer name took over


class Gazetteer:
    """Every place by every key it can be called by, larger places first."""

    def __init__(self, towns: Sequence[Town]):
        self.towns = tuple(towns)
        keys: dict[str, list[Town]] = {}
        counties: dict[tuple[str, str], list[Town]] = {}
        for town in self.towns:
            for key in _keys(town.name):
                keys.setdefault(key, []).append(town)
            counties.setdefault((town.county, town.country), []).append(town)
        for (county, _), members in counties.items():
            first = members[0]
            district = Town(
                county_name(county), county, first.country,
                sum(t.population for t in members), first.police, first.fire, first.fire_not_inspected,
            )  # fmt: skip
            for key in _keys(district.name):
                if not any(t.county == county for t in keys.get(key, [])):
                    keys.setdefault(key, []).append(district)
        # 'the fire service in london': London is a region to the rest of the engine ('police in london'
        # compares its two forces), but it has one fire and rescue service
        self.london = next((t for t in keys.get("london", []) if t.county == "Greater London"), None)
        self._keys = {
            k: tuple(sorted(v, key=lambda t: -t.population)) if len(v) > 1 else tuple(v)
            for k, v in keys.items()
            if len(k) >= 3 and k not in REGION_WORDS and k not in COUNTRY_WORDS
        }
        # first word -> the most words a name starting with it has: most words start none, and are skipped
        self._large: dict[str, list[str]] | None = None  # for near(): built on the first slip looked for
        self._words: frozenset[str] | None = None  # for words(): built on the first unknown word
        self._first: dict[str, int] = {}
        for k in self._keys:
            parts = k.split()
            if len(parts) > self._first.get(parts[0], 0):
                self._first[parts[0]] = len(parts)

    def words(self) -> frozenset[str]:
        """Every word of every place's name: words the question engine must not repair or call unknown."""
        if self._words is None:
            self._words = frozenset(w for k in self._keys for w in k.split())
        return self._words

    def lookup(self, key: str) -> tuple[Town, ...]:
        """The places called exactly this (normalised), larger first."""
        return self._keys.get(key, ())

    def near(self, word: str) -> Town | None:
        """The one large place ('sheffield') a longer word is one slip from ('sheffeild', 'birmingam')."""
        if len(word) < _TYPO_MIN or word in self._keys or word in NOT_SLIPS:
            return None
        if self._large is None:
            self._large = {}
            for k, towns in self._keys.items():
                if " " not in k and len(k) >= _TYPO_MIN and towns[0].population >= _TYPO_POPULATION:
                    self._large.setdefault(k[0], []).append(k)
        found = {
            k for k in self._large.get(word[0], ()) if abs(len(k) - len(word)) <= 1 and one_slip(word, k)
        }
        return self._keys[found.pop()][0] if len(found) == 1 else None

    def mentions(self, words: list[str]) -> bool:
        """Some place's name is in the words (as any word run): the cheap test before reading closely."""
        return any(
            " ".join(words[i : i + n]) in self._keys
            for i in range(len(words))
            if words[i] in self._first
            for n in range(1, min(self._first[words[i]], len(words) - i) + 1)
        )

    def find(self, words: list[str], cased: list[str], spans: Sequence[tuple[int, int]]) -> list[TownSeen]:
        """Every place named in the words outside the bodies' `spans`, longest name first, left to right. A
        place's name of three words or more may run on into a body's ('stratford on avon' in 'stratford on
        avon fire', where 'avon fire' is a body's): the place wins, and says which body's words it took."""
        if self._first.keys().isdisjoint(words):
            return []  # no word starts a place's name (most questions)
        taken = {j for a, b in spans for j in range(a, b)}
        seen: list[TownSeen] = []
        i = 0
        while i < len(words):
            longest = self._first.get(words[i], 0) if i not in taken else 0
            for n in range(min(longest, len(words) - i), 0, -1):
                clash = [(a, b) for a, b in spans if a < i + n and i < b]
                if clash and not (n >= 3 and all(i < a for a, _ in clash)):
                    continue
                key = " ".join(words[i : i + n])
                towns = self._keys.get(key)
                if towns and meant_as_place(key, words, cased, i, i + n):
                    town, others, hinted = _choose(towns, words)
                    if _name_key(town) == key:  # 'bradford' is Bradford: Bradford-on-Avon is no second one
                        others = tuple(t for t in others if _name_key(t) == key)
                    said = " ".join(cased[i : i + n])
                    said = said.title() if said.islower() else said
                    seen.append(
                        TownSeen(i, i + n, town, others, not hinted, said, tuple(a for a, _ in clash))
                    )
                    i += n
                    break
            else:
                i += 1
        # 'newport isle of wight': the words that picked one Newport are not a second place
        used = {h for s in seen if s.others for h in _hints(s.town)}
        return [s for s in seen if s.others or " ".join(words[s.start : s.end]) not in used]


_NOT_WORD = re.compile(r"[^a-z0-9]+")


def _key(name: str) -> str:
    """normalise(name), quicker for the plain names most places have (thousands are read at once)."""
    lower = name.lower()
    if lower.replace(" ", "").isalpha() and lower.isascii() and "  " not in lower:
        return lower.strip()
    if not name.isascii():
        return normalise(name)
    return " ".join(_NOT_WORD.sub(" ", lower.replace("&", " and ").replace("'", "")).split())


@cache
def _name_key(town: Town) -> str:
    return _key(town.name)


def _keys(name: str) -> list[str]:
    """Every key a place is called by, each once: its name, St/Saint, without a possessive, the short form."""
    key = _key(name)
    if " " not in key:
        return [key]
    keys = [key]
    if "'s " in name:  # the parser takes possessives out: "king's lynn" reaches here as 'king lynn'
        keys.append(_key(name.replace("'s ", " ")))
    if " upon " in key:  # 'stratford on avon', 'burton on trent'
        keys.append(key.replace(" upon ", " on "))
    elif " on " in key:
        keys.append(key.replace(" on ", " upon "))
    first, _, more = key.partition(" ")
    if first.endswith("s") and len(first) > 4:  # "bishop's stortford" reaches here as 'bishop stortford'
        keys.append(f"{first[:-1]} {more}")
    for said, other in (("st ", "saint "), ("saint ", "st "), ("royal ", "")):  # 'royal tunbridge wells' too
        if key.startswith(said) and (said != "royal " or key.count(" ") >= 2):
            keys.append(other + key[len(said) :])
    if (key.count(" ") >= 2 or key.endswith(" regis")) and (m := _SHORT.match(key)) and len(m.group(1)) >= 4:
        keys.append(m.group(1))
    return list(dict.fromkeys(keys))


@cache
def _hints(town: Town) -> frozenset[str]:
    """Words a question might use to pick this place over another of its name."""
    found = {normalise(town.area), normalise(town.county), town.country.lower()}
    found.add(DEMONYMS.get(town.country, ""))  # 'bangor (the welsh one)'
    if town.police:
        found.add(town.police.replace("-", " "))
    found.update(_HINT_EXTRA.get(town.county, ()))
    return frozenset(h for h in found if h and h != _key(town.name))


def _choose(towns: tuple[Town, ...], words: list[str]) -> tuple[Town, tuple[Town, ...], bool]:
    """The place meant: one whose county, force or country the question names, else the largest in England
    or Wales ('bangor': Gwynedd's, not County Down's), else the largest; and whether the question named it."""
    if len(towns) > 1:
        text = f" {' '.join(words)} "
        for town in towns:
            if any(f" {h} " in text for h in _hints(town)):
                return town, tuple(t for t in towns if t is not town), True
    inside = next((t for t in towns if t.country not in OUTSIDE), towns[0])
    return inside, tuple(t for t in towns if t is not inside), False


def read_towns(
    words: list[str], cased: list[str], named: list[tuple[int, int, Body]], directory: Directory
) -> TownReading:
    """The places in a question's words (outside the bodies `named`) and the bodies they stand for."""
    g = gazetteer()
    as_places = _fire_asked_of_a_forces_place(words, named, g)  # 'the fire service in kent'
    named = [f for f in named if f[0] not in as_places]
    typed = cased if len(cased) == len(words) else words
    seen = g.find(words, typed, [*((a, b) for a, b, _ in named), *region_spans(words)])
    seen = near_anchor(seen, words, lambda i: (b := directory.by_id(i)) and b.region or "")  # 'near tring'
    dropped = (*as_places, *(a for s in seen for a in s.over))
    named = [f for f in named if f[0] not in dropped]
    seen = [s for s in seen if not _in_another_county(s, named)]
    taken = {i for s, e, _ in named for i in range(s, e)}
    if not seen and not named:
        seen = _slipped(g, words)
    london = g.london and "london" in words and not named and words.index("london") not in taken
    if not seen and not london:
        return TownReading()
    spans = taken | {i for s in seen for i in range(s.start, s.end)}
    rest = " ".join(w if i not in spans and w != "london" else "," for i, w in enumerate(words))
    kinds, said = kinds_asked(rest, [b for _, _, b in named])
    if not kinds:
        return TownReading()
    if london and g.london and kinds == ("fire",):  # police in London stays the region: the Met and the City
        at = words.index("london")
        seen = sorted([*seen, TownSeen(at, at + 1, g.london, (), False, "London")], key=lambda s: s.start)
    if not seen:
        return TownReading()
    found: list[tuple[int, int, Body]] = []
    outside = None
    for s in seen:
        if s.town.country in OUTSIDE:
            outside = outside or s.town.country
            continue
        # 'luton police', 'swindon fire brigade': the kind's words are part of the name, as in 'kent police'
        end = s.end + suffix_length(words, s.end, kinds[0]) if len(kinds) == 1 else s.end
        for kind in kinds:
            for body_id in s.town.body_ids(kind):
                body = directory.by_id(body_id)
                if body is not None and all(b.id != body.id for _, _, b in [*named, *found]):
                    found.append((s.start, end, body))
        if kinds == ("fire",) and not s.town.fire:
            outside = outside or WELSH_FIRE
    return TownReading(tuple(found), tuple(seen), kinds, outside, said, dropped)


def _in_another_county(seen: TownSeen, named: list[tuple[int, int, Body]]) -> bool:
    """'richmond north yorks': a place beside a body covering no place of that name the table holds means a
    place in that body's area the table lacks: the body answers, never another place of that name."""
    covering = {i for t in (seen.town, *seen.others) for k in ("police", "fire") for i in t.body_ids(k)}
    return any((a == seen.end or b == seen.start) and body.id not in covering for a, b, body in named)


_TYPO_MIN = 6  # shorter words are too often other words one slip away
_TYPO_POPULATION = 20_000  # only towns people are likely to name; a village's name one slip away is noise


def _slipped(g: Gazetteer, words: list[str]) -> list[TownSeen]:
    """A large town's name mistyped by one letter, where a place is asked about: after 'in', 'near',
    'round'..., or right before 'police' or 'fire' ('birmingam police', 'fire service in sheffeild')."""
    if WHERE.isdisjoint(words[:-1]) and KIND_AFTER.isdisjoint(words[1:]):
        return []  # no word stands where a place would
    for i, word in enumerate(words):
        before = words[i - 1] if i else ""
        after = words[i + 1] if i + 1 < len(words) else ""
        if before in WHERE or after in KIND_AFTER:
            town = g.near(word)
            if town is not None:
                return [TownSeen(i, i + 1, town, (), False, word)]
    return []


def _fire_asked_of_a_forces_place(
    words: list[str], named: list[tuple[int, int, Body]], g: Gazetteer
) -> tuple[int, ...]:
    """Where police forces are named by a place alone ('kent', 'essex', 'durham') in a question that asks
    about fire in words ('is the fire service in kent any good', 'everything in essex'): those names are
    read as the places, so the fire service there is answered. A force's place alone stays the force."""
    bare = [
        a
        for a, b, body in named
        if body.kind == "police" and not KIND_WORDS & set(words[a:b]) and g.lookup(" ".join(words[a:b]))
    ]
    if not bare:
        return ()
    taken = {i for a, b, _ in named for i in range(a, b)}
    kinds, said = kinds_asked(" ".join("," if i in taken else w for i, w in enumerate(words)), [])
    return tuple(bare) if said and "fire" in kinds else ()


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer, read on first use."""
    from db.gazetteer import place_aliases, place_services, places

    services = {
        (r["county"], r["country"]): (
            r["police"],
            tuple(f for f in r["fire"].split("|") if f),
            r["fire_not_inspected"],
        )
        for r in place_services()
    }
    return Gazetteer(
        [
            Town(name, county, country, int(population or 0), *services.get((county, country), ("", (), "")))
            for name, county, country, population, _ in [
                *places(),
                *([a["name"], a["county"], a["country"], "", ""] for a in place_aliases()),
            ]
        ]
    )


def resolve_town(name: str, directory: Directory) -> Body | None:
    """A name typed where a body's is expected ('/grade worcester', 'luton fire'): the body there, if the
    name (less words for a kind of body) is a place in England or Wales and the kind has one body there."""
    words = normalise(name).split()
    place = [w for w in words if w not in KIND_WORDS]
    key = " ".join(place)
    if (key in EVERYDAY or key in EVERYDAY_PHRASES) and len(place) == len(words):
        return None  # 'good at reading crime data' left 'reading': an everyday word is a place with 'police'
    if not (towns := gazetteer().lookup(key) if place else ()):
        return None
    kinds, _ = kinds_asked(" ".join(w for w in words if w not in place), [])
    ids = towns[0].body_ids(kinds[0]) if len(kinds) == 1 else ()
    return directory.by_id(ids[0]) if len(ids) == 1 else None


def is_place_word(word: str) -> bool:
    """Whether a (normalised) word names a place people live ('cornwall', 'leeds')."""
    return bool(gazetteer().lookup(word))
