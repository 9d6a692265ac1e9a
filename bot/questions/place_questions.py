"""A question that named a place people live ('round worcester', 'swindon fire brigade'): what it asks, and
the lines that say which body the place was taken to mean ('Worcester is policed by West Mercia Police').

Police and fire both asked ('everything in luton', 'stoke fire brigade ... with the police') become one
question per kind, each routed as if only that body had been named. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.questions.entities import Entities, find_entities, remembered
from bot.questions.kinds import OutOfScopeQuestion, Question
from bot.questions.names import Body, Directory, normalise
from bot.questions.parse import name_finder
from bot.questions.place_words import KIND_WORDS, WHOLE_AREA, county_name, possessive
from bot.questions.places import (
    OUTSIDE,
    WELSH_FIRE,
    TownReading,
    TownSeen,
    gazetteer,
    resolve_town,
)
from bot.questions.routes import route
from bot.questions.words import PRONOUN

# Wales's fire and rescue services, which HMICFRS does not inspect (place_services.csv's fire_not_inspected)
WELSH_SERVICES = frozenset(
    {
        "North Wales Fire and Rescue Service",
        "Mid and West Wales Fire and Rescue Service",
        "South Wales Fire and Rescue Service",
    }
)


@dataclass(frozen=True)
class PlaceQuestions:
    """The question(s) a place question asks, one per kind of body, and the lines about the place."""

    questions: tuple[Question, ...]
    notes: tuple[str, ...]


def place_questions(text: str, question: Question, directory: Directory) -> PlaceQuestions | None:
    """For text already parsed to `question`: None unless it named a place people live."""
    if getattr(question, "exclude", ()):
        return None  # 'apart from kent, which services ...': the place named is the one left out
    text = " ".join(text.split())
    e = remembered(text, directory)  # the parser's own reading
    if e is None:  # it read part of the text ('compare luton and swindon'): read it all if a place is in it
        if not gazetteer().mentions(normalise(text).split()):
            return None
        e = find_entities(text, directory, name_finder(directory))
    if not e.towns.towns:
        return None
    questions: tuple[Question, ...] = (question,)
    kinds = {b.kind for b in e.bodies}
    if len(kinds) > 1 and all(any(b.id == f[2].id for f in e.towns.found) for b in e.bodies):
        questions = tuple(
            route(replace(e, bodies=tuple(b for b in e.bodies if b.kind == k), kind=k), text)
            for k in ("police", "fire")
        )
    welsh = {t.town.fire_not_inspected for t in e.towns.towns if t.town.fire_not_inspected}
    if len(welsh) == 1:  # 'and the fire service there' in Llandeilo: that service, not Wales's three
        (service,) = welsh
        questions = tuple(
            OutOfScopeQuestion(service) if isinstance(q, OutOfScopeQuestion) and q.place == WELSH_FIRE else q
            for q in questions
        )
    return PlaceQuestions(questions, place_notes(e.towns, questions, directory))


def name_notes(name: str, body: Body, directory: Directory) -> tuple[str, ...]:
    """'/grade worcester' answered with West Mercia Police: the line that says so (for a name the snapshot
    resolved as a place: Snapshot.resolved_as_place)."""
    if resolve_town(name, directory) != body:
        return ()
    town = gazetteer().lookup(" ".join(w for w in normalise(name).split() if w not in KIND_WORDS))[0]
    if body.kind == "fire":
        return (f"{possessive(town.name)} fire and rescue service is {body.name}.",)
    return (f"{town.name} is policed by {body.name}.",)


def _asked_ids(questions: tuple[Question, ...], directory: Directory) -> set[str]:
    """The bodies the questions ask about, by id ('history worcester' asks about West Mercia Police)."""
    names: list[str] = []
    for q in questions:
        name = getattr(q, "name", None)
        names += [name] if isinstance(name, str) else []
        names += list(getattr(q, "names", ()) or ())
    ids = set()
    for name in names:
        body = directory.by_id(name) or resolve_town(name, directory)
        if body is not None:
            ids.add(body.id)
    return ids


def place_notes(
    reading: TownReading, questions: tuple[Question, ...], directory: Directory
) -> tuple[str, ...]:
    """'Worcester is policed by West Mercia Police.' for each place and body the answer came through."""
    asked = _asked_ids(questions, directory)
    outside = {getattr(q, "place", None) for q in questions}
    outside |= {WELSH_FIRE} if outside & WELSH_SERVICES else set()
    notes: list[str] = []
    for seen in reading.towns:
        town = seen.town
        if town.country in OUTSIDE:
            notes.append(f"{town.name} is in {town.country} ({town.area}).")
        police = directory.by_id(town.police) if town.police in asked else None
        fire = [b for b in (directory.by_id(f) for f in town.fire if f in asked) if b is not None]
        if police:
            notes.append(f"{town.name} is policed by {police.name}.")
        if fire:
            notes.append(f"{possessive(town.name)} fire and rescue service is {_names(fire)}.")
        if town.fire_not_inspected and ("fire" in reading.kinds or WELSH_FIRE in outside):
            notes.append(
                f"{possessive(town.name)} fire and rescue service is {town.fire_not_inspected}, which HMICFRS does not"
                " inspect (it inspects fire and rescue services in England; Wales's are the Welsh Government's"
                " responsibility)."
            )
        if seen.others and seen.by_size:
            other = seen.others[0]
            which = "the one in England or Wales" if other.country in OUTSIDE else "the largest"
            notes.append(
                f"There is more than one {seen.said}: I took {which}, {town.name} in {_where(town)}. For"
                f" {other.name} in {_where(other)}, add its county: '{seen.said}, {_where(other)}'."
            )
    return tuple(dict.fromkeys(notes))


def _names(bodies: list[Body]) -> str:
    return " and ".join(b.name for b in bodies)


def _where(town) -> str:
    """Where a place is, in words that tell it from another of its name: its county, else its force's area."""
    if town.area != town.name:
        return town.area
    if town.police:
        return " ".join(w if w == "and" else w.capitalize() for w in town.police.split("-"))
    return town.country


# ---------------------------------------------------------------- follow-ups (context.py)


def follow_places(new: Entities, old: Entities, directory: Directory) -> tuple[Entities, str]:
    """A follow-up and places: 'and sheffield?' after a fire question asks for Sheffield's fire service;
    'what about the fire service?' after 'police round worcester' asks for Worcester's. Returns the new
    question's entities so read, and a question to ask instead ('' if none: a Welsh place's fire service)."""
    # the kinds asked about last: its bodies', or a list's kind in words ('which fire services are ...')
    old_kinds = tuple(dict.fromkeys(b.kind for b in old.bodies)) or ((old.kind,) if old.kind_word else ())
    if old.towns.kind_said and old.towns.kinds == (
        "fire",
    ):  # 'fire service in cardiff?' (Welsh: no body held)
        old_kinds = ("fire",)
    from_towns = {f[2].id for f in new.towns.found}
    if (
        new.towns.found
        and not new.towns.kind_said
        and old_kinds
        and all(b.id in from_towns for b in new.bodies)
    ):
        if len(old_kinds) > 1 and not (new.area or new.grades or new.round):
            return new, f"how is everything in {_where_said(new.towns.towns[0])}"  # 'and swindon?'
        bodies = _bodies_there(new.towns, old_kinds, directory)
        if bodies:
            return replace(new, bodies=bodies, kind=bodies[0].kind), ""
        welsh = [s.town for s in new.towns.towns if s.town.fire_not_inspected]
        if old_kinds == ("fire",) and welsh:
            return new, f"{welsh[0].name} fire service"  # 'and the one in chepstow?': not Gwent Police
    if (
        not new.bodies
        and new.kind_word
        and old.towns.towns
        and not (PRONOUN.search(new.norm) and new.kind in old_kinds)  # 'how did they do in the latest peel'
        and new.place is None
        and not WHOLE_AREA.search(new.norm)
    ):
        bodies = _bodies_there(old.towns, (new.kind,), directory)
        if bodies:
            return replace(new, bodies=bodies, towns=old.towns), ""
        if new.kind == "fire" and any(s.town.fire_not_inspected for s in old.towns.towns):
            return new, f"{old.towns.towns[0].town.name} fire service"
    return new, ""


def moves_through_place(text: str, previous: str | None, directory: Directory) -> bool:
    """Whether a place decides where this follow-up goes: one named in it ('and sheffield?'), or one the
    last question named when this one switches kind ('what about the fire service?' after 'police round
    worcester' is Worcester's fire service, not every fire service in West Mercia Police's area)."""
    if not previous:
        return False
    finder = name_finder(directory)
    new = find_entities(text, directory, finder)
    # a county's name ('and devon?') names bodies throughout the engine: the body's own rules take it
    towns = [s for s in new.towns.towns if s.town.name != county_name(s.town.county)]
    if not (towns or new.kind_word):
        return False  # the cheap test: no town and no kind word, nothing for a place to decide
    old = find_entities(previous, directory, finder)
    if not (towns or (new.kind_word and old.towns.towns)):
        return False
    if not towns and old.bodies and {b.kind for b in old.bodies} == {new.kind}:
        return False  # 'was the police any better last time' after a town's force: no switch, that force
    moved, instead = follow_places(new, old, directory)
    return bool(instead) or moved is not new


def town_bodies(previous: str, kind: str, directory: Directory) -> tuple[Body, ...]:
    """The bodies of `kind` serving the towns the last question named ('back to the cops' after Torquay's fire
    service is Torquay's force, not every force its fire service covers)."""
    reading = find_entities(previous, directory, name_finder(directory)).towns
    return _bodies_there(reading, (kind,), directory) if reading.towns else ()


def _bodies_there(reading: TownReading, kinds: tuple[str, ...], directory: Directory) -> tuple[Body, ...]:
    found = [directory.by_id(i) for s in reading.towns for k in kinds for i in s.town.body_ids(k)]
    return tuple(dict.fromkeys(b for b in found if b is not None))


def _where_said(seen: TownSeen) -> str:
    """The place as a question names it again: 'Swindon', or 'Newport Isle of Wight' when not the largest."""
    return seen.town.name if not seen.others or seen.by_size else f"{seen.town.name} {seen.town.area}"


def with_towns(written: str, new: Entities, old: Entities) -> str:
    """A follow-up written back with the place it came through ('grade wiltshire' -> 'Swindon police
    grades'), so its answer says so too; '' when no body in it came through a place."""
    if not written:
        return ""
    out = written
    for reading in (new.towns, old.towns):
        for seen in reading.towns:
            town = seen.town
            where = _where_said(seen)
            for kind, word in (("police", "police"), ("fire", "fire service")):
                for body_id in town.body_ids(kind):
                    phrase = f"{where} {word}"
                    if re.match(rf"grade {re.escape(body_id)}(?![\w-])", out):
                        out = f"{phrase} grades{out[len('grade ' + body_id) :]}"
                    out = re.sub(rf"(?<![\w-]){re.escape(body_id)}(?![\w-])", phrase, out)
    return out if out != written else ""
