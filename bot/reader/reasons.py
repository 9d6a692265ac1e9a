"""Reasons a text gives for an inspection's grades: the causes of concern and areas for improvement it
states ("It should answer 999 and 101 calls faster", "HMICFRS identified a cause of concern about how it
manages offenders"), each as the text's own sentence, with the graded area it names where one is clear.

Proposals only: nothing is kept until an admin keeps it (bot.slack.admin.reasons). Pure: text in, data out."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.reader.proposal import CatalogArea

MIN_LENGTH, MAX_LENGTH = 25, 400
MAX_PROPOSED = 15

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’]?\s+(?=[\"'“‘(]?[A-Z0-9])")
_CONCERN = re.compile(r"\bcauses?\s+(?:of|for)\s+concern\b", re.I)
_IMPROVE = re.compile(
    r"\b(?:areas?\s+for\s+improvement|should|must|needs?\s+to|has\s+to|have\s+to|ought\s+to|is\s+required\s+to|"
    r"requires?\s+(?:it|the\s+(?:force|service))\s+to|recommend(?:ed|s)?\s+that)\b",
    re.I,
)
# what a reason asks to change: words an inspectorate uses when it says what to do better
_ACTION = re.compile(
    r"\b(?:improv\w*|better|faster|quicker|sooner|more\s+quickly|make\s+sure|ensure|reduc\w*|increas\w*|"
    r"review\w*|develop\w*|address\w*|understand\w*|manag\w*|answer\w*|respond\w*|record\w*|"
    r"protect\w*|safeguard\w*|assess\w*|supervis\w*|prioritis\w*|act\s+on)\b",
    re.I,
)
_NOT_A_REASON = re.compile(r"\b(?:cookies?|subscribe|newsletter|sign\s+up|click|share\s+this|©)\b", re.I)
# A few everyday words for areas, beyond the areas' own names (police and fire).
_AREA_WORDS: dict[str, tuple[str, ...]] = {
    "responding": ("999", "101", "calls", "call handling", "respond to the public", "responds to the public",
                   "responding to the public", "answer"),
    "managing_offenders": ("sex offenders", "offenders", "registered sex"),
    "protecting_vulnerable": ("vulnerable",),
    "investigating": ("investigat",),
    "preventing_crime": ("antisocial", "prevent"),
    "workforce": ("wellbeing", "workforce"),
    "leadership": ("leadership", "leaders"),
    "recording_data": ("crime recording", "records crime", "record crime"),
}  # fmt: skip


@dataclass(frozen=True)
class ProposedReason:
    """One sentence the text states as a reason; `area` is the round's area id it names, '' when unclear."""

    kind: str  # cause_of_concern | area_for_improvement
    sentence: str
    area: str = ""


def sentences(text: str) -> list[str]:
    """The text's sentences, whitespace collapsed."""
    out = []
    for line in re.split(r"\n\s*\n|\n(?=[•\-*] )", text):
        line = " ".join(line.split()).lstrip("•-* ").strip()
        out += [s.strip() for s in _SENTENCE_END.split(line) if s.strip()]
    return out


def _area(sentence: str, areas: Sequence[CatalogArea]) -> str:
    low = sentence.lower()
    for a in areas:
        names = [a.name, *[n.strip() for n in a.also_called.split(";") if n.strip()]]
        if any(n.lower() in low for n in names if len(n) > 6):
            return a.area
    known = {a.area for a in areas}
    found = [key for key, words in _AREA_WORDS.items() if key in known and any(w in low for w in words)]
    return found[0] if len(found) == 1 else ""


def propose_reasons(text: str, areas: Sequence[CatalogArea] = ()) -> tuple[ProposedReason, ...]:
    """The causes of concern and areas for improvement the text states, in its own sentences, in order."""
    found: list[ProposedReason] = []
    seen: set[str] = set()
    for sentence in sentences(text):
        if not (MIN_LENGTH <= len(sentence) <= MAX_LENGTH) or _NOT_A_REASON.search(sentence):
            continue
        if _CONCERN.search(sentence):
            kind = "cause_of_concern"
        elif _IMPROVE.search(sentence) and _ACTION.search(sentence):
            kind = "area_for_improvement"
        else:
            continue
        if sentence.lower() in seen:
            continue
        seen.add(sentence.lower())
        found.append(ProposedReason(kind, sentence, _area(sentence, areas)))
        if len(found) >= MAX_PROPOSED:
            break
    return tuple(found)
