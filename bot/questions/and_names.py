"""Names as people write them: 'devon n somerset fire', 'stop & search', 'avon + somerset' -> 'and', when
that makes a body's name found exactly or a longer area phrase. Pure."""

from __future__ import annotations

import re

from bot.questions.areas import find_area
from bot.questions.names import Directory, normalise
from bot.questions.parse import name_finder

_N_AND = re.compile(r"(?<=\w) (?:n|&|\+) (?=\w)", re.I)


def and_in_names(text: str, directory: Directory) -> str:
    """'devon n somerset fire' -> 'devon and somerset fire', 'stop n search' -> 'stop and search': when
    that makes a name found exactly, or a longer area phrase."""
    if not _N_AND.search(text):
        return text

    finder = name_finder(directory)
    candidate = _N_AND.sub(" and ", text)
    before = len(finder.find(normalise(text).split()))
    after = finder.find(normalise(candidate).split())
    if after and len(after) >= before and _longer(after, finder, text):
        return candidate
    for kind in ("police", "fire"):
        _, was = find_area(normalise(text), kind)
        _, now = find_area(normalise(candidate), kind)
        if now and (was is None or now[1] - now[0] > was[1] - was[0] + 2):
            return candidate
    return text


def _longer(after: list, finder, text: str) -> bool:
    words = normalise(text).split()
    before = finder.find(words)
    return sum(e - s for s, e, _ in after) > sum(e - s for s, e, _ in before)
