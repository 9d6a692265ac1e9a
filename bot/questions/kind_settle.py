"""A kind word said outside a name settles which body the name means: 'the fire service in essex' is Essex's
fire and rescue service, 'hiow police' the force covering that fire service's area. Pure."""

from __future__ import annotations

from bot.questions.names import Body, Directory
from bot.questions.words import POLICE_PATTERN, mentions_fire

# A body named with one of these words is not a bare place ('kent police', not 'kent').
KIND_WORDS = frozenset(
    "police constabulary force service fire rescue frs brigade constabularies forces services".split()
)


def kind_word_settles(
    words: list[str], found: list[tuple[int, int, Body]], rest: str, directory: Directory
) -> list[tuple[int, int, Body]]:
    """'the fire service in essex': a place named alone reads as its police force, unless the question
    says fire (and not police) elsewhere; then it is that place's fire and rescue service."""
    if not found:
        return found
    if POLICE_PATTERN.search(rest) and not mentions_fire(rest):
        return [(s, e, _policing(b, words[s:e], directory)) for s, e, b in found]  # 'hiow police'
    if not mentions_fire(rest) or POLICE_PATTERN.search(rest):
        return found
    out = []
    for start, end, body in found:
        if body.kind == "police" and not KIND_WORDS & set(words[start:end]):
            fire = directory.resolve(" ".join(words[start:end]) + " fire").body
            if fire is not None and fire.kind == "fire":
                body = fire
        out.append((start, end, body))
    return out


def _policing(body: Body, typed: list[str], directory: Directory) -> Body:
    """A fire service's name typed with 'police' after it, in no name of a force: the one force covering it."""
    if body.kind != "fire" or KIND_WORDS & set(typed):
        return body
    forces = [p for p, fire in directory.covering.items() if body.id in fire]
    return (directory.by_id(forces[0]) or body) if len(forces) == 1 else body
