"""The names a comparison was parsed with, less the words that name no body ('essex vs met across all areas')."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.questions.kinds import CompareQuestion, Question
from bot.questions.names import Directory
from bot.questions.repair import Lexicon


def compare_words(question: Question, lex: Lexicon, directory: Directory) -> Question:
    """'hertfordshire on recording crime data compared to bedfordshire': a word the bot knows ('data') and
    that names no body is not a third name to compare."""
    if not isinstance(question, CompareQuestion):
        return question
    names = tuple(
        n
        for n in question.names
        if directory.by_id(n)
        or not all(w in lex.known for w in n.split())
        or directory.resolve(n).suggestions
    )
    named = tuple(  # 'essex vs met across all areas': a word the bot knows ('areas') is no loosely typed name
        n
        for n in names
        if directory.by_id(n)
        or (directory.resolve(n).suggestions and not all(w in lex.known for w in n.split()))
    )
    if len(named) >= 2:  # 'peer group comparison - leics, notts, derbys': words that name nothing are no body
        names = named
    return replace(question, names=names) if len(names) >= 2 else question


_REST_OF = re.compile(
    r"\b(?:the\s+)?(?:rest|others?|other\s+(?:(?:police|fire(?:\s+and\s+rescue)?)\s+)?(?:forces|services|constabularies|"
    r"brigades|ones))\s+(?:of|in|across)\s+(?:the\s+)?(?P<place>[a-z][a-z ]{2,30}?)"
    r"(?=\s+(?:on|for|at|in|compare\w*|stack|measure|vs|versus|against|with|do|did|does|fare\w*)\b|\s*$)"
)
_ITS_REGION = re.compile(r"^(?:its|their|his|her|same|that|this)?\s*region$")


def rest_of_place(question: Question, norm: str, directory: Directory) -> Question:
    """'how does gwent's crime recording compare with the rest of wales': that body beside every other body of
    its kind in the place named."""
    if not isinstance(question, CompareQuestion) or not (m := _REST_OF.search(norm)):
        return question
    from bot.questions.counterparts import in_place
    from bot.questions.words import find_place

    named = [b for n in question.names if (b := directory.by_id(n))]
    if len(named) != 1:
        return question
    body = named[0]
    said = m.group("place").strip()  # 'the others in its region': the body's own region
    place, _ = find_place(body.region if _ITS_REGION.match(said) else said)
    if place is None:
        return question
    others = tuple(
        b.id for b in directory.bodies if b.kind == body.kind and b.id != body.id and in_place(b, place)
    )
    return replace(question, names=(body.id, *others)) if others else question


_EACH_COUNTED = re.compile(
    r"\bhow\s+many\b.*\b(?:each|both|apiece|respectively)\b|\b(?:each|both)\b.*\bhow\s+many\b"
)


def counted_each(question: Question, norm: str, directory: Directory) -> Question:
    """'cleveland v durham fire - how many areas did each get good for': those bodies ranked by that grade's
    count, which says each one's count."""
    from bot.questions.kinds import RankQuestion
    from bot.questions.words import find_grades

    if not isinstance(question, CompareQuestion) or question.area or not _EACH_COUNTED.search(norm):
        return question
    grades = find_grades(norm)[0]
    bodies = [b for n in question.names if (b := directory.by_id(n))]
    if len(grades) != 1 or len(bodies) != len(question.names) or len({b.kind for b in bodies}) != 1:
        return question
    return RankQuestion(
        None,
        limit=len(bodies),
        kind=bodies[0].kind,
        round=question.round,
        by_grade=grades[0],
        names=question.names,
    )
