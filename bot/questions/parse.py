"""Text -> a typed question. Raises UsageError (with help) for text that is not a question we take."""

from __future__ import annotations

import re

from bot.questions.dates import extract_round
from bot.questions.kinds import (
    CompareQuestion,
    GradeQuestion,
    HelpQuestion,
    HistoryQuestion,
    Question,
    UnanswerableQuestion,
    UsageError,
)
from bot.questions.names import Body, Directory

MAX_NAME_LENGTH = 100
__all__ = ["extract_round", "parse_grade", "parse_question"]


def parse_grade(text: str) -> GradeQuestion | HelpQuestion:
    """The text of `/grade`: a body name, optionally a round."""
    text = " ".join(text.split())
    if not text or text.lower() in {"help", "?", "-h", "--help"}:
        return HelpQuestion("grade")
    name, round_ = extract_round(text)
    if len(name) > MAX_NAME_LENGTH:
        raise UsageError("That's longer than any force or fire service name I know.")
    if not re.search(r"[A-Za-z]", name):
        raise UsageError("Give the name of a police force or fire and rescue service.")
    return GradeQuestion(name, round_)


# ---------------------------------------------------------------- plain-word questions (/inspections, mentions, DMs)

MAX_QUESTION_LENGTH = 300


class NameFinder:
    """Finds bodies named exactly in normalised text, longest name first, by word n-grams (fast)."""

    def __init__(self, directory: Directory):
        self.directory = directory
        self._keys: dict[str, Body] = {}
        for key, body in directory.keyed():
            self._keys.setdefault(key, body)
        # first word -> the most words a name starting with it has: most words start none, and are skipped
        self._first: dict[str, int] = {}
        for parts in (k.split() for k in self._keys):
            if parts:
                self._first[parts[0]] = max(len(parts), self._first.get(parts[0], 0))

    def find(self, words: list[str]) -> list[tuple[int, int, Body]]:
        """(first word, end word, body) for every exact name, left to right, never overlapping."""
        found: list[tuple[int, int, Body]] = []
        said = set(words)
        police_only = bool(said & _POLICE_WORDS) and not said & _FIRE_WORDS
        i = 0
        while i < len(words):
            for n in range(min(self._first.get(words[i], 0), len(words) - i), 0, -1):
                key = " ".join(words[i : i + n])
                body = self._keys.get(key)
                if key in self.directory.pairs and police_only:
                    continue  # 'the police in devon and somerset': the places' police, not the fire service
                if body is not None:
                    found.append((i, i + n, body))
                    i += n
                    break
            else:
                i += 1
        return found


_POLICE_WORDS = frozenset(
    {"police", "polic", "constabulary", "constabularies", "force", "forces", "cops", "cop"}
)
_FIRE_WORDS = frozenset({"fire", "frs", "brigade", "brigades", "rescue"})
_finder_cache: dict[int, tuple[Directory, NameFinder]] = {}


_NO_ANTECEDENT = re.compile(
    r"^(?:(?:so|and|ok|okay|but)\s+)?(?:which|who)\s+(?:one\s+)?of\s+(?:the|those|these)\s+(?:two|three|four|five|2|3|4|5)\b"
    r"(?!\s+(?:forces?|services?|brigades?|police|fire|constabular))"
)


def name_finder(directory: Directory) -> NameFinder:
    """One NameFinder per directory (directories are cached by answers.directory)."""
    cached = _finder_cache.get(id(directory))
    if cached is None or cached[0] is not directory:
        _finder_cache.clear()
        cached = (directory, NameFinder(directory))
        _finder_cache[id(directory)] = cached
    return cached[1]


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b", re.I)


def parse_question(text: str, directory: Directory) -> Question:
    """Free text as typed to /inspections, a mention or a DM -> a typed question. Pure: no clock, no store.

    Entities first (entities.py), then the routing table (routes.py) picks the kind of answer."""
    # Imported here, not at the top: `/grade` and a cold `ask "grade ..."` never need the grammar.
    from bot.questions import cues
    from bot.questions.entities import find_entities
    from bot.questions.routes import compare_names, route

    text = cues.idioms(" ".join(text.split()))
    if not text or text.lower().rstrip("?!. ") in cues.HELP:
        return HelpQuestion("inspections")
    if len(text) > MAX_QUESTION_LENGTH:
        raise UsageError(
            f"That's {len(text)} characters; I take questions of up to {MAX_QUESTION_LENGTH}.", "inspections"
        )
    finder = name_finder(directory)
    if m := cues.VERB.match(text):
        verb, rest = m.group(1).lower(), m.group(2)
        if verb == "grade":
            return parse_grade(rest)
        if verb == "history" and rest.strip():
            return HistoryQuestion(extract_round(rest)[0].strip())
        if verb == "compare":
            found = find_entities(rest, directory, finder)
            names = compare_names(found)
            if len(names) >= 2:
                round_ = found.round if found.round != "previous" else None
                return CompareQuestion(names, round_, found.area.key if found.area else None)
    from bot.questions.why import parse_why
    from bot.questions.why_words import GRADED_COUNT

    if GRADED_COUNT.search(text) and len(named := find_entities(text, directory, finder).bodies) == 1:
        return parse_grade(named[0].id)  # 'why has scilly fire only got 10 grades': its card says which not
    if why := parse_why(text, directory, finder):
        return why  # type: ignore[return-value]
    found = find_entities(text, directory, finder)
    if not found.words or (
        _NO_ANTECEDENT.match(found.norm)
        and not (found.bodies or found.place or found.area or found.kind_word)
    ):
        return UnanswerableQuestion(text)  # 'which of the two got an RI' with no two before it: which two?
    from bot.questions.recorded import parse_recorded
    from bot.questions.regrades import parse_regrades

    if regraded := parse_regrades(found):  # ('any 2023-25 grades changed after publication': not who has one)
        return regraded  # type: ignore[return-value]
    if recorded := parse_recorded(found):
        return recorded  # type: ignore[return-value]
    from bot.questions.region_tally import parse_region_tally

    if tallied := parse_region_tally(found):
        return tallied  # type: ignore[return-value]
    from bot.questions.covering import covering_question

    if covered := covering_question(found, directory):
        return covered
    from bot.questions.area_counts import parse_area_count

    if by_area := parse_area_count(found):
        return by_area  # type: ignore[return-value]
    return route(found, text)
