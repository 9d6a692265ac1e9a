"""A follow-up's switch to the other kind of body: 'and the fire service?' after a force is the services covering
it, 'back to the police' after a county's services the force covering them all. Pure: no store."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.questions.move_words import ANOTHER, COLLECTIVE, FOLLOWING, SAME_ASKED, THERE

# 'who does the fire service for them': of the last bodies
_FOR_THEM = re.compile(r"\b(?:for|of|covering|serving)\s+(?:them|those|both(?:\s+of\s+them)?)\b")

if TYPE_CHECKING:
    from bot.questions.counterparts import Counterparts
    from bot.questions.entities import Entities
    from bot.questions.move_texts import Last


def kind_switch(
    new: Entities, last: Last, kind: str, counterparts: Counterparts, text: str, named: tuple = ()
) -> tuple[str, ...] | str | None:
    """The bodies of `kind` a kind switch means: those named of that kind, else those covering the bodies
    named (or the last ones), narrowed to those named by place; a string for the Welsh fire services; None
    when it is no switch."""
    return narrowed(_switched(new, last, kind, counterparts, text), named)


def _switched(
    new: Entities, last: Last, kind: str, counterparts: Counterparts, text: str
) -> tuple[str, ...] | str | None:
    same = tuple(b.id for b in new.bodies if b.kind == kind)
    if same:
        # named in full: a follow-up form moves to them ('ok and thames valley police on X'); a question of
        # its own ('is bucks fire still in engage?') is left to the general follow-up
        return same if FOLLOWING.match(text) and not new.monitoring else None
    if (
        not new.bodies
        and COLLECTIVE.search(new.norm)
        and not (THERE.search(new.norm) or _FOR_THEM.search(new.norm))
    ):
        return None  # 'which fire services are good at that': a list ('… for them' is the last ones')
    source = new.bodies or last.bodies
    ids: list[str] = []
    for body in source:
        ids += [i for i in counterparts.other_kind(body) if i not in ids]
    # 'back to the police' after Devon's three fire services is the force covering all three
    every = [i for i in ids if all(i in counterparts.other_kind(b) for b in source)]
    ids = every or ids
    if ANOTHER.search(text):  # 'the other fire service in the west mercia area': not the one just shown
        ids = [i for i in ids if all(i != b.id for b in last.bodies)] or ids
    if ids and (new.monitoring or last.engage and SAME_ASKED.search(text)) and len(ids) == 1:
        return f"has {ids[0]} been in engage"
    if ids:
        return tuple(ids)
    if kind == "fire" and any(b.country == "Wales" for b in source):
        return "welsh fire services"  # answered: HMICFRS does not inspect them, and who does
    return None


def narrowed(switched: tuple[str, ...] | str | None, named: tuple) -> tuple[str, ...] | str | None:
    """The bodies switched to, narrowed to those of them the follow-up names by place ('does the isles of scilly
    have its own fire service' after Devon and Cornwall Police: that one of its three)."""
    ids = tuple(b.id for b in named)
    if isinstance(switched, tuple) and ids and set(ids) < set(switched):
        return ids
    return switched
