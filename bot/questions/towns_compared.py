"""A follow-up comparing with towns ('is that worse than reading where i used to live'): the bodies of the towns
named, when every body the follow-up names came from a town. Pure."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.questions.entities import Entities
    from bot.questions.names import Body, Directory


def towns_compared(text: str, new: Entities, kind: str, directory: Directory) -> tuple[Body, ...] | None:
    """The bodies of `kind` serving the towns named; None when some body was named otherwise."""
    from bot.questions.place_questions import town_bodies  # (the gazetteer, read on a first place question)

    from_towns = {f[2].id for f in new.towns.found}
    if from_towns and all(b.id in from_towns for b in new.bodies):
        return town_bodies(text, kind, directory)  # (none, for a Welsh town's fire service)
    return None
