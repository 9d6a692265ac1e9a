"""Follow-ups that move the conversation somewhere: to the same place's other kind of body ('and the fire
service?'), to more bodies ('how does that compare with avon and somerset'), to the region ('what about the
others in the region'), over time ('has it improved') and to the reasons on record ('why'). Each move is
written as a question that stands alone, so answers, caches and buttons work as for a first one."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.questions.counterparts import Counterparts, dedupe, in_place, named_of_kind, renamed
from bot.questions.covering import covering_follow
from bot.questions.dates import ROUND, ROUNDS, round_before
from bot.questions.engage_follow import why_again
from bot.questions.kind_switch import kind_switch
from bot.questions.last_asked import last_question
from bot.questions.move_texts import (
    MAX_WHY_BODIES,
    about_text,
    area_words,
    at_grade_in_region,
    challenged,
    compare_text,
    engage_in_region,
    region_text,
    rest_ids,
    why_listed,
    why_question,
)
from bot.questions.move_words import (
    AFTER,
    ANOTHER,
    BEFORE,
    BEST_OR_WORST,
    BOTH_ROUNDS,
    COMPARE_NOW,
    COMPARE_THESE,
    COMPARE_WITH,
    ENGAGE_MOVES,
    ENGAGE_SAID,
    FOLLOWING,
    GROUP,
    IN_IT,
    IN_REGION,
    ITS_SAID,
    MINE,
    MOVED,
    NOT_BOTH,
    NOT_HELD,
    NOW_ALONE,
    OTHER_AREAS,
    OVERALL_ALONE,
    PLURAL_KIND,
    REGION,
    REGION_OF_KIND,
    SAME_ROUND,
    THERE,
    THOSE,
    VERSUS,
    WHEN_ENGAGE,
    WHEN_PUBLISHED,
    WHICH_AREAS_MOVED,
    WHICH_OF_MORE,
    area_of,
    asked_kind,
    compares_by_kind,
    compares_own,
    graded_asked,
    newer_round,
    other_kind_for_comparison,
    pillar_asked,
    round_alone,
    when,
)
from bot.questions.names import Directory
from bot.questions.picks import is_pick
from bot.questions.towns_compared import towns_compared
from bot.questions.why_words import AREA_REF, CHALLENGE, WHY, WHY_START

if TYPE_CHECKING:
    from bot.questions.words import Place

MAX_BEFORE_WORDS = 8
MAX_MOVE_WORDS = 20  # a longer question names its own subject


def move(
    text: str,
    directory: Directory,
    previous: str | None,
    counterparts: Counterparts,
    listed: Callable[[], tuple[str, ...]] = tuple,
) -> str | None:
    """The question `text` asks after `previous` when it moves the conversation, standing alone; else None.
    `listed()`: the ids of the bodies a list last answered with ('why' asks about them)."""
    if not previous or not text or len(text.split()) > MAX_MOVE_WORDS:
        return None
    last = last_question(previous, directory)
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder
    from bot.questions.regrades import regrade_of

    new = find_entities(text, directory, name_finder(directory))
    if last is None or new.out_of_scope:
        return None
    if regraded := regrade_of(new, last.bodies):  # 'one of their grades got changed after it came out?'
        return regraded
    asked = asked_kind(new)
    if covered := covering_follow(new, tuple(b.id for b in last.bodies), last.kind, directory):
        return covered  # 'the other two services in the thames valley police area' after one of them
    # after a force and its service together, 'the police one' and 'compare them with norfolk police': the force
    picks_one = COMPARE_WITH.search(text) or re.search(r"(?i)\bthe\s+(?:police|fire)\s+one\b", text)
    mixed = picks_one and len({b.kind for b in last.bodies}) > 1
    of_kind = tuple(b for b in last.bodies if b.kind == asked) if mixed else ()
    last = replace(last, bodies=of_kind, kind=asked or last.kind) if of_kind else last
    kind = asked or last.kind
    named = named_of_kind(new, kind, counterparts, directory)
    if last.bodies and not asked and COMPARE_WITH.search(text):
        named = (
            named if (towns := towns_compared(text, new, kind, directory)) is None else towns
        )  # 'worse than reading where i lived'
    area = area_of(new, kind)
    round_ = new.round if new.round not in (None, "previous") else None
    # 'dorset & wilts - rest of their grades': every area, not the last one asked
    same_kind_area = area or (last.area if kind == last.kind and not OTHER_AREAS.search(text) else None)
    if other_kind_for_comparison(text, new, last, asked):  # 'Suffolk Constabulary for comparison?': own areas
        return about_text(tuple(b.id for b in new.bodies), area, round_ or last.round)
    asks_own = WHY.search(text) or GROUP.search(text) or new.grades or COMPARE_NOW.search(text)
    if new.monitoring and len(named) == 1 and not asks_own:  # ('compare w notts, they were in engage too')
        return f"has {named[0].id} been in engage"  # 'and wiltshire police, were they ever in it'
    in_or_out = IN_IT.search(text) or ENGAGE_MOVES.search(text)
    engage_why = new.monitoring or (last.engage and in_or_out)  # 'why were we in it'
    single = len(last.bodies) == 1 and asked in (None, last.kind)  # ('oh the police then. why …': the other)
    if engage_why and WHY.search(text) and not new.place and single and set(new.bodies) <= set(last.bodies):
        return f"why is {last.bodies[0].id} in engage"  # 'so was that why it went into engage?'
    if last.engage and WHY_START.match(previous) and (again := why_again(new, named, last.bodies)):
        return again  # 'gloucestershire fire - same story?' after why one body went into Engage
    if new.monitoring and GROUP.search(text) and not (new.bodies or THOSE.search(text)):
        return text  # 'which other forces have been in engage and come out again': Engage's list, of its own
    if new.monitoring and not (new.bodies or new.place) and len(last.bodies) == 1 and len(text.split()) <= 4:
        return f"has {last.bodies[0].id} been in engage"  # 'engage?', 'special measures?' after one body
    if kind == "fire" and not new.bodies and new.place is not None and new.place.country == "Wales":
        return "welsh fire services"  # 'and the welsh ones?' after fire services: not inspected by HMICFRS
    if NOT_HELD.search(text) or (len(last.bodies) == 1 and not new.bodies and WHICH_OF_MORE.match(text)):
        return text  # who runs it, its budget; 'so which did better' after one body: its own, can't answer
    if (
        (pillar := pillar_asked(text))
        and len(last.bodies) == 1
        and last.bodies[0].kind == "fire"
        and not (new.bodies or new.grades or WHY.search(text))
    ):
        return f"{last.bodies[0].id} {pillar} pillar grades"  # 'and on the people side?'
    if (
        not (last.bodies or new.bodies or new.monitoring or WHY.search(text))
        and ITS_SAID.search(text)
        and not (GROUP.search(text) or REGION.search(text) or ANOTHER.search(text))
    ):
        only = listed()
        if len(only) == 1:  # 'what were its 2023-25 grades' after a list of one: that body
            return about_text(only, area, round_)
    if new.towns.found and MINE.search(text) and not WHY.search(text):
        from bot.questions.place_questions import town_bodies

        mine = town_bodies(text, kind, directory)  # 'im in scarborough, which one is mine'
        if mine:
            return about_text(tuple(b.id for b in mine), same_kind_area, round_ or last.round)
    if CHALLENGE.match(text) and last.bodies and not new.bodies:
        return challenged(text, last, area or last.area, new.grades)  # 'I thought it was adequate?'
    if WHY.search(text) and not GROUP.search(text) and (len(new.bodies) <= 2 or WHY_START.match(text)):
        engaged = last.engage and set(named) <= set(last.bodies) and not (area or new.grades)  # 'why lincs?'
        engage = bool(ENGAGE_SAID.search(text) or ENGAGE_MOVES.search(text)) or engaged
        before = "previous" if BEFORE.search(text) and not round_ else None
        switched = kind_switch(new, last, asked, counterparts, text) if asked and asked != last.kind else None
        if isinstance(switched, tuple):  # 'back to the cops, why was responding so bad'
            from bot.questions.place_questions import town_bodies

            town = town_bodies(previous, asked or last.kind, directory) if not new.bodies else ()
            named = town or tuple(b for i in switched if (b := directory.by_id(i)))
            same_kind_area = area
        if new.towns.found and any(b.kind != kind for b in named):
            from bot.questions.place_questions import town_bodies

            named = town_bodies(text, kind, directory) or named  # 'im in watford, why is ours rated that'
        bodies = named or last.bodies or why_listed(text, listed, directory)
        return why_question(bodies, None if engage else same_kind_area, round_ or before or last.round,
                            engage=engage, grades=graded_asked(text, new.grades) if not area else ()) or None  # fmt: skip
    if last.engage and round_ and len(last.bodies) == 1 and round_alone(text, new):
        return f"grade {last.bodies[0].id} {round_}"  # 'and in 2021/22?' after its Engage answer: that round's grades
    if last.engage and not new.bodies and WHEN_ENGAGE.search(text) and len(last.bodies) == 1:
        return f"is {last.bodies[0].id} in engage"  # its answer says since when, with sources
    if last.engage and len(named) == 1 and IN_IT.search(text) and not (new.grades or area):
        return f"has {named[0].id} been in engage"  # 'and london fire brigade, were they ever in it?'
    if (
        not (new.grades or area or round_ or new.place or new.monitoring)
        and (len(last.bodies) == 1 and not new.bodies or len(named) == 1 and FOLLOWING.match(text))
        and BEFORE.search(text)
        and not MOVED.search(text)  # 'any better than last time?' asks how it moved
        and len(text.split()) <= MAX_BEFORE_WORDS
    ):
        # 'and the time before?', 'lincolnshire back then?', 'the force's previous report': that round before
        before = round_before(last.round) or "in the previous round"
        other = kind_switch(new, last, asked, counterparts, text) if asked and asked != last.kind else None
        body = other[0] if isinstance(other, tuple) and len(other) == 1 else (named or last.bodies)[0].id
        return f"{body} {area_words(last.area)} {before}" if last.area and not other else f"{body} {before}"
    if len(last.bodies) == 1 and not new.bodies and WHICH_AREAS_MOVED.search(text):
        return f"history {last.bodies[0].id}"  # 'which areas got worse': every area, in both rounds
    if WHEN_PUBLISHED.match(text) and len(last.bodies) == 1:  # its answer says when the report came out
        said = (
            f"{last.bodies[0].id} {area_words(last.area)}"
            if last.area
            else f"{when(text)} {last.bodies[0].id}"
        )
        return " ".join(f"{said} {last.round or ''}{'' if last.area else ' report published'}".split())
    now_of_one = len(last.bodies) == 1 and (
        not last.engage or WHY_START.match(previous)
    )  # (after why it went in)
    if NOW_ALONE.match(text) and (last.round or BEFORE.search(previous) or now_of_one):
        # 'and now?' after a round asked: the same bodies (or list) in their latest report
        if len(last.bodies) == 1:
            body = last.bodies[0].id
            return f"{body} {area_words(last.area)}" if last.area else f"grade {body}"
        if not last.bodies:
            return " ".join(ROUND.sub(" ", previous).split())
    if not (new.bodies or new.grades or area or round_ or new.place) and AFTER.search(text):
        after = newer_round(text, last.round, len(last.bodies) == 1)  # 'and in the newer one?'
        if after and len(last.bodies) == 1:
            body = last.bodies[0].id
            return f"{body} {area_words(last.area)} {after}" if last.area else f"grade {body} {after}"
        if after and not last.bodies:
            return f"{ROUND.sub(' ', previous).strip()} in {after}"
    if (
        not (new.bodies or new.grades or area or round_ or new.place or last.bodies or last.engage)
        and BEFORE.search(text)
        and not MOVED.search(text)
        and len(text.split()) <= MAX_BEFORE_WORDS
        and (before := round_before(last.round or ROUNDS[-2]))
    ):
        # 'and last time?' after a list: the same list in the round before (lists show the latest, 2023-25)
        return f"{ROUND.sub(' ', previous).strip()} in {before}"
    if (
        not new.bodies
        and len(last.bodies) == 1
        and (round_ or new.since_round)
        and (VERSUS.match(text) or COMPARE_WITH.search(text))  # 'how does that compare with 2021/22?'
        and not new.grades
    ):
        # 'vs 21/22?' after one body's latest: how it moved between the rounds, on the same area
        on = area or last.area
        return f"{last.bodies[0].id} {area_words(on)} over time" if on else f"history {last.bodies[0].id}"
    if len(named) == 1 and new.since_round and not new.grades:
        # 'back to gmp - investigating crime, 21-22 vs 23-25?': two rounds of one body, not two bodies
        on = area or (last.area if named == last.bodies or AREA_REF.search(text) else None)
        return f"{named[0].id} {area_words(on)} over time" if on else f"history {named[0].id}"
    if (
        asked
        and asked != last.kind
        and last.bodies
        and not new.bodies
        and (REGION_OF_KIND.search(text) or (new.place and PLURAL_KIND.search(text)))
    ):
        # 'now the police forces in the region on X' after a region's fire services: that region's forces
        if new.grades and new.place:  # '… which of the east of england ones got outstanding': a list
            noun = "fire services" if asked == "fire" else "police forces"
            return f"which {noun} in {new.place.label} got {' or '.join(g.lower() for g in new.grades)}"
        return region_text(last, asked, new.place, area, round_ or last.round)
    if asked and asked != last.kind and not (last.bodies or new.bodies) and THOSE.search(text):
        # 'and the police forces for those two?' after a list: the list's bodies, switched
        shown = tuple(b for i in listed()[:MAX_WHY_BODIES] if (b := directory.by_id(i)))
        last = replace(last, bodies=shown) if shown else last
    other_kind_named = bool(new.bodies) and all(b.kind != asked for b in new.bodies)
    if asked and (asked != last.kind or other_kind_named) and (last.bodies or new.bodies):
        # 'and the fire service?', 'their police force on X', 'the fire services covering the A&S area'
        if PLURAL_KIND.search(text) and (best := BEST_OR_WORST.search(text)) and THERE.search(text):
            # 'and the fire services up there - who did best?': that kind in the last body's region, ranked
            if len(regions := {b.region for b in last.bodies}) == 1:
                noun = "fire services" if asked == "fire" else "police forces"
                return f"which {noun} in {regions.pop()} did {best.group(0).lower()}"
        switched = kind_switch(new, last, asked, counterparts, text, named)
        to_one = switched[0] if isinstance(switched, tuple) and len(switched) == 1 else None
        if to_one and MOVED.search(text) and not new.grades:
            return f"{to_one} {area_words(area)} over time" if area else f"history {to_one}"
        if (
            to_one
            and (last.engage or IN_IT.search(text))
            and not (area or round_ or new.grades or NOT_BOTH.search(text))
        ):
            name = getattr(directory.by_id(to_one), "name", to_one)  # (as the 'Read as' line says it)
            return f"has {name} been in engage? and what are {name}'s grades"
        if switched is not None:
            return switched if isinstance(switched, str) else about_text(switched, area, round_)
        covering = [
            counterparts.other_kind(b) for b in last.bodies
        ]  # ('compare X with leics' after a service)
        by_area = compares_by_kind(new, named, asked, covering)
        if by_area and COMPARE_WITH.search(text) and covering and all(len(c) == 1 for c in covering):
            ids = dict.fromkeys([c[0] for c in covering] + [b.id for b in named])
            return compare_text(tuple(ids), area, round_)
    regional = REGION.search(text) and new.place  # 'the other north east forces compare with us'
    if (
        named
        and last.bodies
        and COMPARE_WITH.search(text)
        and not (compares_own(text, named, last.bodies) or regional)
    ):
        joined = dedupe(last.bodies + named)
        on = area if COMPARE_THESE.match(text) else same_kind_area  # 'compare beds fire': on every area
        kept = last.round if last.round == "previous" or SAME_ROUND.search(text) else None  # else latest
        return compare_text(tuple(b.id for b in joined), on, round_ or kept)
    if REGION.search(text) and not OTHER_AREAS.search(text) and not new.grades and (last.bodies or new.place):
        place = new.place or (_place_named(text) if new.bodies and new.bare_names else None)
        last = replace(last, bodies=named, kind=kind) if named and kind != last.kind else last
        if not new.bodies or place:
            rest = rest_ids(text, last, kind, place, directory)
            if new.monitoring and (
                place or IN_REGION.search(text)
            ):  # 'any other east mids force … in engage'
                return engage_in_region(last, kind, place)
            with_last = bool(COMPARE_WITH.search(text))  # 'how does that compare with the rest of …'
            return region_text(last, kind, place, same_kind_area, round_ or last.round, rest, with_last)
    if (
        REGION.search(text)
        and new.grades
        and not new.bodies
        and (new.place or IN_REGION.search(text) and last.bodies)
    ):
        return at_grade_in_region(text, last, kind, new.place, new.grades, same_kind_area, directory)
    if not new.bodies and new.place and FOLLOWING.match(text) and last.bodies and not new.grades:
        # 'what about london?' after a body: that place's bodies of the conversation's kind
        there = tuple(b.id for b in directory.bodies if b.kind == kind and in_place(b, new.place))
        if not there:
            return "welsh fire services" if kind == "fire" and new.place.country == "Wales" else None
        if len(there) == 1:
            return about_text(there, same_kind_area, round_ or last.round)
        rest = rest_ids(text, last, kind, new.place, directory)
        return region_text(last, kind, new.place, same_kind_area, round_ or last.round, rest)
    one = named if len(named) == 1 else (last.bodies if not new.bodies and len(last.bodies) == 1 else ())
    if one and new.grades and BEFORE.search(text) and not round_:
        # 'what was inadequate last time': that grade in the round before the latest ('on it': on that area)
        if last.area and last.kind == one[0].kind and AREA_REF.search(text):
            return (
                f"{one[0].id} {area_words(last.area)} {round_before(last.round) or 'in the previous round'}"
            )
        grades = " or ".join(g.lower() for g in new.grades)
        return f"which areas did {one[0].id} get {grades} in the previous round"
    if one and same_kind_area and BOTH_ROUNDS.search(text):
        return (
            f"{one[0].id} {area_words(same_kind_area)} over time"  # 'both rounds': latest and the one before
        )
    if OVERALL_ALONE.match(text) and last.bodies and last.area:  # 'overall?' after one area: every area
        return about_text(tuple(b.id for b in last.bodies), None, last.round)
    if COMPARE_NOW.match(text) and THOSE.search(text) and not new.bodies:  # 'compare them on X': the last
        them = tuple(b.id for b in last.bodies) or tuple(listed()[:MAX_WHY_BODIES])  # ones (or the list's)
        if len(them) >= 2:
            return compare_text(them, area or last.area, round_ or last.round)
    if WHICH_OF_MORE.match(text) and not new.bodies and 2 <= len(last.bodies) <= 3 and not new.grades:
        on = area or last.area  # 'so which did better on X': side by side on it
        where = f" on {area_words(on)}" if on else ""
        return f"compare {', '.join(b.id for b in last.bodies)}{where}{f' {round_}' if round_ else ''}"
    if (
        MOVED.search(text)
        and not new.bodies
        and 2 <= len(last.bodies) <= 3
        and not new.grades
        and not is_pick(text)
    ):
        # 'any better than last time?' after two bodies: each one's movement, one after the other
        on = area or last.area
        return ", also ".join(
            f"{b.id} {area_words(on)} over time" if on else f"history {b.id}" for b in last.bodies
        )
    placed = new.place and not (
        len(named) == 1 and new.bodies
    )  # 'is the suffolk fire service better …': named
    # 'when had it been moved into engage', 'moved into it' after Engage: Engage's, no grade moving
    moved = MOVED.search(text) and not (new.monitoring or last.engage and ENGAGE_MOVES.search(text))
    if moved and not placed and not new.grades and (not is_pick(text) or len(of_kind) == 1):
        bodies = (
            named if len(named) == 1 else (last.bodies if not new.bodies and len(last.bodies) == 1 else ())
        )
        if bodies:
            same = bodies == last.bodies or AREA_REF.search(text)  # 'has suffolk's grade for that improved'
            on = area or (last.area if same and not OTHER_AREAS.search(text) else None)
            return f"{bodies[0].id} {area_words(on)} over time" if on else f"history {bodies[0].id}"
    if named and tuple(named) != tuple(new.bodies):
        # a body named in a fire conversation stays a fire service: 'and herts?', 'when was surrey's report out?'
        written = renamed(text, new, named)
        if written:
            from bot.questions.context import follow

            return follow(written, directory, previous)
        return about_text(tuple(b.id for b in named), same_kind_area, round_ or last.round)
    return None


def _place_named(text: str) -> Place | None:
    from bot.questions.words import find_place

    return find_place(text.lower())[0]
