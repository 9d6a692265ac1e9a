"""Bodies of the other kind and the kind a conversation keeps: which fire and rescue services cover a police
force's area (db/data/force_fire_services.csv) and back, and the fire service a place's name means in a fire
conversation ('herts', 'west sussex', 'devon'). Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.questions.names import Body, Directory

if TYPE_CHECKING:
    from bot.questions.entities import Entities
    from bot.questions.words import Place


@dataclass(frozen=True)
class Counterparts:
    """Which fire and rescue services cover each police force's area (from db/data/force_fire_services.csv)."""

    fire_of: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # force id -> fire service ids
    police_of: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # fire service id -> force ids
    notes: Mapping[str, str] = field(default_factory=dict)  # force id -> why none is inspected

    @classmethod
    def of(cls, rows: list[tuple[str, str, str]]) -> Counterparts:
        """From (force id, fire service id or '', note) rows."""
        fire: dict[str, list[str]] = {}
        police: dict[str, list[str]] = {}
        notes: dict[str, str] = {}
        for force, service, note in rows:
            fire.setdefault(force, [])
            if service:
                fire[force].append(service)
                police.setdefault(service, []).append(force)
            elif note:
                notes[force] = note
        return cls({k: tuple(v) for k, v in fire.items()}, {k: tuple(v) for k, v in police.items()}, notes)

    def other_kind(self, body: Body) -> tuple[str, ...]:
        """The ids of the bodies of the other kind covering `body`'s area."""
        return (self.fire_of if body.kind == "police" else self.police_of).get(body.id, ())


def renamed(text: str, new: Entities, named: tuple[Body, ...]) -> str:
    """The text with the name it typed ('herts', 'scilly') put as the fire service's full name; '' when the
    typed words can't be found again."""
    words = new.norm.split()
    typed = [" ".join(words[a:b]) for a, b in new.body_spans] if new.bodies else []
    if not typed:
        typed = [w for w in new.leftover.split() if w not in _SKIP][:1]
    if len(typed) != 1:
        return ""
    pattern = r"\b" + r"\W+".join(map(re.escape, typed[0].split())) + r"(?:['’]?s)?\b"
    found = re.search(pattern, text, re.I)
    if not found:
        return ""
    return text[: found.start()] + " and ".join(b.name for b in named) + text[found.end() :]


def in_place(body: Body, place: Place) -> bool:
    return body.region in place.regions or (place.country is not None and body.country == place.country)


_SKIP = frozenset(
    "and what about how the or then ok okay so now also same for is are was were when did does do still under "
    "in on at of a an report reports published out it they their its has have get got".split()
)


def fire_named(new: Entities, directory: Directory) -> tuple[str, ...]:
    """The fire service(s) a place's name finds once 'fire' is added ('devon' -> Devon and Somerset's)."""
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    whole = find_entities(f"{new.text.rstrip('?!. ')} fire", directory, name_finder(directory))
    # by a body's own name only: the 'fire' added here would make an everyday word a place ('what was that
    # over' + 'fire' is Over, a village in Cheshire); places in a follow-up are the gazetteer's to read
    towns = {f[2].id for f in whole.towns.found}
    bodies = [b for b in whole.bodies if b.id not in towns]
    if bodies and all(b.kind == "fire" for b in bodies):
        return tuple(b.id for b in bodies)
    words = [w for w in new.leftover.split() if w not in _SKIP]
    for piece in ([" ".join(words)] if len(words) > 1 else []) + words:
        found = fire_by_words(piece.split(), directory)
        if found:
            return found
    return ()


def fire_by_words(words: list[str], directory: Directory) -> tuple[str, ...]:
    """The one fire service every one of these typed words names ('bucks', 'devon somerset')."""
    from bot.questions.names import normalise

    resolved = directory.resolve(" ".join(words) + " fire")
    candidates = [resolved.body] if resolved.body else list(resolved.suggestions)
    fire = [
        b
        for b in candidates
        if b.kind == "fire" and all(w in normalise(" ".join((b.name, *b.aliases))).split() for w in words)
    ]
    return (fire[0].id,) if len(fire) == 1 else ()


def dedupe(bodies: tuple[Body, ...]) -> tuple[Body, ...]:
    seen: dict[str, Body] = {}
    for b in bodies:
        seen.setdefault(b.id, b)
    return tuple(seen.values())


def kept_kind(new: Entities, kind: str, counterparts: Counterparts, directory: Directory) -> tuple[Body, ...]:
    """The bodies a follow-up names, of the conversation's kind unless it says otherwise.

    'west sussex' in a fire conversation is West Sussex's fire service (found by its own name first), and
    'herts' is Hertfordshire's; only where the name alone finds no such service does the mapping decide."""
    if kind != "fire" or not new.bare_names:
        return tuple(new.bodies)
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    words = new.norm.split()
    typed_all = [w for a, b in new.body_spans for w in words[a:b]]
    whole = find_entities(f"{new.text.rstrip('?!. ')} fire", directory, name_finder(directory))
    if (
        len(whole.bodies) >= len(new.bodies)
        and all(b.kind == "fire" for b in whole.bodies)
        and _names_all(typed_all, list(whole.bodies))
    ):
        return tuple(whole.bodies)  # 'west sussex fire' names West Sussex's service alone
    out: list[Body] = []
    for body, (start, end) in zip(new.bodies, new.body_spans, strict=False):
        if body.kind == "fire":
            out.append(body)
            continue
        typed = " ".join(words[start:end])
        found = find_entities(f"{typed} fire", directory, name_finder(directory))
        fire = [b for b in found.bodies if b.kind == "fire"]
        fire = fire if _names_all(typed.split(), fire) else []
        mapped = [b for i in counterparts.other_kind(body) if (b := directory.by_id(i))]
        # the mapping only for a place's name its services share ('sussex'); 'the met' stays the Met
        out += fire or (mapped if _names_all(typed.split(), mapped) else [body])
    return dedupe(tuple(out)) or tuple(new.bodies)


def _names_all(words: list[str], bodies: list[Body]) -> bool:
    """Every typed word (less 'and', 'the') is a word of one of these bodies' names."""
    known = {w for b in bodies for key in Directory._keys_for(b) for w in key.split()}  # 'yorks' as well
    wanted = [w for w in words if w not in ("and", "the", "of")]
    return bool(bodies) and bool(wanted) and all(w in known for w in wanted)


def named_of_kind(
    new: Entities, kind: str, counterparts: Counterparts, directory: Directory
) -> tuple[Body, ...]:
    """The bodies the follow-up names, of the conversation's kind unless it says otherwise."""
    if new.bodies:
        return kept_kind(new, kind, counterparts, directory)
    if kind == "fire" and new.leftover.strip() and not new.place:
        return tuple(b for i in fire_named(new, directory) if (b := directory.by_id(i)))
    return ()
