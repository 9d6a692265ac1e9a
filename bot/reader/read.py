"""Text -> Proposal: the body, framework, round, publication date and each stated grade with its sentence.

Firm rules: only what the text states; an earlier inspection's grades are not the new report's; a text about
several bodies or none proposes nothing and says why; so does a text about another kind of inspection, or a
round the store does not hold (named); an area the round lacks is unmatched, never squeezed into another; two
grades for one area are a conflict to show; no round, when the cues conflict or are missing, says why."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from bot.reader.attribution import FRAMEWORK_BY_KIND, sole_graded_body
from bot.reader.bodies import (
    BodyFinding,
    Named,
    body_index,
    fire_text,
    names_other,
    own_initials,
    which_body,
)
from bot.reader.counts import grade_counts
from bot.reader.dates import meeting_date, page_date, published_date, url_month, weekday_dates
from bot.reader.eras import ERA_TURN, by_area_framework, era, five_point
from bot.reader.grades import Statement, statements
from bot.reader.kinds import (
    FRAMEWORK,
    NATIONAL,
    SPOTLIGHT,
    explains_inspections,
    named_kind,
    other_inspection,
    tallies_all,
    why_nothing,
)
from bot.reader.lexicon import GRADES, area_wordings
from bot.reader.phrases import PhraseIndex
from bot.reader.proposal import Catalog, CatalogBody, Conflict, Proposal, ProposedGrade, Unmatched
from bot.reader.round_words import rating_years
from bot.reader.rounds import KNOWN_ROUNDS, round_of_year, which_round
from bot.reader.store_fit import KNOWN_ROUND, Fit, round_by_store
from bot.reader.text import fold, key, units, unwrap
from bot.reader.whole_claims import ruled_out_grades

# A meeting's record ("Minutes:", "Agenda item", "presented the report"): told in reported speech
_MINUTES = re.compile(
    r"^\s*(?:minutes\b|agenda item\b)|\bminutes of the\b|\bpresented (?:the|his|her|a) report\b", re.I | re.M
)
HEAD = 3000


@lru_cache(maxsize=4)
def _bodies(catalog: Catalog) -> PhraseIndex[Named]:
    return body_index(catalog)


@lru_cache(maxsize=16)
def _areas(catalog: Catalog, framework: str) -> PhraseIndex[tuple[str, ...]]:
    ids: dict[tuple[str, ...], list[str]] = defaultdict(list)
    wording_of: dict[tuple[str, ...], str] = {}
    for wording, area in area_wordings(catalog, framework):
        k = key(wording)
        wording_of.setdefault(k, wording)
        if area not in ids[k]:
            ids[k].append(area)
    return PhraseIndex((wording_of[k], tuple(v)) for k, v in ids.items())


def read_text(text: str, catalog: Catalog, *, url: str = "") -> Proposal:
    """What the text states about one body's inspection."""
    folded = unwrap(fold(text))
    published = published_date(folded, url)
    # the date the round is read against: the report's, else when the page was written (a story, minutes)
    dated = published or page_date(folded, url) or meeting_date(folded) or _month_of(url)
    if dated is None and (on_weekday := _weekday_date(folded)):
        dated, told = on_weekday
        published = dated if told else None
    elif (
        published is None and dated
    ):  # a story dated 8 October 2019: "its report published on Tuesday (October 8)"
        published = _weekday_of_page(folded, dated)
    bodies = _bodies(catalog)
    found = which_body(folded, bodies, catalog, url)
    if found.body is None and len(found.others) > 1:  # named about equally: whose are the grades?
        areas_of = lambda framework: _areas(catalog, framework)  # noqa: E731
        if graded := sole_graded_body(folded, found.others, bodies, areas_of):
            found = BodyFinding(graded, tuple(b for b in found.others if b.id != graded.id))
    if found.body is not None and tallies_all(folded, url):  # "of the 43 forces, 22 were judged…"
        named = (found.body, *found.others)
        found = BodyFinding(None, named, "it tallies every force or service, not one")
    if found.body is None:  # several bodies or none: still say which inspection and round it is about
        kind = other_inspection(folded, url) or (FRAMEWORK if explains_inspections(folded) else None)
        framework_ = _framework_of(folded, found.others)
        finding = which_round(folded, url, framework_, dated, catalog)
        about = ""
        if finding.round:
            held_not = "" if finding.held else ", a round the store does not hold"
            about = f"; it is about {finding.label}{held_not}"
        return Proposal(
            framework=framework_ if finding.round else None,
            round=finding.round,
            published=published,
            notes=(f"Nothing proposed: {found.note}" + (f"; it is {kind}" if kind else "") + about + ".",),
            source_url=url,
            other_bodies=tuple(b.id for b in found.others),
        )
    body = found.body
    framework = FRAMEWORK_BY_KIND.get(body.kind)
    if framework is None:
        return Proposal(body=body.id, body_name=body.name, notes=(f"{body.name} has no graded framework.",))

    def nothing(note: str, round_: str | None = None) -> Proposal:
        return Proposal(
            body=body.id,
            body_name=body.name,
            framework=framework if round_ else None,
            round=round_,
            published=published,
            notes=(f"Nothing proposed: {note}.",),
            source_url=url,
            other_bodies=tuple(b.id for b in found.others),
        )

    kind = other_inspection(folded, url)
    finding = which_round(folded, url, framework, dated, catalog, body.id)
    if kind:
        # a national report sums up a round ("the first State of Fire report", on round 1): say which
        # so does a spotlight on a theme across one round's inspections ("… from the 2018/19 PEEL inspections")
        about = f" (about {finding.label})" if kind in (NATIONAL, SPOTLIGHT) and finding.round else ""
        why = f"this is {kind}{about}, not {_FRAMEWORK_NAMES[framework]}; its grades are not kept"
        return nothing(
            why, finding.round if about and not finding.held else None
        )  # never a held round's form
    if finding.round and not finding.held:
        return nothing(f"this is about {finding.label}, a round the store does not hold", finding.round)
    if finding.unheld:  # a person choosing a round could file that round's grades under another
        held_not = "is a round" if len(finding.unheld) == 1 else "are rounds"
        return nothing(
            f"{finding.why}, and {' and '.join(finding.unheld)} {held_not} the store does not hold"
        )
    round_ = finding.round
    in_round = [a.area for a in catalog.areas_of(framework, round_)] if round_ else []
    own = own_initials(folded, bodies, body.id)
    said = [
        s
        for s in statements(
            units(folded),
            _areas(catalog, framework),
            earlier_years=finding.earlier_years,
            reported=bool(_MINUTES.search(folded[:HEAD])),
        )
        if not names_other(s.quote, bodies, body.id, own)
    ]
    notes: list[str] = []
    if ruled := ruled_out_grades(
        folded.lower()
    ):  # 'good or adequate in all categories': an RI is the last one's
        said = [s for s in said if s.grade not in ruled]
    other = [s for s in said if named_kind(s.quote)]
    if other:
        said = [s for s in said if s not in other]
        notes.append(
            f"Left out: {len(other)} grade{'s' if len(other) > 1 else ''} stated for "
            f"{named_kind(other[0].quote)}, not {_FRAMEWORK_NAMES[framework]}."
        )
    why = finding.why
    by_areas = _round_by_areas(said, catalog, framework) if round_ and finding.by_date_only else None
    if by_areas and by_areas != round_ and not published:  # a story dated 2025 grading 2021/22's areas
        why = f"its date falls in {round_} but the areas it grades are {by_areas}'s"
        round_ = None
    if round_ is None and finding.cueless:  # no cue standing: the areas only one round grades may tell
        low = folded.lower()  # (the era's cues narrow the rounds only where no old round can be meant)
        by_words = (
            _round_by_areas(
                said, catalog, framework, finding.ruled_out if by_area_framework(low) else frozenset()
            )
            or _round_by_rating_year(said, catalog, framework)
            or _round_by_names(low, catalog, framework)
        )
        fit = Fit(
            five_point=five_point(low) or any(s.grade == "Adequate" for s in said),
            areas_stated=len({s.areas[0] for s in said if s.areas}),
            stated=tuple({s.areas[0]: s.grade for s in said if s.areas}.values()),
            ruled_out=finding.ruled_out,
        )
        # the body's reports in the store outweigh one area's wording ('supporting victims' is 2021/22's word)
        if (
            round_ := round_by_store(grade_counts(low), body.id, framework, catalog, fit) or by_words
        ) != by_words:
            notes.append(
                f"Round {round_} from the grades the text states (their counts, their scale, how many areas): "
                f"of {body.name}'s reports in the store, only that round's fits them."
            )
        in_round = [a.area for a in catalog.areas_of(framework, round_)] if round_ else []
    areas_for = in_round if round_ else _likeliest_areas(said, catalog, framework)
    grades, unmatched, conflicts, settled = _settle(said, areas_for, round_)
    notes += settled
    if not grades and not unmatched and not conflicts:
        notes.append(why_nothing(folded))
    if round_ is None:
        notes.append(f"No round: {why}; choose the round before saving.")
    stated = {g.area for g in grades} | {c.area for c in conflicts}
    return Proposal(
        body=body.id,
        body_name=body.name,
        framework=framework,
        round=round_,
        published=published,
        grades=tuple(grades),
        unmatched=tuple(unmatched),
        conflicts=tuple(conflicts),
        not_found=tuple(a for a in in_round if a not in stated),
        notes=tuple(notes),
        source_url=url,
        other_bodies=tuple(b.id for b in found.others),
    )


_FRAMEWORK_NAMES = {"peel": "a PEEL inspection", "frs": "a fire and rescue service inspection"}


def _framework_of(folded: str, named: tuple[CatalogBody, ...]) -> str:
    """The framework of a text about several bodies or none: theirs when all are of one kind, else the one
    the text is more about (fire or policing), or whose pillars it names."""
    kinds = {b.kind for b in named}
    if len(kinds) == 1 and (only := FRAMEWORK_BY_KIND.get(next(iter(kinds)))):
        return only
    return "frs" if fire_text(folded) or _FIRE_PILLARS.search(folded.lower()) else "peel"


# The fire inspection's three pillars ("three pillars, effectiveness, efficiency and people"): PEEL's third was
# legitimacy, so a text naming these is about fire though it never says "fire" (an authority's minutes)
_FIRE_PILLARS = re.compile(r"\beffectiveness,?\s+efficiency,?\s+and\s+people\b")


def _weekday_date(folded: str) -> tuple[str, bool] | None:
    """A year-less date with its weekday ("published today (Friday 8 March)"), when one year of the rounds
    HMICFRS ran fits it and the inspectorate's name (Her or His Majesty's) the text uses; and whether it is
    the report's."""
    last = max(int(k.round[:2] + k.round[-2:]) for ks in KNOWN_ROUNDS.values() for k in ks)
    first = FIRE_NAMED if _FIRE_IN_NAME.search(folded) else FIRST_YEAR  # "… and Fire & Rescue Services"
    days, told = weekday_dates(folded, range(first, last + 1))
    when = era(folded.lower())
    fits = [d for d in days if when is None or (d[:7] < ERA_TURN if when == "before" else d[:7] >= ERA_TURN)]
    return (fits[0], told) if len(fits) == 1 else None


def _weekday_of_page(folded: str, page: str) -> str | None:
    """The report's year-less date with its weekday, in the page's own year and no later than the page."""
    days, told = weekday_dates(folded, range(int(page[:4]), int(page[:4]) + 1))
    return days[0] if told and len(days) == 1 and days[0] <= page else None


FIRST_YEAR = 2014  # PEEL's first round
FIRE_NAMED = 2017  # the inspectorate took fire and rescue into its name in July 2017
_FIRE_IN_NAME = re.compile(r"\bhmicfrs\b|inspectorate of constabulary and fire", re.I)


def _month_of(url: str) -> str | None:
    """The month a page's address carries, as a date cue when the text states none (`/2023/03/chiefs-…`)."""
    return url_month(url) if url else None


def _likeliest_areas(said: list[Statement], catalog: Catalog, framework: str) -> list[str]:
    """With no round certain, the areas of the round whose names fit the most statements (the latest on a
    tie), so a wording two rounds share means that round's area: it decides words, never the round."""
    best: list[str] = []
    best_fit = -1
    for r in sorted({a.round for a in catalog.areas if a.framework == framework}):
        areas = [a.area for a in catalog.areas_of(framework, r)]
        fit = sum(any(a in areas for a in s.areas) for s in said)
        if fit >= best_fit:
            best, best_fit = areas, fit
    return best


def _round_by_areas(
    said: list[Statement], catalog: Catalog, framework: str, ruled: frozenset[str] = frozenset()
) -> str | None:
    """The one round whose areas fit every statement, when some of them name an area only that round grades
    ("good use of resources" is 2021/22's; "leadership and force management" 2023-25's), among the rounds
    the text's other cues leave (`ruled`: "Her Majesty's" rules out 2023-25). Used only for an undated text:
    a round the store doesn't know yet may reuse old names."""
    named = [set(s.areas) for s in said if s.areas]
    if not named:
        return None
    known = {a.round for a in catalog.areas if a.framework == framework}
    if len(known) < 2:
        return None  # one round known (fire): its names say nothing about which round a text is from
    rounds = {r: {a.area for a in catalog.areas_of(framework, r)} for r in known - ruled}
    fits = [r for r, areas in rounds.items() if all(ids & areas for ids in named)]
    if len(fits) != 1:
        return None
    # A round the store knows only a few areas of yet (2025-27) can't show a name is not only fits[0]'s.
    others = set().union(*(a for r, a in rounds.items() if r != fits[0] and len(a) >= KNOWN_ROUND))
    return fits[0] if any(not (ids & others) for ids in named) else None


def _round_by_names(low: str, catalog: Catalog, framework: str) -> str | None:
    """The one round whose own area names the text uses anywhere, graded or not ("still has work to do in
    leadership and force management" is 2023-25's wording), when no other round's own names are in it."""
    rounds = {
        r: {a.area for a in catalog.areas_of(framework, r)}
        for r in {a.round for a in catalog.areas if a.framework == framework}
    }
    known = {r: areas for r, areas in rounds.items() if len(areas) >= KNOWN_ROUND}
    if len(known) < 2:
        return None  # one round known (fire): its names say nothing about which round a text is from
    said = {
        a.area
        for a in catalog.areas
        if a.framework == framework and len(a.name.split()) >= 3 and a.name.lower() in low
    }
    own = {
        r
        for r, areas in known.items()
        if said & areas - set().union(*(o for q, o in known.items() if q != r))
    }
    # a round's own wording of an area both grade ('preventing and deterring crime' is 2023-25's)
    worded = {r: _wordings(catalog, framework, r) for r in known}
    own |= {
        r
        for r, w in worded.items()
        if any(x in low for x in w - set().union(*(o for q, o in worded.items() if q != r)))
    }
    return own.pop() if len(own) == 1 else None


def _wordings(catalog: Catalog, framework: str, round_: str) -> set[str]:
    """A round's names for its areas, and the other names the store gives them, of three words or more."""
    names = [a.name for a in catalog.areas_of(framework, round_)]
    names += [p.strip() for a in catalog.areas_of(framework, round_) for p in a.also_called.split(";")]
    names = [n.lower() for n in names if len(n.split()) >= 3 and "graded" not in n.lower()]
    return set(names) | {
        " ".join(n.split()[:4]) for n in names if len(n.split()) > 4
    }  # 'preventing and deterring crime'


def _round_by_rating_year(said: list[Statement], catalog: Catalog, framework: str) -> str | None:
    """The round of the year the grade sentences themselves say the grades were given in ("which in 2024
    rated it inadequate in responding to the public"), when they all say one and the store holds it. Only the
    sentences that give the grades count: "In 2019 it was rated inadequate in all areas" is history."""
    rounds = {round_of_year(year, framework) for s in said for year in rating_years(s.quote.lower())}
    held = {a.round for a in catalog.areas if a.framework == framework}
    only = next(iter(rounds)) if len(rounds) == 1 else None
    return only if only in held and all(rating_years(s.quote.lower()) for s in said) else None


def _area_for(s: Statement, in_round: list[str], round_: str | None) -> str | None:
    """The one area of the round a wording names; None when the round lacks it (or, roundless, it's unclear)."""
    matches = [a for a in s.areas if a in in_round]
    if matches:
        return matches[0]
    if round_ is None and len(s.areas) == 1:
        return s.areas[0]
    return None


def _settle(
    said: list[Statement], in_round: list[str], round_: str | None
) -> tuple[list[ProposedGrade], list[Unmatched], list[Conflict], list[str]]:
    """Per area, the surest form's statements: one grade is a proposal, several a conflict."""
    by_area: dict[str, list[Statement]] = defaultdict(list)
    unmatched: dict[str, Unmatched] = {}
    for s in said:
        area = _area_for(s, in_round, round_)
        if area is None:
            if s.wording.lower() not in unmatched:
                unmatched[s.wording.lower()] = Unmatched(
                    s.wording, s.grade, s.quote, s.areas[0] if s.areas else ""
                )
            continue
        by_area[area].append(s)
    grades: list[ProposedGrade] = []
    conflicts: list[Conflict] = []
    notes: list[str] = []
    order = {a: i for i, a in enumerate(in_round)}
    for area in sorted(by_area, key=lambda a: order.get(a, len(order))):
        best = min(s.tier for s in by_area[area])
        surest = [s for s in by_area[area] if s.tier == best]
        distinct = sorted({s.grade for s in surest}, key=GRADES.index)
        if len(distinct) == 1:
            grades.append(ProposedGrade(area, distinct[0], surest[0].quote))
        else:
            quotes = tuple(next(s.quote for s in surest if s.grade == g) for g in distinct)
            conflicts.append(Conflict(area, tuple(distinct), quotes))
            notes.append(f"The text states {' and '.join(distinct)} for {area}: check the report.")
    return grades, list(unmatched.values()), conflicts, notes
