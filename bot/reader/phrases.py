"""Find known phrases (body names, area wordings) in text by words, longest first, never overlapping."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from bot.reader.text import Word, key, words

T = TypeVar("T")


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
        self._firsts = {k[0] for k in self._by_key}
        self._longest = max((len(k) for k in self._by_key), default=0)

    def find(self, text: str) -> list[Found[T]]:
        """Every phrase in the text, leftmost and longest first, none overlapping."""
        ws = [Word("and", w.start, w.end) if w.text == "&" else w for w in words(text)]
        found: list[Found[T]] = []
        i = 0
        while i < len(ws):
            hit = self._match_at(ws, i, text)
            if hit is None:
                i += 1
                continue
            n, value = hit
            start, end = ws[i].start, ws[i + n - 1].end
            found.append(Found(value, start, end, text[start:end]))
            i += n
        return found

    def _match_at(self, ws: list[Word], i: int, text: str) -> tuple[int, T] | None:
        if self._exact:
            raw = text[ws[i].start : ws[i].end]
            if raw in self._exact:
                exact = self._exact[raw]
            else:
                exact = None
        else:
            exact = None
        if ws[i].text in self._firsts:
            for n in range(min(self._longest, len(ws) - i), 0, -1):
                k = tuple(w.text for w in ws[i : i + n])
                if k in self._by_key:
                    return n, self._by_key[k]
        return (1, exact) if exact is not None else None
