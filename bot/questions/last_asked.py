"""What the last question of a conversation was about, read from its text: its bodies, area, round and kind,
and whether it was about Engage. Pure."""

from __future__ import annotations

import re

from bot.questions.counterparts import in_place
from bot.questions.dates import ROUNDS, moved_since
from bot.questions.move_texts import Last
from bot.questions.names import Directory


def last_question(previous: str, directory: Directory) -> Last | None:
    from bot.questions.entities import find_entities
    from bot.questions.kinds import MonitoringQuestion, UsageError
    from bot.questions.parse import name_finder, parse_question
    from bot.questions.why import WhyQuestion

    try:
        question = parse_question(previous, directory)
    except UsageError:
        return None
    if isinstance(question, WhyQuestion):
        bodies = tuple(b for i in question.names if (b := directory.by_id(i)))
        kind = bodies[0].kind if bodies else "police"
        return Last(bodies, question.area, question.round, kind, question.engage)
    found = find_entities(previous, directory, name_finder(directory))
    bodies = found.bodies
    name = getattr(question, "name", None)
    if not bodies and isinstance(name, str) and (body := directory.by_id(name)):
        bodies = (body,)
    names = getattr(question, "names", ()) or ()
    if len(names) > len(bodies):
        bodies = tuple(b for n in names if (b := directory.by_id(n)))
    place, kind = getattr(question, "place", None), getattr(question, "kind", None) or found.kind
    if not bodies and place is not None and type(question).__name__ == "CompareQuestion":
        # 'compare police forces in the east of england': the bodies it showed side by side
        bodies = tuple(b for b in directory.bodies if b.kind == kind and in_place(b, place))
    area = getattr(question, "area", None) or (found.area.key if found.area else None)
    round_ = getattr(question, "round", None) or found.round or _round_of_year(previous)
    kind = bodies[0].kind if bodies else found.kind
    return Last(
        bodies,
        area if isinstance(area, str) else None,
        round_ if round_ not in (None, "previous") else None,
        kind,
        isinstance(question, MonitoringQuestion),
    )


def _round_of_year(text: str) -> str | None:
    """'weren't they top of the class in 2021?': the round that began that year, when one did."""
    m = re.search(r"\b(20\d\d)\b(?!\s*[-/]\s*\d)", text)
    if m is None or moved_since(text):  # 'worse compared with 2021': measured from it, not asked about
        return None
    return next((r for r in ROUNDS if r.startswith(m.group(1))), None)
