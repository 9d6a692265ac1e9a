"""Understand body names the way people type them: official names, ids, short names, typos."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from difflib import SequenceMatcher

# Words people add to a police force's name that do not tell forces apart.
_POLICE_NOISE = ("police service", "police force", "constabulary", "police", "force")
_LEADING_NOISE = ("the ",)
_ACCEPT = 0.84  # a typo close enough to take without asking
_SUGGEST = 0.6  # close enough to offer as "did you mean"
_MARGIN = 0.06  # how far ahead the best body must be of the next to take it without asking


def normalise(text: str) -> str:
    """Lower-case, '&' as 'and', accents and punctuation dropped, spaces collapsed."""
    if not text.isascii():  # (plain ASCII has nothing to decompose or drop)
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower().replace("&", " and ").replace("'", "")
    if "w" in text:  # 'compare w/ kent', 'compare w kent': with
        text = _WITH.sub(r"\1 with ", text)
    return " ".join(_NOT_WORD.sub(" ", text).split())


_NOT_WORD = re.compile(r"[^a-z0-9]+")
_WITH = re.compile(r"(^|\s)w/(?!o)|\b(?<=compare|ompared)(\s+)w\b")


# a word a name is cut down to that people use of their own place ('which fire service covers the city'): never
# a body's name alone ('City Police' less its kind word)
_GENERIC = frozenset({"city"})


def _strip_noise(key: str) -> str:
    for lead in _LEADING_NOISE:
        if key.startswith(lead):
            key = key[len(lead) :]
    for word in _POLICE_NOISE:
        if key.endswith(" " + word):
            return key[: -len(word) - 1]
    return key


def _all_words_in(words: list[str], key_words: list[str]) -> bool:
    """Every typed word starts some word of the key ('hampshire fire' in 'hampshire ... fire and rescue')."""
    return all(any(k.startswith(w) for k in key_words) for w in words)


_FIRE_ENDINGS = (" fire and rescue service", " fire and rescue", " fire service", " fire", " frs")
_COMPASS = re.compile(r"^(north|south|east|west) ")
# 'tyne and wear frs', 'avon and somerset': two places joined, then at most a kind word
_TWO_PLACES = re.compile(
    r"^(?:\w+ )*?(?!fire|polic)(\w)\w{2,} and (?!rescue|crime)(\w)\w{2,}( (?:fire|frs|police|constabulary))?$"
)


def _initials(key: str) -> str:
    """'tyne and wear frs' -> 't and w frs' (as 'T&W FRS' is normalised); '' for other names."""
    m = _TWO_PLACES.match(key)
    return f"{m.group(1)} and {m.group(2)}{m.group(3) or ''}" if m else ""


# Counties as people shorten them ('south yorks police', 'notts fire', 'glos'), in every name they are part of.
_COUNTY_SHORT = {
    "yorkshire": "yorks", "lancashire": "lancs", "gloucestershire": "glos", "nottinghamshire": "notts",
    "northamptonshire": "northants", "hertfordshire": "herts", "bedfordshire": "beds", "buckinghamshire": "bucks",
    "hampshire": "hants", "leicestershire": "leics", "lincolnshire": "lincs", "staffordshire": "staffs",
    "warwickshire": "warks", "wiltshire": "wilts", "cambridgeshire": "cambs", "worcestershire": "worcs",
    "derbyshire": "derbys", "oxfordshire": "oxon", "berkshire": "berks", "northumberland": "northd",
}  # fmt: skip
_COUNTY = re.compile(r"\b(" + "|".join(_COUNTY_SHORT) + r")\b")


@dataclass(frozen=True)
class Body:
    """A body HMICFRS inspects: a police force or a fire and rescue service."""

    id: str
    name: str
    kind: str
    country: str
    region: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resolution:
    """A name resolved to one body, or the closest candidates when it could not be."""

    query: str
    body: Body | None
    suggestions: tuple[Body, ...] = ()


@dataclass
class Directory:
    """Every body with every key it can be called by."""

    bodies: Sequence[Body]
    _exact: dict[str, list[Body]] = field(default_factory=dict, repr=False)
    _keys: list[tuple[str, Body]] = field(default_factory=list, repr=False)
    _ids: dict[str, Body] = field(default_factory=dict, repr=False)
    pairs: set[str] = field(default_factory=set, repr=False)  # fire services' 'x and y' names, said bare
    # body id -> the ids of the bodies of the other kind covering its area (db/data/force_fire_services.csv)
    covering: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    _name_words: frozenset[str] | None = field(default=None, repr=False)

    def __post_init__(self) -> None:
        for body in self.bodies:
            for key in self._keys_for(body):
                self._add(key, body)
        police = {k for k, b in self._keys if b.kind == "police"}
        for body in self.bodies:
            for pair in self._pair_names(body):
                # 'hereford and worcester', 'devon and somerset': a fire service's own name, not two places;
                # 'dorset and wiltshire' stays two forces' names (a kind word or the conversation decides)
                if pair not in self._exact and not any(part in police for part in pair.split(" and ")):
                    self._add(pair, body)
                    self.pairs.add(pair)

    def _add(self, key: str, body: Body) -> None:
        if body not in self._exact.setdefault(key, []):
            self._exact[key].append(body)
            self._keys.append((key, body))

    @staticmethod
    def _pair_names(body: Body) -> set[str]:
        """A fire service's name without its kind words when it joins two places ('devon and somerset')."""
        if body.kind != "fire":
            return set()
        keys = {normalise(body.name)}
        stems = {k[: -len(s)] for k in keys for s in _FIRE_ENDINGS if k.endswith(s) and len(k) > len(s)}
        return {s for s in stems if s.count(" and ") == 1}

    @staticmethod
    def _keys_for(body: Body) -> set[str]:
        names = [body.name, body.id.replace("-", " "), *body.aliases]
        keys = {normalise(n) for n in names}
        if body.kind == "police":
            keys |= {_strip_noise(k) for k in keys}
        if body.kind == "fire":  # 'scilly fire', 'scilly frs', 'scilly fire and rescue': one service
            stems = {k[: -len(s)] for k in keys for s in _FIRE_ENDINGS if k.endswith(s) and len(k) > len(s)}
            keys |= {stem + s for stem in stems for s in _FIRE_ENDINGS}
        keys |= {_COUNTY.sub(lambda m: _COUNTY_SHORT[m.group(1)], k) for k in keys if _COUNTY.search(k)}
        # 'w midlands', 'n yorks', 's wales': the compass word cut to its letter, as people type it
        keys |= {_COMPASS.sub(lambda m: m.group(1)[0] + " ", k) for k in keys if _COMPASS.match(k)}
        keys |= {i for k in keys if (i := _initials(k))}  # 't&w frs', 'a&s': two places joined, by initials
        return {k for k in keys if k and k not in _GENERIC}

    def keyed(self) -> list[tuple[str, Body]]:
        """Every (key, body) a body can be called by, in the order bodies are listed."""
        return list(self._keys)

    def is_key(self, words: str) -> bool:
        """Whether these normalised words are a name some body is called by ('kent', 'the met')."""
        return words in self._exact

    def in_a_name(self, word: str) -> bool:
        """Whether a word is part of some body's name ('thames', 'valley')."""
        if self._name_words is None:
            self._name_words = frozenset(w for k in self._exact for w in k.split())
        return word in self._name_words

    def by_id(self, body_id: str) -> Body | None:
        """The body with this id, if any."""
        if len(self._ids) != len(self.bodies):
            self._ids = {b.id: b for b in self.bodies}
        return self._ids.get(body_id)

    def shared(self, text: str) -> tuple[Body, ...]:
        """The bodies a name, or the first words of their names, is more than one's ('avon': Avon and Somerset
        Constabulary, Avon Fire and Rescue Service); else ()."""
        key = _strip_noise(normalise(text))
        if not key:
            return ()
        found = [b for k, b in self._keys if k == key or k.startswith(key + " ")]
        unique = tuple(dict.fromkeys(found))
        return unique if len(unique) > 1 else ()

    def resolve(self, text: str) -> Resolution:
        """Resolve what someone typed to one body, or say which bodies it might mean."""
        key = normalise(text)
        if not key:
            return Resolution(text, None)
        for candidate in (key, _strip_noise(key)):
            found = self._exact.get(candidate, [])
            if len(found) == 1:
                return Resolution(text, found[0])
            if len(found) > 1:
                return Resolution(text, None, tuple(found[:3]))
        stripped = _strip_noise(key)
        if len(stripped) >= 3:
            starts = {b.id: b for k, b in self._keys if k.startswith(stripped)}
            if len(starts) == 1:
                return Resolution(text, next(iter(starts.values())))
            if starts:
                ranked = sorted(starts.values(), key=lambda b: (b.kind != "police", b.name))
                return Resolution(text, None, tuple(ranked[:3]))
        words = stripped.split()
        if len(words) > 1:
            holders = {b.id: b for k, b in self._keys if _all_words_in(words, k.split())}
            if len(holders) == 1:
                return Resolution(text, next(iter(holders.values())))
            if holders:
                ranked = sorted(holders.values(), key=lambda b: (b.kind != "police", b.name))
                return Resolution(text, None, tuple(ranked[:3]))
        return self._fuzzy(text, stripped)

    def _fuzzy(self, text: str, key: str) -> Resolution:
        best: dict[str, tuple[float, Body]] = {}
        for candidate, body in self._keys:
            matcher = SequenceMatcher(None, key, candidate)
            if matcher.real_quick_ratio() < _SUGGEST or matcher.quick_ratio() < _SUGGEST:
                continue
            score = matcher.ratio()
            if score >= _SUGGEST and score > best.get(body.id, (0.0, body))[0]:
                best[body.id] = (score, body)
        ranked = sorted(best.values(), key=lambda sb: (-sb[0], sb[1].name))
        if not ranked:
            return Resolution(text, None)
        top_score, top = ranked[0]
        runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
        short = len(key) <= _SHORT_GUESS  # 'went' is one letter from 'gwent': a word that short is asked back
        if top_score >= _ACCEPT and top_score - runner_up >= _MARGIN and not short:
            return Resolution(text, top)  # ('went' is a word, not Gwent misspelt: asked back, never taken)
        return Resolution(text, None, tuple(b for _, b in ranked[:3]))

    def find_all(self, text: str) -> list[Body]:
        """Every body named exactly somewhere in a longer text, longest names first, in order of mention."""
        words = f" {normalise(text)} "
        found: list[tuple[int, Body]] = []
        taken: list[tuple[int, int]] = []
        for key in sorted(self._exact, key=len, reverse=True):
            start = words.find(f" {key} ")
            while start != -1:
                span = (start, start + len(key) + 1)
                if not any(s < span[1] and span[0] < e for s, e in taken):
                    bodies = self._exact[key]
                    if len(bodies) == 1 and all(b.id != bodies[0].id for _, b in found):
                        found.append((start, bodies[0]))
                    taken.append(span)
                start = words.find(f" {key} ", start + 1)
        return [b for _, b in sorted(found, key=lambda sb: sb[0])]


def build_directory(rows: Iterable[dict]) -> Directory:
    """Make a Directory from body rows (each with an 'aliases' list)."""
    return Directory(
        [
            Body(r["id"], r["name"], r["kind"], r["country"], r["region"], tuple(r.get("aliases") or ()))
            for r in rows
        ]
    )


_ENDS_IN_S = re.compile(r"\b([a-z]{3,})s\b", re.I)


def plain_possessive(text: str, directory: Directory, is_place=lambda word: False) -> str:
    """'kents', 'cornwalls': a body's or a place's one-word name with a possessive typed without its
    apostrophe (`is_place`: whether a word names a place people live)."""

    def names(word: str) -> bool:
        return directory.is_key(word) or is_place(word)

    def stripped(m: re.Match[str]) -> str:
        stem, word = m.group(1).lower(), m.group(0).lower()
        keep = names(word) or directory.in_a_name(word)  # 'thames' (valley) is no 'thame'
        return m.group(1) if names(stem) and not keep else m.group(0)

    return _ENDS_IN_S.sub(stripped, text)


_SHORT_GUESS = 5


def in_loose_name(word: str, question: object, directory: Directory) -> bool:
    """A word the question carries on as part of a loosely typed name that will be answered or asked back
    about ('did you mean'); a name that matches nothing ('twice') carries nothing."""
    name = getattr(question, "name", None) or ""
    if word not in normalise(str(name)).split():
        return False
    found = directory.resolve(str(name))
    return bool(found.body or found.suggestions)
