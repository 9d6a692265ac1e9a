"""Whether a place is a body's: 'is wolverhampton staffs as well?', 'does west mercia cover shrewsbury',
'she works near st pauls, is that the met too?'. The answer says yes or no plainly, then shows the place's own
body, so a place checked against the wrong force is never answered as that force's grades. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.questions.names import Body, Directory, normalise
from bot.questions.place_words import other_kind_said

if TYPE_CHECKING:
    pass

# the words that ask whether a place falls to a body, not how the body did
_CHECK = re.compile(
    r"\b(?:policed\s+by|covered\s+by|cover(?:s|ed|ing)?|under|part\s+of|served\s+by|too|as\s+well|also|same|"
    r"(?:in|inside|within)\s+(?:the\s+)?(?:[\w']+\s+){1,4}?(?:area|patch|remit|turf))\b",
    re.I,
)
_ASKED = re.compile(
    r"^\W*(?:(?:so|and|but|wait|hang\s+on|ok)\W+)*(?:is|isn'?t|are|aren'?t|does|doesn'?t|do|would|will|am\s+i)\b"
    r"|[,;:-]\s*(?:is|isn'?t|would|does)\s+(?:that|it|this|they|she|he)\b|\b(?:right|yeah|correct|innit)\W*$",
    re.I,
)
# a kind said ('same police?'); 'same lot?' names none, and is read as the conversation's kind (context.py)
_SAME = re.compile(
    r"\b(?:same|also|too|as\s+well)\b.{0,20}?\b(police|force|cops|constabulary|fire|brigade)\b"
    r"|\b(police|force|cops|constabulary|fire|brigade)\b.{0,12}?\b(?:same|too|as\s+well|also)\b"
    # 'same lot for her?', 'covered by the same lot right?': the last body's own kind
    r"|\bsame\s+(?:lot|ones?|people|crowd|folk|bunch|outfit|mob)\b"
    # 'rotherham same?', 'grimsby is that humberside too?': the last body's own kind
    r"|\bsame\W*$|\bis\s+(?:that|it|this)\b[^?]{0,40}\b(?:too|as\s+well|also)\W*$"
    # 'is coventry them too', 'is solihull theirs as well': the last body's
    r"|\bis\s+[\w' -]{2,30}?\s+(?:them|theirs|their\s+(?:patch|area|lot))(?:\s+(?:too|as\s+well|also))?\W*$",
    re.I,
)
# the only other words of a check said bare ('is stockport greater manchester police?')
_BARE = frozenset(
    "is isnt its it that this the police force constabulary fire and rescue service brigade right correct so "
    "then still a an or not really actually".split()
)
MAX_CHECK_WORDS = 16  # a longer question asks more than whose the place is
_FIRE_WORDS = {"fire", "brigade"}


@dataclass(frozen=True)
class PlaceCheck:
    """A place checked against a body: the verdict line, and the body whose answer follows it."""

    verdict: str
    body: Body


def checked(text: str, directory: Directory) -> PlaceCheck | None:
    """The check the text asks ('is luton bedfordshire police?'), or None when it asks no such thing."""
    if len(text.split()) > MAX_CHECK_WORDS or not _ASKED.search(text):
        return None
    from bot.questions.split import CLAUSE

    if CLAUSE.search(text):
        return None  # 'does thames valley cover slough and how did they do …': two questions, for split.py
    from bot.questions.entities import find_bodies
    from bot.questions.parse import name_finder
    from bot.questions.place_words import cased_words
    from bot.questions.places import OUTSIDE, gazetteer

    g = gazetteer()
    words = normalise(text).split()
    if not g.mentions(words):
        return None
    named = find_bodies(words, directory, name_finder(directory))
    seen = g.find(words, cased_words(text), [(a, b) for a, b, _ in named])
    bodies = {b.id: b for _, _, b in named}
    if len(bodies) != 1 or len(seen) != 1 or seen[0].town.country in OUTSIDE:
        return None
    taken = {i for a, b, _ in named for i in range(a, b)} | set(range(seen[0].start, seen[0].end))
    if not _CHECK.search(text) and not {w for i, w in enumerate(words) if i not in taken} <= _BARE:
        return None  # 'is stockport greater manchester police?' checks; 'is leeds west yorks good at …' asks more
    body = next(iter(bodies.values()))
    if body.kind == "police" and _FIRE_WORDS & set(words):
        return None  # 'is cardiff fire south wales fire too': no fire service of that name is held
    place = seen[0]
    kind = body.kind
    towns = (place.town, *place.others)
    mine = next((t for t in towns if body.id in t.body_ids(kind)), None)
    if mine is not None:
        return PlaceCheck(
            f"Yes: {_whose(mine.name, body.name, kind)}{other_kind_said(mine.body_ids, kind, directory)}",
            body,
        )
    actual = [b for b in (directory.by_id(i) for i in place.town.body_ids(kind)) if b is not None]
    if not actual:
        if kind == "fire" and place.town.fire_not_inspected:
            return PlaceCheck(
                f"No: {_whose(place.town.name, place.town.fire_not_inspected, kind)} HMICFRS does not inspect"
                " fire and rescue services in Wales.",
                body,
            )
        return None
    names = " and ".join(b.name for b in actual)
    other = other_kind_said(place.town.body_ids, kind, directory)
    return PlaceCheck(f"No: {_whose(place.town.name, names, kind)[:-1]}, not {body.name}.{other}", actual[0])


# 'does that cover bournemouth as well', 'do they police swindon too': of the body just asked about
_IT_COVERS = re.compile(
    r"(?i)\b(?:does|do|would|will)\s+(?:that|it|they|this)(?:\s+one)?\s+(?:cover|serve|police)\b"
)


def same_as_before(text: str, body: Body, place_said: str | None) -> str | None:
    """'his girlfriend's in cardiff, same police?' after South Wales Police: the check it asks, as a question
    of its own ('is Cardiff policed by south-wales'); None unless it asks whether a place shares the body."""
    if place_said is None or not (m := _SAME.search(text) or _IT_COVERS.search(text)):
        return None
    said = (m.group(1) or m.group(2) or "").lower() if m.re is _SAME else ""
    kind = body.kind if not said else "fire" if said in _FIRE_WORDS else "police"
    if kind != body.kind:
        return None
    verb = "served by" if kind == "fire" else "policed by"
    return f"is {place_said} {verb} {body.id}"


def _whose(place: str, names: str, kind: str) -> str:
    """'Luton is policed by Bedfordshire Police.' or 'Luton's fire and rescue service is …'."""
    if kind == "fire":
        from bot.questions.place_words import possessive

        return f"{possessive(place)} fire and rescue service is {names}."
    return f"{place} is policed by {names}."
