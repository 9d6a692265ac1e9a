"""'Were any PEEL grades changed after publication?', 'which grades has HMICFRS revised', 'any regrades': the
grades HMICFRS changed after a report came out, as the store records them. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

REGRADED = re.compile(
    r"\b(?:re-?grad(?:ed|es?|ing)|re-?rated|re-?assessed|downgraded\s+after|upgraded\s+after|"
    r"(?:changed|amended|revised|corrected|altered)\s+(?:any\s+|the\s+|its\s+|their\s+|an?\s+)?(?:[\w']+\s+){0,3}?(?:grades?|ratings?)|"
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
    if len({b.id for b in found.bodies}) > 1 or not REGRADED.search(found.norm):
        return None
    if found.bodies:
        return RegradeQuestion(found.bodies[0].kind, found.bodies[0].id)
    return RegradeQuestion(found.kind if found.kind_word else None)


# a regrade asked of the last body: 'after it came out', never of a group ('has any force had a grade changed') nor
# how it moved ('has the recording grade changed')
_AFTER_OUT = re.compile(r"\bafter\s+(?:it|the\s+report|publication|being\s+published)\b")
_ANY_BODY = re.compile(
    r"\b(?:any|which|what)\s+(?:other\s+)?(?:forces?|services?|fire\s+services?|bodies|ones?)\b"
)
_GROUP = re.compile(r"\b(?:any|which|who|forces|services|one\s+of\s+the)\b")


def regrade_of(new, bodies: tuple) -> str | None:
    """'someone told me one of their grades got changed after it came out?' after one body (`new`: the
    follow-up's Entities): whether that body's grades were changed after publication, as a question; else None."""
    norm = new.norm
    if REGRADED.search(norm) and not new.bodies and _ANY_BODY.search(norm):
        return (
            new.typed or new.text
        )  # 'has any force had a grade changed after …': every body's, asked afresh
    if len(bodies) != 1 or new.bodies or new.place or new.kind_word or not REGRADED.search(norm):
        return None
    if not _AFTER_OUT.search(norm) or _GROUP.search(norm):
        return None
    return f"were any of {bodies[0].name}'s grades changed after publication"
