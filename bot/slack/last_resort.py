"""The last resort for a follow-up nothing else could read (its answer would be "I can't answer that yet"): a round
said alone ('what about 21-22', 'wat about the one b4', 'previous round?') asked of the one body the last
question was about. None when that reads no better; a topic refused stays refused."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.names import Body
from bot.slack.parsed import entities, parsed

# a round said alone, with at most the words around it: 'hm, ok - what about the 2021/22 one then?'
_FILLER = (
    r"(?:and|so|ok(?:ay)?|hm+|right|what|wat|wot|about|how|for|the|one|ones|then|same|in|that|round|report|"
    r"inspection|peel|grades?|pls|please|now|again|too|also|was|were|it|did|do|they|get|got)"
)
_BEFORE = re.compile(
    r"\b(?:b4|before|the\s+time\s+before|previous(?:\s+(?:round|one|report|inspection))?|last\s+time|the\s+one\s+before)\b",
    re.I,
)


def last_resort(db: sqlite_utils.Database, text: str, body: Body | None) -> str | None:
    """The follow-up asked of `body` (the conversation's last), or None."""
    from bot.questions.kinds import UnanswerableQuestion

    if body is None:
        return None
    read = parsed(db, text)
    if isinstance(read, UnanswerableQuestion) and read.topic or not _unread(db, read):
        return None  # an answer of its own, or a topic refused (crime counts, budgets): never merged away
    new = entities(db, text)
    if new.bodies or new.place:
        return None
    words = re.sub(r"[^\w/ -]", " ", text.lower())
    rest = _BEFORE.sub(" ", re.sub(r"\b(?:20)?\d\d\s*[-/]\s*(?:20)?\d\d\b", " ", words))
    if (new.round or _BEFORE.search(words)) and not re.sub(rf"\b{_FILLER}\b|[\W_]", "", rest):
        round_ = new.round if new.round and new.round != "previous" else "in the previous round"
        area = f" {new.area.key.replace('_', ' ')}" if new.area else ""
        return _answered(db, f"{body.id}{area} {round_}")
    return None


def _unread(db: sqlite_utils.Database, read: object) -> bool:
    """Nothing read in it: no question, or a 'body' no name resolves to ('what about the one b4')."""
    from bot.questions.answers import snapshot
    from bot.questions.kinds import UnanswerableQuestion

    name = getattr(read, "name", None)
    if isinstance(read, UnanswerableQuestion):
        return True
    return (
        isinstance(name, str) and snapshot(db).resolve(name).body is None and not getattr(read, "names", ())
    )


def _answered(db: sqlite_utils.Database, question: str) -> str | None:
    from bot.questions.kinds import OutOfScopeQuestion, UnanswerableQuestion

    return None if isinstance(parsed(db, question), UnanswerableQuestion | OutOfScopeQuestion) else question
