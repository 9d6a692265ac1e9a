"""The words that change what a question means without naming anything: negation, 'only', 'except',
'both', a calendar year. Found in normalised text (lower case, apostrophes dropped: "weren't" -> 'werent')
so that none is ever dropped silently: each is applied as a general rule over the question's slots, or the
answer says it was not taken into account.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.questions.kinds import MonitoringQuestion, Question
from bot.questions.names import Directory, normalise

# Negations the grammar already reads as part of a phrase ('not good enough' means requires improvement
# or worse; 'no worse than good' means good or better): taken out before looking for a negation.
_READ_AS_PHRASE = re.compile(
    r"\b(?:not\s+good\s+enough|no\s+worse\s+than|no\s+better\s+than|not\s+graded|not\s+recorded|"
    r"no\s+longer|whether\s+or\s+not|if\s+not|or\s+not|not\s+sure|not\s+only)\b"
    # a question tag asks for a yes or no, it negates nothing: 'lancs fire got loads of outstandings didnt
    # they', 'they were in special measures werent they'
    r"|\b(?:didnt|wasnt|werent|isnt|arent|hasnt|havent|hadnt|doesnt|dont|wont|cant)\s+(?:they|it|he|she|we|you|i)"
    r"\b(?!\s+any\b)"  # (and one before its subject: 'werent they in it too'; not 'wasnt it. any better now?')
    # nor does a question opened by one ('didnt the met get inadequate' asks whether it did)
    r"|^(?:didnt|wasnt|werent|isnt|arent|hasnt|havent|hadnt|doesnt)\b"
)
NEGATION = re.compile(
    r"\b(?:not|never|none|nothing|neither|nor|without|avoided|avoid|avoiding|escaped|free\s+of|"
    r"werent|wasnt|isnt|arent|didnt|doesnt|dont|hasnt|"
    r"havent|hadnt|wont|no(?=\s+(?:\w+\s+)?(?:grades?|areas?|forces?|services?|outstanding|good|"
    r"adequate|inadequate|requires|ri|one|body|bodies)))\b"
)
NOT_EVER = re.compile(r"\b(?:havent|hasnt|have\s+not|has\s+not)\s+(?:ever\s+)?been\b")  # 'havent been in it'
ONLY = re.compile(
    r"\b(?:only|anyone\s+else|anybody\s+else|any\s+others?|any\s+other\s+(?:forces?|services?|bodies)|"
    r"the\s+sole|alone)\b"
)
# 'only' that asks whether a body is the only one ('is kent the only force…', 'anyone else'), not an adverb
# ('only seen a couple of the grades', 'did they only get one good')
ONLY_ONE = re.compile(
    r"\b(?:the\s+only|only\s+(?:one|ones|forces?|services?|fire|police|bod(?:y|ies)|frs)|anyone\s+else|"
    r"anybody\s+else|any\s+others?|any\s+other\s+(?:forces?|services?|bodies)|the\s+sole|alone)\b"
)
# 'was protection the only area they didn't get good in': the body's areas at the grades asked, not the others
ONLY_AREA = re.compile(r"\bthe\s+only\s+(?:area|thing|bit|category|grade|one\s+of\s+(?:its|their)\s+areas)\b")
# 'bar the Met, who else …', 'barring kent': 'bar' leaves out only where a clause starts, never a noun
_BAR = r"(?:^|(?<=[,;:.!?(]\s)|(?<=[-–—]\s))bar(?:ring)?\b(?=\s+(?:the\s+)?[a-z&])"
_BAR_TYPED = re.compile(_BAR)
EXCEPT = re.compile(
    r"\b(?:except|excluding|apart\s+from|other\s+than|besides|aside\s+from|leaving\s+out|leave\s+out|"
    r"not\s+counting|not\s+including|ignoring|minus|save\s+for|(?:setting|leaving|putting)\s+aside)\b|" + _BAR
)
BOTH = re.compile(r"\bboth\b")
YEAR = re.compile(r"(?<![\d/-])\b(20\d\d)\b(?!\s*[-/–—]\s*(?:20)?\d\d\b)")
# 'every area', 'in everything', 'across the board': a grade held in every area, not in at least one
EVERY = re.compile(
    r"\b(?:in|for|at)\s+(?:every|each|all)\s+(?:single\s+)?(?:areas?|things?|categories)\b|\bacross\s+the\s+board\b|"
    r"\b(?:at|for|in)\s+everything\b|\b(?:all|nothing\s+but|straight)\s+(?:outstandings?|goods?|adequates?|"
    r"requires\s+improvements?|ris?|inadequates?)\b"
)
# 'has kent ever been rated inadequate': any round, not only the latest report
EVER = re.compile(
    r"\b(?:ever|at\s+any\s+(?:point|time|stage)|in\s+any\s+round|any\s+of\s+(?:its|their)\s+reports)\b"
)


# Where any of the above is: most questions have none, and one search costs less than five.
_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in (_READ_AS_PHRASE, NEGATION, ONLY, EXCEPT, BOTH)))


# a tag question at the end asks for agreement, negating nothing: '… was in engage, wasn't it, still?'
_TAG = re.compile(
    r"(?<=\w)\s+(?:wasnt|werent|isnt|arent|didnt|hasnt|havent|doesnt|dont)\s+(?:it|they|we|he|she)"
    r"(?=\s*(?:still|then|now|too|right|though)?\s*$)"
)


# 'ONLY that area pls, not overall': what is not wanted is the whole card, not the grade
_NOT_SCOPE = re.compile(
    r"\bnot\s+(?:overall|in\s+general|generally|everything|all\s+(?:of\s+)?(?:them|the\s+areas)|the\s+(?:whole|full)\s+"
    r"(?:card|report|thing|list))\b"
)


def year_asked(year: str, norm: str) -> bool:
    """'were lancashire rated in 2016', 'back in 2019': a report of that year asked for, a year before every
    round held (never 'retired 2009', a year said about something else)."""
    return "2000" <= year <= "2020" and bool(re.search(rf"\b(?:in|during|from)\s+{year}\b", norm))


def operators(norm: str, text: str = "") -> tuple[str, ...]:
    """The meaning-changing words in normalised text, each once: 'not', 'only', 'except', 'both'; and the
    calendar years in `text` (as typed, rounds such as '2021/22' already taken out)."""
    text = text or norm
    found: list[str] = []
    if "bar" in text.lower() and _BAR_TYPED.search(text.lower()) and "except" not in found:
        found.append("except")  # ', bar surrey': read where the comma still is
    if _ANY.search(norm):
        norm = _TAG.sub(
            " ", _READ_AS_PHRASE.sub(" ", _NOT_SCOPE.sub(" ", norm))
        )  # ('bucks was in engage, wasn't it?', 'only that area, not overall': no negation of a grade)
        for name, pattern in (("not", NEGATION), ("only", ONLY), ("except", EXCEPT), ("both", BOTH)):
            if (m := pattern.search(norm)) and name not in found:
                found.append(name if name != "not" else "never" if NOT_EVER.search(norm) else m.group(0))
    found += [y for y in YEAR.findall(text) if y not in found]
    return tuple(found)


# 'didn't get a single good', 'no goods at all': the grade itself counted, not 'good or better'
_COUNTED_GOOD = re.compile(r"\b(?:a\s+single|single|any|one|even\s+one|no)\s+goods?\b|\bgoods\b")


def other_grades(grades: tuple[str, ...], norm: str = "") -> tuple[str, ...]:
    """The grades 'not' these means: 'not good' is worse than good (good is good or better, as in yes/no
    questions), any other grade is every other grade; 'not a single good' is every grade but good."""
    from bot.questions.vocab import GRADES

    if grades == ("Good",) and not _COUNTED_GOOD.search(norm):
        grades = ("Outstanding", "Good")
    return tuple(g for g in GRADES if g not in grades)


# 'did none of the welsh forces get an outstanding', 'has no force got outstanding for X': a yes or no about
# whether any did, answered by who did (none listed is the yes)
_WHETHER_ANY = re.compile(
    r"^(?:so\s+)?(?:did|do|does|has|have|had|is|are|was|were)\s+(?:none|no|nobody|noone|no\s+one)\b"
    # 'none of the fire services round here got inadequate, did they?': a tag asks whether any did
    r"|^(?:so\s+)?(?:none|no\s+one|nobody|noone)\b.*\b(?:did|do|does|have|has|were|was|are|is)\s+(?:they|it|we|any)\b"
)


# 'my mate says herts werent rated inadequate for anything, is he right': a claim checked, so the grades it names
_CLAIM_CHECKED = re.compile(
    r"\b(?:is|was|are)\s+(?:he|she|that|this|it|they|my\s+\w+)\s+(?:right|correct|wrong)\b|\bis\s+(?:that|this|it)\s+true\b"
    r"|\bam\s+i\s+(?:right|wrong)\b|\b(?:says?|said|reckons?|claims?|told\s+me)\b.*\b(?:right|true|correct)\W*$"
)


def checks_a_claim(norm: str) -> bool:
    """The question checks a negative claim ('… werent rated inadequate for anything, is he right'): its answer is
    the grades the claim names, plainly, never a yes or no that could be read either way."""
    return bool(_CLAIM_CHECKED.search(norm))


def asks_whether_any(norm: str) -> bool:
    """The question asks whether none did (so the answer is who did), not which did not."""
    return bool(_WHETHER_ANY.search(norm))


def is_year(word: str) -> bool:
    """'2023' is a calendar year (not a round)."""
    return bool(re.fullmatch(r"20\d\d", word))


# A day's date as people write it: '1 January 2024', '1st jan 2024', '01/01/2024'
_DAY = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+20\d\d\b"
    r"|\b\d{1,2}/\d{1,2}/20\d\d\b",
    re.I,
)


_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def _iso_day(said: str) -> str | None:
    """'1 January 2024', '1st jan 2024', '01/01/2024' (day first, as in Britain) -> '2024-01-01'."""
    if m := re.match(r"(\d{1,2})/(\d{1,2})/(20\d\d)", said):
        day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    elif m := re.match(r"(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3})[a-z]*\.?,?\s+(20\d\d)", said.lower()):
        day, month, year = int(m.group(1)), _MONTHS.index(m.group(2)) + 1, m.group(3)
    else:
        return None
    return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def on_day(question: Question, text: str) -> tuple[Question, tuple[str, ...]]:
    """'which forces were in Engage on 1 January 2024': everyone whose spell was under way that day (the
    question, and a note when a day is named that cannot be applied, never dropped silently)."""
    m = _DAY.search(text)
    if m is None or not isinstance(question, MonitoringQuestion):
        return question, ()
    day = _iso_day(m.group(0))
    if question.ended and day == f"{question.year}-12-31":
        return question, ()  # 'but had exited by 31 dec 2023': by the year's close, as asked
    if day is None or question.now or question.ended:
        return question, (f"not taken into account: the day ({m.group(0)})",)
    return replace(question, year=day, during=True), ()


_EXCEPT_NAMES = re.compile(
    r"(?i)(?:\b(?:except(?:\s+for)?|excluding|apart\s+from|other\s+than|besides|aside\s+from|leaving\s+out|"
    r"leave\s+out|not\s+counting|not\s+including|ignoring|minus|without|save\s+for|(?:setting|leaving|putting)\s+aside)\b|"
    + _BAR
    + r")\s+(?:the\s+)?"
    r"((?:[\w&']+(?:-[\w&']+)*\s*){1,6}?)(?=\s*(?:,|:|\s[-–—]\s|\bwhich\b|\bwho\b|\bwhat\b|\bhow\b|\bwhere\b|\bare\b|\bis\b|\bwere\b|\bwas\b|\bhave\b|\bhas\b|\bhad\b|"
    r"\bgot\b|\bget\b|\bgets\b|\breceived\b|\bscored\b|\brated\b|\bwith\b|\?|$))"
)


def except_question(text: str, directory: Directory) -> Question | None:
    """'apart from sussex, which forces were good at responding': the list without the bodies named; 'leaving
    out the Welsh forces': without every body of the list's kind in that place."""
    from bot.questions.counterparts import in_place
    from bot.questions.kinds import (
        BodyGradesQuestion,
        CompareQuestion,
        FilterQuestion,
        GradeQuestion,
        UsageError,
    )
    from bot.questions.parse import name_finder, parse_question
    from bot.questions.words import find_place

    m = _EXCEPT_NAMES.search(text)
    if not m:
        return None
    # every clause left out ('not counting the met - apart from lincolnshire, has any force …')
    rest = " ".join(_EXCEPT_NAMES.sub(" ", text).split()).strip(" ,-–—")
    try:
        without = parse_question(rest, directory)
    except UsageError:
        return None
    if isinstance(without, MonitoringQuestion) and not without.names:
        if not without.name or directory.resolve(without.name).body is None:
            return replace(
                without, name=None
            )  # 'apart from lincolnshire, is anyone in special measures': the list names everyone
    if (
        isinstance(without, (GradeQuestion, BodyGradesQuestion))
        and directory.resolve(without.name).body is not None
    ):
        # 'herts fire - apart from the prevention stuff how did they do': its card, every area; 'apart from
        # investigating crime, where else did cleveland get RI': its areas at that grade, the one named among them
        return without
    placed = isinstance(without, CompareQuestion) and not without.names and without.place is not None
    if not isinstance(without, FilterQuestion) and not placed:
        return None
    kind = without.kind  # type: ignore[union-attr]

    named = normalise(" and ".join(x.group(1) for x in _EXCEPT_NAMES.finditer(text)))
    if isinstance(without, FilterQuestion) and not without.area:
        if area := _area_named(
            named, without.kind, directory
        ):  # 'apart from crime recording, outstanding for anything'
            return replace(without, except_areas=(area,))
    found = name_finder(directory).find(named.split())
    if kind == "fire":
        found = [
            (s, e, directory.resolve(" ".join(named.split()[s:e]) + " fire").body or b) for s, e, b in found
        ]
    ids = tuple(b.id for _, _, b in found if b.kind == kind)
    typed = directory.resolve(m.group(1).strip()).body  # 'except A&S': an alias as typed, '&' and all
    ids = ids or ((typed.id,) if typed is not None and typed.kind == kind else ())
    # 'other than cornwall, which fire services ...', 'apart from avon and cornwall': each name, of the kind
    suffix = "fire" if kind == "fire" else "police"
    parts = [p.strip() for p in re.split(r",|\band\b|&", named) if p.strip()]
    if not ids or len(parts) > len(ids) > 0:
        bodies = [directory.resolve(f"{p} {suffix}").body for p in parts]
        if bodies and all(b is not None and b.kind == kind for b in bodies):
            ids = tuple(b.id for b in bodies if b is not None)
    place, _ = find_place(named)
    if not ids and place is not None:
        ids = tuple(b.id for b in directory.bodies if b.kind == kind and in_place(b, place))
    if not ids:
        return None
    if isinstance(without, CompareQuestion) and without.place is not None:
        # 'other than the Met, how did London's other police force do': the place's other bodies
        left = [
            b.id
            for b in directory.bodies
            if b.kind == kind and in_place(b, without.place) and b.id not in ids
        ]
        if len(left) == 1:
            return GradeQuestion(left[0], without.round) if without.area is None else None
        return replace(without, names=tuple(left), place=None) if left else None
    assert isinstance(without, FilterQuestion)
    return replace(without, exclude=ids)


def _area_named(named: str, kind: str, directory: Directory) -> str | None:
    """The area an 'apart from …' clause names, when it names an area and no body."""
    from bot.questions.areas import find_area
    from bot.questions.parse import name_finder

    concept, _ = find_area(named, kind)
    if concept is None or name_finder(directory).find(named.split()):
        return None
    return concept.key
