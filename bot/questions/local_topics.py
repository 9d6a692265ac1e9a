"""Questions about parts of a force or service, or local decisions ('by borough', 'will they shut the station'),
which no grade answers. Kept out of topics.py so that their words ('station', 'closed') are not read as words
the grammar knows elsewhere (repair.py harvests topics.py's patterns). Pure."""

from __future__ import annotations

import re

LOCAL: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        # 'do we have public confidence polling for humberside police': surveys, not inspection grades
        re.compile(
            r"\b(?:confidence|satisfaction|trust)\s+(?:polling|polls?|surveys?|figures|ratings?|scores?|data|levels?)\b|"
            r"\bpolling\b|\bopinion\s+polls?\b|\bcrime\s+survey\b"
        ),
        "public surveys and polls",
    ),
    (
        # 'what share of their officers are women': workforce figures, not a grade of the workforce area
        re.compile(
            r"\b(?:are|is)\s+(?:women|female|male|men|black|asian|bame|from\s+(?:an?\s+)?ethnic\s+minorit(?:y|ies))\b|"
            r"\b(?:share|proportion|percentage|percent|fraction|ratio)\s+of\s+(?:[\w'’]+\s+){0,3}?(?:officers|staff|firefighters|"
            r"workforce|employees|recruits|constables)\b|\b(?:how\s+many\s+)?(?:women|female|male|black|asian|ethnic\s+minority|"
            r"bame)\s+(?:officers|firefighters|staff|recruits|constables)\b"
        ),
        "workforce figures (who the staff are, and how many)",
    ),
    (
        # 'any quotes from the met commissioner about the report': what people said, not held here
        re.compile(
            r"\b(?:quotes?|quotations?|statements?|comments?|reactions?)\s+(?:from|by)\b|\b(?:said|say|says|commented|"
            r"spoken|responded)\s+(?:anything|something|much|out)?\s*(?:publicly|in\s+public|to\s+the\s+(?:press|media))\b"
        ),
        "what forces, services, unions and office holders said about a report",
    ),
    (
        # 'whats crime actually like in brighton', 'how bad is crime round here': crime itself, not a grade
        re.compile(
            r"\bcrime\s+(?:\w+\s+){0,2}?like\s+(?:in|round|around|near|where|there|here)\b|\bhow\s+(?:bad|high|"
            r"common|serious)\s+is\s+(?:the\s+)?crime\b"
        ),
        "crime figures and other statistics",
    ),
    (
        # 'break the met's grades down by borough': HMICFRS grades a force or service as a whole
        re.compile(
            r"\b(?:by|per|for\s+each|for\s+every|in\s+each|in\s+every|each)\s+(?:london\s+)?(?:boroughs?|wards?|"
            r"neighbourhoods?|districts?|stations?|bcus?|divisions?|basic\s+command\s+units?|"
            r"local\s+authorit(?:y|ies)|council\s+areas?|towns?|postcodes?)\b"
        ),
        "grades for part of a force or service (HMICFRS grades each one as a whole)",
    ),
    (
        # 'will they shut the police station in skegness': local decisions, not inspection grades
        re.compile(
            r"\b(?:shut(?:ting|s)?|clos(?:e|es|ed|ing|ure|ures)|reopen(?:s|ed|ing)?|open(?:s|ed|ing)?|sell(?:ing)?|"
            r"sold|merg(?:e|es|ed|ing|er))\s+(?:down\s+)?(?:the\s+|our\s+|my\s+|a\s+|any\s+)?(?:local\s+)?(?:police\s+|fire\s+)?"
            r"stations?\b|\bstation\s+clos(?:ures?|ing)\b"
        ),
        "station closures and other local decisions",
    ),
)


# the cheap test first: a question none of these words is in asks none of the above
_WORDS = (
    *(
        "crime",
        "borough",
        "ward",
        "neighbourhood",
        "district",
        "station",
        "bcu",
        "division",
        "authorit",
        "council",
    ),
    *("town", "postcode", "share", "proportion", "percent", "fraction", "ratio", "women", "female", "male"),
    *(" men", "black", "asian", "bame", "ethnic", "quot", "statement", "comment", "reaction", "said", "say"),
    *("spoken", "responded", "poll", "survey", "confidence", "satisfaction", "trust"),
)


def local_decision(rest: str) -> str | None:
    """The topic a question about part of a body or a local decision asks about, or None."""
    if not any(w in rest for w in _WORDS):
        return None
    return next((label for pattern, label in LOCAL if pattern.search(rest)), None)
