"""Which force or fire service a text is about: every name and alias the store knows, longest first, a
body's own full names counting over bare place names, and a text that names several equally naming none."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.reader.phrases import Found, PhraseIndex
from bot.reader.proposal import Catalog, CatalogBody
from bot.reader.text import key

_KIND_WORDS = re.compile(r"\b(police|constabulary|fire|rescue|frs|service|force|met)\b", re.I)
_POLICE_SUFFIX = re.compile(r"\s+(police service|police|constabulary)$", re.I)
_FIRE_SUFFIX = re.compile(r"\s+(fire\s*(?:and|&)\s*rescue(?:\s+service|\s+authority)?|fire service)$", re.I)
_ACRONYM = re.compile(r"^(?:[A-Z][A-Z&]{1,6}|[A-Z][a-z]{1,3})$")  # GMP, TVP; Met, Beds: as written
HEAD_CHARS = 600  # a name in the title or first lines counts double


@dataclass(frozen=True)
class Named:
    """A body the text names, by a full name (strong) or only a bare place name (weak)."""

    body: CatalogBody
    strong: bool


def _variants(body: CatalogBody) -> list[tuple[str, bool]]:
    names = [(body.name, True)] + [(a, bool(_KIND_WORDS.search(a))) for a in body.aliases]
    if body.kind == "police":
        place = _POLICE_SUFFIX.sub("", body.name)
        if place != body.name:
            names += [
                (f"{place} {s}", True) for s in ("Police", "Constabulary", "police force", "Police Service")
            ]
    elif body.kind == "fire":
        place = _FIRE_SUFFIX.sub("", body.name)
        if place != body.name:
            names += [
                (f"{place} {s}", True)
                for s in ("Fire and Rescue", "Fire and Rescue Service", "Fire Service", "FRS",
                          "Fire and Rescue Authority", "Fire Authority", "fire and rescue services")
            ]  # fmt: skip
    return names


def _acronyms(catalog: Catalog) -> dict[str, CatalogBody]:
    """Initials people write for a body ('SYFRS', 'TVP', 'WMP'), kept only where one body has them."""
    seen: dict[str, list[CatalogBody]] = {}
    for body in catalog.bodies:
        place = (
            _POLICE_SUFFIX.sub("", body.name) if body.kind == "police" else _FIRE_SUFFIX.sub("", body.name)
        )
        initials = "".join(
            w[0] for w in re.findall(r"[A-Za-z]+", place) if w.lower() not in ("and", "of", "the")
        )
        if len(initials) < 2 and body.kind == "police":
            continue
        forms = (
            [initials + "P"]
            if body.kind == "police"
            else [initials + "FRS", initials + "FR", initials + "F&RS"]
        )
        for form in forms:
            seen.setdefault(form.upper(), []).append(body)
    return {form: bodies[0] for form, bodies in seen.items() if len(bodies) == 1}


def body_index(catalog: Catalog) -> PhraseIndex[Named]:
    """Every name of every body; acronyms ('GMP', 'SYFRS') and short names ('Met') only as written."""
    plain: list[tuple[str, Named]] = []
    exact: list[tuple[str, Named]] = [(form, Named(body, True)) for form, body in _acronyms(catalog).items()]
    for body in catalog.bodies:
        for name, strong in _variants(body):
            if _ACRONYM.match(name):
                exact.append((name, Named(body, True)))
            elif not strong and " " not in name and key(name) != (name.lower(),):
                # 'Staffs' only as written: matched loosely (a plural 's' dropped) it is 'members of staff'
                exact.append((name, Named(body, False)))
            else:
                plain.append((name, Named(body, strong)))
    plain.sort(key=lambda p: -len(p[0]))
    return PhraseIndex(plain, case_sensitive=exact)


@dataclass(frozen=True)
class BodyFinding:
    """The body a text is about (None with a reason), and the other bodies it names."""

    body: CatalogBody | None
    others: tuple[CatalogBody, ...]
    note: str = ""


_INSPECTORATE = re.compile(
    r"(his|her|hm|h\.m\.)?\s*(majesty'?s\s+)?inspectorate of constabulary and fire\s*(and|&)\s*rescue services|hmicfrs",
    re.I,
)


def fire_text(text: str) -> bool:
    """More about fire than policing, once the inspectorate's own name is set aside."""
    low = _INSPECTORATE.sub(" ", text.lower())
    fire = len(re.findall(r"\bfire", low)) + len(_FIRE_FRAMEWORK.findall(low))
    return fire > len(re.findall(r"\b(police|policing|constabulary)\b", low))


# The fire inspection's own pillars, which PEEL never had: minutes may never say "fire" ("judgements against three
# pillars, effectiveness, efficiency and people")
_FIRE_FRAMEWORK = re.compile(r"\befficiency,? and people\b|\bpeople pillar\b")


# A publisher's host runs its words together ('bedsfireresauth', 'bucksfire', 'kentpolice'): the kind word
# is split off so the place before it reads as the body's short name ('Beds Fire', 'Bucks Fire')
_GLUED_KIND = re.compile(r"(?<=[a-z])(fire|police|constabulary)")


def _address_words(url: str) -> str:
    """A page's address as words ('notts-fire.gov.uk/about-us' -> 'notts fire gov uk about us';
    'bedsfireresauth.moderngov.co.uk' -> 'beds fire resauth moderngov co uk')."""
    parts = urlsplit(url)
    host = _GLUED_KIND.sub(r" \1 ", (parts.hostname or "").lower())
    return re.sub(r"[^A-Za-z0-9]+", " ", f"{host} {parts.path}").strip()


def which_body(text: str, index: PhraseIndex[Named], catalog: Catalog, url: str = "") -> BodyFinding:
    """The one body the text is about; several named equally, or none, is no body, with the reason.
    A text that names none (a service's own page: 'HMICFRS rated us') is read by its address."""
    found = which_named(text, index, catalog)
    if found.body is None and not found.others and url:
        by_address = which_named(_address_words(url), index, catalog)
        if by_address.body is not None:
            return by_address
    return found


def which_named(text: str, index: PhraseIndex[Named], catalog: Catalog) -> BodyFinding:
    """The one body the text names most, by its full names first."""
    strong: Counter[str] = Counter()  # weights: the opening counts double, an aside in brackets a quarter
    weak: Counter[str] = Counter()
    said: dict[str, set[str]] = {}  # the places as the text names them ("West Sussex" for Sussex Police)
    found = index.find(text)
    defined = _defined_initials(text, found)
    for f in found:
        if part_of_longer_name(text, f.start):
            continue  # "Plymouth City Police" is not the City of London's
        weight = (8 if f.start < HEAD_CHARS else 4) // (4 if _in_brackets(text, f.start) else 1)
        body_id = defined.get(f.phrase, f.value.body.id)
        (strong if f.value.strong else weak)[body_id] += weight
        if not f.value.strong:  # "West Sussex": the place with the word before it, as a fire service's name
            before = text[max(0, f.start - 12) : f.start].split()
            said.setdefault(body_id, set()).add(
                f"{before[-1]} {f.phrase}".lower() if before else f.phrase.lower()
            )
    counts = strong or weak
    if not strong and weak and fire_text(text):
        fire = _fire_namesakes(weak, catalog, said)
        counts = fire or Counter()
    if not counts:
        return BodyFinding(
            None, (), "it names no police force or fire and rescue service that HMICFRS grades"
        )
    ranked = counts.most_common()
    bodies = {b.id: b for b in catalog.bodies}
    top_id, top = ranked[0]
    others = tuple(bodies[i] for i, _ in ranked[1:])
    if len(ranked) > 1 and ranked[1][1] * 2 > top:
        named = ", ".join(bodies[i].name for i, _ in ranked[:4])
        return BodyFinding(None, (bodies[top_id], *others), f"it is about several bodies ({named}), not one")
    return BodyFinding(bodies[top_id], others)


def _in_brackets(text: str, start: int) -> bool:
    """Whether a name stands in an aside in brackets ('(the other two forces in the pilot are Dyfed Powys and
    Suffolk Constabulary)'), within its paragraph."""
    paragraph = text.rfind("\n", 0, start)
    before = text[paragraph + 1 : start]
    return before.count("(") > before.count(")")


_ANY_DEFINED = re.compile(r"\(([A-Z][A-Z&]{1,7})\)")  # initials, not a place in brackets
NAME_REACH = 80  # a body's full name is this long at most
_DEFINES = re.compile(r"\s*\(([A-Z][A-Z&]{1,7})\)")


def _defined_initials(text: str, found: list[Found[Named]]) -> dict[str, str]:
    """Initials the text defines after a full name ("Cornwall Fire and Rescue Service (CFRS)"): in this
    text they are that body's, whichever body the store gives them to."""
    out: dict[str, str] = {}
    for f in found:
        if f.value.strong and (m := _DEFINES.match(text, f.end)):
            out.setdefault(m.group(1), f.value.body.id)
    return out


LINE_REACH = 200
_WORD_BEFORE = re.compile(r"(?:^|(?<=[^\w]))([A-Z][a-z]+)\s+$")
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?:;\n\"'(\[-])\s*$")
_LOWER_WORD = re.compile(r"(?<![\w'])[a-z]{4,}\b")
# Capitalised words that stand before a body's name without being part of it ("On Tuesday Kent Police said")
_NOT_A_NAME = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "yesterday", "the", "and", "but", "while", "both", "for", "from", "with", "says", "said",
    "chief", "constable", "commissioner", "inspector", "superintendent", "officer", "officers", "meanwhile",
    "however", "also", "then", "whereas", "although", "neighbouring", "nearby", "fellow", "where", "when",
}  # fmt: skip


def part_of_longer_name(text: str, start: int) -> bool:
    """Whether a name found at `start` ends a longer proper name ("Exeter City Police", "Plymouth City
    Police"): a capitalised word before it in running prose, not opening a sentence, not a Title Case line."""
    before = text[max(0, start - 40) : start]
    m = _WORD_BEFORE.search(before)
    if not m or m.group(1).lower() in _NOT_A_NAME or _SENTENCE_OPENS.search(before[: m.start()]):
        return False
    lo, hi = max(0, start - LINE_REACH), min(len(text), start + LINE_REACH)
    line_start = text.rfind("\n", lo, start) + 1 or lo  # near the name only: a 1 MB line stays linear
    line_end = text.find("\n", start, hi)
    line = text[line_start : line_end if line_end >= 0 else hi]
    return len(_LOWER_WORD.findall(line)) >= 3  # a Title Case headline capitalises every word


def _fire_namesakes(weak: Counter[str], catalog: Catalog, said: dict[str, set[str]]) -> Counter[str]:
    """A fire text that names only places: the fire services of those places, by the force's place or the
    place as the text names it ("West Sussex 2021/22": West Sussex Fire and Rescue Service, not Sussex's)."""
    out: Counter[str] = Counter()
    for body_id, n in weak.items():
        police = catalog.body(body_id)
        if police is None:
            continue
        places = {_POLICE_SUFFIX.sub("", police.name).lower()}
        named = [
            b
            for b in catalog.bodies
            if b.kind == "fire"
            for p in said.get(body_id, ())
            if b.name.lower().startswith(p + " ")
        ]
        for b in named or [
            b
            for b in catalog.bodies
            if b.kind == "fire"
            for p in places
            if b.name.lower().startswith(p + " ")
        ]:
            out[b.id] += n
    return out


def own_initials(text: str, index: PhraseIndex[Named], body_id: str) -> frozenset[str]:
    """The initials the text defines for this body ("Cornwall Fire and Rescue Service (CFRS)")."""
    out = set()
    for m in _ANY_DEFINED.finditer(text):  # only the words just before each "(ABC)", not the whole report
        start = max(0, m.start() - NAME_REACH)
        before = text[start : m.start()]
        for f in index.find(before):
            if f.value.strong and f.value.body.id == body_id and not before[f.end :].strip():
                out.add(m.group(1))
    return frozenset(out)


def names_other(
    text: str, index: PhraseIndex[Named], body_id: str, own: frozenset[str] = frozenset()
) -> bool:
    """Whether a sentence names another body by its full name and not this one (initials the text defined
    for this body are this body's)."""
    ids = {body_id if f.phrase in own else f.value.body.id for f in index.find(text) if f.value.strong}
    return bool(ids) and body_id not in ids
