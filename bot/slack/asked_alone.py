"""A question asked on its own, outside any thread (the command line): its plain reading, or, when that says it
could not answer or read the question as something else, the reading a thread's first turn gets, so the command
line answers what a mention or a DM would. The conversation's rules are imported only then: most questions
need none, and a one-question process pays for every import."""

from __future__ import annotations

import json

import sqlite_utils

from bot.slack.ask import ask
from bot.slack.blocks.common import Message
from bot.slack.blocks.misses import is_cant_answer

READ_AS_REACH = 2000  # the 'Read as' line is in the answer's first blocks


def asked_alone(db: sqlite_utils.Database, text: str) -> Message:
    """The answer to `text` asked on its own ('whos got more outstandings than merseyside police' ranks every
    force, as a thread's first turn reads it)."""
    msg = ask(db, text, shareable=False)
    if not (is_cant_answer(msg) or "Read as:" in json.dumps(msg.get("blocks") or [])[:READ_AS_REACH]):
        return msg
    from bot.slack.conversation import follow_up

    asked = follow_up(db, text, None)
    return ask(db, asked, shareable=False) if asked != text else msg
