"""More shorthand written out before a question is read, after abbreviations.py's own (in the same order):
words typed short ('las time'), Engage said singular, 'who covers' with no kind, and a guess the count answers.
Each with its gate words, as there. Pure."""

from __future__ import annotations

import re

MORE: tuple[tuple[re.Pattern[str], str], ...] = (
    # 'was the police beter las time', 'lst year': 'last' typed short before the time it is (too short to repair)
    (
        re.compile(
            r"\b(?:las|lst|lsat|lasst|lasr|lastt)\b(?=\s+(?:time|year|round|inspection|report|one|peel|go|month))",
            re.I,
        ),
        "last",
    ),
    (re.compile(r"\bspecial\s+measure\b", re.I), "special measures"),  # 'they was in special measure'
    # 'she lives on the scillies - who covers her?': a place's police force and fire service, no kind said
    (
        re.compile(
            r"\bwho(?:\s+covers|\s+serves|s\s+covering|\s+is\s+covering)\b(?!.*\b(?:police|polices|policed|policing|"
            r"fire|fires|forces?|constabulary|brigade|frs|cops|firefighters|engage|measures|monitoring)\b)",
            re.I,
        ),
        "which police force and fire service covers",
    ),
    # 'so how much is requires improvement? more than half?': a guess the count itself answers
    (
        re.compile(
            r"(?<=[?.!,])\s*(?:so\s+|and\s+)?(?:is\s+(?:that|it)\s+|are\s+(?:they|those)\s+|was\s+(?:that|it)\s+)?"
            r"(?:(?:(?:more|less|fewer)\s+than|over|under|at\s+least|about|around)\s+half|the\s+majority|most\s+of\s+(?:them|it))"
            r"(?:\s+of\s+(?:them|it|the\s+\w+))?\s*[?.!]*\s*$",
            re.I,
        ),
        "",
    ),
    # 'someone at nursery said they were in special measures?': who said it, and where, is no part of it
    (
        re.compile(
            r"^\W*(?:some(?:one|body)|a\s+(?:mum|dad|parent|friend|mate|neighbour|colleague)|people|they)\s+at\s+"
            r"(?:the\s+)?(?:nursery|school|work|gym|church|pub|playgroup|college|uni|office)\s+"
            r"(?:said|says|told\s+me|reckons?|mentioned)\s+(?:that\s+)?",
            re.I,
        ),
        "",
    ),
    # 'tvp pvp 21/22 vs now': a round against the latest is the grade over time
    (
        re.compile(
            r"\b(?:20)?\d\d\s*[-/–]\s*(?:20)?\d\d\s+(?:vs\.?|versus|v|compared\s+(?:to|with)|against)\s+"
            r"(?:now|today|currently|(?:the\s+)?latest|this\s+time)\b",
            re.I,
        ),
        "over time",
    ),
    # 'put the 2023-25 police grades side by side with norfolk's': compare them with it
    (
        re.compile(
            r"\bput\s+(?:the\s+|their\s+|its\s+|our\s+)?(?:[\w-]+\s+){0,3}?(?:grades|results|ratings|scores)\s+"
            r"side\s+by\s+side\s+(?:with|against|next\s+to)\b",
            re.I,
        ),
        "compare them with",
    ),
)

MORE_GATES: tuple[tuple[str, ...], ...] = (
    ("las ", "lst ", "lsat ", "lasst ", "lasr ", "lastt "),  # 'beter las time'
    ("special measure",),  # 'in special measure'
    ("who covers", "who serves", "whos covering", "who is covering"),  # 'who covers her'
    ("half", "majority", "most of"),
    (" at ",),  # 'someone at nursery said'
    (" now", "today", "currently", "latest", "this time"),  # '21/22 vs now'
    ("side by side",),  # 'put the grades side by side with norfolk's'
    # '… requires improvement? more than half?'
)
assert len(MORE) == len(MORE_GATES)
