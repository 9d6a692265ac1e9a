"""'which of kent, essex and surrey got outstanding?', 'which one of those was inadequate on X' (written with
the list's names): the named bodies at the grades asked, a list of those of them that match, not every one
side by side. Pure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.questions.entities import GOOD_OR_BETTER
from bot.questions.kinds import FilterQuestion

if TYPE_CHECKING:
    from bot.questions.entities import Entities

# 'which of …', 'which one(s) of …', 'who of …': a choice among the bodies named, not all of them compared
_WHICH_OF = re.compile(
    r"(?i)^\W*(?:(?:and|so|ok|but)\s+)?(?:(?:which|who)(?:\s+ones?)?|how\s+many|"
    r"(?:(?:did|do|does|have|has|were|are|was|is)\s+)?any(?:\s+one)?)\s+of\b"
)  # 'how many of …', 'did any of …': the same choice, counted or asked yes or no


def asks_among(e: Entities) -> bool:
    """Two or more bodies of one kind, a grade, and 'which of': the ones of them at that grade."""
    return (
        len(e.bodies) >= 2
        and bool(e.grades or e.loose_good)
        and bool(_WHICH_OF.match(e.norm))
        and len({b.kind for b in e.bodies}) == 1
    )


def among_question(e: Entities, round_: str | None) -> FilterQuestion:
    """The list question restricted to the bodies named."""
    ids = tuple(dict.fromkeys(b.id for b in e.bodies))
    # 'which of them got good at it': the grade; 'which of them are any good at it': good or better
    grades = e.grades or (GOOD_OR_BETTER if re.search(r"\bany\s+good\b", e.norm) else ("Good",))
    return FilterQuestion(e.area.key if e.area else None, grades, e.bodies[0].kind, None, round_, among=ids)


def among_text(names: list[str], grades: str, area: str, round_: str | None, *, each: bool = False) -> str:
    """'which of Kent Police and Surrey Police got outstanding at investigating crime in 2023-25'; `each`: 'did
    any of …', whose answer says of each one whether it did."""
    listed = f"{', '.join(names[:-1])} and {names[-1]}" if len(names) > 1 else "".join(names)
    on = f" at {area}" if area else ""
    asked = f"did any of {listed} get" if each else f"which of {listed} got"
    return f"{asked} {grades}{on}" + (f" in {round_}" if round_ else "")
