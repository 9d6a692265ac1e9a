"""Find known phrases (body names, area wordings) in text by words, longest first, never overlapping."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from bot.reader.text import WORD as _WORD
from bot.reader.text import key, norm

T = TypeVar("T")
FUZZY_WORDS = 3  # a phrase this long is known with one later word typed with a slip


@dataclass(frozen=True)
class Found(Generic[T]):
    """A phrase found in a text: what it names, and where (character offsets)."""

    value: T
    start: int
    end: int
    phrase: str  # the words as the text has them


class PhraseIndex(Generic[T]):
    """Phrases as word tuples -> what they name. Lookup is by word n-grams, so a 1 MB report stays fast."""

    def __init__(self, entries: Iterable[tuple[str, T]], *, case_sensitive: Iterable[tuple[str, T]] = ()):
        self._by_key: dict[tuple[str, ...], T] = {}
        for phrase, value in entries:
            k = key(phrase)
            if k and k not in self._by_key:
                self._by_key[k] = value
        self._exact: dict[str, T] = {p: v for p, v in case_sensitive}
        self._longest = max((len(k) for k in self._by_key), default=0)
        self._by_first: dict[str, list[tuple[str, ...]]] = {}  # phrases of 3+ words, for a slip in one word
        for k in self._by_key:
            if len(k) >= FUZZY_WORDS:
                self._by_first.setdefault(k[0], []).append(k)
        firsts = sorted(
            {k[0] for k in self._by_key} | {k[0] + "s" for k in self._by_key}, key=len, reverse=True
        )
        self._first_re = re.compile(
            r"(?<![a-z0-9])(?:" + "|".join(re.escape(w) for w in firsts or ["(?!)"]) + r")(?![a-z0-9])"
        )
        self._exact_re = (
            re.compile(
                r"(?<![A-Za-z0-9])(?:"
                + "|".join(re.escape(w) for w in sorted(self._exact, key=len, reverse=True))
                + r")(?![A-Za-z0-9])"
            )
            if self._exact
            else None
        )

    def nearest(self, text: str) -> T | None:
        """What a whole label names when it is one phrase typed with a slip or two ("developing a positive
        workspace" for "… workplace"): the one phrase within two edits a word, of at least three words."""
        from rapidfuzz.distance import Levenshtein

        words = tuple(norm(w.group()) for w in _WORD.finditer(text.lower()))
        if len(words) < 3:
            return None
        joined = " ".join(words)
        limit = max(2, len(joined) // 12)
        near = {
            v
            for k, v in self._by_key.items()
            if len(k) == len(words) and Levenshtein.distance(joined, " ".join(k), score_cutoff=limit) <= limit
        }
        return near.pop() if len(near) == 1 else None

    def _slipped(self, words: tuple[str, ...]) -> tuple[T, int] | None:
        """The one phrase of 3+ words the words start with, one later word of 4+ letters typed with a slip."""
        from rapidfuzz.distance import Levenshtein

        near = []
        for k in self._by_first.get(words[0], ()):
            if len(k) > len(words):
                continue
            off = [(a, b) for a, b in zip(k[1:], words[1 : len(k)], strict=True) if a != b]
            if len(off) == 1 and min(len(off[0][0]), len(off[0][1])) >= 4:
                a, b = off[0]
                if Levenshtein.distance(a, b, score_cutoff=2) <= (1 if len(a) < 8 else 2):
                    near.append(k)
        if len(near) != 1:
            return None
        return self._by_key[near[0]], len(near[0])

    def find(self, text: str, *, slips: bool = False) -> list[Found[T]]:
        """Every phrase in the text, leftmost and longest first, none overlapping (`slips`: a phrase of three
        or more words also with one later word typed with a slip, 'recording date about crime')."""
        low = text.lower()
        found: list[Found[T]] = []
        last_end = 0
        for m in self._first_re.finditer(low):  # jump to the words a phrase can start with
            if m.start() < last_end:
                continue
            spans = [
                w.span() for _, w in zip(range(self._longest), _WORD.finditer(low, m.start()), strict=False)
            ]
            words = tuple(norm(low[a:b]) for a, b in spans)
            for n in range(len(words), 0, -1):
                value = self._by_key.get(words[:n])
                if value is not None:
                    start, end = spans[0][0], spans[n - 1][1]
                    found.append(Found(value, start, end, text[start:end]))
                    last_end = end
                    break
            else:
                if slips and (near := self._slipped(words)):
                    start, end = spans[0][0], spans[near[1] - 1][1]
                    found.append(Found(near[0], start, end, text[start:end]))
                    last_end = end
        if self._exact_re is not None:
            # Both lists run left to right and `found` never overlaps itself: one pointer walks it, so the
            # pass stays linear in the text (a text of nothing but names was quadratic with a scan per match).
            taken = [(f.start, f.end) for f in found]
            extra: list[Found[T]] = []
            i = 0
            for m in self._exact_re.finditer(text):
                while i < len(taken) and taken[i][1] <= m.start():
                    i += 1
                if i < len(taken) and taken[i][0] < m.end():
                    continue
                extra.append(Found(self._exact[m.group()], m.start(), m.end(), m.group()))
            found = sorted(found + extra, key=lambda f: f.start)
        return found
