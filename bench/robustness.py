"""The robustness suite, generated from the data: `python -m bench.robustness [N]`.

Every body name and alias, and every area's people-words, asked with one typo (and two in words of eight
letters or more: insertions, deletions, swaps, doubled letters), filler ('hows', 'these days', 'pls'), and
changes of case and punctuation. Each question is read by the engine (bot.questions.understand) and only
its slots are checked (the body and the area it names), which keeps the suite fast enough to run in full.

A question is right when its slots are the body or area the typo was made from; wrong when it names
another body or area (answered as a different question). Anything else (asked back with 'did you mean',
or 'I can't answer that') is neither: not right, but honest. A typo that spells another real or known word
('kent' -> 'kant' is not one, 'wales' -> 'whales' is) is not a typo the engine can see, and is left out.
"""

from __future__ import annotations

import random
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_PRE = ("", "", "hows ", "pls ", "hey ", "so ", "quick one - ")
_POST = ("", "", " these days", " pls", "?", " atm", "!!", " thanks")


@dataclass(frozen=True)
class Case:
    text: str
    body: str | None  # the body id the question names
    area: str | None  # the area key it names
    typo: str  # the word as typed, for reading failures


def typos(word: str, rng: random.Random, edits: int) -> str:
    """The word with `edits` typos: an insertion, deletion, swap of neighbours or doubled letter each."""
    for _ in range(edits):
        i = rng.randrange(1, len(word) - 1) if len(word) > 2 else 0
        kind = rng.choice(("insert", "delete", "swap", "double"))
        if kind == "insert":
            word = word[:i] + rng.choice("aeiourstnl") + word[i:]
        elif kind == "delete":
            word = word[:i] + word[i + 1 :]
        elif kind == "swap" and i + 1 < len(word):
            word = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        else:
            word = word[:i] + word[i] + word[i:]
    return word


def _styled(text: str, rng: random.Random) -> str:
    text = rng.choice(_PRE) + text + rng.choice(_POST)
    style = rng.randrange(4)
    return text.upper() if style == 0 else text.title() if style == 1 else text


def cases(directory, seed: int = 22) -> Iterator[Case]:
    """Every alias and area word, each typo'd several ways; deterministic for a seed."""
    from bot.questions.areas import AREA_CONCEPTS
    from bot.questions.names import Directory
    from bot.questions.repair import MIN_LENGTH, lexicon

    rng = random.Random(seed)
    lex = lexicon(directory)
    seen = lex.known | lex.real

    def typo_forms(phrase: str) -> Iterator[tuple[str, str]]:
        words = phrase.split()
        longest = max(range(len(words)), key=lambda i: len(words[i]))
        word = words[longest]
        if len(word) <= MIN_LENGTH:
            return  # a typo in a word of four letters leaves three or four: too many neighbours to guess
        for edits in (1, 1, 1, 2, 2) if len(word) >= 8 else (1, 1, 1):
            typed = typos(word, rng, edits)
            if typed != word and typed not in seen:
                yield " ".join(words[:longest] + [typed] + words[longest + 1 :]), typed

    for body in directory.bodies:
        kind = "fire" if body.kind == "fire" else "police"
        for key in sorted(Directory._keys_for(body)):
            if len(directory._exact.get(key, [])) != 1:
                continue
            named = key if kind == "police" or "fire" in key else f"{key} fire"
            for text, typed in typo_forms(named):
                yield Case(_styled(f"how is {text} doing", rng), body.id, None, typed)
                yield Case(_styled(f"{text} grades", rng), body.id, None, typed)
    for concept in AREA_CONCEPTS:
        nouns = "fire services" if concept.kind == "fire" else "forces"
        for phrase in concept.phrases:
            for text, typed in typo_forms(phrase):
                yield Case(_styled(f"which {nouns} are good at {text}", rng), None, concept.key, typed)
                yield Case(_styled(f"best {nouns} for {text}", rng), None, concept.key, typed)


@dataclass(frozen=True)
class Score:
    asked: int
    right: int
    wrong: list[tuple[Case, object]]  # answered as another body or area
    missed: list[tuple[Case, object]]  # asked back, or not answered: honest but not right


def score(directory, sample: int | None = None, seed: int = 22) -> Score:
    """Ask every generated case (or a random sample of them) and check its slots."""
    from bot.questions.kinds import UsageError
    from bot.questions.understand import understand

    todo = list(cases(directory, seed))
    baseline = {}
    if sample and sample < len(todo):
        todo = random.Random(seed).sample(todo, sample)
    right = 0
    wrong: list[tuple[Case, object]] = []
    missed: list[tuple[Case, object]] = []
    for case in todo:
        try:
            question = understand(case.text, directory).question
        except UsageError as e:
            missed.append((case, e))
            continue
        name = getattr(question, "name", None)
        names = getattr(question, "names", ()) or ()
        area = getattr(question, "area", None)
        if case.body:
            got = name if isinstance(name, str) and directory.by_id(name) else None
            if got == case.body:
                right += 1
            elif got or any(directory.by_id(n) for n in names):
                wrong.append((case, question))
            else:
                missed.append((case, question))
        else:
            if area == case.area:
                right += 1
            elif area:
                wrong.append((case, question))
            else:
                missed.append((case, question))
    del baseline
    return Score(len(todo), right, wrong, missed)


def main() -> None:
    from bot.questions.answers import directory as load_directory
    from db.store import prepare

    sample = int(sys.argv[1]) if len(sys.argv) > 1 else None
    store = prepare(Path(tempfile.mkdtemp()) / "robust.db")
    with store.connect() as db:
        result = score(load_directory(db), sample)
    print(f"{result.right}/{result.asked} right ({100 * result.right / result.asked:.1f}%)")
    print(
        f"wrong (another body or area): {len(result.wrong)}; asked back or not answered: {len(result.missed)}"
    )
    for case, got in result.wrong[:40]:
        print("WRONG", case.text, "|", case.body or case.area, "->", got)
    for case, got in result.missed[:40]:
        print("MISS ", case.text, "|", case.body or case.area, "->", got)


if __name__ == "__main__":
    main()
