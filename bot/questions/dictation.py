"""Names as dictation writes them: one name heard as two words ('shrews berry', 'nor fork', 'lowest off') and
names written as they sound ('wooster', 'lester'). Read back as the name, and said in the answer's 'Read as'
line like any repair. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol


class Lexicon(Protocol):
    """What of repair.Lexicon this reads: the names' word pairs, the places' words and the names' words."""

    @property
    def pairs(self) -> frozenset[tuple[str, str]]: ...

    @property
    def places(self) -> frozenset[str]: ...

    def target_set(self) -> frozenset[str]: ...


# English place names said nothing like they are spelt, as speech-to-text writes them
SAID_AS = {
    "wooster": "worcester", "woostershire": "worcestershire", "woostersure": "worcestershire",
    "woostersheer": "worcestershire", "lester": "leicester", "lestershire": "leicestershire",
    "lestersheer": "leicestershire", "gloster": "gloucester", "glostershire": "gloucestershire",
    "glostersheer": "gloucestershire", "warrick": "warwick", "warrickshire": "warwickshire", "norrich": "norwich",
}  # fmt: skip
MIN_LENGTH = 4  # a known word this long is a word of its own
MIN_JOINED = 7  # two words joined into a name of at least this many letters ('norfork')
LONG_JOINED = 10  # and two letters from it at this length ('shrewsberry')
_WORD = re.compile(r"[A-Za-z]+")
# words of their own, never half of a name dictation split
_COMMON = frozenset(
    """
    to in for the and of on at is it as by or be do how who what why when where they them those these their there
    this that with from good best worst thing things done mile are was were has have had any our we us you your
    not but all one two three get got did does its his her
    """.split()
)


def rejoined(
    text: str, lex: Lexicon, known: Callable[[str], bool]
) -> tuple[str, tuple[tuple[str, str], ...]]:
    """The text with each name dictation split or spelt by sound read as the name, and each change made.
    `known`: whether the bot knows a word (repair.is_known)."""
    changes: list[tuple[str, str]] = []
    words = list(_WORD.finditer(text))
    for a, b in zip(words, words[1:], strict=False):
        first, second = a.group(0).lower(), b.group(0).lower()
        if text[a.end() : b.start()] != " " or (first, second) in lex.pairs:
            continue  # ('west sussex' is a name of two words already)
        joined = first + second
        if len(joined) < MIN_JOINED or first in _COMMON or second in _COMMON:
            continue  # ('responding to', 'for those', 'how good': words of their own, never half a name)
        heard = not (known(first) and known(second))  # one of them is no word the bot knows
        # (a word the bot knows, 'fire' in 'leicesters fire', is its own word, never half of a name)
        parts_unknown = not any(len(w) >= MIN_LENGTH and known(w) for w in (first, second))
        name = SAID_AS.get(joined) or (heard and parts_unknown and _name_near(joined, lex))
        if name and not (len(first) > 4 and known(first) and name.startswith(first)):  # ('responding to')
            changes.append((f"{a.group(0)} {b.group(0)}", name))
    joined_up = {part for typed, _ in changes for part in typed.split()}
    changes += [
        (w.group(0), SAID_AS[w.group(0).lower()])
        for w in words
        if w.group(0).lower() in SAID_AS and w.group(0) not in joined_up
    ]
    for typed, name in changes:
        text = re.sub(rf"\b{re.escape(typed)}\b", name, text, count=1)
    return text, tuple(changes)


def _name_near(joined: str, lex: Lexicon) -> str | None:
    """The one place or name word the two words joined are a letter from ('lowestoff': lowestoft), or two
    letters when it is long ('shrewsberry': shrewsbury)."""
    from rapidfuzz.distance import OSA

    edits = 2 if len(joined) >= LONG_JOINED else 1
    near = {
        w
        for w in _by_start(lex).get(joined[:3], ())
        if abs(len(w) - len(joined)) <= edits and len(w) >= MIN_JOINED and OSA.distance(w, joined) <= edits
    }
    return near.pop() if len(near) == 1 else None


_starts: dict[int, tuple[object, dict[str, tuple[str, ...]]]] = {}  # id -> (the lexicon, its words by start)
MAX_HELD = 4  # lexicons held: the plain one and the one that knows places, of a directory or two


def _by_start(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """The lexicon's names and places by their first three letters, made once per lexicon."""
    held = _starts.get(id(lex))
    if held is not None and held[0] is lex:
        return held[1]
    out: dict[str, list[str]] = {}
    if lex.places:
        places = lex.places
    else:  # (a first question's lexicon: the gazetteer's words, read now a word is unknown)
        from bot.questions.places import gazetteer

        places = gazetteer().words()
    for w in lex.target_set() | places:
        out.setdefault(w[:3], []).append(w)
    if len(_starts) >= MAX_HELD:
        _starts.clear()
    _starts[id(lex)] = (lex, {k: tuple(v) for k, v in out.items()})
    return _starts[id(lex)][1]
