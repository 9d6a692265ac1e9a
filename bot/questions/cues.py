"""The cue words that pick a kind of question, and builders for the kinds that need more than entities."""

from __future__ import annotations

import re

from bot.questions.areas import AreaConcept, alternation, find_area
from bot.questions.dates import BEFORE, SINCE, find_date, period_end
from bot.questions.kinds import DefinitionQuestion, RecentQuestion
from bot.questions.words import GRADE_WORDS, find_grades

HELP = {"help", "?", "-h", "--help", "what can you do", "what can i ask", "examples", "usage"}
VERB = re.compile(r"^/?(grade|history|compare)\b\s*(.*)$", re.I | re.S)
DEFINE_STRONG = re.compile(
    r"\b(?:mean|means|meaning|define|definition|defined|descriptions?\s+of)\b"
    r"|\b(?:what|which)\s+(?:areas|things|parts)\b|\bareas\s+(?:are\s+|get\s+|were\s+)?(?:graded|inspected|assessed)\b"
    r"(?!\s+(?:as\s+)?(?:outstanding|good|adequate|requires|inadequate|ri)\b)"
    r"|\bgrad(?:e|ing)\s+scale\b|\bwhat\s+(?:are\s+)?(?:the\s+)?(?:possible\s+)?grades\b|\bwhat\s+is\s+graded\b"
    r"|\b(?:which|what)\s+pillar\b|\bhow\s+(?:is|are)\s+(?:an?\s+|the\s+)?(?:fire\s+services?|forces?|police)\s+graded\b"
)
_GRADE = r"(?:outstanding|good|adequate|requires\s+improvement|ri|inadequate)"
# 'is adequate actually ok or is that bad', 'how bad is requires improvement': what the grade itself means
GRADE_JUDGED = re.compile(
    rf"(?:^|[,.;?!]\s*|\b(?:so|but|and)\s+)(?:is|isnt|are)\s+(?:an?\s+|the\s+)?(?:grade\s+(?:of\s+)?)?{_GRADE}\s+"
    r"(?:grade\s+|rating\s+)?(?:actually\s+|really\s+|even\s+|considered\s+|seen\s+as\s+|counted\s+as\s+)?"
    r"(?:ok|okay|bad|good|fine|decent|alright|acceptable|a\s+pass|a\s+fail|passing|failing|a\s+(?:good|bad)\s+\w+|"
    r"positive|negative|worrying|serious)\b"
    rf"|\bhow\s+(?:bad|good|serious|worrying)\s+is\s+(?:an?\s+|the\s+)?(?:grade\s+(?:of\s+)?)?{_GRADE}\b"
)
# 'can you actually compare rounds like that', 'are the rounds comparable': HMICFRS's caveat on rounds
COMPARABLE = re.compile(
    r"\bcan\s+(?:you|i|we|one)\s+(?:actually\s+|really\s+|even\s+)?compare\s+(?:the\s+|two\s+|different\s+)?"
    r"(?:rounds|inspections|years|grades\s+(?:between|across)\s+rounds)\b|\b(?:rounds|grades)\s+(?:\w+\s+)?"
    r"(?:directly\s+)?comparable\b|\bcomparable\s+(?:between|across)\s+(?:the\s+)?rounds\b"
)
# a question about the words themselves, asked as an aside in a conversation: never about the last body
ASIDE = re.compile(f"{GRADE_JUDGED.pattern}|{COMPARABLE.pattern}")
WHAT_IS = re.compile(r"^(?:what\s+is|what\s+s|whats|what\s+are|explain|describe)\s+(?:an?\s+|the\s+)?(.*)$")
HISTORY = re.compile(
    r"\b(?:over\s+time|history|historic|historical|every\s+round|all\s+rounds|each\s+round|track\s+record|"
    r"trend|trends|trajectory|over\s+the\s+years|through\s+the\s+years|improved|improve|got\s+worse|changed|progress|"
    r"(?:went|gone|go|going|slid|slipped|moved)\s+backwards?|(?:went|gone|going)\s+(?:downhill|up\s+or\s+down)|"
    r"declined|deteriorated|slipped|got\s+better|"
    r"how\s+(?:did|have|has|do)\s+(?:[\w']+\s+){0,4}?change|grades?\s+change|always\s+(?:the\s+case|been|so)|"
    r"better\s+or\s+worse|worse\s+or\s+better|(?:better|worse)\s+than\s+(?:last\s+time|before|previously)|"
    r"(?:last\s+time|latest)\s+(?:compared|against|vs|versus)\s+(?:to|with)?\s*(?:the\s+)?(?:time|one|round)\s+before)\b"
)
COMPARE = re.compile(r"\b(?:compare|compared|comparison|versus|vs|v|against|side\s+by\s+side)\b")
RANK = re.compile(
    r"\b(?:best|worst|top|bottom|rank|ranks|ranking|rankings|ranked|league\s+table|highest|lowest|"
    r"strongest|weakest|leading|poorest)\b"
)
WORST = re.compile(r"\b(?:worst|bottom|lowest|weakest|poorest)\b")
COLLECTIVE = re.compile(
    r"\b(?:which|who|list|forces|services|constabularies|brigades|fire\s+services|any|anyone|all|"
    r"everyone|anybody|somewhere|where)\b"
)
HOW_MANY = re.compile(r"\b(?:how\s+many|number\s+of|count\s+of|count)\b")
# 'how many inadequate grades did the east midlands forces get': grades counted, not forces
GRADES_COUNTED = re.compile(
    r"\bhow\s+many\s+(?:(?:outstanding|good|adequate|inadequate|requires\s+improvement|ri)\s+)?(?:grades|ratings)\b"
)
GRADES_NOUN = re.compile(r"\b(?:grades|ratings|gradings|areas)\b")
REPORTS_NOUN = re.compile(r"\b(?:reports?|publications?|publish|published|inspections)\b")
TIME = re.compile(
    r"\b(?:published|publication|publications|new|newest|recent|recently|latest|last|since|this\s+month|"
    r"this\s+week|this\s+year|today|yesterday|came\s+out|released|out)\b"
)
BODIES_NOUN = re.compile(r"\b(?:forces|services|constabularies|bodies|fire\s+services)\b|\bthere\b")
PREVIOUS = re.compile(
    # not 'last round' nor, in a question of its own, 'last time': people mean the latest round by them
    # ('understanding risk grade last round?', 'how did the met do last time round'); a follow-up's 'last time'
    # is the round before the one asked about, and the conversation writes it so (LAST_TIME)
    r"\b(?:previous\s+(?:round|report|inspection|time)|round\s+before|before\s+that|time\s+before|"
    r"inspection\s+before)\b"
)
# A follow-up's 'last time' ('and last time?', 'what were they rated last time'), as the previous round
LAST_TIME = re.compile(r"\blast\s+time(?:\s+round|\s+around)?\b", re.I)
# 'better than last time', 'improved since the previous inspection': the previous round is what the latest is
# measured against, not the round asked about
# 'compared with its previous inspection', 'better than last time': measured against the round before
AGAINST_EARLIER = re.compile(
    r"\b(?:than|since|compared\s+(?:to|with)|vs|versus)\s+(?:the\s+|its\s+|their\s+)?(?:last\s+time|previous|last\s+round)"
)
AGAINST_PREVIOUS = re.compile(
    r"\b(?:than|since|compared\s+(?:to|with)|from|vs|versus)\s+(?:the\s+|its\s+|their\s+)?(?:last\s+time|previous|last\s+round)"
    # 'when was the last time X was inspected': the latest, the time asked about
    r"|\bwhen\s+(?:was|were|did)\s+(?:the\s+)?last\s+time\b|\bthe\s+last\s+time\s+(?:\w+\s+){0,4}?"
    r"(?:was|were|got|had|has|have)\s+(?:inspected|graded|rated|assessed|reported\s+on)\b"
)
# Rankings by the count of one grade: 'the most outstanding grades', 'most outstandings', 'fewest RI'.
_MOST = r"(?:most|(?<!or\s)(?<!\d\s)more|highest\s+number\s+of|largest\s+number\s+of|greatest\s+number\s+of|most\s+number\s+of)"
_FEWEST = (
    r"(?:fewest|least|fewer|lowest\s+number\s+of|smallest\s+number\s+of|fewest\s+number\s+of|"
    r"least\s+number\s+of)"
)
_GRADE_NAME = alternation(list(GRADE_WORDS))
_COUNT_NOUN = r"(?:grades?|ratings?|gradings?|areas?|judgements?|marks|scores)"
_PLURAL_GRADE = r"(?:outstandings|goods|adequates|requires\s+improvements|ris|inadequates)"
_HAD = r"(?:got|get|gets|has|have|had|received|receive|with|given|awarded|achieved|earned|getting)"
_COUNT_RANK = (
    re.compile(rf"\b(?P<dir>{_MOST}|{_FEWEST})\s+(?P<grade>{_GRADE_NAME})\s+{_COUNT_NOUN}\b"),
    re.compile(rf"\b(?P<dir>{_MOST}|{_FEWEST})\s+(?P<grade>{_PLURAL_GRADE})\b"),
    re.compile(
        rf"\b(?P<dir>{_MOST}|{_FEWEST})\s+{_COUNT_NOUN}\s+(?:rated\s+|graded\s+|of\s+|judged\s+|at\s+)?"
        rf"(?P<grade>{_GRADE_NAME})\b"
    ),
    re.compile(rf"\b(?P<dir>(?!least\s+(?!number)){_FEWEST})\s+(?P<grade>{_GRADE_NAME})\b"),
    re.compile(rf"\b{_HAD}\s+(?:the\s+)?(?P<dir>{_MOST}|{_FEWEST})\s+(?P<grade>{_GRADE_NAME})\b"),
    # 'top 3 forces by number of outstanding grades', 'rank fire services by inadequate grades'
    re.compile(
        rf"\bby\s+(?:the\s+)?(?:(?:number|count|total)\s+of\s+)?(?P<dir>)(?P<grade>{_GRADE_NAME})\s+{_COUNT_NOUN}\b"
    ),
)


def grade_count_rank(norm: str) -> tuple[str, bool] | None:
    """'which fire service got the most outstandings' -> ('Outstanding', False); 'fewest requires
    improvement' -> ('Requires improvement', True): rank by how many areas got the grade, and fewest first?"""
    for pattern in _COUNT_RANK:
        if m := pattern.search(norm):
            grade = GRADE_WORDS[" ".join(m.group("grade").split())]
            return grade, bool(re.fullmatch(_FEWEST, m.group("dir")))
    return None


NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
LIMIT = re.compile(
    r"\b(?:latest|last|newest|recent|top|bottom|best|worst|first)\s+(\d{1,3}|"
    + "|".join(NUMBER_WORDS)
    + r")\b|\b(\d{1,3}|"
    + "|".join(NUMBER_WORDS)
    + r")\s+(?:latest|newest|most\s+recent|recent|best|worst|reports|forces|services)\b"
)
RELATIVE = (
    (re.compile(r"\bthis\s+month\b"), "this_month"),
    (re.compile(r"\blast\s+month\b|\bprevious\s+month\b"), "last_month"),
    (re.compile(r"\bthis\s+year\b"), "this_year"),
    (re.compile(r"\blast\s+year\b"), "last_year"),
    (re.compile(r"\bthis\s+week\b"), "this_week"),
    (re.compile(r"\blast\s+week\b"), "last_week"),
    (re.compile(r"\btoday\b"), "days:1"),
)
PAST_N = re.compile(r"\b(?:past|last)\s+(\d{1,3}|" + "|".join(NUMBER_WORDS) + r")\s+(days?|weeks?|months?)\b")
FILLER = frozenset(
    """how did do does doing done is are was were the what whats which show me tell about grade grades graded
    grading rating ratings rated for of in at get got latest report reports inspection inspections peel please
    their its results result performance perform performed has have had on with a an and to by over time history
    compare vs versus v against side could can you i give list all every round rounds over did fare fared
    overall most recent new last previous current currently score scores scored how s been doing whole
    track record trend trends changed improved progress years year any well ok okay still ever engage special
    measures enhanced monitoring better worse declined since between country good so really mean means meaning
    long when now come came out left leave entered moved into removed taken put placed first many
    not never none nothing only except excluding besides bar barring both else alone neither nor during anything take
    everything something than moment present that this these those looking look looks after before across
    throughout full complete whole entire pls please thanks area areas category categories strand near nr
    outside village hamlet just names calendar late engine hold specifically particularly exactly precisely
    havent hasnt werent wasnt isnt arent didnt doesnt dont hadnt summer spring autumn winter relocate relocating
    relocated relocation moving move""".split()
)
# Words for groups of bodies: never part of a loosely typed name.
GROUP_WORDS = frozenset(
    """which who whom anyone anybody everyone everybody list forces force services service constabularies
    constabulary brigades brigade police fire frs rescue bodies all every somewhere where there""".split()
)
SEPARATORS = frozenset(
    {"and", "vs", "versus", "v", "with", "against", "or", "to", "compare", "compared", "comparison", "also"}
)


def number(text: str) -> int:
    return int(text) if text.isdigit() else NUMBER_WORDS[text]


_QUARTER = re.compile(r"\bq([1-4])\s*(20\d\d)\b|\b(20\d\d)\s*q([1-4])\b", re.I)


def recent_question(original: str, norm: str, kind: str | None, count: bool) -> RecentQuestion:
    limit_match = LIMIT.search(norm)
    limit = None
    if limit_match:
        limit = number(limit_match.group(1) or limit_match.group(2))
    period = next((p for pattern, p in RELATIVE if pattern.search(norm)), None)
    if m := PAST_N.search(norm):
        n, unit = number(m.group(1)), m.group(2).rstrip("s")
        period = f"days:{n * {'day': 1, 'week': 7, 'month': 30}[unit]}"
        limit = None
    since = until = None
    if period is None and (q := _QUARTER.search(original)):  # 'Q1 2024': January to March 2024
        year, n = (q.group(2), int(q.group(1))) if q.group(1) else (q.group(3), int(q.group(4)))
        since, until = f"{year}-{3 * n - 2:02d}-01", period_end(f"{year}-{3 * n:02d}")
    elif period is None:
        found, at = find_date(original)
        if found:
            before = original[:at]
            if SINCE.search(before):
                since = found
            elif BEFORE.search(before):
                until = found
            else:  # 'in June 2025', 'in 2025': the whole period
                since, until = found, period_end(found)
    if limit is None and not (period or since or until):
        limit = 10
    return RecentQuestion(min(limit, 50) if limit else None, since, until, period, kind, count)


def loose_pieces(words: list[str], offset: int) -> list[tuple[int, str]]:
    pieces: list[tuple[int, str]] = []
    current: list[str] = []
    start = offset
    for i, w in enumerate(words + ["and"]):
        if w in SEPARATORS or w in FILLER:
            text = " ".join(current)
            if len(text) >= 3:
                pieces.append((start, text))
            current, start = [], offset + i + 1
        else:
            current.append(w)
    return pieces


def only_term(rest: str, kind: str) -> bool:
    """'what is adequate' / 'what is police powers': the rest names only a grade or an area."""
    rest = re.sub(r"\b(?:grade|grades|rating|area|an|a|the|mean|meant)\b", " ", rest).strip()
    if not rest:
        return False
    grades, spans = find_grades(rest)
    if grades and spans and spans[0] == (0, len(rest)):
        return True
    area, span = find_area(rest, kind)
    return bool(area and span == (0, len(rest)))


def definition(
    norm: str, kind: str, round_: str | None, grades: tuple[str, ...], area: AreaConcept | None
) -> DefinitionQuestion:
    if re.search(r"\b(?:what|which)\s+(?:areas|things|parts)\b|\bareas\b|\bwhat\s+is\s+graded\b", norm):
        if re.search(r"\b(?:effectiveness|efficiency|people)\s+pillars?\b", norm):
            kind = "fire"  # 'which areas sit under the efficiency pillar': only fire inspections have pillars now
        return DefinitionQuestion("areas", kind=kind, round=round_ if round_ != "previous" else None)
    if COMPARABLE.search(norm):
        return DefinitionQuestion("comparable", kind=kind)
    if grades and (len(grades) == 1 or GRADE_JUDGED.search(norm)):
        return DefinitionQuestion("grade", grade=grades[0], kind=kind)
    if area:
        return DefinitionQuestion("area", area=area.key, kind=kind)
    return DefinitionQuestion("scale", kind=kind)


# Idioms whose words mean something else alone: 'who came out on top' is who did best, not what came out (a
# publication) nor who came out of Engage
_A_GRADE = r"(outstanding|good|adequate|requires\s+improvement|ri|inadequate)\b"
_IDIOMS = (
    (re.compile(r"\b(?:came|come|comes|coming)\s+out\s+(?:best|on\s+top|top)\b", re.I), "did best"),
    (
        re.compile(r"\b(?:came|come|comes|coming)\s+out\s+(?:ahead|in\s+front|better|stronger)\b", re.I),
        "did better",
    ),
    (re.compile(r"\b(?:came|come|comes|coming)\s+out\s+(?:worst|bottom)\b", re.I), "did worst"),
    # 'nothing lower than good' is good or better everywhere, not a negation of 'lower than good'
    (
        re.compile(
            rf"\b(?:nothing|no\s+grades?|none)\s+(?:(?:lower|below|worse)\s+than|below|under|beneath)\s+{_A_GRADE}",
            re.I,
        ),
        r"\1 or better in every area",
    ),
    (
        re.compile(
            rf"\b(?:nothing|no\s+grades?|none)\s+(?:(?:higher|above|better)\s+than|above|over)\s+{_A_GRADE}",
            re.I,
        ),
        r"\1 or worse in every area",
    ),
    (
        re.compile(r"[,;-]?\s*(?:and\s+)?(?:nothing|none)\s+(?:lower|below|worse)\b(?!\s+than)", re.I),
        " in every area",
    ),
    # a greeting is no grade: 'good morning, how did the police in hull do'
    (re.compile(r"\bgood\s+(?:morning|afternoon|evening|day|night)\b[,.!]?", re.I), "hello,"),
    (re.compile(r"\bset\s+out\b", re.I), "show"),  # 'could you set out the grades of X alongside Y'
    (re.compile(r"\balongside\s+(?:those|that)\s+of\b", re.I), "and"),
    # 'rank the yorkshire forces by how many RIs they got': the most of that grade first
    (
        re.compile(
            r"\b(?:rank|order|sort)\s+(?:the\s+)?(?P<who>[\w ]{1,60}?)\s+by\s+(?:how\s+many|(?:the\s+)?(?:number|count)"
            r"\s+of)\s+(?P<what>\w+(?:\s+improvement)?)(?:\s+(?:grades?|ratings?))?(?:\s+(?:they|it)\s+(?:got|get|have|had|received))?",
            re.I,
        ),
        r"which \g<who> got the most \g<what>",
    ),
)


# A grade typed as its capital letter where a grade goes: 'which 3 were I', 'why I for TVP', 'got an O'
_LETTER_GRADE = re.compile(
    r"\b(were|was|got|get|gets|rated|graded|an|why|any|two|three|four|five|\d)\s(I|O|G)"
    r"(?=\s+(?:for|in|on|at)\b|\W*$|\s*[,?])"
)
_ASKER = re.compile(r"\b(?:where|what|who|how|when|if|so)\s+(?:was|were)\s+I\b")  # 'where was I'
_LETTER_WORDS = {"I": "inadequate", "O": "outstanding", "G": "good"}


def idioms(text: str) -> str:
    """The text with idioms said plainly ('who came out on top' -> 'who did best')."""
    if (" I" in text or " O" in text or " G" in text) and not _ASKER.search(text):
        text = _LETTER_GRADE.sub(lambda m: f"{m.group(1)} {_LETTER_WORDS[m.group(2)]}", text)
    low = text.lower()
    # abbreviations, written out (imported here, so their words are not harvested as grammar words: they are
    # gone once written out); the cheap substring test first, then each one's own gate
    from bot.questions.abbreviations import GATE_WORDS, GATED

    if any(w in low for w in GATE_WORDS):
        for words, gate, pattern, written_out in GATED:
            if any(w in low for w in words) and gate.search(low):
                text = pattern.sub(written_out, text)
    if not any(w in low for w in ("out", "nothing", "none", "no grade", "alongside", "good ", " by ")):
        return text
    for pattern, plain in _IDIOMS:
        text = pattern.sub(plain, text)
    return text
