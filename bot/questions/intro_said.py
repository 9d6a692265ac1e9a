"""'Bore da. I sit on the Mid and West Wales Fire and Rescue Authority. Which police force covers Aberystwyth
…?': who the asker is, said in sentences of their own before a question that names what it asks about, is no
part of that question. Pure: text in, text out."""

from __future__ import annotations

import re

from bot.questions.entities import find_entities
from bot.questions.names import Directory
from bot.questions.parse import name_finder

# a sentence that says who the asker is or greets, ended by a full stop or '!': never a question
_ABOUT_ME = re.compile(
    r"^\s*(?:(?:hi|hello|hey|hiya|bore\s+da|good\s+(?:morning|afternoon|evening))\b[^.!?]{0,30}[.!,]\s*)?"
    r"(?:i|i'?m|im|i\s+am|i'?ve|we|we'?re|we\s+are|my|our)\b[^.!?]{3,160}?[.!]\s+(?=\S)"
    r"|^\s*(?:hi|hello|hey|hiya|bore\s+da|good\s+(?:morning|afternoon|evening))\b[^.!?]{0,30}[.!]\s+(?=\S)",
    re.I,
)
# the words a question opens with (the scene before a question, preamble.py, reads them too)
ASKING = r"(?:which|what|whats|how|who|when|where|why|is|are|was|were|did|does|do|has|have|can|could)"
_ASKS = re.compile(rf"^\W*(?:and\s+|so\s+)?(?:{ASKING}|list|compare|give|show|tell)\b|\?", re.I)
_ME = re.compile(r"\b(?:i|i'?m|me|my|we|us|our|ours)\b", re.I)
# words pointing back to a place the intro named ('how have the police here been rated', 'the two forces')
_BACK = re.compile(
    r"\b(?:here|there|local|locally|nearby|both|these|those|the\s+(?:town|city|area|county|village|place|two|three))\b",
    re.I,
)


def intro_dropped(text: str, directory: Directory) -> str:
    """The question without the sentences before it that say who is asking, when it names what it asks
    about (a body, a town or a region) and says nothing of the asker ('our force' keeps them: the speaker is
    read from them) or of a place the intro named ('the police here')."""
    rest = text
    while m := _ABOUT_ME.match(rest):
        rest = rest[m.end() :]
    if rest == text or not _ASKS.search(rest) or _ME.search(rest) or _BACK.search(rest):
        return text
    finder = name_finder(directory)
    said = find_entities(text[: len(text) - len(rest)], directory, finder)
    if said.monitoring or said.area or said.grades or said.round:
        return text  # 'Im writing about forces in Engage. when did …': the intro says what is asked
    e = find_entities(rest, directory, finder)
    return rest if e.bodies or e.place or e.towns.towns else text  # what it asks about, its own
