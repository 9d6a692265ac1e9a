"""'Were any PEEL grades changed after publication?', 'which grades has HMICFRS revised', 'any regrades': the
grades HMICFRS changed after a report came out, as the store records them. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

_REGRADED = re.compile(
    r"\b(?:re-?grad(?:ed|es?|ing)|re-?rated|re-?assessed|downgraded\s+after|upgraded\s+after|"
    r"(?:changed|amended|revised|corrected|altered)\s+(?:any\s+|the\s+|its\s+|their\s+|an?\s+)?(?:\w+\s+)?(?:grades?|ratings?)|"
    r"(?:grades?|ratings?|gradings?)\s+(?:were\s+|was\s+|been\s+|get\s+|got\s+)?(?:changed|amended|revised|corrected|"
    r"altered|updated|downgraded|upgraded)|(?:changed|amended|revised|corrected|altered)\s+(?:after|since)\s+"
    r"(?:publication|being\s+published|it\s+was\s+published|they\s+were\s+published|the\s+report))\b"
)

# Words of these questions that name nothing else: accounted for, never 'not understood'.
WORDS = frozenset(
    "regraded regrade regrades regrading rerated reassessed amended revised corrected altered publication".split()
)


@dataclass(frozen=True)
class RegradeQuestion:
    """The grades changed after publication (of one kind, when the question says)."""

    kind: str | None = None
    name: str | None = None  # 'northants police regrade - what changed and when': that body's only


def parse_regrades(found) -> RegradeQuestion | None:
    """The question, when the text (found: its Entities) asks which grades were changed after publication, of
    every body or of the one it names."""
    if len({b.id for b in found.bodies}) > 1 or not _REGRADED.search(found.norm):
        return None
    if found.bodies:
        return RegradeQuestion(found.bodies[0].kind, found.bodies[0].id)
    return RegradeQuestion(found.kind if found.kind_word else None)
