"""Which round an undated text with no round cue is about, from the body's own reports in the store: the grade
counts the text states ("good in two areas and adequate in six") against the counts and grades the store holds
for each of the body's reports, as a careful reader checks a story against the reports it could be about.

A round is decided only when the store makes it certain: the text's counts are exactly one stored report's
(every grade's count and the total), or every round HMICFRS ran but one is ruled out and the store holds the
body's report in that one. A round is ruled out by a count the store contradicts (the report has three areas
graded requires improvement, the text says two), by a grade the grading scale of that round did not have
(adequate, before 2021/22 and fire round 3), by counts adding up to more areas than the round grades, or, where the text's counts cover every area, by a stored grade
they leave no room for. A round the store holds nothing of for this body is never ruled out."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bot.reader.counts import Counts
from bot.reader.known_rounds import KNOWN_ROUNDS, OLD_ROUNDS
from bot.reader.proposal import Catalog, CatalogReport

MATCH, RULED_OUT, UNKNOWN = "match", "ruled out", "unknown"
_FOUR_POINT = {"peel": set(OLD_ROUNDS["peel"]), "frs": set(OLD_ROUNDS["frs"])}  # no 'adequate' then


# Graded areas of a round the store does not know the areas of yet: fire 2025-27 assesses services "against ten
# core questions" (HMICFRS on its 2025-27 fire inspection programme, February 2026)
PUBLISHED_AREAS = {("frs", "2025-27"): 10}
KNOWN_ROUND = 5  # areas the store must know of a round before its names and their number are the round's


def _most_areas(framework: str, rid: str, catalog: Catalog) -> int | None:
    """How many areas a round grades at most: the store's areas for it, else the number HMICFRS published."""
    stored = len(catalog.areas_of(framework, rid))
    return stored if stored >= KNOWN_ROUND else PUBLISHED_AREAS.get((framework, rid))


def _verdict(
    report: CatalogReport | None, counts: Counts, rid: str, framework: str, most: int | None, fit: Fit
) -> str:
    said = dict(counts.by_grade)
    if ("Adequate" in said or fit.five_point) and rid in _FOUR_POINT.get(framework, set()):
        return RULED_OUT  # the grade did not exist in that round
    if rid in fit.ruled_out:
        return RULED_OUT  # the text itself rules it out (the inspectorate's name, its scale)
    if most is not None and max(sum(said.values()), fit.areas_stated, counts.total or 0) > most:
        return RULED_OUT  # more areas counted, graded or totalled ("in 11 areas") than it grades
    if report is None:
        return UNKNOWN
    stored = dict(report.counts)
    if any(g in stored and stored[g] != n for g, n in said.items()):
        return RULED_OUT
    if report.graded_total is not None and sum(said.values()) > report.graded_total:
        return RULED_OUT
    held = Counter(grade for _, grade in report.grades)
    if any(held[g] > said[g] for g in said):
        return RULED_OUT  # more areas stored with that grade than the text counts
    if counts.complete and any(g not in said for g in held):
        return RULED_OUT  # the text's counts cover every area and leave no room for this grade
    if counts.complete and report.graded_total is not None and report.graded_total != counts.total:
        return RULED_OUT
    if len(report.grades) >= KNOWN_ROUND and held == Counter({g: n for g, n in said.items() if n}):
        return MATCH  # the text's counts are exactly the grades stored for the report
    if said and len(report.grades) >= KNOWN_ROUND and held == _with_stated(said, fit.stated):
        return MATCH  # counted ("outstanding in three areas") and stated one by one, the grades stored
    whole = len(stored) == 5 and report.graded_total is not None
    if (
        whole
        and sum(said.values()) == report.graded_total
        and all(stored[g] == said.get(g, 0) for g in stored)
    ):
        return MATCH
    return UNKNOWN


@dataclass(frozen=True)
class Fit:
    """What else the text says of its grades: the five-point scale (with adequate), and how many areas it
    grades one by one."""

    five_point: bool = False
    areas_stated: int = 0
    ruled_out: frozenset[str] = frozenset()
    stated: tuple[str, ...] = ()  # the grade of each area the text states one by one


def _with_stated(said: dict[str, int], stated: tuple[str, ...]) -> Counter[str]:
    """The text's counts, and for a grade it does not count, the areas it states with that grade."""
    merged = Counter({g: n for g, n in said.items() if n})
    merged.update(g for g in stated if g not in said)
    return merged


def round_by_store(
    counts: Counts | None, body: str, framework: str, catalog: Catalog, fit: Fit = Fit()
) -> str | None:
    """The one held round the text's counts fit among the body's stored reports, or None (see the module)."""
    if counts is None:
        if not fit.five_point and not fit.ruled_out and not fit.stated:
            return None
        counts = Counts(())
    held = {a.round for a in catalog.areas if a.framework == framework}
    reports = {r.round: r for r in catalog.reports_of(body, framework)}
    verdicts = {
        k.round: _verdict(
            reports.get(k.round), counts, k.round, framework, _most_areas(framework, k.round, catalog), fit
        )
        for k in KNOWN_ROUNDS[framework]
    }
    matches = [r for r, v in verdicts.items() if v == MATCH]
    if len(matches) == 1:
        return matches[0] if matches[0] in held else None
    left = [r for r, v in verdicts.items() if v != RULED_OUT]
    if len(left) == 1 and left[0] in held and left[0] in reports:
        return left[0]
    return None
