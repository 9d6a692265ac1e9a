"""Tool arguments as people and models send them -> the values the answer functions take, or a clear error.

Every error names the argument it is about, and says what would work (the closest names, the known values)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import get_close_matches
from typing import Any

from bot.mcp.results import Paging
from bot.questions.answers import Snapshot
from bot.questions.areas import AREA_CONCEPTS, CONCEPTS_BY_KEY, AreaConcept, find_area
from bot.questions.names import Body
from bot.questions.vocab import GRADE_RANK, GRADES
from bot.questions.words import COUNTRY_WORDS, REGION_WORDS, Place, find_place

PAGE_SIZE = 20


class BadArgument(ValueError):
    """An argument the store can't answer for; the message starts with the argument's name."""

    def __init__(self, argument: str, problem: str):
        super().__init__(f"{argument}: {problem}")
        self.argument = argument


def _did_you_mean(suggestions: Sequence[Body]) -> str:
    return " Did you mean: " + "; ".join(f"{b.name} (id {b.id})" for b in suggestions) + "?"


def body(snap: Snapshot, text: str, argument: str = "body") -> Body:
    """The one body a name or id means; else an error with 'did you mean' names."""
    text = " ".join(str(text).split())
    if not text:
        raise BadArgument(argument, "give a police force or fire and rescue service, e.g. 'Kent' or 'kent'.")
    found = snap.bodies.get(text) or snap.resolve(text).body
    if found is not None:
        return found
    suggestions = snap.resolve(text).suggestions
    raise BadArgument(
        argument,
        f"no police force or fire and rescue service called {text[:80]!r} is known here."
        + (_did_you_mean(suggestions) if suggestions else " Call find_body to search by name."),
    )


def round_(snap: Snapshot, text: str | None, argument: str = "round") -> str | None:
    """A round as the store keys it ('2023-25'), from '2023-25', '2023/25' or '2023-2025'; None stays None."""
    if text is None or not str(text).strip():
        return None
    raw = str(text).strip()
    m = re.fullmatch(r"(20\d\d)\s*[-/–]\s*(?:20)?(\d\d)", raw)
    known = rounds(snap)
    key = f"{m.group(1)}-{m.group(2)}" if m else raw
    if key not in known:
        raise BadArgument(argument, f"no round {raw[:40]!r} is recorded here; rounds: {', '.join(known)}.")
    return key


def rounds(snap: Snapshot) -> list[str]:
    """Every round the store has areas for, oldest first."""
    return sorted({r for _, r in snap.areas})


def area(text: str | None, kind: str, argument: str = "area") -> AreaConcept | None:
    """An area concept from its key ('investigating'), its label or words people use; None stays None."""
    if text is None or not str(text).strip():
        return None
    raw = " ".join(str(text).split())
    concept = CONCEPTS_BY_KEY.get(raw.lower().replace(" ", "_").replace("-", "_"))
    if concept is None or concept.kind != kind:
        concept, _ = find_area(raw, kind)
    if concept is not None and concept.kind == kind:
        return concept
    keys = [c.key for c in AREA_CONCEPTS if c.kind == kind]
    close = get_close_matches(raw.lower().replace(" ", "_"), keys, n=3, cutoff=0.5)
    hint = f" Did you mean: {', '.join(close)}?" if close else ""
    raise BadArgument(
        argument, f"no {kind} area called {raw[:60]!r}.{hint} Areas for {kind}: {', '.join(keys)}."
    )


def place(text: str | None, argument: str = "place") -> Place | None:
    """A region or country ('wales', 'north west', 'East of England'); None stays None."""
    if text is None or not str(text).strip():
        return None
    raw = " ".join(str(text).split())
    found, span = find_place(raw)
    if found is not None and span is not None and span[1] - span[0] >= len(raw) - 1:
        return found
    names = sorted({*REGION_WORDS.values(), *COUNTRY_WORDS.values()})
    raise BadArgument(argument, f"no region or country called {raw[:60]!r}. Known: {', '.join(names)}.")


def grades(grade: str | None, grade_range: str) -> tuple[str, ...]:
    """The grades a filter asks for: one grade, or it and every grade better (or worse)."""
    if grade is None:
        if grade_range != "exactly":
            raise BadArgument("grade", f"grade_range {grade_range!r} needs a grade to start from.")
        return ()
    rank = GRADE_RANK[grade]
    if grade_range == "or_better":
        return tuple(g for g in GRADES if GRADE_RANK[g] >= rank)
    if grade_range == "or_worse":
        return tuple(g for g in GRADES if GRADE_RANK[g] <= rank)
    return (grade,)


def year(text: str | None, argument: str = "year") -> str | None:
    if text is None or not str(text).strip():
        return None
    if not re.fullmatch(r"20\d\d", str(text).strip()):
        raise BadArgument(argument, f"give a calendar year such as 2024, not {str(text)[:20]!r}.")
    return str(text).strip()


def page(items: Sequence[Any], number: int, argument: str = "page") -> tuple[list[Any], Paging]:
    """One page of items (PAGE_SIZE a page) and where it sits: page, pages, total, next_page."""
    pages = max(1, -(-len(items) // PAGE_SIZE))
    if number > pages:
        raise BadArgument(argument, f"page {number} is past the last page ({pages}).")
    start = (number - 1) * PAGE_SIZE
    shown = list(items[start : start + PAGE_SIZE])
    return shown, Paging(
        page=number, pages=pages, total=len(items), next_page=number + 1 if number < pages else None
    )
