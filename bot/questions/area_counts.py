"""'Which area has the most inadequate grades', 'what do forces most often get requires improvement for':
the graded areas ranked by how many bodies got a grade there, never a ranking of bodies. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.questions.words import Place

# an area (not a body) is what is ranked: 'which area has the most', 'the area with the most', 'most common area'
_AREA_RANKED = re.compile(
    r"\b(?:which|what)\s+(?:graded\s+)?areas?\s+(?:\w+\s+){0,7}?(?:most|fewest|least|highest|lowest)\b"
    r"|\bareas?\s+with\s+the\s+(?:most|fewest|least)\b"
    r"|\bmost\s+common(?:ly)?\s+(?:graded\s+)?(?:area|areas|weakness|weaknesses|strength|strengths)\b"
    r"|\b(?:most|fewest)\s+\w+\s+(?:grades?\s+)?(?:by|per|in\s+each)\s+area\b"
)
_FEWEST = re.compile(r"\b(?:fewest|least|lowest)\b")


@dataclass(frozen=True)
class AreaCountQuestion:
    """The areas of a kind's framework ranked by how many bodies' reports gave them one of `grades`."""

    grades: tuple[str, ...]
    kind: str = "police"
    round: str | None = None
    place: Place | None = None
    fewest: bool = False


def parse_area_count(found) -> AreaCountQuestion | None:
    """The question, when the text (found: its Entities) ranks areas by a grade, naming no body or area."""
    if found.bodies or found.area or not found.grades or not _AREA_RANKED.search(found.norm):
        return None
    round_ = found.round if found.round != "previous" else None
    return AreaCountQuestion(found.grades, found.kind, round_, found.place, bool(_FEWEST.search(found.norm)))
