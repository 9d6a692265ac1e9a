"""'does any fire service cover more than one police force area?', 'which forces have more than one fire
service?': the areas bodies share, from force_fire_services.csv (Counterparts). Pure: text and data in,
an answer out."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.questions.counterparts import Counterparts
from bot.questions.names import Body, Directory

_MORE = r"(?:more\s+than\s+one|over\s+one|two\s+or\s+more|2\s*\+|several|multiple|two|three|2|3)"
_MANY = ("more than one", "over one", "or more", "2", "3", "several", "multiple", "two", "three")
_FIRE = r"(?:fire(?:\s+and\s+rescue)?\s+services?|fire\s+brigades?|brigades?|frss?|fire)"
_POLICE = r"(?:police\s+forces?|police\s+force\s+areas?|police\s+areas?|forces?|constabular(?:y|ies)|police)"
# the many said after the one: 'fire services (that) cover more than one police force area'
_FIRE_COVERS_MANY = re.compile(
    rf"\b{_FIRE}\b.{{0,40}}?\b(?:cover|covers|covering|span|spans|serve|serves)\s+{_MORE}\s+{_POLICE}\b", re.I
)
_POLICE_HAS_MANY = re.compile(
    rf"\b{_POLICE}\b.{{0,40}}?\b(?:have|has|having|with|covered\s+by|served\s+by|split\s+(?:between|across))\s+"
    rf"{_MORE}\s+{_FIRE}\b",
    re.I,
)


@dataclass(frozen=True)
class SharedAnswer:
    """The bodies of one kind whose area the other kind splits into more than one, each with those bodies."""

    kind: str  # the kind counted: 'fire' (a service covering several forces) or 'police'
    shared: tuple[tuple[Body, tuple[Body, ...]], ...]
    left_out: tuple[Body, ...] = ()  # named as an exception ('besides dorset and wiltshire fire')


def asked(text: str) -> str | None:
    """'fire' or 'police' when the text asks which bodies of that kind cover more than one of the other."""
    low = text.lower()
    if not any(w in low for w in _MANY) or not any(w in low for w in ("fire", "brigade", "frs")):
        return None  # (the cheap test first: most questions say neither)
    if _FIRE_COVERS_MANY.search(text):
        return "fire"
    if _POLICE_HAS_MANY.search(text):
        return "police"
    return None


def shared(
    kind: str, pairs: Counterparts, directory: Directory, left_out: tuple[Body, ...] = ()
) -> SharedAnswer:
    """Each body of `kind` linked to more than one of the other kind, by name, leaving out those named."""
    links = pairs.police_of if kind == "fire" else pairs.fire_of
    found = []
    for body_id, others in sorted(links.items()):
        body = directory.by_id(body_id)
        if body is None or len(others) < 2 or body in left_out:
            continue
        found.append((body, tuple(b for i in others if (b := directory.by_id(i)) is not None)))
    return SharedAnswer(kind, tuple(sorted(found, key=lambda bf: bf[0].name)), left_out)
