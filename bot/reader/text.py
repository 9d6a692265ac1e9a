"""Plain text as the reader sees it: typography folded, split into units (a line, or a sentence of a long
line) that keep their place, and words with offsets for phrase matching."""

from __future__ import annotations

import re
from dataclasses import dataclass

_FOLD = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2012": "-",
        "\u2212": "-",
        "\u2010": "-",
        "\u2011": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u200b": "",
        "\u00ad": "",
        "\u2022": "-",
        "\u25cf": "-",
        "\u25aa": "-",
        "\uf0b7": "-",
        "\t": " ",
    }
)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_SPACES = re.compile(r"[ ]{2,}")
WORD = re.compile(r"[a-z0-9]+|&")
MAX_UNIT = 600


def fold(text: str) -> str:
    """Dashes, quotes and spaces folded to ASCII; line ends kept; runs of spaces collapsed."""
    text = text.translate(_FOLD).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


@dataclass(frozen=True)
class Unit:
    """A line, or one sentence of a long line: what a quote is made of."""

    text: str
    line: int  # index of the source line
    first_in_line: bool


def units(folded: str) -> list[Unit]:
    """Lines, with long prose lines split into sentences (a short line stays whole: a table row, a heading)."""
    out: list[Unit] = []
    for i, line in enumerate(folded.split("\n")):
        if not line:
            continue
        parts = [line] if "|" in line else _SENTENCE_END.split(line)
        for j, part in enumerate(p for p in parts if p.strip()):
            while len(part) > MAX_UNIT:  # a run-on PDF line: cut at a clause boundary near the limit
                cut = max(part.rfind("; ", 0, MAX_UNIT), part.rfind(", ", 0, MAX_UNIT), MAX_UNIT // 2)
                out.append(Unit(part[: cut + 1].strip(), i, j == 0))
                part = part[cut + 1 :]
                j += 1
            out.append(Unit(part.strip(), i, j == 0))
    return out


@dataclass(frozen=True)
class Word:
    """A lower-case word and where it is in its text."""

    text: str
    start: int
    end: int


def words(text: str) -> list[Word]:
    """Lower-case words (and '&') with their offsets in `text`."""
    return [Word(m.group(), m.start(), m.end()) for m in WORD.finditer(text.lower())]


def norm(word: str) -> str:
    """A word as phrases are matched: '&' is 'and', and a plural 's' does not matter ('fires', 'fire')."""
    if word == "&":
        return "and"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def key(phrase: str) -> tuple[str, ...]:
    """A phrase as a tuple of normalised words, the way phrases are looked up in text."""
    return tuple(norm(w.text) for w in words(phrase))
