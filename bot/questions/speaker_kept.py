"""Who the asker speaks for, kept across a conversation: 'surrey police - what did we get for responding' makes
Surrey Police the speaker, and five turns on, after other forces, 'got a link to our report?' is still Surrey's.

Pure: text and directory in, a body or text out. The conversation keeps the speaker's id (db.conversations).
"""

from __future__ import annotations

import re

from bot.questions.entities import find_entities
from bot.questions.names import Body, Directory
from bot.questions.parse import name_finder

# the asker's own body said in the first person: 'did we', 'we got', 'our last inspection', 'give us'
_FIRST_PERSON = re.compile(
    r"\b(?:did|do|does|were|are|was|have|had|has)\s+we\b(?!\s+(?:have|hold|know|got\s+(?:any|data)))|"
    r"\bwe\s+(?:got|get|were|are|did|had|scored|came|went|ended|have\s+(?:been|got|had))\b|"
    r"\bour\s+(?:last|latest|most\s+recent|previous|recent|\d|20\d\d|peel|report|inspection|grades?|areas?|"
    r"ratings?|results?|force|service|fire\s+service|brigade|constabulary)\b|"
    r"\b(?:for|about|give|gave|rate|rated|grade|graded|put|say\s+about|said\s+about)\s+us\b",
    re.I,
)
# 'i'm on the A&S performance team', 'I'm an area manager at hereford & worcester fire'
_WORKS_FOR = re.compile(
    r"\b(?:i(?:'|’)?m|i\s+am|we(?:'|’)?re|we\s+are)\s+(?:an?\s+[\w ]{2,30}?\s+)?(?:on|in|at|with|from|for)\s+(?:the\s+)?"
    r"(?P<who>[a-z&'’. ]{2,60}?)(?:\s+(?:performance|comms|press|media|analysts?|team|office|staff|unit|department|"
    r"control\s+room|hq|headquarters))*\s*(?:[.,;:!?]|\s[-–—]\s|$)",
    re.I,
)
# a question of two: 'compare us with X' names X, and X is not who speaks
_AGAINST = re.compile(r"\b(?:compare|compair|vs|versus|against|than|with\s+them|like\s+them)\b", re.I)
# the speaker's words in a later turn: 'us', 'ours', 'our report'; 'we' where it is the body that was graded
_OURS = re.compile(
    r"\bours\b|\bour\b(?=\s+(?:last|latest|most\s+recent|previous|recent|\d+|20\d\d|peel|report|inspection|"
    r"grades?|areas?|ratings?|results?|force|service|fire\s+services?|police|brigade|constabulary|own)\b)|(?<!let\s)(?<!\bof\s)\bus\b(?!\s+(?:know|see|have|look))|"
    r"\b(?<=did\s|ere\s|are\s|was\s|ave\s|had\s)we\b|(?<=\bdo\s)we\b|\bwe\b(?=\s+(?:got|get|were|did|had|scored|came|went|ended)\b)",
    re.I,
)


def speaker_named(text: str, directory: Directory) -> Body | None:
    """The body the asker speaks for, when this text says it: one body named with the asker's 'we' or 'our'
    ('surrey police - what did we get'), or the asker's place of work ('i'm on the A&S performance team')."""
    low = text.lower()
    if "we" not in low and "our" not in low and "us" not in low and "i" not in low:
        return None
    finder = name_finder(directory)
    if m := _WORKS_FOR.search(text):
        found = find_entities(m.group("who"), directory, finder).bodies
        if len(found) == 1:
            return found[0]
    if not _FIRST_PERSON.search(text) or _AGAINST.search(text):
        return None
    bodies = {b.id: b for b in find_entities(text, directory, finder).bodies}
    return next(iter(bodies.values())) if len(bodies) == 1 else None


def as_speaker(text: str, body: Body) -> str:
    """'got a link to our report?' -> "got a link to Surrey Police's report?": the asker's words read as the
    body they speak for; the text unchanged when it has none."""
    return _OURS.sub(lambda m: f"{body.name}'s" if m.group(0).lower() == "our" else body.name, text)
