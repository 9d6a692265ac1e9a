"""The words a follow-up is read by (context.py): what points back at the last answer, asks about a group, or
switches its kind. Compiled once at import; their words are known words to the typo repair (repair.py)."""

from __future__ import annotations

import re

# A yes/no question with no body after a question about one body asks about that body, however long: 'so was
# responding … one of the inadequate ones?', 'what was the grade for X', 'what did the 2021/22 PEEL say then'
ASKS_OF_ONE = re.compile(
    r"^\s*(?:(?:so|ok(?:ay)?|right|and|but|then)\b[,!.]?\s*)*(?:was|were|is|are|did|does|do|has|have|had|which\s+(?:\w+\s+)?areas|"
    r"what\s+(?:was|is|were|are)\s+(?:the|their|its)\s+(?:grade|rating|result|score|mark)s?|what\s+did\s+(?:the|its|their|that)\s+(?:[\w/-]+\s+)?(?:peel|report|inspection)\s+(?:say|show|find|give))\b",
    re.I,
)
# ...unless it asks about a group: 'were any forces inadequate at that', 'is anyone else outstanding'
GROUP_WORDS = re.compile(
    r"\b(?:forces?|services|constabularies|brigades|any(?:one|body)|others?|which|who|all|every|many)\b"
    r"|\bany\s+(?:\w+\s+)?(?:service|brigade|constabulary)\b",  # 'has any fire service ever been in engage'
    re.I,
)
# 'and what did LFB get in the inspection after that?' after its Engage spell: grades, not Engage again
ASKS_GRADES = re.compile(
    r"\bwhat\s+(?:did|do|does)\s+(?:\w+\s+){1,4}?(?:get|got|score|scored)\b|\b(?:grades?|ratings?|results?|"
    r"inspections?|reports?|graded|rated)\b",
    re.I,
)
SAME_ONE = re.compile(
    r"\b(?:same\s+(?:lot|one|ones|service|force|brigade|people|crew)|is\s+(?:theirs|that|it)\s+the\s+same|"
    r"theirs|hows\s+(?:it|that|theirs)\s+doing|how\s+(?:is|are)\s+(?:it|theirs|they)\s+doing|what\s+about\s+there|"
    r"(?:what|how)\s+about\s+(?:his|hers|theirs)|same\s+for\s+(?:him|her|them)|(?:his|hers)\s+too|"
    r"(?:their|its|his|her)\s+own\s+(?:one|lot|service|force|brigade))\b",  # 'the scillies have their own one'
    re.I,
)
# 'same for fire pls', 'and fire?' after a list: the list's question, of the other kind
SAME_FOR_KIND = re.compile(
    r"\bsame\s+(?:for|with|but)\s+(?:the\s+)?(?:fire|police|forces|brigades)\b|"
    r"^\W*(?:and|what\s+about|how\s+about)\s+(?:the\s+)?(?:fire|police)(?:\s+(?:services?|forces?|brigades?|ones))?\W*$",
    re.I,
)
OF_THOSE = re.compile(r"\b(?:of|among|amongst|out\s+of)\s+(?:those|these|them|that\s+lot)\b", re.I)
THE_ONE = re.compile(
    r"\bthe\s+(?:police(?:\s+force)?|force|constabulary|fire\s+(?:brigade|service)|brigade|fire\s+and\s+rescue)\b"
    r"(?!\s+(?:forces|services|brigades|ones))",
    re.I,
)
WHO_WAS = re.compile(
    r"\b(?:who|which|how\s+many)\s+(?:was|were|got|is|are|had|have|received)\b(?!\s+the\b)", re.I
)
NATIONAL = re.compile(
    r"(?i)\b(?:best|worst|top|bottom|most|fewest|highest|lowest)\b.{0,30}\b(?:in\s+the\s+(?:country|uk|land)|nationally|"
    r"across\s+(?:the\s+)?(?:country|england(?:\s+and\s+wales)?)|anywhere|of\s+(?:them\s+)?all)\b"
    # 'ok then which fire service has the most outstandings' after one body: every body of the kind, ranked
    r"|\bwhich\s+(?:\w+\s+){0,3}?(?:force|service|brigade|constabulary)\s+(?:has|had|got|gets|have|did)\s+(?:the\s+)?"
    r"(?:most|fewest|best|worst|highest|lowest)\b"
)
IS_IT_THE_ONLY = re.compile(
    r"^\W*(?:(?:and|so|but)\s+)?(?:is|was|are|were)\s+.{1,40}?\s+the\s+only\s+(?:(?:outstanding|good|adequate|inadequate|"
    r"ri|requires\s+improvement)(?:\s+(?:one|ones|force|service|brigade)s?)?|(?:one|ones|force|service|brigade)s?)\W*$",
    re.I,
)
# 'was the police any better last time' after a town's fire service: the kind said as the subject, named
THE_KIND = re.compile(
    r"^\W*(?:was|were|is|are|has|have|had|did|does)\s+(?P<subject>the\s+(?:police(?:\s+force)?|force|cops|"
    r"fire\s+(?:service|brigade)|fire\s+and\s+rescue(?:\s+service)?|brigade))\b",
    re.I,
)
OVER_TIME = re.compile(r"\b(?:better|worse|improv\w*|previous|last\s+time|before|since)\b", re.I)
