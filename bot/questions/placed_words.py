"""The lexicon knowing the words of places people live too, and text repaired with it: a place is read by the
gazetteer, never repaired into another word nor reported as not understood."""

from __future__ import annotations

from dataclasses import replace

from bot.questions.names import Directory
from bot.questions.repair import Lexicon, lexicon, repair, unknown_words


def repaired_text(text: str, directory: Directory) -> str:
    """The text with its typos repaired, as `understand` reads it (free when every word is known)."""
    clean = " ".join(text.split())
    if not unknown_words(clean, lexicon(directory)):
        return clean
    return repair(clean, with_places(lexicon(directory))).text


_placed: list[tuple[Lexicon, Lexicon] | None] = [None]  # (a lexicon, it knowing the places' words too)


def with_places(lex: Lexicon) -> Lexicon:
    """The lexicon, knowing also the words of places people live ('welshpool', 'kendal'), for text with
    words it doesn't know: a place is read by the gazetteer, never repaired into another word nor reported
    as not understood. Made once per lexicon."""
    held = _placed[0]
    if held is None or held[0] is not lex:
        from bot.questions.places import gazetteer

        held = _placed[0] = (lex, replace(lex, places=gazetteer().words()))
    return held[1]
