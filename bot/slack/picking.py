"""A pick out of the bodies the last answer showed ('which of those three had an inadequate?', 'the worst of
those', 'which of those was published first'), written as a question that stands alone."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.answers.shown import grades_shown, shown_bodies
from bot.questions.answers.snapshot import report_for as snapshot_report
from bot.questions.context import negations
from bot.questions.kinds import FilterQuestion
from bot.questions.vocab import GRADES
from bot.slack.parsed import parsed
from bot.slack.shown_most import most_then

MAX_WRITTEN = 250  # a pick written longer than this is asked as the list's group instead
MAX_LISTED = 12  # 'have any of them been in engage' of a list this long at most


def picked(
    db: sqlite_utils.Database,
    text: str,
    previous: str | None,
    *,
    areas: bool = False,
    earlier: str | None = None,
) -> str | None:
    """'which of those three had an inadequate?': a pick out of the bodies the last answer showed (`areas`: or,
    before a question about it, one area out of one body's, 'the RI one - was it the same last time'); after
    'why' of one of a list, out of that list (`earlier`: 'why avon', then 'the east anglia one')."""
    from bot.questions import picks
    from bot.questions.areas import find_area
    from bot.questions.context import area_words
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder
    from bot.questions.why import WhyQuestion
    from bot.questions.why_words import asks_why

    if (
        not previous
        or not (
            picks.is_pick(text)
            or picks.most_alone(text)
            or picks.extreme_of_one(text)
            or _THE_PLACED_ONE.search(text)
        )
        or asks_why(text)
        or (question := parsed(db, previous)) is None
    ):
        return None  # ('what did the inspectors say about the police one': the reasons, moves.py)
    if _another_grade_of_the_group(text, question):
        return None  # 'and which ones got RI on it' after the inadequate ones: the group at that grade
    snap = snapshot(db)
    shown, round_ = shown_bodies(snap, question)
    one = getattr(question, "name", None)
    if (
        len(shown) <= 1
        and (extreme := picks.extreme_of_one(text))
        and (body := snap.directory.by_id(one or ""))
    ):
        # 'the worst of those?' after one body's grades: its areas at its lowest grade (highest for best)
        held = grades_shown(snap, round_)(body.id, None)
        order = [g for g in GRADES if g in held]
        if order and _unknowns(snap, body, round_):
            return f"grade {body.id}{f' {round_}' if round_ else ''}"  # its card: the worst may be one not recorded
        if order:
            chosen = order[-1] if extreme == "worst" else order[0]
            return picks.written((body.id,), (chosen,), "", round_)
    if areas and len(shown) <= 1 and (body := snap.directory.by_id(one or "")) and picks.THE_ONE.search(text):
        asked = find_entities(text, snap.directory, name_finder(snap.directory)).grades
        if asked and (key := _area_at(snap, body, round_, asked)):
            return picks.written((body.id,), (), area_words(key), round_)  # 'the RI one' of one body's areas
    if len(shown) < 2:
        why_one = earlier and isinstance(question, WhyQuestion) and picks.THE_ONE.search(text)
        return picked(db, text, earlier) if why_one else None
    if when := picks.by_date(text):  # 'which of those was published first': by their reports' dates
        from bot.questions.context import area_words

        dated = _by_date(snap, shown, round_, when)
        area = getattr(question, "area", None)
        return picks.written(dated, (), area_words(area), round_) if dated else None
    new = find_entities(text, snap.directory, name_finder(snap.directory))
    words = new.norm.split()
    typed = [" ".join(words[a:b]) for a, b in new.body_spans]
    said = _THE_NAMED_ONE.search(new.norm)
    if new.bodies and said and said.group(1) in typed:
        # 'the gloucestershire one - which areas were inadequate?': the body of that name in the list shown
        listed = _in_the_list(new.bodies, typed, shown, snap.directory)
        if listed:
            found, _ = find_area(new.rest, listed[0].kind)
            area = (
                found.key
                if found
                else None
                if new.grades or picks.REST_OF.search(text)
                else getattr(question, "area", None)
            )
            return picks.written(tuple(b.id for b in listed), new.grades, area_words(area), round_)
    if not new.bodies and said and (begun := _named_by_start(said.group(1), shown, snap.directory)):
        # 'the avon one' (a name two bodies share) of a list holding one of them: that one
        area = (
            new.area.key
            if new.area
            else None
            if picks.REST_OF.search(text)
            else getattr(question, "area", None)
        )
        grades = new.grades or (
            () if area or picks.REST_OF.search(text) else tuple(getattr(question, "grades", ()))
        )
        return picks.written((begun,), grades, area_words(area), round_)
    if new.bodies or new.out_of_scope:
        return None
    within = _in_the_place(text, new.place, shown, snap.directory) if new.place is not None else ()
    if len(within) == 1 or (1 < len(within) < len(shown) and _ONE_SAID.search(text)):
        # 'the one in the south west', 'the london one': the listed bodies of that region or country (both,
        # when two of them are: 'the east midlands one' of three, two of them there)
        listed_grades = new.grades or (
            () if getattr(question, "area", None) else tuple(getattr(question, "grades", ()))
        )
        area = (
            new.area.key if new.area else getattr(question, "area", None)
        )  # 'the yorkshire one, on leadership'
        return picks.written(within, listed_grades, area_words(area), round_)
    grades = getattr(question, "grades", ())
    if not new.area and not getattr(question, "area", None) and grades and set(new.grades) <= set(grades):
        kind = getattr(question, "kind", "police")
        noun = "fire and rescue services" if kind == "fire" else "police forces"
        if ranked := picks.most_of(text, tuple(grades), noun, round_):
            return ranked  # 'which of those has the most': ranked by how many of that grade each got
    first = snap.directory.by_id(shown[0])
    found, _ = find_area(new.rest, first.kind if first else "police")
    last_area = getattr(question, "area", None)
    area = found.key if found else None if _ANYWHERE.search(text) else last_area  # ('… anywhere': any area)
    when = new.round if new.round not in (None, "previous") else round_  # 'were they inadequate in 2021/22?'
    # 'the good one, what did it get for protection?': picked on the grades shown, asked of another area
    other = bool(found and last_area and found.key != last_area and new.grades and picks.THE_ONE.search(text))
    asked = new.grades
    if asked and negations(text):  # 'the one that wasn't RI': picked on the other grades
        from bot.questions.operators import other_grades

        asked = other_grades(asked)
    ids_picked = picks.pick(text, shown, grades_shown(snap, when), asked, last_area if other else area)
    if not ids_picked:
        return None
    if picks.REST_OF.search(text):  # '… - rest of its grades': the ids_picked one's whole card
        return picks.written(ids_picked, (), "", when)
    written = picks.written(ids_picked, () if other else asked, area_words(area), when)
    if len(written) > MAX_WRITTEN and asked and isinstance(question, FilterQuestion):
        # too many to name: the list's group at the grade picked ('and which ones got RI on it')
        from dataclasses import replace

        from bot.questions.written import written as write

        return write(replace(question, grades=asked, count=False), snap.directory) or written
    return written


_ONE_SAID = re.compile(r"\bone\b", re.I)


def _by_date(snap, shown: tuple[str, ...], round_: str | None, when: str) -> tuple[str, ...]:
    """The body (or bodies, tied) whose report of the round shown came out first or last; None when no date."""
    from bot.questions.answers import report_for

    dated = []
    for body_id in shown:
        body = snap.directory.by_id(body_id)
        report = report_for(snap, body, round_) if body else None
        if report and report.get("published"):
            dated.append((report["published"], body_id))
    if not dated:
        return ()
    pick = min(d for d, _ in dated) if when == "first" else max(d for d, _ in dated)
    return tuple(b for d, b in dated if d == pick)


def _area_at(snap, body, round_: str | None, asked: tuple[str, ...]) -> str | None:
    """The one area of the body's report (of the round shown) recorded at a grade asked, else None."""
    from bot.questions.answers.snapshot import area_in
    from bot.questions.areas import AREA_CONCEPTS

    report = snapshot_report(snap, body, round_)
    if report is None:
        return None
    keys = [
        c.key
        for c in AREA_CONCEPTS
        if c.kind == body.kind and (f := area_in(snap, report, c)) and f[1] and f[1].get("grade") in asked
    ]
    return keys[0] if len(keys) == 1 else None


def _unknowns(snap, body, round_: str | None) -> bool:
    """Whether some of the areas of the body's report have no grade known here (recorded or counted)."""
    from bot.questions.answers.rankings import report_counts

    report = snapshot_report(snap, body, round_)
    return report is not None and report_counts(snap, report) is None


_OF_THEM = re.compile(r"\b(?:of|among|amongst)\s+(?:those|these|them|the\s+\w+)\b", re.I)


def _another_grade_of_the_group(text: str, question) -> bool:
    """'which ones got RI on it' after a list of the inadequate ones: no pick of those (none is RI), but the
    same group at another grade."""
    from bot.questions.words import find_grades

    if not isinstance(question, FilterQuestion) or not question.grades or _OF_THEM.search(text):
        return False
    asked, _ = find_grades(text.lower())
    return bool(asked) and not set(asked) & set(question.grades)


_THE_NAMED_ONE = re.compile(r"\bthe\s+(\w+(?:\s+\w+){0,3}?)\s+one\b")  # in normalised text


_THE_PLACED_ONE = re.compile(
    r"\bthe\s+ones?\s+(?:in|from|down\s+in|up\s+in)\b|\bthe\s+[\w ]{3,30}\s+ones?\b",
    re.I,
)


def _in_the_place(text: str, place, shown: tuple[str, ...], directory) -> tuple[str, ...]:
    """The bodies of the list shown that are in the region or country a pick names ('the one in the south
    west'); none when it names no pick or no listed body is there."""
    from bot.questions.names import normalise

    if not _THE_PLACED_ONE.search(text):
        return ()
    # 'the west midlands one': West Midlands Police, a listed body the region's name is exactly the name of
    found = directory.resolve(place.label).body if directory.is_key(normalise(place.label)) else None
    named = [b for b in (directory.shared(place.label) or ((found,) if found else ())) if b.id in shown]
    if len(named) == 1:
        return (named[0].id,)
    bodies = [b for i in shown if (b := directory.by_id(i)) is not None]
    if place.regions:
        return tuple(b.id for b in bodies if b.region in place.regions)
    return tuple(b.id for b in bodies if place.country and b.country == place.country)


_ANYWHERE = re.compile(
    r"\b(?:anywhere|in\s+any\s+area|for\s+anything|at\s+anything|in\s+anything|overall)\b", re.I
)


def _named_by_start(words: str, shown: tuple[str, ...], directory) -> str | None:
    """The one body of the list shown whose name begins with the words typed ('avon'), or None."""
    from bot.questions.names import normalise

    hits = [b for b in shown if (body := directory.by_id(b)) and normalise(body.name).startswith(f"{words} ")]
    return hits[0] if len(hits) == 1 else None


_KIND_SAID = re.compile(r"(?i)\b(?:police|constabulary|force|cops|fire|frs|brigade|rescue)\b")


def _in_the_list(named, typed: list[str], shown: tuple[str, ...], directory) -> tuple:
    """The bodies of the list shown that the names mean: each name's own body when listed, else the name read
    as the other kind ('oxon' as Oxfordshire's fire service), else the listed body of the other kind that covers
    the same area (a county's name reads as its force by default)."""
    out = []
    for body, said in zip(named, typed + [""] * len(named), strict=False):
        if body.id in shown:
            out.append(body)
            continue
        if _KIND_SAID.search(said):
            return ()  # 'the devon and cornwall police one' of a list of fire services: no one of that list
        other = (
            directory.resolve(f"{said} {'police' if body.kind == 'fire' else 'fire'}").body if said else None
        )
        if other is not None and other.id in shown:
            out.append(other)
            continue
        near = set(directory.covering.get(body.id, ()))  # (both ways: a force's services, a service's forces)
        mine = [i for i in shown if i in near]
        if len(mine) != 1:
            return ()
        out.append(directory.by_id(mine[0]))
    return tuple(b for b in out if b is not None)


def namesake_in_list(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """'how did hampshrie do' after a month's reports that listed Hampshire's fire service and not its force:
    a place named alone is the body of that name the list showed, written with its id."""
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    if not previous:
        return None
    snap = snapshot(db)
    new = find_entities(text, snap.directory, name_finder(snap.directory))
    if len(new.bodies) != 1 or not new.bare_names or new.kind_word:
        return None  # (the cheap test first: the last answer's list is worked out only for a bare name)
    if (question := parsed(db, previous)) is None:
        return None
    shown, _ = shown_bodies(snap, question)
    if len(shown) < 2 or new.bodies[0].id in shown:
        return None
    body, (start, end) = new.bodies[0], new.body_spans[0]
    words = new.norm.split()
    other = snap.directory.resolve(
        " ".join(words[start:end]) + (" fire" if body.kind == "police" else " police")
    )
    if other.body is None or other.body.kind == body.kind or other.body.id not in shown:
        return None
    return " ".join([*words[:start], other.body.id, *words[end:]])


# 'the suffolk one - why?', 'the inadequate one - when did it come out of engage?': a pick, then a question
# about what was picked
_PICK_THEN = re.compile(
    r"^\W*(?:(?:and|so|ok|right)[,!.]?\s+)?(the\s+(?:[\w'&-]+\s+){0,4}?ones?(?:\s+(?:in|from)\s+(?:the\s+)?[\w ]{3,25}?"
    r"|\s+(?:that|which|who|with)\s+[\w ]{3,40}?)?)"  # 'the one that got outstanding - when was it published
    r"\s*(?:[-–—:;,]|\?)\s*(\w.*)$",
    re.I,
)


def pick_then_asked(db: sqlite_utils.Database, text: str, previous: str | None) -> tuple[str, str] | None:
    """'the suffolk one - why?' after a list: (the pick written as a question that stands alone, the question
    asked of it), when the part before the dash picks out of the last answer."""
    if previous and (most := most_then(db, text, previous)):
        return most
    m = _PICK_THEN.match(text)
    if m is None or not previous or len(m.group(2).split()) < 1:
        return None
    from bot.questions.why_words import asks_why

    rest = m.group(2)
    if not (asks_why(rest) or _ASKS_BEYOND.search(rest)) and picked(db, text, previous):
        return None  # 'the glos one - which areas': a pick and its grades, read whole as before
    one = picked(db, m.group(1), previous, areas=True)
    if one is None and asks_why(rest):  # 'the one that has a grade – why was it RI': picked by the grade said
        one = picked(db, text, previous)
    return (one, rest) if one else None


# what a pick's question asks beyond its grades: Engage, a movement, the whole card
_ASKS_BEYOND = re.compile(
    r"\b(?:engage|special\s+measures|monitoring|worse|better|improv\w*|last\s+time|previous|before|same|full|rest|else|"
    r"published|publication|released|come\s+out|came\s+out|when\s+(?:was|did|were)|overall|everything|"
    r"all\s+(?:its|their)|strengths?|weakness(?:es)?|(?:best|worst)\s+at|"
    # 'the humber one - how was its fire service': the other kind of body for its area
    r"(?:its|their|the)\s+(?:fire|police|cops|brigade|force)\b|fire\s+(?:services?|brigades?)|police\s+forces?|"
    # 'what was it good at': its areas at another grade than the one it was picked by
    r"(?:outstanding|good|adequate|inadequate|ri|requires\s+improvement)\s+(?:at|in|for|on)\W*$)\b",
    re.I,
)
