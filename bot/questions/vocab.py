"""HMICFRS's words: the grade scale, round and framework labels, partial dates."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

GRADES = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")
# Higher is better; used for movement and "or better" / "or worse" filters.
GRADE_RANK = {g: len(GRADES) - i for i, g in enumerate(GRADES)}

GRADE_MEANING = {
    "Outstanding": "performance substantially exceeds the characteristics of good performance",
    "Good": "substantially all of the characteristics of good performance",
    "Adequate": "some of the characteristics of good performance, with areas where the body should improve",
    "Requires improvement": "few, if any, of the characteristics of good performance; a substantial number of areas to improve",
    "Inadequate": "causes of concern, on which HMICFRS makes recommendations",
}

_SCALE_COLOUR = {
    "Outstanding": "🟩",
    "Good": "🟩",
    "Adequate": "🟨",
    "Requires improvement": "🟧",
    "Inadequate": "🟥",
}

FRAMEWORK_LABEL = {"peel": "PEEL", "frs": "Fire and rescue inspection"}

COMPARABILITY_CAVEAT = "HMICFRS says grades are not directly comparable between rounds: the framework and the graded areas changed."

_MONTHS = "January February March April May June July August September October November December".split()


def scale(grade: str | None) -> str:
    """A five-step visual scale for a grade, e.g. 🟩🟩🟩🟩⬜ for Good; blank squares when not recorded."""
    if grade not in GRADE_RANK:
        return "⬜⬜⬜⬜⬜"
    filled = GRADE_RANK[grade]
    return _SCALE_COLOUR[grade] * filled + "⬜" * (5 - filled)


def round_label(round_: str | None) -> str:
    """'2023-25' -> '2023–25' (HMICFRS writes rounds with an en dash)."""
    return (round_ or "").replace("-", "–")


def framework_label(framework: str | None) -> str:
    """'peel' -> 'PEEL'."""
    return FRAMEWORK_LABEL.get(framework or "", (framework or "").upper())


def report_title(framework: str | None, round_: str | None, body_name: str) -> str:
    """HMICFRS's title form: 'PEEL 2023–2025: An inspection of Cambridgeshire Constabulary'."""
    start, _, end = (round_ or "").partition("-")
    years = f"{start}–{start[:2]}{end}" if start and end else round_label(round_)
    if framework == "peel":
        return f"PEEL {years}: An inspection of {body_name}"
    return f"{framework_label(framework)} {years}: {body_name}"


@lru_cache(maxsize=4096)  # the store's dates: a few hundred, formatted on every list
def format_date(text: str | None) -> str:
    """'2024-03-12' -> '12 March 2024', '2023-10' -> 'October 2023', '' -> 'date not recorded'."""
    if not text:
        return "date not recorded"
    parts = text.split("-")
    try:
        if len(parts) == 3:
            d = date(int(parts[0]), int(parts[1]), int(parts[2]))
            return f"{d.day} {_MONTHS[d.month - 1]} {d.year}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return text
    return parts[0]


def movement(current: str | None, previous: str | None) -> str | None:
    """'up', 'down' or 'same' between two recorded grades; None when either is unknown."""
    if current not in GRADE_RANK or previous not in GRADE_RANK:
        return None
    diff = GRADE_RANK[current] - GRADE_RANK[previous]
    return "up" if diff > 0 else "down" if diff < 0 else "same"
