"""Which answer a question gets, from the entities it names: one table, read top to bottom, first match wins.

Each row is (what the question holds -> what it gets). A named body always wins over words like 'grades',
'good' or a place word, because bodies are found first (entities.py) and the body rows come early.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from bot.questions import cues
from bot.questions.among import among_question, asks_among
from bot.questions.entities import GOOD_OR_BETTER, Entities
from bot.questions.kept import KEPT
from bot.questions.kinds import (
    AreaQuestion,
    BodyCountQuestion,
    BodyGradesQuestion,
    CompareQuestion,
    DefinitionQuestion,
    FilterQuestion,
    GradeCountQuestion,
    GradeQuestion,
    HistoryQuestion,
    MonitoringQuestion,
    OutOfScopeQuestion,
    Question,
    RankQuestion,
    UnanswerableQuestion,
)
from bot.questions.refine import movement_question
from bot.questions.topics import ALWAYS_REFUSED, STRONG_TOPICS, TIMES, figures_of_engage, measured
from bot.questions.vocab import GRADES
from bot.questions.words import BOTH_KINDS, POLICE_PATTERN


@dataclass(frozen=True)
class Route:
    """One row of the table: a description people can read, when it applies, and what it asks."""

    slots: str
    applies: Callable[[Entities], bool]
    build: Callable[[Entities], Question | None]  # None: this row passes after all


def _one(e: Entities) -> bool:
    return len(e.bodies) == 1


def _collective(e: Entities) -> bool:
    return bool(cues.COLLECTIVE.search(e.rest))


_NOW = re.compile(r"\b(?:now|nowadays|currently|these\s+days|today|at\s+the\s+moment|atm|latest)\b")
_VS_NOW = re.compile(r"\b(?:vs|versus|against|compared\s+(?:to|with)|and|to)\s+(?:now|today|the\s+latest)\b")


def _round(e: Entities) -> str | None:
    if e.round and _VS_NOW.search(e.norm):
        return None  # 'investigating crime 2021-22 vs now': the latest, with how it moved from that round
    against = cues.AGAINST_PREVIOUS.search(e.norm) or cues.HISTORY.search(e.norm)  # ('… vs the time before')
    if e.round is None and cues.PREVIOUS.search(e.norm) and not against and not _NOW.search(e.norm):
        return "previous"  # (not 'was rated inadequate last time - what is it now': the latest)
    return e.round


def _outside_area(e: Entities) -> str:
    """The words outside the area's own phrase: 'best' in 'making best use of resources' asks no ranking."""
    if e.area is None:
        return e.norm
    from bot.questions.areas import find_area

    _, span = find_area(e.norm, e.kind)
    return e.norm if span is None else e.norm[: span[0]] + " " + e.norm[span[1] :]


def _explicit_kind(e: Entities) -> str | None:
    if not e.bodies and BOTH_KINDS.search(e.norm):
        return None
    if e.kind == "fire" or POLICE_PATTERN.search(e.rest):
        return e.kind
    return None


def _outside(e: Entities) -> bool:
    """Police Scotland, a Welsh fire service, prisons...: never answered with another body's grades.

    A body named in full ('kent police and probation') keeps the question; so does an area, unless the
    body outside is itself a police force or fire service ('scottish fire service on prevention')."""
    if not e.out_of_scope or (e.bodies and not e.bare_names):
        return False
    return e.out_of_scope_strong or e.area is None


def _monitoring(e: Entities) -> Question:
    from bot.questions import engage_words

    if len(e.bodies) > 1:  # 'were glos police and glos fire both in special measures at the same time'; 'now'
        now = (e.still or bool(_NOW.search(e.norm))) and not engage_words.same_time(e.norm)
        return MonitoringQuestion(names=tuple(b.id for b in e.bodies), kind=_explicit_kind(e), now=now)
    left = [
        w
        for w in _leftover_name(e).split()
        if not w.isdigit() and not engage_words.MOVES.fullmatch(w) and w not in engage_words.NO_NAME
    ]  # ('other' in 'which other fire services were in engage' is no name)
    name = e.bodies[0].id if e.bodies else " ".join(left)  # ('went' in 'which forces went into…' is no Gwent)
    year = _year(e)
    now = bool(re.match(r"(?:so\s+)?(?:is|are)\b", e.norm)) or e.still
    pick = None if e.bodies else engage_words.pick_of(e.norm)
    only_now = not year and not e.bodies and not pick and engage_words.now_only(e.norm)
    ended = bool(year) and engage_words.ended_within(e.norm)
    during = bool(year) and (ended or not engage_words.MOVES.search(e.norm))
    place = e.place if not e.bodies else None
    since = engage_words.since_which(e.norm) if year else ""
    moved = engage_words.moved_which(e.norm) if year and not since and not during else ""
    kind = _explicit_kind(e)
    if kind == "fire" and not e.bodies and POLICE_PATTERN.search(e.rest):
        kind = None  # 'any fire services still in engage or is it just police now': both kinds
    return MonitoringQuestion(
        name or None,
        kind,
        now,
        year,
        during and not since,
        place,
        pick=pick,
        ended=ended,
        only_now=only_now,
        since=since,
        moved=moved,
    )


def _engage_together(e: Entities) -> bool:
    """Two to four bodies and nothing about grades: their spells in Engage, and whether they overlapped."""
    from bot.questions import engage_words

    if not 2 <= len(e.bodies) <= 4 or e.area:
        return False
    return engage_words.same_time(e.norm) or not (e.grades or cues.GRADES_NOUN.search(e.norm))


def _not_covered(e: Entities) -> bool:
    """A topic no grade answers, and no area asked: crime counts and budgets yield to a grade word too; bodies
    HMICFRS does not inspect only to a police or fire word ('are schools in surrey outstanding': Ofsted's)."""
    if e.not_covered == TIMES and not e.monitoring:
        return not e.grades  # 'how long to answer 999 calls' names an area, and asks for a figure
    if e.not_covered in ALWAYS_REFUSED:
        return True  # 'what did ofsted say …': not HMICFRS's verdict; 'who was the chief constable then': a person
    if e.not_covered in STRONG_TOPICS:
        return not e.kind_word  # and so 'which ambulance services are in special measures'
    if not e.not_covered or (e.monitoring and not figures_of_engage(e.not_covered, e.norm)):
        return False
    if e.bodies and e.not_covered.startswith("inquiries") and cues.GRADES_NOUN.search(e.norm):
        return False  # 'X got a cause of concern didnt they, what were their grades': the grades
    if e.area and not measured(e.norm):
        return False
    return not e.grades


def _definition_asked(e: Entities) -> bool:
    if e.bodies:
        return False
    if (
        cues.DEFINE_STRONG.search(e.norm)
        or cues.ASIDE.search(e.norm)
        or (re.search(r"\bhow\s+many\s+areas\b", e.norm) and not e.grades)
    ):
        return True
    m = cues.WHAT_IS.match(e.norm)
    return m is not None and cues.only_term(m.group(1), e.kind)


_MONITORING_TERM = re.compile(  # ('… mean, is it the same as special measures, and what's the normal level')
    r"^(?:the\s+)?(?:difference\s+between\s+)?(?:being\s+(?:in|on)\s+)?(?:engage|engage\s+process|special\s+measures|enhanced\s+monitoring|engage\s+monitoring)"
    r"(?:\s+(?:mean|means|stand\s+for|about|exactly))?(?:$|\s+(?:and\s+)?(?:is\s+(?:it|that)\s+(?:the\s+)?same|what\s*s\s+the\s+(?:normal|usual|routine)))"
)
_ASKS_WHAT = re.compile(
    r"(?:^|\b)(?:what\s+is|what\s+s|whats|what\s+are|what\s+does(?:\s+(?:hmicfrs|hmic|it)\s+mean\s+by)?|what\s+do|explain|define)\s+(.*)$"
)


def _engage_defined(e: Entities) -> bool:
    """'whats engage', 'what does special measures mean': what enhanced monitoring is, not who is in it."""
    m = _ASKS_WHAT.search(e.norm) if e.monitoring and not e.bodies else None
    return m is not None and bool(_MONITORING_TERM.match(m.group(1)))


def _definition(e: Entities) -> Question:
    asked = cues.definition(e.norm, e.kind, _round(e), e.grades, e.area)
    if isinstance(asked, DefinitionQuestion) and asked.topic == "areas" and asked.round and e.since_round:
        return replace(asked, since=e.since_round) if e.since_round != asked.round else asked
    return asked


def _said_kind(e: Entities) -> str | None:
    """The kind a question about reports asks for: fire or police in words, neither when both are said."""
    if BOTH_KINDS.search(e.norm):
        return None  # 'what came out in november 2023, police or fire'
    return e.kind if e.kind == "fire" or POLICE_PATTERN.search(e.norm) else None


def _count(e: Entities) -> Question | None:
    kind = _said_kind(e)
    area = e.area.key if e.area else None
    if cues.REPORTS_NOUN.search(e.norm) and not e.grades and not e.area:
        return cues.recent_question(e.text, e.norm, kind, True)
    counted = cues.GRADES_COUNTED.search(e.norm) or not cues.BODIES_NOUN.search(e.norm)  # grades, not bodies
    if cues.GRADES_NOUN.search(e.norm) and counted:
        return GradeCountQuestion(e.grades or GRADES, area, e.kind, e.place, _round(e))  # 'how many grades'
    if e.grades:
        return FilterQuestion(area, e.grades, e.kind, e.place, _round(e), count=True)
    if not e.area:
        both = re.search(r"\b(?:english|england)\b", e.norm) and re.search(r"\b(?:welsh|wales)\b", e.norm)
        asked = None if BOTH_KINDS.search(e.norm) else (kind or e.kind)  # 'police forces and fire services'
        return BodyCountQuestion(asked, None if both else e.place)  # 'english forces vs welsh'
    return None


_PRONOUNS = frozenset(
    {
        "they",
        "them",
        "it",
        "their",
        "its",
        "that",
        "this",
        "those",
        "these",
        "he",
        "she",
        "each other",
        "one another",
    }
)


def compare_names(e: Entities) -> tuple[str, ...]:
    """Every body named, exactly (as ids) or loosely (as typed), in order."""
    names = [b.id for b in e.bodies]
    for piece in e.leftover.split(","):
        for _, name in cues.loose_pieces(piece.split(), 0):
            if name not in names and name not in _PRONOUNS:
                names.append(name)
    return tuple(names)


def _compare(e: Entities) -> Question | None:
    if not e.bodies and e.place is not None and cues.COMPARE.search(e.norm):
        round_ = e.round if e.round != "previous" else None
        return CompareQuestion((), round_, e.area.key if e.area else None, e.place, e.kind)
    if len(e.bodies) == 1 and e.since_round is not None:
        return None  # 'did they get worse compared with 2021': one body over time, not two side by side
    if len(e.bodies) == 1 and e.out_of_scope_strong:
        if cues.COMPARE.search(e.norm) or re.search(r"\bcompare", e.norm):
            # 'how does the PSNI compare to merseyside police': no comparison can be made; who inspects it
            return OutOfScopeQuestion(e.out_of_scope or "")
        # 'kent police and police scotland grades': the one HMICFRS inspects, and a note that it does not
        # inspect the other (understand.py)
        body = e.bodies[0].id
        return AreaQuestion(body, e.area.key, _round(e)) if e.area else GradeQuestion(body, _round(e))
    names = compare_names(e)
    if len(names) < 2 or (_collective(e) and e.grades and len(e.bodies) < 2):
        return None
    round_ = e.round if e.round != "previous" else None
    return CompareQuestion(names, round_, e.area.key if e.area else None)


def _year(e: Entities) -> str | None:
    """A calendar year named in the question ('in 2025'), not a round."""
    found = re.search(r"\b(20\d\d)\b", e.text)
    return found.group(1) if found else None


def _test(e: Entities) -> tuple[str, ...]:
    """The grades a yes/no question asks about: 'any good at' means good or better."""
    if not e.yes_no:
        return ()
    if (e.loose_good and not e.grades) or e.grades == ("Good",):
        return GOOD_OR_BETTER  # 'is X good at Y' is answered yes for Outstanding too
    return e.grades


# A time before now the question measures 'still' against: 'as bad as they were a few years back', 'in 2021'
_THEN = re.compile(
    r"\b(?:(?:a\s+few|some|two|three|several|couple\s+of)\s+years\s+(?:back|ago)|years\s+ago|back\s+then|back\s+in|"
    r"used\s+to|always|previously|before|in\s+20\d\d|(?:was|were)\s+(?:awful|bad|terrible|rubbish|dire|great|brilliant|"
    r"outstanding|inadequate|good|poor|failing))\b"
)


# A ranking asked in the singular: 'which police force is doing worst', 'who has the most outstandings'
_ONE_ASKED = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+){0,3}?(?:force|service|brigade|constabulary|frs|one)\s+(?:(?:in|of|from)\s+(?:\w+\s+){1,5}?)?"
    r"(?:is|was|has|had|did|got|"
    r"gets|does|do|performs?|performed|came|comes|scored|ranks?|ranked)\b|\bwho(?:s|\s+is|\s+was|\s+has|\s+had|\s+got|"
    r"\s+did|\s+came)\s+(?:the\s+)?(?:best|worst|most|fewest|top|bottom)\b"
)


def _rank_named(e: Entities) -> Question:
    grade, fewest = cues.grade_count_rank(e.norm) or ("Outstanding", False)
    kind = e.bodies[0].kind
    return RankQuestion(
        None, not fewest, len(e.bodies), kind, None, _round(e), grade, fewest, tuple(b.id for b in e.bodies)
    )


def _rank(e: Entities) -> Question:
    limit_match = cues.LIMIT.search(e.norm)
    limit = cues.number(limit_match.group(1) or limit_match.group(2)) if limit_match else 5
    if not limit_match and _ONE_ASKED.search(e.norm):
        limit = (
            1  # 'which force is doing worst in the east midlands': the one asked for (ties said in a note)
        )
    best = not cues.WORST.search(e.norm)
    area = e.area.key if e.area else None
    by_count = cues.grade_count_rank(e.norm) if not area else None
    by_grade, fewest = by_count if by_count else (None, False)
    return RankQuestion(area, best, max(1, min(limit, 20)), e.kind, e.place, _round(e), by_grade, fewest)


def _leftover_name(e: Entities) -> str:
    """Words no entity took, less filler and words for groups of bodies: maybe a name typed loosely."""
    words = [
        w
        for w in e.leftover.replace(",", " ").split()
        if w not in cues.FILLER and w not in cues.GROUP_WORDS and not w.isdigit()  # '2023' is a year
    ]
    return " ".join(words)


def _loose_body(e: Entities) -> Question | None:
    rest = _leftover_name(e)
    if not (3 <= len(rest) <= 60 and len(rest.split()) <= 6) or e.place:
        return None
    if e.area:
        return AreaQuestion(rest, e.area.key, _round(e), _test(e))
    return GradeQuestion(rest, _round(e))


def _recent(e: Entities) -> Question | None:
    if cues.REPORTS_NOUN.search(e.norm) or (
        cues.TIME.search(e.norm) and (re.search(r"\b20\d\d\b", e.text) or cues.PAST_N.search(e.norm))
    ):
        return cues.recent_question(e.text, e.norm, _said_kind(e), False)
    if cues.TIME.search(e.norm) and re.search(r"\bwhat\b|\bwhats\b|\bnew\b", e.norm):
        return cues.recent_question(e.text, e.norm, "fire" if e.kind == "fire" else None, False)
    return None


def _movement_asked(e: Entities) -> bool:
    return (
        not e.bodies
        and e.movement is not None
        and bool(
            e.area or e.place or e.kind_word or _collective(e) or re.search(r"\b(?:biggest|most)\b", e.norm)
        )
    )


ROUTES: tuple[Route, ...] = (
    Route("no body (or only places' names) + a body or service not held here -> who inspects it", _outside, lambda e: OutOfScopeQuestion(e.out_of_scope or "")),
    Route("a topic no grade answers (crime counts, budgets, named officers, hospitals, schools) and no area or grade -> what I cover", _not_covered, lambda e: UnanswerableQuestion(e.typed or e.text, e.not_covered or "")),
    Route("everyday words (weather, travel, sport) and none about inspections -> what I cover", lambda e: e.off_topic, lambda e: UnanswerableQuestion(e.typed or e.text)),
    Route("'what is engage', 'what does special measures mean' -> what enhanced monitoring is", _engage_defined, lambda e: DefinitionQuestion("engage", kind=e.kind)),
    Route("monitoring words (+ one body, or bodies at the same time) -> enhanced monitoring", lambda e: e.monitoring and (len(e.bodies) <= 1 or _engage_together(e)) and not (e.area and e.movement and e.bodies), _monitoring),
    Route("no body + 'what does ... mean' / 'what areas' -> definition", _definition_asked, _definition),
    Route("no body + 'how many' -> a count", lambda e: not e.bodies and bool(cues.HOW_MANY.search(e.norm)) and not cues.grade_count_rank(e.norm) and not (e.movement and e.area), _count),
    Route("two to six bodies + 'which got more goods' -> those bodies ranked by that grade's count", lambda e: 2 <= len(e.bodies) <= 6 and bool(cues.grade_count_rank(e.norm)) and not e.area, _rank_named),
    Route("two or more bodies of a kind + grade + 'which of' -> those of them at that grade", asks_among, lambda e: among_question(e, _round(e))),
    Route("two or more bodies, or 'compare' -> side by side (on the area, if one is named)", lambda e: len(e.bodies) >= 2 or bool(cues.COMPARE.search(e.norm)), _compare),
    Route("one body + 'still' + then ('still as bad as a few years back', 'were always outstanding - still are?') -> every round", lambda e: _one(e) and e.area is None and e.still and bool(_THEN.search(e.norm)), lambda e: HistoryQuestion(e.bodies[0].id)),
    Route("one body + grade + kept / dropped ('did humberside keep its outstanding grades') -> every round", lambda e: _one(e) and e.area is None and bool(e.grades) and bool(KEPT.search(e.norm)), lambda e: HistoryQuestion(e.bodies[0].id)),
    Route("one body + area -> that area only", lambda e: _one(e) and e.area is not None, lambda e: AreaQuestion(e.bodies[0].id, e.area.key if e.area else "", _round(e), _test(e))),
    Route("one body + 'over time' / 'improved' -> every round", lambda e: _one(e) and not e.grades and (bool(cues.HISTORY.search(e.norm) or cues.AGAINST_EARLIER.search(e.norm)) or e.movement is not None) and (e.round is None or e.since_round is not None), lambda e: HistoryQuestion(e.bodies[0].id)),
    Route("one body + grade -> that body's areas at that grade", lambda e: _one(e) and bool(e.grades), lambda e: BodyGradesQuestion(e.bodies[0].id, e.grades, _round(e), e.yes_no)),
    Route("one body -> its grades", _one, lambda e: GradeQuestion(e.bodies[0].id, _round(e))),
    Route("no body + got better / worse / improvers -> movement between rounds", _movement_asked, movement_question),
    Route("no body + best / worst / 'the most outstanding grades', 'fewest RIs' -> a ranking", lambda e: bool(cues.RANK.search(_outside_area(e)) or cues.grade_count_rank(e.norm)), _rank),
    Route("a name not found exactly + area, asked yes/no or 'any good' -> ask back which body", lambda e: not e.bodies and e.area is not None and (e.loose_good or e.yes_no) and bool(_leftover_name(e)) and not e.place, _loose_body),
    Route("no body + grade or area (+ place, kind, round) -> a list", lambda e: bool(e.grades or e.area) and (_collective(e) or not _leftover_name(e) or e.place is not None or e.kind_word), lambda e: FilterQuestion(e.area.key if e.area else None, e.grades, e.kind, e.place, _round(e))),
    Route("no body + place (+ kind, round), nothing else -> the bodies there side by side", lambda e: not e.bodies and e.place is not None and (_collective(e) or e.kind_word or not _leftover_name(e)), lambda e: CompareQuestion((), e.round if e.round != "previous" else None, None, e.place, e.kind)),
    Route("'over time' + a name not found exactly -> every round", lambda e: bool(cues.HISTORY.search(e.norm)) and not _collective(e) and bool(_leftover_name(e)), lambda e: HistoryQuestion(_leftover_name(e))),
    Route("published / latest / since a date -> reports", lambda e: True, _recent),
    Route("a name not found exactly (+ area) -> ask back or answer", lambda e: True, _loose_body),
)  # fmt: skip


def route(e: Entities, original: str) -> Question:
    """The first row that applies and builds a question; else 'I can't answer that yet'."""
    for row in ROUTES:
        if row.applies(e):
            question = row.build(e)
            if question is not None:
                return question
    return UnanswerableQuestion(original)
