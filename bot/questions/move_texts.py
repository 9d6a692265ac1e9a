"""How a move is written as a question that stands alone: one body or several on an area and round, the
region's bodies (or the rest of them), the reasons on record. Pure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.questions.counterparts import in_place
from bot.questions.move_words import ANOTHER
from bot.questions.names import Body, Directory

if TYPE_CHECKING:
    from bot.questions.words import Place


MAX_WRITTEN = (
    250  # a question written longer than this is refused as typed; the whole region is asked instead
)


@dataclass(frozen=True)
class Last:
    """What the last question was about: its bodies, area, round and kind (and whether it was Engage)."""

    bodies: tuple[Body, ...]
    area: str | None
    round: str | None
    kind: str
    engage: bool


def area_words(area: str | None) -> str:
    from bot.questions.areas import CONCEPTS_BY_KEY

    concept = CONCEPTS_BY_KEY.get(area or "")
    return concept.phrases[0] if concept else ""


def about_text(ids: tuple[str, ...], area: str | None, round_: str | None) -> str:
    """One body's grades (or one area of them), or several side by side."""
    when = f" {round_}" if round_ else ""
    if len(ids) > 1:
        return compare_text(ids, area, round_)
    if area and area_words(area):
        return f"{ids[0]} {area_words(area)}{when}"
    return f"grade {ids[0]}{when}"


def compare_text(ids: tuple[str, ...], area: str | None, round_: str | None) -> str:
    on = f" on {area_words(area)}" if area and area_words(area) else ""
    return f"compare {', '.join(ids)}{on}{f' {round_}' if round_ else ''}"


def region_text(
    last: Last,
    kind: str,
    place: Place | None,
    area: str | None,
    round_: str | None,
    rest: tuple[str, ...] = (),
    keep_last: bool = False,
) -> str | None:
    """'the others in the region': every body of the conversation's kind in the place named, or the last
    body's region (Wales for a Welsh force); `keep_last`: 'how does that compare with the rest of the region'
    puts the last body beside them."""
    label = place.label if place else None
    if label is None and last.bodies:
        body = last.bodies[0]
        label = "wales" if body.country == "Wales" else body.region
    if label is None:
        return None
    others = [i for i in rest if all(i != b.id for b in last.bodies)] if len(rest) > 1 else []
    others = [b.id for b in last.bodies if b.kind == kind] + others if keep_last and others else others
    if kind == "fire" and (label.lower() == "wales" or (place is not None and place.country == "Wales")):
        return "welsh fire services"
    on = f" on {area_words(area)}" if area and area_words(area) else ""
    bodies = "fire services" if kind == "fire" else "police forces"
    when = f" {round_}" if round_ else ""
    named = f"compare {', '.join(others)}{on}{when}"
    if rest and others and len(named) <= MAX_WRITTEN:  # 'the rest of wales': the region's other bodies
        return named
    return f"compare {bodies} in {label}{on}{when}"


def rest_ids(text: str, last: Last, kind: str, place: Place | None, directory: Directory) -> tuple[str, ...]:
    """'the rest of wales', 'the others in the region': the ids of the place's bodies of `kind` (the last
    body's region when none is named), when the text asks for the others; else ()."""
    if not ANOTHER.search(text) or (place is None and not last.bodies):
        return ()
    near = last.bodies[0] if last.bodies else None
    return tuple(
        b.id
        for b in directory.bodies
        if b.kind == kind and (in_place(b, place) if place else (b.region == near.region if near else False))  # type: ignore[union-attr]
    )


MAX_NAMES_SAID = 180


def at_grade_in_region(
    text: str,
    last: Last,
    kind: str,
    place: Place | None,
    grades: tuple[str, ...],
    area: str | None,
    directory: Directory,
) -> str:
    """'any others in the south east with an outstanding?': the region's bodies of the kind at that grade; 'the
    other north west brigades' asks of each of the region's (the last one's too: people count it in or out), so
    the answer names each, matched or not."""
    from bot.questions.among import among_text

    said = " or ".join(g.lower() for g in grades)
    others = [b.name for i in rest_ids(text, last, kind, place, directory) if (b := directory.by_id(i))]
    if 1 < len(others) and sum(map(len, others)) <= MAX_NAMES_SAID:  # (a question is at most 300 characters)
        return among_text(others, said, area_words(area) if area else "", None, each=True)
    label = place.label if place else last.bodies[0].region
    noun = "fire services" if kind == "fire" else "police forces"
    on = f" at {area_words(area)}" if area else ""
    return f"which {noun} in {label} got {said}{on}"


def why_question(
    bodies: tuple[Body, ...],
    area: str | None,
    round_: str | None,
    *,
    engage: bool,
    grades: tuple[str, ...] = (),
) -> str:
    """'why' after an answer, standing alone: 'why norfolk responding to the public 2023-25', 'why kent
    outstanding grades' (only the areas given that grade)."""
    if not bodies:
        return ""
    names = " and ".join(b.id for b in bodies)
    if engage:
        return f"why is {names} in engage"
    on = f" {area_words(area)}" if area and area_words(area) else ""
    graded = f" {' or '.join(g.lower() for g in grades)}" if grades and not on else ""
    return f"why {names}{on}{graded}{f' {round_}' if round_ else ''} grades"


MAX_WHY_BODIES = 8  # 'why' after a list: the reasons for the first bodies it listed


def why_listed(text: str, listed: Callable[[], tuple[str, ...]], directory: Directory) -> tuple[Body, ...]:
    """The bodies a 'why' after a list asks about: the one at a place in it ('the top one, why'), else the
    first of them."""
    from bot.questions.picks import position

    shown = listed()
    at = position(text)
    if at is not None and -len(shown) <= at < len(shown):
        shown = (shown[at],)
    return tuple(b for i in shown[:MAX_WHY_BODIES] if (b := directory.by_id(i)))


def engage_in_region(last: Last, kind: str, place: Place | None) -> str:
    """'any other east mids force ever been in engage' after one body: the spells of that place's bodies of the
    kind (the last body's region when no place is said)."""
    label = place.label if place else (last.bodies[0].region if last.bodies else "England and Wales")
    return f"which {'fire services' if kind == 'fire' else 'police forces'} in {label} have been in engage"


def challenged(text: str, last: Last, area: str | None, grades: tuple[str, ...]) -> str:
    """A grade doubted ('I thought it was adequate?'): the grade on record with the sentence it came from (and
    any regrade); 'really? i thought they were outstanding' without an area: the reasons for that grade where it
    was given; a claim about the past, every round; about every area, the whole card."""
    from bot.questions.move_words import BEFORE, EVERY_AREA, YEARS_AGO

    one = last.bodies[0].id if len(last.bodies) == 1 and not (area or last.engage) else None
    if one and (BEFORE.search(text) or YEARS_AGO.search(text)):
        return f"history {one}"  # 'really? i heard they were rubbish a few years ago'
    if one and EVERY_AREA.search(text):
        return f"grade {one}"  # 'is that right? i heard they were outstanding at everything'
    claimed = grades if not area and not last.engage else ()
    return why_question(last.bodies, area, last.round, engage=last.engage, grades=claimed)
