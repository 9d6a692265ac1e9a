"""How a word sounds, roughly: the key two spellings share when one is typed by ear ('speshal' and 'special',
'inspecshun' and 'inspection', 'rubish' and 'rubbish'). Pure and small: the spellings English writes one sound
with are made one letter, doubled letters one, and the vowels after the first letter dropped."""

from __future__ import annotations

import re

_SOUNDS = (
    (re.compile(r"sch|sh|ch|ci(?=[aou])|ti(?=[aou])|ss|c(?=[eiy])|z"), "s"),
    (re.compile(r"ph"), "f"),
    (re.compile(r"ck|q|c"), "k"),
    (re.compile(r"wh"), "w"),
    (re.compile(r"(.)\1+"), r"\1"),
)
_VOWELS = re.compile(r"[aeiouy]")
_SIBILANTS = re.compile(r"s{2,}")  # the soft c and the s of leicester, one sound


def sound_key(word: str) -> str:
    """'speshal' -> 'spsl', as 'special' does."""
    w = word.lower()
    for pattern, plain in _SOUNDS:
        w = pattern.sub(plain, w)
    return _SIBILANTS.sub("s", w[:1] + _VOWELS.sub("", w[1:]))  # 'leicester' and 'lester' both 'lstr'
