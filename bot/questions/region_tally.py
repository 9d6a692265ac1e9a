"""'Which region has the most inadequate grades?', 'which region's fire services got the fewest outstandings':
the regions ranked by how many areas their bodies were given one grade, in one round. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

_WHICH_REGION = re.compile(
    r"\b(?:which|what)\s+(?:of\s+the\s+)?regions?\b|\bregions?\s+(?:has|have|had|with|got|gets)\s+(?:the\s+)?"
    r"(?:most|fewest|least)\b|\b(?:by|per|each)\s+region\b"
)
_FEWEST = re.compile(r"\b(?:fewest|least)\b")

# Words of these questions that name nothing else: accounted for, never 'not understood'.
WORDS = frozenset("region regions regional most fewest least per each".split())


@dataclass(frozen=True)
class RegionTallyQuestion:
    """The regions ranked by how many areas their bodies (of one kind, or each kind) were given a grade."""

    grade: str
    kind: str | None = None
    round: str | None = None
    fewest: bool = False


def parse_region_tally(found) -> RegionTallyQuestion | None:
    """The question, when the text (found: its Entities) asks which region has the most (or fewest) of one
    grade and names no body, place or area."""
    if (
        found.bodies
        or found.place
        or found.area
        or len(found.grades) != 1
        or not _WHICH_REGION.search(found.norm)
    ):
        return None
    round_ = found.round if found.round not in (None, "previous") else None
    kind = found.kind if found.kind_word else None
    return RegionTallyQuestion(found.grades[0], kind, round_, bool(_FEWEST.search(found.norm)))
