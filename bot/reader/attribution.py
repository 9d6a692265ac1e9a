"""Whose grades they are, in a text that names two or more bodies about equally: each grade statement belongs
to the body its own sentence names, else to the body named last before it. When every statement belongs to
one body, the text is read as that body's; when they belong to several, or cannot be placed, it is no one's."""

from __future__ import annotations

from collections.abc import Callable

from bot.reader.bodies import Named, part_of_longer_name
from bot.reader.grades import Statement, statements
from bot.reader.phrases import PhraseIndex
from bot.reader.proposal import CatalogBody
from bot.reader.text import units

FRAMEWORK_BY_KIND = {"police": "peel", "fire": "frs"}
AreaIndexOf = Callable[[str], PhraseIndex[tuple[str, ...]]]


def _where(folded: str, s: Statement) -> tuple[int, int] | None:
    """Where a statement's sentence is in the text (a list item's quote is 'heading: item')."""
    for part in (s.quote, s.quote.rsplit(": ", 1)[-1]):
        part = part.strip("…")
        at = folded.find(part[:80])
        if part and at >= 0:
            return at, at + len(part)
    return None


def sole_graded_body(
    folded: str, candidates: tuple[CatalogBody, ...], bodies: PhraseIndex[Named], areas_of: AreaIndexOf
) -> CatalogBody | None:
    """The one candidate every grade statement in the text belongs to, or None."""
    ids = {b.id: b for b in candidates}
    names = [
        (f.start, f.value.body.id)
        for f in bodies.find(folded)
        if f.value.strong and f.value.body.id in ids and not part_of_longer_name(folded, f.start)
    ]
    graded: set[str] = set()
    pieces = units(folded)
    for framework in sorted({FRAMEWORK_BY_KIND[b.kind] for b in candidates if b.kind in FRAMEWORK_BY_KIND}):
        kind_ids = {b.id for b in candidates if FRAMEWORK_BY_KIND.get(b.kind) == framework}
        for s in statements(pieces, areas_of(framework), earlier_years=set()):
            span = _where(folded, s)
            if span is None:
                return None  # a statement that cannot be placed: whose it is stays unknown
            inside = {i for at, i in names if span[0] <= at < span[1]}
            before = [i for at, i in names if at < span[0]]
            owners = inside or ({before[-1]} if before else set())
            if len(owners) != 1:
                return None
            owner = next(iter(owners))
            if owner not in kind_ids:
                return None  # a police area's grade given to a fire service (or the reverse): not clear
            graded.add(owner)
    return ids[next(iter(graded))] if len(graded) == 1 else None
