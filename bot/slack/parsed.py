"""The question a text parses to, remembered for the directory it was read with: a follow-up reads its previous
question (and the question it writes) more than once."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.kinds import Question

if TYPE_CHECKING:
    from bot.questions.entities import Entities

MAX_PARSES = 2048
_parses: dict[str, Question | None] = {}  # text -> the question it parses to, for `_parsed_with`'s directory
_parsed_with: list[object] = [None]
_found: dict[str, Entities] = {}  # text -> what it names (Entities is frozen), for `_found_with`'s directory
_found_with: list[object] = [None]
_lock = threading.Lock()


def parsed(db: sqlite_utils.Database, previous: str | None) -> Question | None:
    """The question a text parses to (None when it can't), remembered for the directory it was read with: a
    follow-up reads its previous question and the question it writes more than once."""
    from bot.questions.kinds import UsageError
    from bot.questions.parse import parse_question
    from bot.questions.understand import understand

    directory = snapshot(db).directory
    key = previous or ""
    with _lock:
        if _parsed_with[0] is not directory or len(_parses) >= MAX_PARSES:
            _parses.clear()
            _parsed_with[0] = directory
        if key in _parses:
            return _parses[key]
    try:  # as the answer read it: its operators too ('3 or more inadequate grades' showed only those)
        read = understand(key, directory)
        found: Question | None = read.question if not read.parts else parse_question(key, directory)
    except UsageError:
        found = None
    with _lock:
        if _parsed_with[0] is directory:
            _parses[key] = found
    return found


def entities(db: sqlite_utils.Database, text: str) -> Entities:
    """What a text names (bodies, towns, kind words, …), read with the store's directory: remembered, as a
    follow-up reads its own words and the last question's many times over."""
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    directory = snapshot(db).directory
    with _lock:
        if _found_with[0] is not directory or len(_found) >= MAX_PARSES:
            _found.clear()
            _found_with[0] = directory
        if (known := _found.get(text)) is not None:
            return known
    found = find_entities(text, directory, name_finder(directory))
    with _lock:
        if _found_with[0] is directory:
            _found[text] = found
    return found
