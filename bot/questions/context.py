"""Follow-ups: a question asked after another in the same thread or DM keeps what it leaves out.

Its own slots (bodies, area, grades, round, place, kind) win, the rest come from the last question; the merge is
routed as any question and written back as one that stands alone (checked by parsing it again). Pure."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.questions.dates import long_rounds, swap_month
from bot.questions.engage_follow import engage_for_it
from bot.questions.follow_words import (
    ASKS_GRADES,
    ASKS_OF_ONE,
    GROUP_WORDS,
    IS_IT_THE_ONLY,
    NATIONAL,
    OF_THOSE,
    OVER_TIME,
    SAME_FOR_KIND,
    SAME_ONE,
    THE_KIND,
    THE_ONE,
    WHO_WAS,
)
from bot.questions.kinds import (
    AreaQuestion,
    BodyGradesQuestion,
    CompareQuestion,
    FilterQuestion,
    GradeCountQuestion,
    GradeQuestion,
    HistoryQuestion,
    Question,
    RankQuestion,
    UnanswerableQuestion,
    UsageError,
)
from bot.questions.move_words import ONLY_ONES
from bot.questions.names import Directory, normalise
from bot.questions.why_words import AREA_REF

if TYPE_CHECKING:
    from bot.questions.entities import Entities

# Words that open a follow-up: 'and suffolk?', 'what about investigating crime?', 'same for 2021/22'.
_MARKER = re.compile(
    r"^\s*(?:(?:ok(?:ay)?|so|right|cool|thanks|ta|great|hmm)\b[,!.]?\s*)*"
    r"(?:and\b|also\b|plus\b|now\b|then\b|but\b|what\s+about\b|how\s+about\b|what\s+of\b|"
    r"same\s+(?:for|in|with|on|but)\b|(?:for|in|on|at|with|vs|versus|compared\s+(?:to|with))\b|"
    r"just\b|only\b)",
    re.I,
)
# A question about the body the last one named: 'is it in engage?', 'how have they done over time?'.
_PRONOUN = re.compile(
    r"\b(?:that\s+one|this\s+one|it|they|them|theyre|they're|theyve|they've|that|that\s+force|this\s+force|"
    r"that\s+service|this\s+service|"
    r"the\s+same\s+force|the\s+(?:brigade|force|constabulary)|(?:those|these)\s+(?:two|three|four|both)|(?:those|these)\s+(?:forces|services)|"
    r"both\s+of\s+(?:them|those))\b",
    re.I,
)
# 'and kent's 2023-25 grades?', 'their overall results': every area, not the last question's one
_EVERY_AREA = re.compile(
    r"(?i)\b(?:grades|results|ratings|scores|overall|everything|all\s+(?:areas|of\s+it)|full\s+card|areas|any\s+area|anything)\b"
)
# 'and in 2021/22 gwent got what': every grade it got, not the last question's grade again
_GOT_WHAT = re.compile(
    r"(?i)\b(?:got|get|gets|scored)\s+what\b|\bwhat\s+(?:did|do|does)\s+(?:\w+\s+){0,3}?(?:get|got)\W*$"
    r"|\bwhat(?:'?s|\s+is|\s+are)\s+(?:missing|not\s+recorded|unrecorded)\b"  # 'what's missing for X': its card
)
_POSSESSIVE_PRONOUN = re.compile(r"\b(?:its|their)\b", re.I)
_TOO = re.compile(r"\b(?:too|as\s+well|either)\W*(?:$|\?|thought|i\s+thought)", re.I)
_ANY_OTHERS = re.compile(
    r"^\s*(?:(?:and|so|but|ok)\s+)?(?:(?:is|are|was|were)\s+(?:that|those|they|these|it)\s+(?:the\s+)?only\s+(?:one|ones)?|"
    r"any(?:one|body)?\s+(?:others?|else)|is\s+that\s+(?:all|it|everyone)|are\s+there\s+(?:any\s+)?(?:others|more))\W*$",
    re.I,
)
MAX_FOLLOW_UP_WORDS = 6  # longer than this without an opening word, a question stands on its own
_GROUP_ASKED = re.compile(
    r"\b(?:which|what|any|who|how\s+many)\s+(?:\w+\s+)?(?:forces|services|brigades|constabularies|else)\b|\bin\s+general\b",
    re.I,
)
# 'any good ones on that in the south west?': words that only point back, whatever the length
_POINTS_BACK = re.compile(
    r"\b(?:any|the|which)\s+(?:\w+\s+)?ones\b|\b(?:on|for|at|in)\s+(?:that|it)\s+(?:in|for|among)\b", re.I
)
_SAID_AS = {"North": "the north", "South": "the south"}  # groups of regions, written as they parse back
_COUNTED = re.compile(r"\b(?:those|these)\s+(two|three|four|both)\b|\bboth\s+of\s+(?:them|those)\b", re.I)
_HOW_MANY = {"two": 2, "both": 2, "three": 3, "four": 4}


def _counted_right(text: str, bodies: int) -> bool:
    """'those two' is the last answer's bodies only when it showed two ('both of them' too)."""
    m = _COUNTED.search(text)
    return m is None or _HOW_MANY.get((m.group(1) or "both").lower()) == bodies


def _covered(old: Entities, previous: str, directory: Directory) -> Entities:
    """The last question's entities, with the bodies it was answered about if it asked who covers a body's area."""
    from bot.questions.covering import covering_question

    if len(old.bodies) != 1:
        return old
    asked = covering_question(old, directory)
    names = getattr(asked, "names", None) or (getattr(asked, "name", None),)
    bodies = tuple(b for n in names if isinstance(n, str) and (b := directory.by_id(n)))
    return replace(old, bodies=bodies) if bodies else old


def follow(text: str, directory: Directory, previous: str | None) -> str:
    """The question `text` asks after `previous` (both as typed or as they stand alone), standing alone."""
    from bot.questions import cues
    from bot.questions.areas import find_area
    from bot.questions.entities import find_entities
    from bot.questions.move_words import IT_COVERS  # (not a grammar word elsewhere: 'we cover truro')
    from bot.questions.parse import name_finder
    from bot.questions.place_questions import follow_places, with_towns
    from bot.questions.routes import route

    clean = _PLURAL_GRADE.sub(lambda m: m.group(1), long_rounds(" ".join(text.split())))
    if not previous or not clean or cues.VERB.match(clean) or clean.lower().rstrip("?!. ") in cues.HELP:
        return clean
    finder = name_finder(directory)
    new = find_entities(clean, directory, finder)
    opening = _MARKER.match(clean)
    marker = opening or _TOO.search(clean)  # 'wasnt northants adequate too?' follows on
    # a place alone ('hereford and worcester?', 'swindon?') keeps the conversation's kind, as a marker would
    by_place = bool(new.towns.found) and not new.towns.kind_said
    listed = (
        find_entities(previous, directory, finder) if new.bodies and IS_IT_THE_ONLY.match(clean) else None
    )
    if listed is not None and (not listed.bodies or (new.grades and len(listed.bodies) > 1)):
        # 'is humberside the only one?' after a list: the list again, who is on it; 'is notts the only adequate?':
        # the list at that grade ('is north wales the only good one' after three compared: those of them at it)
        from bot.questions.among import among_question

        graded = replace(listed, grades=new.grades)
        if not new.grades:
            return previous
        only = among_question(graded, graded.round) if listed.bodies else route(graded, clean)
        written = _written(only, directory)
        return written if written and _parses_to(written, directory, only) else previous
    if new.out_of_scope or cues.ASIDE.search(new.norm) or (new.bodies and not marker and not by_place):
        return clean  # names what it asks about, or what a grade word means: a new question
    if not new.bodies and NATIONAL.search(clean):
        return clean  # 'and the best in the country on responding?': every body, not the last one
    old = _covered(find_entities(previous, directory, finder), previous, directory)
    unnamed = not new.bodies  # (before a place said earlier names them: 'what marks did the police get')
    new, instead = follow_places(new, old, directory)  # 'and sheffield?', 'what about the fire service?'
    if instead:
        return instead
    if unnamed and new.bodies and OVER_TIME.search(clean) and (subject := THE_KIND.match(clean)):
        return (
            f"{clean[: subject.start(1)]}{' and '.join(b.name for b in new.bodies)}{clean[subject.end(1) :]}"
        )
    if not new.bodies and not new.kind_word and old.kind != new.kind:
        # 'on culture?' after a fire service: the area as that kind of body names it
        area, _ = find_area(new.rest, old.kind)
        new = replace(new, area=area or new.area, kind=old.kind)
    if not new.bodies and not old.bodies and _ANY_OTHERS.match(clean):
        # 'is that the only one?', 'any others?' after a list: the list again, with who is not recorded
        return previous
    if not new.bodies and len(old.bodies) == 1 and new.grades and ONLY_ONES.search(clean):
        # 'are those the only bad ones?' after one body's grades: its areas at those grades, counts and all
        question = route(replace(old, grades=new.grades, area=None, yes_no=False), clean)
        written = _written(question, directory)
        if written and _parses_to(written, directory, question):
            return written
    group_asked = _GROUP_ASKED.search(clean) or WHO_WAS.search(clean)
    if not new.bodies and old.area and not new.area and group_asked and AREA_REF.search(clean):
        # 'and which forces were inadequate for it in 2021/22' after one body on an area: 'it' is the area
        question = route(replace(new, area=old.area, kind=old.kind), clean)
        if isinstance(question, FilterQuestion) and not cues.HOW_MANY.search(new.norm):
            question = replace(question, count=False)
        written = _written(question, directory)
        if written and _parses_to(written, directory, question):
            return written
    if not new.bodies and old.bodies and not _counted_right(clean, len(old.bodies)):
        return clean  # 'which of those two is worse' after one body: not that body
    # 'which ones have come out of it since 2024' after Engage: 'it' is Engage ('while they were in it': the body)
    engaged = engage_for_it(clean) if old.monitoring else clean
    if engaged != clean and re.search(r"(?i)\b(?:which|who|any|how\s+many)\b", clean):
        return engaged
    if not new.bodies and old.bodies and (_PRONOUN.search(clean) or _POSSESSIVE_PRONOUN.search(clean)):
        # 'what did they get in the 2023-25 peel': a kind word of the bodies' own kind names no other group
        other_kind = new.kind_word and any(b.kind != new.kind for b in old.bodies)
        if not (new.place or other_kind) or IT_COVERS.search(clean):  # ('which forces does it cover')
            return _named(clean, old.bodies)  # 'is it in engage?': it is the body asked about
        if not old.area or new.area:
            return clean
        # 'which welsh forces are good at that?': a group named, so 'that' is the last question's area
        question = route(replace(new, area=old.area), clean)
        written = _written(question, directory)
        return written if written and _parses_to(written, directory, question) else clean
    has_slot = bool(new.bodies or new.area or new.grades or new.round or new.place or new.kind_word)
    rest = clean[opening.end() :] if opening else clean
    if not has_slot and (swapped := swap_month(previous, rest)):
        return swapped  # 'and july?' after 'what was published in august 2025'

    about_last = (
        len(old.bodies) == 1
        and (a := ASKS_OF_ONE.match(rest)) is not None
        and not GROUP_WORDS.search(rest[a.end() :])
    )
    # 'of those, which are in the north east': about the last answer
    of_last = bool(OF_THOSE.search(rest) or (not old.bodies and _POINTS_BACK.search(rest)))
    # 'my sister's over in crawley, same lot?': a town said without a kind, read by the conversation's kind
    placed = by_place and bool(new.bodies) and SAME_ONE.search(rest) is not None
    # 'what marks did the fire brigade get then': one body of a kind, said as 'the …', is the last one's
    the_one = unnamed and bool(THE_ONE.search(clean)) and not _GROUP_ASKED.search(clean)
    short = len(rest.split()) <= MAX_FOLLOW_UP_WORDS
    if not has_slot or not (marker or about_last or of_last or placed or short or the_one):
        return clean
    # the other kind, said or reached through a place ('and the fire brigade there' after the police in ipswich
    # on protecting vulnerable people): the last area and round are the other framework's, so not carried
    kind_changed = (
        new.kind_word
        and new.kind != old.kind
        and (not new.bodies or all(b.kind == new.kind for b in new.bodies))
    )
    # 'and fire services in general - which were inadequate at responding to fires?': a group, not the last body
    group = not new.bodies and bool(_GROUP_ASKED.search(rest)) and bool(new.grades or new.area)
    # 'and the cops?' after 'which one was the RI' is the force's card; 'same for fire' after a list of the
    # forces with an outstanding is the fire services with one, on the other kind's like area if one was asked
    same = bool(kind_changed) and _same_list_of_kind(clean, old, previous)
    like_area = find_area(old.area.label, new.kind)[0] if same and old.area and not new.area else None
    same = same and (like_area is not None or not old.area)
    merged = replace(
        old,
        bodies=new.bodies or (() if kind_changed or group else old.bodies),
        area=new.area or like_area or (None if kind_changed or _EVERY_AREA.search(rest) else old.area),
        grades=new.grades
        or (old.grades if (not kind_changed or same) and not _GOT_WHAT.search(rest) else ()),
        round=new.round or (None if kind_changed else old.round),  # rounds are each framework's own
        # (and 'in the previous round', said last time, is not read again from the last question's words)
        norm=cues.PREVIOUS.sub(" ", old.norm) if kind_changed and not new.round else old.norm,
        place=new.place or old.place,
        # the towns last named stand for the bodies found through them, never for names of their own
        leftover="" if new.bodies and old.towns.towns else old.leftover,
        kind=new.kind if (new.bodies or new.kind_word) else old.kind,
        kind_word=new.kind_word or old.kind_word,
        # 'the RI one?' after '… grades and monitoring history': a grade (or a round) asked is about grades
        monitoring=new.monitoring
        if (new.grades or new.area or new.round or ASKS_GRADES.search(rest))
        else old.monitoring,
        # 'and the cops, worse or better than last time?': over time
        movement=new.movement or ("any" if cues.HISTORY.search(new.norm) else None) or old.movement,
    )
    question = route(merged, clean)
    if isinstance(question, FilterQuestion) and question.count and not cues.HOW_MANY.search(new.norm):
        question = replace(question, count=False)  # 'which of those are welsh' after 'how many'
    if isinstance(question, UnanswerableQuestion) or _names_unknown(question, directory):
        return clean  # never a follow-up about a 'body' made of left-over words ('grade one')
    if isinstance(question, RankQuestion) and question.by_grade and new.grades:
        question = replace(question, by_grade=new.grades[0])  # 'and the most outstandings?'
    said = negations(clean)
    for candidate in (
        with_towns(_written(question, directory), new, old),
        _written(question, directory),
        swap_month(previous, rest),
        f"{previous} {rest}".strip(),
    ):
        # never a negation or an exception dropped: 'which forces weren't inadequate at anything' after kent
        if candidate and _parses_to(candidate, directory, question) and said <= negations(candidate):
            return candidate
    return clean


def _same_list_of_kind(rest: str, old: Entities, previous: str) -> bool:
    """'same for fire pls' after a list with no negation in it: the list's grades, asked of the other kind."""
    return bool(SAME_FOR_KIND.search(rest)) and not old.bodies and not negations(previous)


def negations(text: str) -> set[str]:
    """Whether the text negates or excepts ('weren't', 'no', 'apart from'): the operators a merge must keep."""
    from bot.questions.operators import operators

    return {
        "not" if op not in ("except",) else op
        for op in operators(normalise(text))
        if op != "only" and op != "both" and not op.isdigit()
    }


_PLURAL_GRADE = re.compile(r"\b(outstanding|inadequate|adequate|good)s\b", re.I)  # 'the most outstandings'


def _named(text: str, bodies: tuple) -> str:
    """'is it in engage' -> 'is Norfolk Constabulary in engage'; 'its grades' -> 'Norfolk Constabulary's grades'."""
    names = " and ".join(b.name for b in bodies)
    if _PRONOUN.search(text):
        return _PRONOUN.sub(names, text, count=1)
    return _POSSESSIVE_PRONOUN.sub(f"{names}'s", text, count=1)


def _plain(question: Question) -> Question:
    """A question without its yes/no form: a follow-up asks about the new body or area, not 'is it good'."""
    if isinstance(question, AreaQuestion):
        return replace(question, test=())
    if isinstance(question, BodyGradesQuestion):
        return replace(question, yes_no=False)
    return question


def _parses_to(text: str, directory: Directory, question: Question) -> bool:
    from bot.questions.parse import parse_question

    try:
        return _plain(parse_question(text, directory)) == _plain(question)
    except UsageError:
        return False


def _grade_words(grades: tuple[str, ...]) -> str:
    return " or ".join(g.lower() for g in grades)


def area_words(area: str | None) -> str:
    from bot.questions.areas import CONCEPTS_BY_KEY

    concept = CONCEPTS_BY_KEY.get(area or "")
    return concept.phrases[0] if concept else ""  # its first phrase: a label may carry a round in brackets


def _written(question: Question, directory: Directory) -> str:
    """A question in words that parse back to it (checked by the caller); '' when there is no such form."""
    asked_round = getattr(question, "round", None)
    round_ = f" {asked_round}" if asked_round not in (None, "previous") else ""
    bodies = "fire services" if getattr(question, "kind", "") == "fire" else "police forces"
    label, about = getattr(getattr(question, "place", None), "label", None), getattr(question, "area", None)
    place = f" in {_SAID_AS.get(label, label)}" if label else ""
    area = f" at {area_words(about)}" if about else ""
    if isinstance(question, GradeQuestion):
        return f"grade {question.name}{round_}"
    if isinstance(question, HistoryQuestion):
        return f"history {question.name}"
    if isinstance(question, AreaQuestion):
        return f"{question.name} {area_words(question.area)}{round_}"
    if isinstance(question, BodyGradesQuestion):
        return f"which areas did {question.name} get {_grade_words(question.grades)} in{round_}"
    if isinstance(question, CompareQuestion) and question.names:
        return f"compare {', '.join(question.names)}{area.replace(' at ', ' on ', 1)}{round_}"
    if isinstance(question, RankQuestion):
        if question.by_grade:
            return f"which {bodies}{place} got the most {question.by_grade.lower()} grades{round_}"
        best = "best" if question.best else "worst"
        if question.limit == 1:  # 'who is best at it': the one
            return f"which {bodies[:-1]}{place} is {best}{area}{round_}"
        return f"{best} {bodies}{place}{area}{round_}"
    if isinstance(question, GradeCountQuestion):  # 'how many inadequate grades …', and in another round
        return f"how many {_grade_words(question.grades)} grades did the {bodies}{place} get{area}{round_}"
    if isinstance(question, FilterQuestion) and question.among and question.grades:  # 'which of those …'
        from bot.questions.among import among_text

        rounded = asked_round if asked_round not in (None, "previous") else None
        return among_text(list(question.among), _grade_words(question.grades), area_words(about), rounded)
    if isinstance(question, FilterQuestion):
        which = "how many" if question.count else "which"
        return f"{which} {bodies}{place} are {_grade_words(question.grades) or 'graded'}{area}{round_}"
    return ""


_THE_REGION = re.compile(
    r"\b(?:in|across|for|of)\s+(?:the|that|this|their|its|his|her|our)\s+(?:same\s+)?region\b", re.I
)


def region_named(text: str, previous: str | None, directory: Directory) -> str:
    """'is west yorks the only one in the region with an RI?' after a question about Yorkshire's services:
    'the region' is the last question's region, named ('in Yorkshire and The Humber'); Wales for a Welsh body."""
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    if not previous or not _THE_REGION.search(text):
        return text
    finder = name_finder(directory)
    old = find_entities(previous, directory, finder)
    label = old.place.label if old.place else None
    if label is None and old.bodies:
        body = old.bodies[0]
        label = "Wales" if body.country == "Wales" else body.region
    if not label:
        return text
    return _THE_REGION.sub(lambda m: f"{m.group(0).split()[0]} {label}", text, count=1)


def _names_unknown(question: Question, directory: Directory) -> bool:
    """A question naming a body the directory does not hold (a name made of words left over)."""
    names = [getattr(question, "name", None), *(getattr(question, "names", ()) or ())]
    return any(isinstance(n, str) and directory.by_id(n) is None for n in names)
