"""A comparison that names a fire service and no police word keeps to fire: a place's bare name in it is the
place's fire service ('east sussex fire and rescue service vs west sussex'). Pure."""

from __future__ import annotations

import re

from bot.questions.names import Directory
from bot.questions.words import POLICE_PATTERN


def fire_kept(text: str, bodies: list, directory: Directory) -> tuple[str, ...]:
    """'east sussex fire and rescue service vs west sussex': in a comparison that names a fire service and says
    no police word, a place's bare name is its fire service ('west sussex' is West Sussex FRS, not Sussex
    Police); () when that does not hold."""
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    found = find_entities(text, directory, name_finder(directory))
    if POLICE_PATTERN.search(found.rest) or not any(b.kind == "fire" for b in found.bodies):
        return ()
    words = found.norm.split()
    out: list[str] = []
    for (start, end), body in zip(found.body_spans, found.bodies, strict=False):
        if body.kind == "fire":
            out.append(body.id)
            continue
        # the place as typed, with a word before it that the name left over ('west' of 'west sussex')
        tried = [" ".join(words[max(0, start - 1) : end]), " ".join(words[start:end])]
        fires = [
            f for t in tried if (f := directory.resolve(f"{t} fire").body) is not None and f.kind == "fire"
        ]
        if not fires:
            return ()
        out.append(fires[0].id)
    if len(set(out)) == 1 and not _COMPARING.search(found.norm):  # 'services in cornwall, how did cornwall
        return tuple(out[:1])  # fire do': the place is the fire service's own, said twice, not a second body
    return tuple(dict.fromkeys(out)) if len(set(out)) >= 2 else ()


_COMPARING = re.compile(r"\b(?:vs|v|versus|compared?|comparing|comparison|against|than|both|each)\b")
