"""Abbreviations and shorthand people type, written out before a question is read ('excl.', 'svcs', 'CY2023',
'leave X out', 'the gwent one'), each with the cheap gate words that say whether it may be in a text. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.questions.abbreviations_more import MORE, MORE_GATES

# (pattern, plain), in the order cues.idioms applies them; each with its gate words in _GATES below
_Plain = str | Callable[[re.Match[str]], str]
_ABBREVIATIONS: tuple[tuple[re.Pattern[str], _Plain], ...] = (
    (re.compile(r"\bexcl\b\.?", re.I), "excluding"),  # 'excl. lincs'
    (re.compile(r"\bno\.\s*of\b", re.I), "number of"),  # 'no. of reports'
    (re.compile(r"\bfrs(?:s|'s)\b", re.I), "fire and rescue services"),  # 'how many FRSs'
    (re.compile(r"\bcalendar\s+(?=year\b)", re.I), ""),  # 'in calendar year 2024'
    (re.compile(r"\b(?:cy|fy)\s*'?(?=20\d\d\b)", re.I), ""),  # 'at any point in CY2023'
    (re.compile(r"\bincl\b\.?", re.I), "including"),  # 'not incl any that were just RI'
    # 'newport (south wales)': the town in Wales, not South Wales Police's area named
    (re.compile(r"\s*\(\s*(?:north|south|mid|west|east)?\s*(wales|england)\s*\)", re.I), r", \1"),
    # '… understanding risk? fire not police': the kind meant, said against the other, which is no part of it
    (
        re.compile(
            r"[\s,;-]*\bnot\s+(?:the\s+)?(?:police|fire|cops|constabulary|brigade|frs)(?:\s+(?:and\s+rescue\s+)?"
            r"(?:forces?|services?|ones?))?\s*(?:pls|please|thanks|ta)?[\s?.!]*$",
            re.I,
        ),
        "",
    ),
    # '… preventing crime in 2023-25 - names + total': a list says both
    (re.compile(r"[\s,;:-]+(?:names|list)\s*(?:\+|and|&|,)\s*(?:count|total|number)\b[\s?.!]*", re.I), " "),
    # 'are the firemen any good in taunton', 'and the fire engine people': the fire and rescue service's people
    (
        re.compile(
            r"\b(?:fire\s*m[ae]n|fire\s*wom[ae]n|fire\s+crews?|fire\s+engine\s+(?:people|lot|crews?))\b", re.I
        ),
        "firefighters",
    ),
    (
        re.compile(r"\b(what|which|any|their|its|the)\s+(?:marks|scores)\b", re.I),
        r"\1 grades",
    ),  # 'what marks did …'
    (re.compile(r"\bsvcs\b\.?", re.I), "services"),  # 'EoE fire svcs'
    (re.compile(r"\bsvc\b\.?", re.I), "service"),
    # 'HMICFRS def of adequate vs RI', 'RI - def?': the definition
    (
        re.compile(r"\b(?:def|defn)\b\.?(?=\s+of\b)|(?<=\s)(?:def|defn)\b\.?(?=\s*\??\s*$)", re.I),
        "definition",
    ),
    # 'which peel reports dropped in may 2025': published then (not grades that dropped)
    (
        re.compile(
            r"\b(?:dropped|landed|went\s+live|got\s+published)(?=\s+(?:in|on|during|this|last|since)\s+"
            r"(?:the\s+)?(?:(?:early|late|mid)\s+)?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|week|"
            r"month|year)\w*)",
            re.I,
        ),
        "came out",
    ),
    # 'newport (the gwent one not isle of wight)', 'gillingham (kent, not the dorset one)', 'royston, the barnsley
    # one not herts': the one meant, said as a place's county is; the one not meant is no part of the question
    (
        re.compile(
            r"\s*\(\s*(?:the\s+)?([\w' ]+?)(?:\s+one)?\s*(?:,\s*|\s+)not\s+(?:the\s+)?[\w' ]+?(?:\s+one)?\s*\)",
            re.I,
        ),
        r", \1,",
    ),
    (re.compile(r"\s*\(\s*(?:the\s+)?([\w' ]+?)\s+one\s*\)", re.I), r", \1,"),
    (
        re.compile(
            r",\s*the\s+([\w']+(?:\s+[\w']+){0,2}?)\s+one(?:\s*,?\s*not\s+(?:the\s+)?[\w']+(?:\s+[\w']+){0,2}?"
            r"(?:\s+one)?)?(?=\s*(?:[-,:;?]|$))",
            re.I,
        ),
        r", \1",
    ),
    # '… which services got that, leave lancashire out': leaving it out, said the usual way round
    (
        re.compile(r"\b(leave|leaving)\s+((?:the\s+)?[\w&'-]+(?:\s+[\w&'-]+){0,3}?)\s+out\b(?!\s+of)", re.I),
        r"\1 out \2",
    ),
    # 'which is better the met or city': the City said beside the Met is the City of London's force
    (
        re.compile(
            r"\b(met(?:ropolitan)?(?:\s+police)?\s+(?:or|and|vs?\.?|versus|&)\s+(?:the\s+)?)city\b(?!\s+of)",
            re.I,
        ),
        r"\1city of london",
    ),
    (
        re.compile(
            r"\bcity(?!\s+of)(?=(?:\s+police)?\s+(?:or|and|vs?\.?|versus|&)\s+(?:the\s+)?met\b)", re.I
        ),
        "city of london",
    ),
    # '… is that right or is she muddling it with the fire people': the one not meant is no part of the question
    (
        re.compile(
            r"[\s,;-]*\b(?:or\s+)?(?:is|are|am|was)\s+(?:she|he|they|i|we|you|my\s+\w+)\s+(?:muddling|mixing|confusing|"
            r"thinking\s+of|getting)\s+(?:it|that|them|this|things|us|\w+)?\s*(?:up\s+|mixed\s+up\s+)?(?:with|and)?\s*(?:the\s+)?"
            r"[\w' ]+?[\s?.!]*$",
            re.I,
        ),
        "",
    ),
    # '… latest PEEL grades pls - filing in 20 mins', 'on deadline', 'need it by 5pm': when, not what, is asked
    (
        re.compile(
            r"[\s,;:(-]*\b(?:(?:i'?m\s+|im\s+|am\s+)?(?:filing|on\s+deadline|deadline(?:'s|\s+is)?|due|going\s+(?:live|to\s+air)|"
            r"on\s+air|need(?:\s+(?:it|this|them))?|publishing|printing)(?:\s+(?:in|by|at|before|for))?\s*"
            r"(?:(?:\d+|an?|half\s+an?|ten|five|twenty|thirty)\s*(?:mins?|minutes?|hours?|hrs?|h)|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)|"
            r"noon|midday|tonight|today|asap))\b[\s).!]*$",
            re.I,
        ),
        "",
    ),
    # 'I read that X was the only …; is that correct?': the claim itself is what is checked
    (
        re.compile(
            r"^\s*(?:(?:i\s+(?:have\s+|'ve\s+|ve\s+)?(?:just\s+)?(?:read|heard|seen|saw)|i\s+(?:was|have\s+been|'ve\s+been)\s+told|"
            r"someone\s+(?:said|told\s+me)|(?:my|a)\s+\w+\s+(?:said|says|told\s+me))(?:\s+(?:online|somewhere|on\s+the\s+news|"
            r"in\s+the\s+paper))?\s+that\s+)",
            re.I,
        ),
        "",
    ),
    # 'put the two side by side on responding': compare them
    (
        re.compile(
            r"\bput\s+(?:the\s+two|them|both|those|these)(?:\s+of\s+them)?\s+side\s+by\s+side\b", re.I
        ),
        "compare the two",
    ),
    # 'bucks fire ended up in engage didn't they, what grades got them there': the tag ends the first question
    (
        re.compile(
            r"\b((?:did|was|were|is|are|have|has|had)(?:n'?t|nt|\s+not)\s+(?:they|it|we|he|she|you))\s*,\s*"
            r"(?=(?:what|which|how|when|why|who|and|so|but)\b)",
            re.I,
        ),
        r"\1? ",
    ),
    # 'sorry i meant police not fire. which SW forces …': the kind meant, said for the question that follows
    (
        re.compile(
            r"^\W*(?:(?:sorry|oops|no|ah|oh)[,!.]?\s+)*i\s+mean[t]?\s+(?:the\s+)?(police|fire)(?:\s+(?:ones?|forces?|services?|lot))?"
            r"\s*,?\s*(?:(?:not|rather\s+than|instead\s+of)\s+(?:the\s+)?(?:police|fire)(?:\s+(?:ones?|forces?|services?|lot))?)?"
            r"\s*[.,;:!-]+\s*(?=\w)",
            re.I,
        ),
        r"\1: ",
    ),
    # 'oh the police then. why did they get put in it': the kind meant, for the question that follows
    (
        re.compile(
            r"^\W*(?:(?:oh|ah|ok|okay|right|so)[,!.]?\s+)+(?:it'?s\s+|it\s+was\s+)?(?:the\s+)?(police|fire)"
            r"(?:\s+(?:ones?|lot|force|service|brigade))?\s+then\s*[.,;:!-]+\s*(?=\w)",
            re.I,
        ),
        r"\1: ",
    ),
    # 'compare their last peel with avon & somerset's': them, with the body named
    (
        re.compile(
            r"\bcompare\s+(?:their|its)\s+(?:(?:last|latest|most\s+recent|newest)\s+)?(?:peel\s+|fire\s+)?"
            r"(?:report|inspection|grades?|results?|one|peel)\s+(?=with\b|to\b|against\b)",
            re.I,
        ),
        "compare them ",
    ),
    (re.compile(r"\bw/(?=\s)", re.I), "with"),  # 'compare w/ H&W'
    (
        re.compile(
            r"\bwhos\b(?=\s+(?:in|inadequate|outstanding|good|adequate|rated|got|been|still|the|top|best|worst))",
            re.I,
        ),
        "who is",
    ),
    (re.compile(r"\brn\b(?=\W*$)", re.I), "right now"),  # 'whos in it rn'
    (re.compile(r"\b(?:aswell|aswel)\b", re.I), "as well"),  # 'was glos police ever in it aswell'
    # 'the cornish one', 'the kentish force': a county's people's word for it, as its name
    (
        re.compile(r"\bcornish\b(?=\s+(?:one|ones|force|service|police|fire|brigade|lot|frs)\b)", re.I),
        "cornwall",
    ),
    (
        re.compile(r"\bcumbrian\b(?=\s+(?:one|ones|force|service|police|fire|brigade|lot|frs)\b)", re.I),
        "cumbria",
    ),
    (re.compile(r"\bkentish\b(?=\s+(?:one|ones|force|service|police|fire|brigade|lot|frs)\b)", re.I), "kent"),
    # 'gm fire', "and gm's one": Greater Manchester, said with a kind or 'one' (a bare 'gm' may be 'good morning')
    (
        re.compile(r"\bgm(?='?s?\s+(?:one|ones|force|service|police|fire|brigade|lot|frs|cops)\b)", re.I),
        "greater manchester",
    ),
    # 'and the fire people over there': the fire and rescue service, not its people (an area)
    (
        re.compile(
            r"\b(?:the\s+)?fire\s+(?:people|folk|lot|guys|crowd)\b(?!\s+(?:pillar|area|bit|section))", re.I
        ),
        "the fire service",
    ),
    # 'the city lot', 'the city boys': the City of London's force, as London people call it
    (re.compile(r"\bthe\s+city\s+(?:lot|mob|crowd|boys|guys|lads|crew|ones?)\b", re.I), "the city police"),
    # 'how's that compare with their last one': how it moved since the round before
    (
        re.compile(
            r"\b(?:how(?:'s|s|\s+(?:does|did|do|is|are))\s+(?:that|this|it|they|those|these)\s+)?compar(?:e|es|ed|ing)\s+"
            r"(?:with|to|against)\s+(?:their|its|the)?\s*(?:last|previous|prior|earlier)\s+(?:one|inspection|report|round|"
            r"peel|time)\b",
            re.I,
        ),
        "how has it changed since last time",
    ),
    # 'what about oxfordshire fire, same police area isnt it': a remark the asker takes as known
    (
        re.compile(
            r"\s*[,;-]\s*(?:the\s+)?same\s+(?:police|fire)?\s*(?:area|patch|force|region|county|lot)\s*"
            r"(?:(?:is|was)n'?t\s+it|(?:is|was)nt\s+it|right|yeah|no|innit|eh)?\W*$",
            re.I,
        ),
        "",
    ),
    # 'wat were there grades': 'what' typed short
    (
        re.compile(
            r"\b(?:wat|wot|wht|whta|waht|hwat)\b(?=\s+(?:were|was|is|are|did|do|does|about|grades?|happened)\b)",
            re.I,
        ),
        "what",
    ),
    # 'name the forces in the north west that …': which they are
    (
        re.compile(
            r"^\W*(?:can\s+you\s+|pls\s+|please\s+)?name\s+(?:all\s+)?(?:the\s+)?"
            r"(?=(?:[\w-]+\s+){0,3}?(?:forces|services|constabularies|brigades)\b)",
            re.I,
        ),
        "which ",
    ),
    # 'sorry i ment the fire service': 'meant' (never the Met)
    (re.compile(r"\b(i|you|u|we)\s+ment\b", re.I), r"\1 meant"),
    # 'wich one got the most', 'hav they always been that good', 'wen did they go in': question words misspelt
    (re.compile(r"\b(?:wich|whcih|whihc|wihch|whic)\b", re.I), "which"),
    (re.compile(r"\b(?:hav|hve|haev)\b(?=\s+(?:they|it|we|you|any|the|there|i|been|u)\b)", re.I), "have"),
    (re.compile(r"\b(?:wen|wehn|whn)\b(?=\s+(?:did|was|were|is|are|will|do|does)\b)", re.I), "when"),
    # 'went from mostly good to mostly adequate - which areas changed': a pattern told, not grades asked for
    # ('which forces dropped from good to adequate' asks for those grades: no 'mostly', so left alone)
    (
        re.compile(
            r"\b(?:went|gone|go|moved|dropped|fell|slipped|slid|rose|climbed|jumped)\s+from\s+(?:mostly\s+|mainly\s+|"
            r"largely\s+|all\s+)?(?:outstanding|good|adequate|requires\s+improvement|ri|inadequate)s?\s+to\s+"
            r"(?:mostly\s+|mainly\s+|largely\s+)(?:outstanding|good|adequate|requires\s+improvement|ri|"
            r"inadequate)s?\b",
            re.I,
        ),
        "changed",
    ),
    # 'has round 4 started', 'the third round': the fire inspections' rounds by number (HMICFRS numbers those,
    # not PEEL's), as the years they span
    (
        re.compile(
            r"\b(?:(?:inspection\s+)?(?:round|cycle|tranche)\s+(?:(1|one)|(2|two)|(3|three)|(4|four))|"
            r"(?:(1st|first)|(2nd|second)|(3rd|third)|(4th|fourth))\s+(?:fire\s+(?:and\s+rescue\s+)?)?(?:inspection\s+)?(?:round|cycle|tranche))\b"
            r"(?!.*\b(?:peel|police|polices?|force|forces|constabulary|cops)\b)",
            re.I,
        ),
        lambda m: (
            m.group(0)
            if re.search(r"\b20\d\d\s*[-/–]\s*(?:20)?\d\d\b", m.string)  # 'round 4 (2025-27)': the years said
            else ("fire " if "fire" in m.group(0).lower() else "")
            + ("2018-19", "2021-22", "2023-25", "2025-27")[next(i for i, g in enumerate(m.groups()) if g) % 4]
        ),
    ),
    # 'the south eats', 'north wset': a compass point's second word slipped into another word
    (re.compile(r"\b(north|south)[\s-]+(?:eats|esat|est|eas|aest|eastt)\b", re.I), r"\1 east"),
    (re.compile(r"\b(north|south)[\s-]+(?:wets|wset|wst|wes|wesst)\b", re.I), r"\1 west"),
    # 'I'm sure it was adequate when it came out': when the report was published, no move out of Engage
    (
        re.compile(
            r"\bwhen\s+(?:it|they|the\s+report|that\s+report|the\s+inspection|the\s+peel(?:\s+report)?)\s+"
            r"(?:first\s+)?(?:came\s+out|was\s+published|were\s+published|was\s+released|got\s+published)\b",
            re.I,
        ),
        "on publication",
    ),
    (
        re.compile(
            r"\bprev\b\.?(?=\s+(?:round|one|report|inspection|peel|grades?|time|cycle)\b|\s*\??\s*$)", re.I
        ),
        "previous",
    ),  # 'prev round'
) + MORE


# the gate words of each abbreviation, in the same order: it is tried only when one of them is in the text, so a
# common word ('then', 'same', 'compare') costs one pattern, not every one
_GATES: tuple[tuple[str, ...], ...] = (
    ("excl",),  # 'excl. lincs'
    ("no.",),  # 'no. of reports'
    ("frss", "frs's"),  # 'how many FRSs'
    ("calendar",),  # 'in calendar year 2024'
    ("cy", "fy"),  # 'CY2023'
    ("incl",),  # 'not incl any'
    ("(",),  # 'newport (south wales)'
    ("not ",),  # '… fire not police'
    ("names", "list"),  # 'names + total'
    ("fire",),  # 'firemen', 'fire crews'
    ("marks", "scores"),  # 'what marks'
    ("svc",),  # 'svcs'
    ("svc",),  # 'svc'
    ("def",),  # 'def of'
    ("dropped", "landed", "live", "got pub"),  # 'dropped in may 2025'
    ("(",),  # 'newport (the gwent one not isle of wight)'
    ("(",),  # '(the north yorkshire one)'
    (" one",),  # ', the barnsley one not herts'
    ("leav",),  # 'leave lancashire out'
    ("city",),  # 'the met or city'
    ("city",),  # 'city or the met'
    ("muddl", "mixing", "confus", "thinking of"),  # '… or is she muddling it with the fire people'
    ("mins", "minute", "hour", "hrs", "noon", "midday", "tonight", "today", "asap"),  # 'filing in 20 mins'
    (
        "read that",
        "heard that",
        "told that",
        "said that",
        "says that",
        "seen that",
        "saw that",
    ),  # 'I read that …'
    ("side by side",),  # 'put the two side by side'
    ("n't ", "nt they", "nt it", "nt we", "nt he", "nt she", "nt you", " not "),  # 'didn't they, what …'
    ("i mean",),  # 'sorry i meant police not fire.', 'i mean police, not fire.'
    (" then",),  # 'oh the police then.'
    ("compare their", "compare its"),  # 'compare their last peel with …'
    ("w/",),  # 'compare w/ H&W'
    ("whos",),  # 'whos inadequate at …'
    (" rn",),  # 'whos in it rn'
    ("aswel",),  # 'in it aswell'
    ("cornish",),  # 'the cornish one'
    ("cumbrian",),  # 'the cumbrian force'
    ("kentish",),  # 'the kentish one'
    ("gm",),  # 'gm fire'
    ("fire people", "fire folk", "fire lot", "fire guys", "fire crowd"),  # 'the fire people'
    ("city",),  # 'the city lot'
    ("compar",),  # 'how's that compare with their last one'
    ("same ",),  # ', same police area isn't it'
    ("wat ", "wot ", "wht ", "whta ", "waht ", "hwat "),  # 'wat were there grades'
    ("name ",),  # 'name the forces that …'
    (" ment",),  # 'i ment'
    ("wich", "whcih", "whihc", "wihch", "whic"),  # 'wich one'
    ("hav ", "hve ", "haev "),  # 'hav they'
    ("wen ", "wehn ", "whn "),  # 'wen did they
    ("mostly", "mainly", "largely"),  # 'went from mostly good to mostly adequate'
    ("round", "cycle", "tranche"),  # 'has round 4 started'
    ("north", "south"),  # 'the south eats'
    ("north", "south"),  # 'north wset'
    ("came out", "published", "released"),  # 'when it came out'
    ("prev",),  # 'prev round'
) + MORE_GATES
assert len(_GATES) == len(_ABBREVIATIONS)


def _gate(words: tuple[str, ...]) -> re.Pattern[str]:
    """One search for any of the words (from a word's start, where they start with a letter)."""
    return re.compile("|".join(rf"\b{re.escape(w)}" if w[0].isalpha() else re.escape(w) for w in words))


# (its gate words, the same as one search, pattern, plain): the words' plain substrings are the cheap test
GATED: tuple[tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str], _Plain], ...] = tuple(
    (gates, _gate(gates), pattern, plain)
    for gates, (pattern, plain) in zip(_GATES, _ABBREVIATIONS, strict=True)
)
GATE_WORDS = tuple(dict.fromkeys(w for gates in _GATES for w in gates))  # the cheap test first: substrings
