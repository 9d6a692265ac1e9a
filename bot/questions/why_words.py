"""Words that ask for the reasons on record: 'why', 'how come', 'what did the inspectors say', 'what was the
reasoning', 'what got them out'. Pure."""

from __future__ import annotations

import re

WHY = re.compile(
    r"(?:^|[,;:.!?]\s+|\s-\s)\s*(?:(?:ok(?:ay)?|so|and|but|right|hmm|really)[,!.]?\s+)*"
    r"(?:back\s+to\s+[\w' ]{1,30}?[,;:-]\s*)?"
    r"(?:why\b|y\s+(?=(?:did|was|were|is|are|has|have|do|does|tho|though)\b)|y(?=\W*$)|how\s+come\b|for\s+what\s+reason\b|"
    r"on\s+what\s+(?:grounds|basis)\b)"
    r"|\b(?:(?:and|&)\s+why\W*$|(?:(?:was|is|were)\s+(?:that|this|it)|that'?s)\s+(?:the\s+reason\s+)?why|"
    r"(?:was|is)\s+(?:that|this)\s+the\s+reason|(?:when|how)\s+and\s+why\b|what(?:\s+(?:was|were|are|is)|'?s)\s+the\s+(?:reasons?|reasoning|rationale|justification|explanation|"
    r"causes?|concerns?|problems?|issues?|sources?|evidence)|"
    r"what(?:'?s|\s+is|\s+was|\s+were|\s+lies)\s+behind|on\s+what\s+(?:grounds|basis)\b|"
    r"where\s+(?:does|did|do)\s+(?:that|this|it|they)\s+come\s+from|(?:sources?|evidence)\s+for|what\s+went\s+wrong|"
    r"reasons?\s+(?:for|why|behind)|what\s+(?:did|do|does)\s+(?:they|the\s+inspectors?|the\s+inspectorate|hmicfrs|hmi|inspectors?|the\s+report|it|the\s+sources?|sources?|the\s+evidence|evidence|"
    r"the\s+(?:press|news|papers?|release)|reports?)\s+"
    r"(?:(?:actually|really|exactly)\s+)?(?:say|find|said|found)|on\s+why|(?:says?|explains?|explained)\s+why|"
    r"keeping\s+(?:them|it|him|her|us|me|[\w'&]+(?:\s+[\w'&]+){0,4}?)\s+in|what\s+(?:did|does)\s+\w+\s+say\s+about|"
    r"what\s+needs?\s+to\s+(?:improve|change)|what\s+(?:must|should)\s+(?:it|they)\s+(?:improve|do\s+better)|"
    r"causes?\s+of\s+concern|areas?\s+for\s+improvement|what\s+(?:was|is)\s+(?:it|that)\s+based\s+on|"
    r"concerns?\s+(?:flagged|raised|identified|found)|"
    # 'what was said about it being good', 'what was that over?', 'what got them out of it?'
    r"what\s+(?:was|were|did\s+(?:they|hmicfrs|the\s+report|inspectors))\s+(?:said|say|written|write)\s+about|"
    r"what\s+(?:was|were)\s+(?:that|it|this|they)\s+(?:over|for|about)(?=\W*$)|"
    r"^\W*(?:and\s+|but\s+|so\s+)?(?:what|wot|wat)\s+for(?=\W*$)|^\W*for\s+what(?:\s+reason)?(?=\W*$)|"
    r"what\s+(?:\w+\s+)?got\s+(?:them|it|him|her|the\s+\w+|us|[\w&' -]{2,60}?)\s+(?:out|in|into|put)\b|why\s+(?:were|was)\s+they|"
    # 'what led to that', 'what had they done wrong', 'which grades got them into engage', 'told off about'
    r"what\s+led\s+to\s+(?:that|it|this|them|their)|what\s+(?:had|have|has|did)\s+(?:they|it|\w+)\s+(?:done|do)\s+wrong|"
    r"(?:which|what)\s+grades?\s+got\s+(?:them|it|us)|told\s+off\s+(?:about|for)|"
    # 'what put us in there in the first place', 'what landed them in it'
    r"what\s+(?:\w+\s+){0,2}?(?:(?:had|has|have)\s+)?(?:put|landed|sent|took)\s+(?:us|them|it|him|her|[\w&' -]{2,60}?)\s+"
    r"(?:in|into|there)\b|"
    r"what(?:'?s|\s+is|\s+was)\s+the\s+(?:story|background|context)|"
    r"^\W*(?:and\s+|so\s+)?what\s+(?:was|were|is|did\s+it|did\s+they)\s+(?:said|written|say)(?=\W*$)|"
    r"^\W*(?:and\s+|so\s+)?(?:the\s+)?(?:reasons?|reasoning)(?=\W*$)|"
    r"what\s+(?:was|is)\s+the\s+\w+\s+(?:one|grade|thing)\s+(?:about|for|over)|"
    # 'where did that outstanding come from', 'whats the source for that': the sentence and its source
    r"where\s+(?:did|does|do)\s+(?:that|this|the|it|they|those|these)\b.{0,30}\bcome\s+from|"
    r"what(?:'?s|\s+is|\s+was)\s+the\s+source|source\s+for\s+(?:that|this|it|the\s+\w+))\b",
    re.I,
)
WHY_START = re.compile(
    r"^\s*(?:why|y(?=\s+(?:did|was|were|is|are|has|have|do|does)\b|\W*$)|how\s+come)\b", re.I
)

# 'I thought it was adequate?', 'are you sure?': the grade on record with the sentence it came from
CHALLENGE = re.compile(
    r"^\s*(?:(?:but|hang\s+on|hmm|wait)[,!.]?\s+)*(?:i\s+thought|are\s+you\s+sure|really\?|surely\s+(?:it|they|that)|"
    r"that'?s\s+(?:not\s+)?(?:right|wrong)|is\s+that\s+(?:right|correct))",
    re.I,
)

# The last question's area said as a pronoun: 'has suffolk's grade for that improved', 'who was inadequate on it'
AREA_REF = re.compile(
    r"\b(?:for|on|in|at|with)\s+(?:that|it|this|the\s+same(?:\s+(?:thing|area|one))?)\b"
    r"(?!\s+(?:round|year|inspection|report|time|one|force|service|area\s+of))",
    re.I,
)


def asks_why(text: str) -> bool:
    """'why', 'what did the inspectors say', 'what was the reasoning': the reasons on record are asked."""
    return bool(WHY.search(text))


# 'why has scilly fire only got 10 grades and not 11': how many areas were graded, which its card shows
_N = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)"
GRADED_COUNT = re.compile(
    rf"\b(?:only|just)\s+(?:(?:got|get|gets|has|have|had|been|given|received|graded|rated|assessed|on)\s+){{0,3}}{_N}\s+"
    r"(?:grades?|areas?|things|ratings?|judge?ments?|categories|for)\b"
    rf"|\bwhy\s+(?:only|just)\s+{_N}\s*\??\s*$",  # 'why only 10?'
    re.I,
)
