"""Words for a grade held on to or lost between rounds: 'did they keep their outstanding grades', 'which
dropped'. Kept out of the cue modules the lexicon is built from, so these words count as understood only
where they were used (understand.py). Pure."""

from __future__ import annotations

import re

KEPT = re.compile(
    r"\b(?:keep|kept|keeps|keeping|hold|held|holds|holding|retain(?:ed|s)?|maintain(?:ed|s)?|hang\s+on\s+to|"
    r"hung\s+on\s+to|lose|lost|loses|losing|dropped|drop|stayed|stay)\b"
)


def kept_words(norm: str) -> tuple[str, ...]:
    """The words of `norm` that ask whether a grade was kept."""
    return tuple(w for m in KEPT.finditer(norm) for w in m.group(0).split())
