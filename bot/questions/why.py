"""'why': a question about the reasons on record behind a body's grades or its time in Engage.

'why norfolk responding to the public 2023-25 grades', 'why is lincolnshire in engage', 'why did cambs get
inadequate for responding'. Only what the store holds is ever given as a reason (answers/why.py). Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from bot.questions.names import Directory

_WHY = re.compile(
    r"^\s*(?:why|how\s+come)\b|"
    # 'what did HMICFRS say about kent's responding', 'what did the inspectorate actually find about X'
    r"^\W*(?:(?:and|so|ok)\W+)?what\s+(?:did|does|do)\s+(?:the\s+)?(?:inspectors?|inspectorate|hmicfrs|hmic|hmi|report|inspection)\s+"
    r"(?:actually\s+|really\s+)?(?:say|find|write|conclude|said)\b"
    r"|\b(?:areas?\s+for\s+improvement|afis?|causes?\s+of\s+concern)\b",  # the report's own findings, on record
    re.I,
)
_PREVIOUS = re.compile(r"\b(?:previous|back\s+then|last\s+time|the\s+time\s+before)\b", re.I)
_ENGAGE = re.compile(  # ('the last cause of concern they closed': Engage's record, where causes close)
    r"\b(?:engage|special\s+measures|enhanced\s+monitoring)\b"
    r"|\bcauses?\s+of\s+concern\b.*\b(?:closed|lifted|removed|discharged|signed\s+off|cleared)\b",
    re.I,
)


@dataclass(frozen=True)
class WhyQuestion:
    """The reasons on record for bodies' grades (one area, or all of a round's), or for being in Engage."""

    names: tuple[str, ...]  # body ids
    area: str | None = None
    round: str | None = None
    engage: bool = False
    grades: tuple[str, ...] = ()  # 'why the outstanding one': only the areas given these grades


_AFI = re.compile(r"\bareas?\s+for\s+improvement\b", re.I)  # (no grade: 'requires improvement' is not said)


def parse_why(text: str, directory: Directory, finder: Any) -> WhyQuestion | None:
    """A 'why' question naming one or more bodies; None for any other text. `finder`: parse's NameFinder."""
    if not _WHY.search(text):
        return None
    from bot.questions.entities import find_entities

    found = find_entities(text, directory, finder)
    if not found.bodies or found.out_of_scope:
        return None
    round_ = found.round if found.round != "previous" else None
    if round_ is None and _PREVIOUS.search(text):
        round_ = "previous"  # 'why was it inadequate back then': the round before the latest
    engage = bool(_ENGAGE.search(text))
    area = found.area.key if found.area and not engage else None
    grades = tuple(found.grades) if not area and not engage and not _AFI.search(text) else ()
    return WhyQuestion(tuple(dict.fromkeys(b.id for b in found.bodies)), area, round_, engage, grades)
