"""Who a conversation's asker speaks for and which bodies it has been about, turn to turn: the speaker said once
('surrey police - what did we get') is read into a later turn's 'us' and 'our report' once the talk has moved on
to other bodies; 'the three of us' or 'which of the three' is the last three bodies talked about. Both are kept in
the conversation (db.conversations)."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.names import Directory
from bot.slack.one_shown import ENGAGE_WORDS
from bot.slack.parsed import entities, parsed
from db.conversations import Held

MAX_RECENT = 6  # bodies kept, newest first
# Wales's fire services, answered as HMICFRS not inspecting them: the conversation stays on what it was about,
# and this mark, first among its recent bodies, lets 'who inspects them then' ask of them
WELSH_FIRE_SAID = "welsh-fire"
_WHO_INSPECTS = re.compile(
    r"(?i)^\W*(?:(?:so|and|but|ok)\W+)?(?:who|which\s+(?:body|organisation|inspectorate))\s+(?:does\s+|do\s+|would\s+)?"
    r"(?:inspects?|checks?|regulates?|oversees?|looks?\s+(?:at|after)|assess(?:es)?|monitors?)\s+(?:them|it|those|these)\b"
)
_NUMBER = {"two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4, "five": 5, "5": 5}
# 'the three of us', 'which of the three', 'across all four of them': that many bodies, the last talked about
_THE_N = re.compile(
    r"\b(?:the\s+|all\s+)?(?P<n>three|four|five|[345])\s+of\s+(?:us|them|those|these)\b|\b(?P<two>both|the\s+two)\s+of\s+us\b"
    r"|\b(?<=of\s)(?:the\s+|those\s+|these\s+)(?P<m>three|four|five|[345])\b(?!\s+(?:areas?|grades?|of\s))",
    re.I,
)


def as_speaker_said(db: sqlite_utils.Database, text: str, kept: Held) -> tuple[str, str]:
    """(the text with the asker's 'us' and 'our' read as the body they said they speak for, turns ago, when the
    conversation has moved on from it, and 'the three of us' as the last three bodies talked about; the id of
    the body this text says they speak for, or '')."""
    from bot.questions.speaker_kept import as_speaker, speaker_named

    directory = snapshot(db).directory
    if kept.recent[:1] == (WELSH_FIRE_SAID,) and _WHO_INSPECTS.match(text):
        return "who inspects the fire services in wales", ""  # 'who does inspect them then'
    text = _either_named(_the_n_named(text, kept.recent, directory), kept.recent, directory)
    if kept.question and _THAT_KIND.search(text):
        text = _of_that_kind(text, kept.recent, directory, entities(db, kept.question).kind)
    if not kept.speaker:
        said = speaker_named(text, directory)
        return text, said.id if said else ""
    body = directory.by_id(kept.speaker)
    if body is None or {b.id for b in entities(db, kept.question or "").bodies} == {body.id}:
        return text, ""  # still about the speaker's own body: 'we' follows it (ours_named)
    return as_speaker(text, body), ""


_EITHER = re.compile(
    r"\b(?:either|both)(?:\s+of\s+(?:them|those|these|the\s+two|us))?\b(?!\s+(?:police|fire|forces?|services?))",
    re.I,
)


def _either_named(text: str, recent: tuple[str, ...], directory: Directory) -> str:
    """'has either been in special measures' after a place's force and then its fire service: those two (of
    different kinds, which no comparison joins), named; the text unchanged otherwise."""
    if len(recent) < 2 or not ENGAGE_WORDS.search(text) or not (m := _EITHER.search(text)):
        return text
    two = [b for i in recent[:2] if (b := directory.by_id(i))]
    if len(two) != 2 or two[0].kind == two[1].kind:
        return text  # (two of one kind: 'which of the two' reads the last two questions, turns.py)
    return f"{text[: m.start()]}{two[1].name} or {two[0].name}{text[m.end() :]}"


# 'when did that police report come out' after a place's force and then its fire service: the force's report
_THAT_KIND = re.compile(
    r"\b(?:that|the)\s+(?P<kind>police|force|fire|fire\s+service|brigade)\s+(?P<what>report|inspection)\b",
    re.I,
)


def _of_that_kind(text: str, recent: tuple[str, ...], directory: Directory, last_kind: str) -> str:
    """'that police report' -> "Dyfed-Powys Police's report": the newest body of that kind talked about, when
    the conversation has since moved to the other kind (`last_kind`); the text unchanged otherwise."""
    if not (m := _THAT_KIND.search(text)):
        return text
    kind = "police" if m.group("kind").lower() in ("police", "force") else "fire"
    bodies = [b for i in recent if (b := directory.by_id(i))]
    if last_kind == kind or not (body := next((b for b in bodies if b.kind == kind), None)):
        return text
    said = f"{body.name}'s {m.group('what')}"
    return f"{text[: m.start()]}{said}{text[m.end() :]}"


def _the_n_named(text: str, recent: tuple[str, ...], directory: Directory) -> str:
    """'so across the three of us who had the most goods' -> 'so across Cornwall …, Devon and Somerset … and
    Isles of Scilly … who had the most goods': the last n bodies talked about, of the newest one's kind."""
    if not recent or not (m := _THE_N.search(text)):
        return text
    n = 2 if m.group("two") else _NUMBER[(m.group("n") or m.group("m")).lower()]
    bodies = [b for i in recent if (b := directory.by_id(i))]
    of_kind = [b for b in bodies if b.kind == bodies[0].kind][:n] if bodies else []
    if len(of_kind) < n:
        return text
    names = [b.name for b in reversed(of_kind)]
    return f"{text[: m.start()]}{', '.join(names[:-1])} and {names[-1]}{text[m.end() :]}"


def recent_bodies(db: sqlite_utils.Database, asked: str, kept: tuple[str, ...]) -> tuple[str, ...]:
    """The bodies the conversation was last about, newest first: this question's (a region's of one kind, when
    it names a region and no body: 'the yorkshire fire services', then 'how many of the four'), then those kept
    before."""
    from bot.questions.counterparts import in_place

    e = entities(db, asked)
    named = [b.id for b in e.bodies]
    if not named and e.place is not None and _every_one_shown(parsed(db, asked)):
        group = [b.id for b in snapshot(db).directory.bodies if b.kind == e.kind and in_place(b, e.place)]
        named = group if len(group) <= MAX_RECENT else []
    return tuple(dict.fromkeys((*named, *kept)))[:MAX_RECENT]


def _every_one_shown(question: object) -> bool:
    """A question whose answer shows each of a region's bodies (its reports, or all of them side by side), not
    those of them a filter picks ('which welsh forces have no grades recorded')."""
    from bot.questions.kinds import CompareQuestion
    from bot.questions.recorded import RecordedQuestion

    if isinstance(question, RecordedQuestion):
        return question.asked == "reports"
    return isinstance(question, CompareQuestion) and not question.names


def welsh_fire_said(db: sqlite_utils.Database, asked: str, recent: tuple[str, ...]) -> tuple[str, ...] | None:
    """The recent bodies marked as having just asked of Wales's fire services, when `asked` did; else None."""
    from bot.questions.kinds import OutOfScopeQuestion
    from bot.questions.topics import WELSH_FIRE

    read = parsed(db, asked)
    if isinstance(read, OutOfScopeQuestion) and read.place == WELSH_FIRE:
        return (WELSH_FIRE_SAID, *(i for i in recent if i != WELSH_FIRE_SAID))[:MAX_RECENT]
    return None
