"""'which fire services cover devon and cornwall police's patch', 'who polices dorset and wiltshire fire's area',
'the fire service for thames valley police': one body named, the other kind asked for where it works. The
answer is the bodies of the other kind covering its area (db/data/force_fire_services.csv), side by side.
Pure: the mapping is the directory's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.questions.kinds import AreaQuestion, CompareQuestion, GradeQuestion, Question

if TYPE_CHECKING:
    from bot.questions.entities import Entities
    from bot.questions.names import Body, Directory

_FIRE = re.compile(
    r"\b(?:fire(?:\s+and\s+rescue)?\s+(?:services?|brigades?|authorit(?:y|ies))|frss?|brigades?|fires?)\b"
)
_POLICE = re.compile(
    r"\b(?:police\s+forces?|forces?|constabular(?:y|ies)|polices|policed|policing|police|cops)\b"
)
# where the body works: 'cover', 'patch', 'share its area', 'for X's area', 'the same area'
_WHERE = re.compile(
    r"\b(?:cover(?:s|ed|ing)?|patch|area|areas|share[sd]?|sharing|serve[sd]?|serving|overlap\w*|"
    r"round\s+here|around\s+here|locally|round\s+there|in\s+the\s+(?:same\s+)?area|"
    r"responsible\s+for|goes\s+with|go\s+with|paired\s+with|partner(?:ed|s)?\s+with|polices|policed|policing|same\s+(?:area|patch|county|place)|counterparts?|"
    r"(?:local|equivalent|matching|corresponding)\s+(?:fire|police|force)|"
    r"(?:fire\s+services?|fire\s+and\s+rescue(?:\s+services?)?|brigades?|frss?|police\s+forces?|forces?|police)"
    r"\s+(?:for|of|at|alongside|next\s+to|with)(?=\s*$|\s+(?:its|their|the|that|this)\b))\b"
)


_AGAINST = re.compile(
    r"\b(?:as\s+(?:bad|good|poor|well|badly)\s+as|better\s+than|worse\s+than|compared?\s+(?:to|with)|compare|"
    r"versus|vs|against|stack\s+up|measure\s+up)\b"
)


def covering_question(e: Entities, directory: Directory) -> Question | None:
    """The question, when it names one body and asks for the other kind's bodies where it works; else None."""
    body, besides = _asked_of(e, directory)
    if body is None:
        return None
    other = _FIRE if body.kind == "police" else _POLICE
    if not other.search(e.rest) or not (_WHERE.search(e.rest) or (not besides and _fire_of_a_force(e))):
        return None
    ids = tuple(i for i in directory.covering.get(body.id, ()) if i != besides)
    if not ids:
        return None
    round_ = e.round if e.round != "previous" else None
    from bot.questions.areas import find_area

    found, _ = find_area(e.rest, "fire" if body.kind == "police" else "police")
    area = found.key if found else None
    if _AGAINST.search(e.rest):  # 'are we as bad as the police round here': both kinds, each on its own
        return CompareQuestion((body.id, *ids), round_, None)
    if len(ids) == 1:
        return AreaQuestion(ids[0], area, round_) if area else GradeQuestion(ids[0], round_)
    return CompareQuestion(ids, round_, area)


def _asked_of(e: Entities, directory: Directory) -> tuple[Body | None, str | None]:
    """The body whose area is asked about, and one of the other kind said besides ('tvp covers more than bucks
    right? which other fire services in its patch': Thames Valley Police, less Buckinghamshire's service)."""
    if len(e.bodies) == 1:
        return e.bodies[0], None
    if len(e.bodies) == 2 and _OTHER.search(e.rest):
        for body, besides in (e.bodies, e.bodies[::-1]):
            if besides.id in directory.covering.get(body.id, ()) and body.kind == "police":
                return body, besides.id
    return None, None


def _fire_of_a_force(e: Entities) -> bool:
    """'thames valley fire grades', 'hampshire & iow fire': a force's name, typed without a police word, with
    fire said and police not: the fire services where it works (no fire service goes by that name)."""
    if e.bodies[0].kind != "police" or _POLICE.search(e.rest) or len(e.body_spans) != 1:
        return False
    if e.not_covered or e.out_of_scope or e.off_topic or e.monitoring:
        return False  # 'how many people died in house fires in bristol': refused, as asked
    start, end = e.body_spans[0]
    return not _POLICE.search(" ".join(e.norm.split()[start:end]))


def where_words(norm: str) -> tuple[str, ...]:
    """The words of a covering question that name where a body works ('cover', 'share'), accounted for when
    the question names both kinds ('which fire services cover X police'); else none."""
    if not (_FIRE.search(norm) and _POLICE.search(norm)):
        return ()
    return tuple(w for m in _WHERE.finditer(norm) for w in m.group(0).split())


# the kind of the conversation said bare, plural: 'the other two services', 'the other ones', 'the rest'
_BARE_KIND = {
    "fire": re.compile(r"\b(?:services|brigades|ones|rest)\b"),
    "police": re.compile(r"\b(?:forces|constabularies|ones|rest)\b"),
}
_OTHER = re.compile(r"\b(?:other|others|rest|remaining|else|besides|except|excluding|apart)\b")


def covering_follow(
    e: Entities, last_ids: tuple[str, ...], last_kind: str, directory: Directory
) -> str | None:
    """After a body of one kind, 'the other two services in the thames valley police area': the bodies of that
    kind covering the body named there (less those just shown, when 'other'), as a question standing alone."""
    named = [
        b for b in e.bodies if b.id not in last_ids
    ]  # ('tvp covers more than bucks', said of the last one)
    if len(named) != 1 or named[0].kind == last_kind or not _WHERE.search(e.rest):
        return None
    own, theirs = (_POLICE, _FIRE) if last_kind == "police" else (_FIRE, _POLICE)
    if theirs.search(e.rest) or not (own.search(e.rest) or _BARE_KIND[last_kind].search(e.rest)):
        return None
    ids = directory.covering.get(named[0].id, ())
    if _OTHER.search(e.rest):
        ids = tuple(i for i in ids if i not in last_ids) or ids
    if not ids:
        return None
    return f"grade {ids[0]}" if len(ids) == 1 else f"compare {', '.join(ids)}"


def left_out(q: Question, found: Entities, directory: Directory) -> Question | None:
    """The bodies of the other kind covering a body, read already without one the question names besides
    ('which fire services besides bucks cover thames valley police'): the exception is applied; else None."""
    if not isinstance(q, CompareQuestion) or len(found.bodies) != 2:
        return None
    body, besides = _asked_of(found, directory)
    return q if body is not None and besides not in q.names else None
