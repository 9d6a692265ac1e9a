"""A question asked on its own, outside any thread (the command line): its plain reading, or, when that says it
could not answer or read the question as something else, the reading a thread's first turn gets, so the command
line answers what a mention or a DM would. The conversation's rules are imported only then: most questions
need none, and a one-question process pays for every import."""

from __future__ import annotations

import sqlite_utils

from bot.slack.ask import ask
from bot.slack.blocks.common import Message
from bot.slack.blocks.misses import is_cant_answer
from bot.slack.blocks.read_as import read_otherwise


def asked_alone(db: sqlite_utils.Database, text: str) -> Message:
    """The answer to `text` asked on its own ('whos got more outstandings than merseyside police' ranks every
    force, as a thread's first turn reads it)."""
    msg = ask(db, text, shareable=False)
    if not (is_cant_answer(msg) or read_otherwise(msg)):
        return msg
    from bot.slack.conversation import follow_up

    asked = follow_up(db, text, None)
    return ask(db, asked, shareable=False) if asked != text else msg
