"""Short follow-ups read whole: a kind said alone ('police forces?', 'no i meant forces') and a claim disputed
with nothing of its own ('Wrong. HMICFRS's own release is dated the 31st.'). Pure: no store."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.questions.entities import Entities

# 'police forces?', 'no i meant police forces', 'fire?' after a list or a body: the other kind, as 'and the …?'
_KIND_ALONE = re.compile(
    r"^\W*(?:(?:no|nope|sorry|oops|ah|actually)\W+)*(?:i\s+meant\s+|what\s+about\s+|how\s+about\s+)?(?:the\s+)?"
    r"(?P<kind>police(?:\s+forces?)?|forces|constabularies|cops|fire(?:\s+(?:and\s+rescue\s+)?(?:services?|brigades?))?|"
    r"fire\s+and\s+rescue|brigades)\W*$",
    re.I,
)


def kind_alone(text: str) -> str:
    """'police forces?' -> 'and the police forces?': a kind said alone reads as the conversation's move to it."""
    if (m := _KIND_ALONE.match(text)) is None:
        return text
    kind = m.group("kind").lower()
    said = {"forces": "police forces", "constabularies": "police forces", "brigades": "fire services"}.get(
        kind, kind
    )
    return f"and the {said}?"


# 'Wrong. HMICFRS's own release is dated the 31st.', 'Nonsense, every service is graded in eleven areas': the
# answer on record again, with its sources, never a question of its own made of the claim's words
DISPUTED = re.compile(
    r"^\W*(?:nonsense|rubbish|wrong|incorrect|not\s+true|untrue|no\s+way|you'?re\s+wrong|that'?s\s+"
    r"(?:wrong|incorrect|rubbish|nonsense|not\s+(?:right|true|correct)))\b",
    re.I,
)


def claims_nothing(found: Entities) -> bool:
    """A dispute naming no body, grade or area ('Wrong. HMICFRS's own release is dated the 31st.'): the answer on
    record again; one naming an area ('that's wrong for responding') is a challenge of that grade."""
    return not (found.bodies or found.grades or found.area)
