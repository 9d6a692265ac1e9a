"""The bodies a list answer showed, and a body named out of the list before the last answer ('the gloucestershire
one' after a fire list, then a two-in-one about the police)."""

from __future__ import annotations

import re
from dataclasses import replace

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.answers.engage_shown import in_engage
from bot.questions.answers.shown import shown_bodies
from bot.slack.one_shown import ENGAGE_WORDS
from bot.slack.parsed import entities, parsed

_THE_NAMED_ONE = re.compile(r"\bthe\s+(\w+(?:\s+\w+){0,2}?)\s+one\b", re.I)


def listed(db: sqlite_utils.Database, previous: str | None) -> tuple[str, ...]:
    """The ids of the bodies a list question answered with (which forces are X, the best at Y, who is in
    Engage now), in order."""
    from bot.questions.kinds import CompareQuestion, FilterQuestion, MonitoringQuestion, RankQuestion
    from bot.questions.regrades import RegradeQuestion

    question = parsed(db, previous)
    if isinstance(question, MonitoringQuestion) and not question.names:
        snap = snapshot(db)
        if question.name and snap.resolve(question.name).body is not None:
            return ()  # one body's spells
        return tuple(dict.fromkeys(in_engage(snap, replace(question, name=None))))
    if isinstance(question, RegradeQuestion):  # 'reason?' after the grades changed after publication
        from bot.questions.answers.regrades import regrades_answer

        return tuple(dict.fromkeys(c.body.id for c in regrades_answer(snapshot(db), question).changed))
    if not isinstance(question, FilterQuestion | RankQuestion | CompareQuestion):
        return ()
    return shown_bodies(snapshot(db), question)[0]


def named_before(db: sqlite_utils.Database, text: str, previous: str | None, earlier: str | None) -> str:
    """'the gloucestershire one - what grades did it get?' when the last answer listed no body of that name and
    the one before listed one: the text with that body's full name, else the text as it was."""
    from bot.questions.names import normalise

    said = _THE_NAMED_ONE.search(text)
    if not said or not previous:
        return text
    words = normalise(said.group(1))
    snap = snapshot(db)

    def named(ids: tuple[str, ...]) -> list:
        bodies = [snap.directory.by_id(i) for i in ids]
        return [b for b in bodies if b is not None and f" {words} " in f" {normalise(b.name)} "]

    def begun(ids: tuple[str, ...]) -> list:
        """'the gloucester one' of a list naming Gloucestershire Fire and Rescue Service: a town said for its county"""
        bodies = [snap.directory.by_id(i) for i in ids]
        return [
            b for b in bodies if b is not None and len(words) >= 5 and " " not in words
            and any(w.startswith(words) for w in normalise(b.name).split())
        ]  # fmt: skip

    shown = listed(db, previous)
    if len(hits := named(shown)) > 1 or (hits and ENGAGE_WORDS.search(previous)):
        return text  # ('when did the london one come out' of Engage's list: its own rules read it)
    if (
        len(hits) == 1 or len(hits := begun(shown)) == 1
    ):  # ('the durham one' of the north east's fire services)
        return f"{text[: said.start(1)]}{hits[0].name}{text[said.end(1) :]}"
    before = listed(db, earlier) if earlier else ()
    hits = named(before) or begun(before)
    if len(hits) != 1:
        return text
    return f"{text[: said.start(1)]}{hits[0].name}{text[said.end(1) :]}"


# 'in what areas?', 'which ones exactly' after a list at a grade: the areas each body got it in
_WHICH_AREAS_ALONE = re.compile(
    r"^\W*(?:(?:and|so|ok|right)\s+)?(?:in\s+|for\s+)?(?:what|which)\s+(?:areas?|ones?|things|bits|categories|"
    r"(?:two|three|four|five|six|seven|eight|[2-9])(?:\s+areas)?)"
    r"(?:\s+(?:then|exactly|were\s+(?:they|those|these)|was\s+(?:it|that)|was\s+that\s+in|did\s+(?:they|it)\s+get\s+"
    r"(?:it|that|them)(?:\s+(?:in|for))?))?\W*$",
    re.I,
)


def _recorded_in_place(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """A list of what is recorded (RecordedQuestion) narrowed to the place a follow-up names of it."""
    from bot.questions.recorded import RecordedQuestion
    from bot.questions.written import written

    if not previous or not re.search(r"(?i)\b(?:of|among)\s+(?:them|those|these)\b", text):
        return None
    question = parsed(db, previous)
    if (
        not isinstance(question, RecordedQuestion)
        or question.place
        or (place := entities(db, text).place) is None
    ):
        return None
    return written(replace(question, place=place), snapshot(db).directory) or None


# 'which three are missing?', 'what's not recorded' after one body's card
_MISSING = re.compile(
    r"(?i)^\W*(?:(?:and|so|ok)\s+)?(?:which|what)(?:\s+(?:two|three|four|five|six|seven|eight|nine|\d+|ones?|areas?|grades?))?"
    r"\s*(?:are|is|were|was|'s|s)\s+(?:missing|not\s+recorded|unknown|blank|absent|not\s+there)\W*$"
)


def areas_of_listed(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """'in what areas?' after 'which fire services in Yorkshire got an outstanding': the one listed's areas at
    that grade, or the list again (it shows each one's areas) when it named several; None otherwise."""
    from bot.questions.kinds import BodyGradesQuestion, FilterQuestion, GradeQuestion, RankQuestion

    if narrowed := _recorded_in_place(db, text, previous):
        return narrowed  # 'how many of them are welsh' after 'which forces have no 2021/22 grades'
    if previous and _MISSING.match(text) and isinstance(parsed(db, previous), GradeQuestion):
        return (
            previous  # 'which three are missing?' after a card: the card, which says which are not recorded
        )
    if not previous or not _WHICH_AREAS_ALONE.match(text):
        return None
    question = parsed(db, previous)
    if isinstance(question, BodyGradesQuestion) and question.grades:
        return previous  # 'in which areas' after 'how many outstandings did lancashire get': that answer lists them
    if (
        isinstance(question, RankQuestion)
        and question.by_grade
        and not question.fewest
        and (ids := listed(db, previous))
    ):
        # 'which 4' after 'which fire service got the most inadequate grades': the top one's areas at that grade
        return f"which areas did {ids[0]} get {question.by_grade.lower()}" + (
            f" in {question.round}" if question.round else ""
        )
    if not isinstance(question, FilterQuestion) or not question.grades or question.area or question.count:
        return None
    ids = listed(db, previous)
    if len(ids) != 1:
        return previous.replace("how many", "which", 1) if ids else None
    grades = " or ".join(g.lower() for g in question.grades)
    return f"which areas did {ids[0]} get {grades}" + (f" in {question.round}" if question.round else "")


_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# 'the one with three - which areas exactly' after a list at a grade: the body with that many areas at it
_THE_ONE_WITH = re.compile(
    r"\bthe\s+(?:one|force|service)\s+(?:with|that\s+(?:got|had|has))\s+(one|two|three|four|five|six|seven|eight|[1-8])\b"
    r"(?:\s+(?:of\s+them|inadequates?|ris?|goods?|outstandings?|adequates?))?",
    re.I,
)


def one_with_count(db: sqlite_utils.Database, text: str, previous: str | None) -> str:
    """'the one with three' after 'which east midlands forces got any inadequate': the one listed body with
    that many areas at the grade (by area, or by HMICFRS's counts), by name; else the text as it was."""
    from bot.questions.answers.snapshot import count_statement, report_for
    from bot.questions.kinds import FilterQuestion

    m = _THE_ONE_WITH.search(text)
    question = parsed(db, previous) if m and previous else None
    if m is None or not isinstance(question, FilterQuestion) or not question.grades:
        return text
    want = _NUMBER_WORDS.get(m.group(1).lower()) or int(m.group(1))
    snap = snapshot(db)
    hits = []
    for body_id in listed(db, previous):
        body = snap.directory.by_id(body_id)
        report = report_for(snap, body, question.round) if body else None
        if body is None or report is None:
            continue
        graded = snap.grades.get(report["id"], {})
        n = sum(1 for g in graded.values() if g["grade"] in question.grades)
        stated = count_statement(report) or {}
        n = max(n, sum(stated.get(g, 0) for g in question.grades))
        hits += [body] if n == want else []
    return f"{text[: m.start()]}{hits[0].name}{text[m.end() :]}" if len(hits) == 1 else text


_LIST_THEM = re.compile(
    r"^\W*(?:(?:ok|so|and|can\s+you|could\s+you|pls|please|now|go\s+on|give\s+me|gimme|just)\s+)*(?:the\s+)?"
    r"(?:list|name|names|names\s+of|list\s+of)(?:\s+(?:them|those|em|the\s+\w+|of\s+(?:them|those)|them\s+all|all))?"
    r"(?:\s+(?:pls|please|plz|then|too|as\s+well|with\s+(?:the\s+)?dates?\b[^?]*))?\W*$"
    r"|^\W*(?:(?:ok|so|and)\s+)*(?:which|who|what)\s+(?:are|were)\s+(?:they|those|their\s+names)\W*$"
    r"|^\W*(?:(?:ok|so|and)\s+)*(?:which|who)(?:\s+ones?)?(?:\s+(?:then|pls|please))?\W*$",
    re.I,
)
_HOW_MANY = re.compile(r"\bhow\s+many\b", re.I)


def listed_again(text: str, previous: str | None) -> str | None:
    """'list them', 'which are they' after 'how many …': the same question asking which."""
    if not previous or not _LIST_THEM.match(text) or not _HOW_MANY.search(previous):
        return None
    return _HOW_MANY.sub("which", previous, count=1)


def from_the_list(db: sqlite_utils.Database, text: str, previous: str | None, earlier: str | None) -> str:
    """A body picked out of the last list (or the one before) by a count or a name, written by name: 'the one
    with three', 'the gloucestershire one'."""
    return named_before(db, one_with_count(db, text, previous), previous, earlier)


# 'list avons four' after 'which had the most inadequates': that body's areas at the grade counted
_ITS_N = re.compile(
    r"^\W*(?:(?:list|name|show|give\s+me|what\s+(?:are|were)|which\s+(?:are|were))\s+)?(?:the\s+)?"
    r"([a-z][a-z&' -]{1,40}?)(?:'s|’s|s)\s+(?:one|two|three|four|five|six|seven|eight|nine|[1-9])"
    r"(?:\s+(?:areas?|grades?|ones?))?(?:\s+(?:then|pls|please))?\W*$",
    re.I,
)


def its_counted(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """'list avons four' after a list or ranking by a grade: which areas that listed body got the grade in."""
    from bot.questions.kinds import FilterQuestion, RankQuestion
    from bot.questions.names import normalise

    question = parsed(db, previous) if previous else None
    if not (m := _ITS_N.match(text)) or not isinstance(question, FilterQuestion | RankQuestion):
        return None
    grades = (question.by_grade,) if isinstance(question, RankQuestion) else question.grades
    said = normalise(m.group(1))
    bodies = [b for i in listed(db, previous) if (b := snapshot(db).directory.by_id(i))]
    hits = [b for b in bodies if any(w.startswith(said) for w in normalise(b.name).split())]
    if not grades or not grades[0] or len(hits) != 1:
        return None
    return f"which areas did {hits[0].id} get {' or '.join(g.lower() for g in grades if g)} in"


# 'when were the two reports published', 'publication dates for those three pls', 'add publication dates'
_DATES_OF_THEM = re.compile(
    r"(?i)\b(?:publication|publish(?:ed|ing)?|release)\s+dates?\b"
    r"|\bwhen\s+were\s+(?:the|those|these|their|both)\s+(?:\w+\s+)?(?:reports?\s+)?(?:publi\w*|released|out)\b"
    r"|\badd\s+(?:the\s+)?dates\b"
)
_HOW_MANY = re.compile(r"(?i)^\W*how\s+many\b")


def dates_of_listed(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """The last list or comparison again, whose lines date each report, when its reports' dates are asked
    for and no body is named; a count asked before ('how many …') is asked as the list ('which …')."""
    if not previous or not _DATES_OF_THEM.search(text) or entities(db, text).bodies:
        return None
    if len(listed(db, previous)) < 2:
        return None
    return _HOW_MANY.sub("which", previous)
