"""'sorry i meant derbyshire not notts', 'I meant Ledbury, not Ludlow', 'i meant leadership not workforce': the
last question asked again, with the one meant in place of the one not meant (a body, a place's body of the
same kind, or an area). None when the one not meant is not in the last question."""

from __future__ import annotations

import re

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.names import Body, Directory, normalise

_NAME = r"[a-z][\w&'’ -]{1,40}?"
_ENDS = r"(?=\s*(?:[.!?;,]|$|\s[-–—]\s|\s(?:sorry|please|pls|same|then)\b|\s(?:for|with)\s+(?:the\s+)?(?:fire|police)\b))"
# '… shrewsbury not worcester for the fire': the kind the correction is of
_FOR_KIND = re.compile(r"^\s*(?:for|with)\s+(?:the\s+)?(fire|police)\b", re.I)
_CORRECTION = re.compile(
    rf"\b(?:i\s+)?meant\s+(?:to\s+say\s+)?(?:the\s+)?(?P<x>{_NAME})\s*,?\s+(?:not|rather\s+than|instead\s+of)\s+"
    rf"(?:the\s+)?(?P<y>{_NAME}){_ENDS}"
    rf"|\bit'?s\s+(?:actually\s+)?(?:the\s+|for\s+)?(?P<x2>{_NAME})\s*,?\s+not\s+(?:the\s+)?(?P<y2>{_NAME}){_ENDS}"
    # 'i said stafford earlier i meant stratford upon avon'
    rf"|\bi\s+said\s+(?P<y3>{_NAME})\s+(?:earlier|before|first|by\s+mistake|there)?\s*,?\s*(?:but\s+)?i\s+meant\s+"
    rf"(?:to\s+say\s+)?(?:the\s+)?(?P<x3>{_NAME}){_ENDS}",
    re.I,
)
# words around a name that are no part of it ('the lewes station', 'our neighbouring parish in sunderland')
_AROUND = re.compile(
    r"^(?:(?:our|my|the|a|neighbouring|nearby|next|door)\s+)*(?:(?:parish|village|town|station|area|patch)\s+"
    r"(?:in|of|at)\s+)?|\s+(?:station|lot|one|ones|force|service|parish|village|town|area|bit|grade|grades)$",
    re.I,
)


_KINDS = ("police", "fire", "the police", "the fire", "cops", "fire service", "fire brigade")
_KIND_SAID = re.compile(r"\b(?:police|fire|forces?|services?|brigades?|constabular\w*|cops)\b", re.I)
_ASKS = re.compile(r"\b(?:which|what|how|who|when|where|why|is|are|was|were|did|does|do|has|have)\b", re.I)
_SAME = re.compile(
    r"\bsame\s+(?:question|again|thing|for)\b|\b(?:does|would|will)\s+(?:that|it)\s+change\s+(?:anything|things)\b",
    re.I,
)
# 'sorry one group is doing crawley not brighton': a correction said first, the one meant just before 'not'
_SAID_THEN_NOT = re.compile(
    rf"^\W*(?:sorry|no|nope|actually|oops|correction|my\s+(?:bad|mistake))\b(?P<before>.*?)\s*,?\s+not\s+"
    rf"(?:the\s+)?(?P<y>{_NAME}){_ENDS}",
    re.I,
)
MAX_MEANT_WORDS = 3


def _bodies(said: str, directory: Directory) -> list[Body]:
    """The bodies a word names: a body by any of its names, else the police and fire bodies of a place."""
    from bot.questions.places import gazetteer

    body = directory.resolve(said).body
    if body is not None:
        return [body]
    towns = gazetteer().lookup(normalise(said))
    if not towns:
        return []
    town = next((t for t in towns if t.police or t.fire), towns[0])
    ids = [*town.body_ids("police"), *town.body_ids("fire")]
    return [b for i in ids if (b := directory.by_id(i)) is not None]


def _swap_area(meant: str, not_meant: str, previous: str) -> str | None:
    """The last question with one area's words in place of another's, both of one kind."""
    from bot.questions.areas import find_area

    for kind in ("police", "fire"):
        new, _ = find_area(meant, kind)
        old, _ = find_area(not_meant, kind)
        if new is None or old is None or new.key == old.key:
            continue
        for phrase in sorted(old.phrases, key=len, reverse=True):
            if (at := previous.lower().find(phrase.lower())) >= 0:
                return f"{previous[:at]}{new.phrases[0]}{previous[at + len(phrase) :]}"
    return None


# 'sorry i meant on fire regulation specifically': the last question, on that area
_MEANT_ON = re.compile(
    r"\b(?:i\s+)?meant\s+(?:on|for|about|at|in)\s+(?:the\s+)?(?P<area>[a-z][\w&'’ -]{3,80}?)\W*$", re.I
)


def _on_area(said: str, previous: str) -> str | None:
    """The last question asked on the area said: in place of the area it named, or added."""
    from bot.questions.areas import find_area
    from bot.questions.move_texts import area_words

    for kind in ("fire", "police"):
        area, _ = find_area(said, kind)
        if area is None:
            continue
        for other_kind in ("fire", "police"):  # the area the last question named, if any
            old, span = find_area(previous, other_kind)
            if old is not None and span is not None:
                return f"{previous[: span[0]]}{area_words(area.key)}{previous[span[1] :]}"
        return f"{previous.rstrip(' ?.!')} on {area_words(area.key)}"
    return None


# 'no, i meant the one that covers plymouth': the body of the last question's kind serving that place
_MEANT_PLACE = re.compile(
    r"\b(?:i\s+)?meant\s+the\s+one\s+(?:that|which|who)\s+(?:covers|serves|polices|does)\s+(?P<place>[a-z][\w' -]{2,40}?)\W*$",
    re.I,
)


def _of_the_place(db: sqlite_utils.Database, said: str, previous: str) -> str | None:
    """The last question asked of the place's body of the kind it was about, in place of its one body."""
    from bot.questions.kinds import GradeQuestion
    from bot.slack.parsed import entities, parsed

    old = {b.id: b for b in entities(db, previous).bodies}
    if len(old) != 1:
        return None
    body = next(iter(old.values()))
    new = next((b for b in _bodies(said, snapshot(db).directory) if b.kind == body.kind), None)
    if new is None or new.id == body.id:
        return None
    if swapped := _swapped(previous, body.id, new.id) or _swapped(previous, body.name, new.id):
        return swapped
    return (
        f"grade {new.id}" if isinstance(parsed(db, previous), GradeQuestion) else None
    )  # 'cornwall fire grades'


def corrected(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """The last question with the one meant in place of the one not meant, or None."""
    if previous and (place := _MEANT_PLACE.search(text)):
        return _of_the_place(db, place.group("place"), previous)
    m = _CORRECTION.search(text)
    if m is None and previous and (on := _MEANT_ON.search(text)):
        return _on_area(on.group("area"), previous)
    directory = snapshot(db).directory
    if m is None and previous and (m := _SAID_THEN_NOT.search(text)):
        words = m.group("before").split()  # the fewest words before 'not' that name a body or a place
        meant = next(
            (
                " ".join(words[-n:])
                for n in range(1, MAX_MEANT_WORDS + 1)
                if _bodies(" ".join(words[-n:]), directory)
            ),
            "",
        )
        not_meant = m.group("y")
    elif m is None or not previous:
        return None
    else:
        meant = m.group("x") or m.group("x2") or m.group("x3")
        not_meant = m.group("y") or m.group("y2") or m.group("y3")
    meant = _AROUND.sub("", meant.strip()).strip()
    not_meant = _AROUND.sub("", not_meant.strip()).strip()
    if not meant or not not_meant or meant.lower() in _KINDS:
        return None  # ('i meant police not fire.': the kind, which the question's own words set)
    if re.search(r"\bsame\b", text[m.end() :], re.I) and _KIND_SAID.search(text[m.end() :]):
        return None  # '… not ipswich - same fire service?': whether the place meant shares it, asked as typed
    if _ASKS.search(text[m.end() :]) and not _SAME.search(text[m.end() :]):
        # '… not fire. which east of england forces …': a question of its own follows ('… how did they do?' of X)
        rest = text[m.end() :].strip(" .,;:!-–—")
        if re.search(r"\bthere\b", rest, re.I) and directory.resolve(meant).body is None:  # a place meant
            return re.sub(
                r"\bthere\b", f"in {meant}", rest, count=1, flags=re.I
            )  # '… what are the police like there'
        return _asked_of(rest, _bodies(meant, directory))
    instead = _bodies(meant, directory)
    if (kind := _FOR_KIND.match(text[m.end() :])) and (
        of := [b for b in instead if b.kind == kind.group(1).lower()]
    ):
        return f"grade {of[0].id}"  # 'no i meant shrewsbury not worcester for the fire': that place's service
    if _KIND_SAID.search(f"{meant} {not_meant}") and not instead:
        return None  # 'i meant the fire services in the region, not the forces': a kind, for the kind rules
    if swapped := _swapped(previous, not_meant, meant):  # as written in the last question
        return swapped
    for old in _bodies(not_meant, directory):
        new = next((b for b in instead if b.kind == old.kind), None)
        if new and (swapped := _swapped(previous, old.name, new.name) or _swapped(previous, old.id, new.id)):
            return swapped
    return _swap_area(meant, not_meant, previous) or _asked_of(text[m.end() :], instead)


def _swapped(previous: str, said: str, by: str) -> str | None:
    """The last question with `by` each time it says `said` (as a word, never inside an id such as
    'london-fire-brigade'); None when it never says it."""
    word = rf"(?<![\w-]){re.escape(said)}(?![\w-])"
    return re.sub(word, by, previous, flags=re.I) if re.search(word, previous, re.I) else None


_PRONOUN = re.compile(r"\b(?:their|its|they|them|it)\b", re.I)


def _asked_of(rest: str, meant: list[Body]) -> str | None:
    """'i meant the city of london police not the met. their grades?' when the last question was of neither: the
    question said after the correction, of the one meant."""
    rest = rest.strip(" .,;:!-–—")
    if len(meant) != 1 or not _PRONOUN.search(rest):
        return None
    name = meant[0].name
    return _PRONOUN.sub(
        lambda p: f"{name}'s" if p.group(0).lower() in ("their", "its") else name, rest, count=1
    )
