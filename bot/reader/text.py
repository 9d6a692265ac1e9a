"""Plain text as the reader sees it: typography folded, split into units (a table row, or one sentence of a
line), and words normalised for phrase matching."""

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


_TERMINAL = ".!?:;|\"')"
_ITEM = re.compile(
    r"^(?:[-*>•▪◦●·‣]|\d+[.)]\s|o\s+[A-Z])"
)  # ('o Investigating crime: Good': a pasted bullet)
_OPEN_END = re.compile(r"\b(?:and|or|of|the|a|an|to|in|for|with|by|on|at|its|their|&)$", re.I)
WRAPPED_LINE = 25  # a line cut at a fixed width is at least this long
SOFT_BREAKS, SOFT_SHARE = 3, 0.2


def _soft_break(line: str, following: str) -> bool:
    """A line that stops mid-sentence, and a next line that carries the sentence on ('...in preventing' /
    'crime, treatment of the public')."""
    return (
        len(line) >= WRAPPED_LINE
        and line[-1] not in _TERMINAL
        and bool(following)
        and (following[0].islower() or following[0] == "'")
    )


_GRADE_BROKEN = re.compile(r"\b(requir(?:es|ing|e|ed))[ \t]*\n[ \t]*(improvements?)\b", re.I)


# a line that stops on a joining word, the next going on in lower case: one sentence broken in two
_LOWER_NEXT = re.compile(r"\n(?=[a-z])")
_JOINING_END = re.compile(r"(?:\b(?:and|or|of|the|to|for|in|on|at|with)|[,;])[ \t]*$")


def _joined_mid_list(folded: str) -> str:
    """The text with a line break after a joining word, before a lower-case word, made a space."""
    out, at = [], 0
    for m in _LOWER_NEXT.finditer(folded):
        if _JOINING_END.search(folded, max(at, m.start() - 12), m.start()):
            out += [folded[at : m.start()], " "]
            at = m.end()
    return "".join(out) + folded[at:] if out else folded


def unwrap(folded: str) -> str:
    """A text pasted with its lines cut at a fixed width (a press release copied from an email) as one line
    per paragraph, so a sentence that runs over a line break is read whole. Text with a line per block is
    left as it is: only when many lines stop mid-sentence is a line joined to the next."""
    folded = _GRADE_BROKEN.sub(r"\1 \2", folded)  # 'now Requires' / 'Improvement in Surrey': one grade
    folded = _joined_mid_list(folded)  # '…the workforce, and' / 'strategic planning …': one sentence
    lines = folded.split("\n")
    filled = sum(1 for ln in lines if ln)
    breaks = sum(_soft_break(a, b) for a, b in zip(lines, lines[1:], strict=False))
    if breaks < SOFT_BREAKS or breaks < SOFT_SHARE * filled:
        return folded
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        joins = (
            line
            and "|" not in line
            and not _ITEM.match(line)
            and (_soft_break(prev, line) or (len(prev) >= WRAPPED_LINE and bool(_OPEN_END.search(prev))))
        )
        if joins:
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return "\n".join(out)


def fold(text: str) -> str:
    """Dashes, quotes and spaces folded to ASCII; line ends kept; runs of spaces collapsed."""
    text = text.translate(_FOLD).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


@dataclass(frozen=True)
class Unit:
    """A table row, or one sentence of a line: what a quote is made of."""

    text: str


def units(folded: str) -> list[Unit]:
    """Each line split into sentences (a table row stays whole); a run-on PDF line is cut near MAX_UNIT."""
    out: list[Unit] = []
    for line in folded.split("\n"):
        for part in [line] if "|" in line else _SENTENCE_END.split(line):
            while len(part) > MAX_UNIT:  # cut at a clause boundary near the limit
                cut = max(part.rfind("; ", 0, MAX_UNIT), part.rfind(", ", 0, MAX_UNIT), MAX_UNIT // 2)
                out.append(Unit(part[: cut + 1].strip()))
                part = part[cut + 1 :]
            if part.strip():
                out.append(Unit(part.strip()))
    return _heading_rejoined(out)


def _heading_rejoined(out: list[Unit]) -> list[Unit]:
    """A grade heading a page broke over two lines ("Requires" / "Improvement") made one line again."""
    joined: list[Unit] = []
    for unit in out:
        low = unit.text.lower().rstrip(":")
        if joined and low in ("improvement", "improvements") and joined[-1].text.lower().startswith("requir"):
            if len(joined[-1].text) <= len("requiring"):
                joined[-1] = Unit(f"{joined[-1].text} {unit.text}")
                continue
        joined.append(unit)
    return joined


def norm(word: str) -> str:
    """A word as phrases are matched: '&' is 'and', and a plural 's' does not matter ('fires', 'fire')."""
    if word == "&":
        return "and"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def key(phrase: str) -> tuple[str, ...]:
    """A phrase as a tuple of normalised words, the way phrases are looked up in text."""
    return tuple(norm(m.group()) for m in WORD.finditer(phrase.lower()))
