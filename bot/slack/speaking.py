"""Who a conversation's asker speaks for, turn to turn: said once ('surrey police - what did we get'), kept in the
conversation (db.conversations), and read into a later turn's 'us' and 'our report' once the talk has moved on
to other bodies."""

from __future__ import annotations

from datetime import datetime

import sqlite_utils

from bot.questions.answers import snapshot
from bot.slack.parsed import entities
from db.conversations import speaker_of


def as_speaker_said(
    db: sqlite_utils.Database, key: tuple[str, str, str], text: str, previous: str | None, since: datetime
) -> tuple[str, str]:
    """(the text with the asker's 'us' and 'our' read as the body they said they speak for, turns ago, when the
    conversation has moved on from it; the id of the body this text says they speak for, or '')."""
    from bot.questions.speaker_kept import as_speaker, speaker_named

    directory = snapshot(db).directory
    held = speaker_of(db, key, since=since) if previous else ""
    if not held:
        said = speaker_named(text, directory)
        return text, said.id if said else ""
    body = directory.by_id(held)
    if body is None or {b.id for b in entities(db, previous or "").bodies} == {body.id}:
        return text, ""  # still about the speaker's own body: 'we' follows it (ours_named)
    return as_speaker(text, body), ""
