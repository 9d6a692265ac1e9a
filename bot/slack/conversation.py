"""A conversation's memory, for follow-ups in mention threads, DMs and DM threads (and the agent view's
threads, which are DM threads): the last question of each (workspace, channel, thread), kept in the store so a
restart or a second worker carries on, forgotten after a quiet while."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.context import follow
from db.conversations import last_question, remember_question

QUIET = timedelta(minutes=30)  # a conversation untouched this long starts afresh


def follow_up(db: sqlite_utils.Database, text: str, previous: str | None) -> tuple[str, str]:
    """(the question to answer, the conversation's last question now): for the shell and tests."""
    asked = follow(text, snapshot(db).directory, previous)
    return asked, asked


def converse(
    db: sqlite_utils.Database,
    key: tuple[str, str, str],
    text: str,
    now: datetime,
    *,
    quiet: timedelta = QUIET,
) -> str:
    """The question `text` asks in this conversation, standing alone; remembered as its last question."""
    previous = last_question(db, key, since=now - quiet)
    asked = follow(text, snapshot(db).directory, previous)
    remember_question(db, key, asked, now)
    return asked
