"""Render answers across bodies: filters, counts, rankings and recent reports. Pure: data in, Block Kit out."""

from __future__ import annotations

from bot.questions.answers import (
    KIND_NOUN,
    BodyCountAnswer,
    FilterAnswer,
    FilterRow,
    GradeCountAnswer,
    RankAnswer,
    RecentAnswer,
    RecentRow,
    ReportRef,
)
from bot.questions.names import Body
from bot.questions.vocab import (
    COMPARABILITY_CAVEAT,
    GRADE_RANK,
    GRADES,
    format_date,
    framework_label,
    round_label,
)
from bot.slack.blocks.common import (
    MAX_SECTION_TEXT,
    Block,
    Message,
    context,
    divider,
    escape,
    header,
    link,
    message,
    section,
)
from bot.slack.blocks.grade import share_button
from bot.slack.blocks.not_rated import not_rated
from bot.slack.blocks.paging import more_blocks, page_of

MAX_LIST_SECTIONS = 20  # leaves room for header, notes and the share button within 50 blocks
MAX_NAMES_IN_NOTE = 12


def line_sections(lines: list[str], *, max_sections: int = MAX_LIST_SECTIONS) -> list[Block]:
    """Pack lines into sections under 3000 characters; what doesn't fit becomes 'and N more'."""
    blocks: list[Block] = []
    current: list[str] = []
    size = 0
    shown = 0
    for line in lines:
        if len(line) > MAX_SECTION_TEXT - 100:
            line = line[: MAX_SECTION_TEXT - 101] + "…"
        if size + len(line) + 1 > MAX_SECTION_TEXT - 100:
            if len(blocks) + 1 >= max_sections:
                break
            blocks.append(section("\n".join(current)))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
        shown += 1
    if current:
        blocks.append(section("\n".join(current)))
    if shown < len(lines):
        blocks.append(context(f"…and {len(lines) - shown} more not shown."))
    return blocks


def names_list(bodies: list[Body] | tuple[Body, ...], limit: int = MAX_NAMES_IN_NOTE) -> str:
    """'A, B and C', or 'A, B … and 5 more'."""
    names = [b.name for b in bodies]
    if len(names) > limit:
        return ", ".join(names[:limit]) + f" and {len(names) - limit} more"
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def grades_phrase(grades: tuple[str, ...]) -> str:
    """('Good', 'Outstanding') -> 'good or better'; ('Requires improvement', 'Inadequate') -> '... or worse'."""
    if not grades or len(grades) == len(GRADES):
        return "any grade"
    ranks = sorted(GRADE_RANK[g] for g in grades)
    contiguous = ranks == list(range(ranks[0], ranks[-1] + 1))
    worst, best = min(grades, key=GRADE_RANK.get), max(grades, key=GRADE_RANK.get)  # type: ignore[arg-type]
    if len(grades) > 1 and contiguous and best == "Outstanding":
        return f"{worst.lower()} or better"
    if len(grades) > 1 and contiguous and worst == "Inadequate":
        return f"{best.lower()} or worse"
    if len(grades) == len(GRADES) - 1:  # 'didn't get a single good': any grade but that one
        return f"any grade but {next(g for g in GRADES if g not in grades).lower()}"
    ordered = [g.lower() for g in GRADES if g in grades]
    return " or ".join(ordered)


def report_phrase(report: ReportRef) -> str:
    """'PEEL 2023–25, published 12 March 2024' with a link to the report."""
    text = f"{framework_label(report.framework)} {round_label(report.round)}, published {format_date(report.published)}"
    return link(report.url, text) if report.url else escape(text)


def _kind_noun(kind: str, n: int = 2) -> str:
    one, many = KIND_NOUN.get(kind, ("body", "bodies"))
    return one if n == 1 else many


def _rounds_note(kind: str, rounds: tuple[tuple[str, int], ...], asked: str | None) -> str:
    framework = "PEEL" if kind == "police" else "fire and rescue"
    if asked and asked != "previous":
        return f"From each one's {framework} {round_label(asked)} report."
    which = "the report before its latest" if asked == "previous" else "latest"
    parts = ", ".join(f"{round_label(r)} for {n}" for r, n in rounds)
    note = f"Each one's {which} {framework} report" + (f": {parts}." if parts else ".")
    if len(rounds) > 1:
        note += " " + COMPARABILITY_CAVEAT
    return note


def _filter_line(row: FilterRow, single_area: bool, what: str = "") -> str:
    name = f"*{escape(row.body.name)}*"
    if row.tally:
        name += f" — {row.tally} {escape(what)}"
    if row.statement is not None:
        summary = ", ".join(f"{n} {g.lower()}" for g, n in row.statement.items() if n)
        return f"• {name} — HMICFRS's summary: {summary} (which areas isn't recorded here) · {report_phrase(row.report)}"
    if single_area:
        return f"• {name} — {escape(row.grades[0][1])} · {report_phrase(row.report)}"
    graded = "; ".join(f"{escape(g)}: {escape(a)}" for a, g in row.grades)
    return f"• {name} — {graded} · {report_phrase(row.report)}"


COUNT_SHOWN = 6  # 'how many … got an inadequate': this many or fewer are shown with their grades


def render_filter(answer: FilterAnswer, question: str, *, shareable: bool = True, page: int = 0) -> Message:
    """Bodies matching a grade filter, with what's left out said plainly."""
    nouns = _kind_noun(answer.kind)
    where = f" in {answer.place}" if answer.place else " asked about" if answer.among else ""
    if answer.excluded:
        where += f" other than {', '.join(answer.excluded)}"
    what = grades_phrase(answer.grades)
    at = f" for {answer.area}" if answer.area else " in at least one area"
    if answer.except_areas and not answer.area:
        at += f" other than {' and '.join(answer.except_areas)}"
    if answer.every and not answer.area:
        at = " in every graded area"
    if answer.at_least > 1 and not answer.area:
        at = f" in {answer.at_least} or more areas"
    title = f"{nouns.capitalize()}{where} rated {what}{at}"
    if not answer.grades and answer.area:
        title = f"{nouns.capitalize()}{where}: grades for {answer.area}"
    n = len(answer.rows)
    counted = f"*{n} of the {answer.considered} {nouns}{where}*"
    if not answer.grades:
        summary = f"{counted} have a recorded grade for {answer.area}, best first."
    elif n:
        summary = f"{counted} {'is' if n == 1 else 'are'} rated {what}{at}."
        if rest := not_rated(answer, question):  # of those asked about, the others, named
            summary += f" Not rated {what}{' in any area' if at == ' in at least one area' else at}: {names_list(rest)}."
    else:
        named = f" ({names_list(answer.scope)})" if answer.scope and (answer.place or answer.among) else ""
        summary = f"None of the {answer.considered} {nouns}{where}{named} has a recorded grade of {what}{at}."
        if answer.others:  # 'any of those outstanding for it in 21/22 too?': what they got instead
            summary += " Graded instead: " + "; ".join(f"{b.name} — {g}" for b, g in answer.others) + "."
    blocks: list[Block] = [header(title), section(escape(summary))]
    lines = [_filter_line(r, bool(answer.area), what) for r in answer.rows]
    if answer.count and n > COUNT_SHOWN:  # a long count names them; a short one shows each one's grades too
        blocks.append(context(escape(names_list([r.body for r in answer.rows], 40)) or "None."))
    elif answer.count and not n:
        blocks.append(context("None."))
    else:
        shown, left = page_of(lines, page)
        blocks += line_sections(shown) + more_blocks(question, page, left, len(lines))
    blocks.append(divider())
    notes = [_rounds_note(answer.kind, answer.rounds, answer.round)]
    if answer.unrecorded and answer.every and not answer.area:
        notes.append(
            f"{len(answer.unrecorded)} {_kind_noun(answer.kind, len(answer.unrecorded))} "
            f"{'has' if len(answer.unrecorded) == 1 else 'have'} grades not recorded here, all {what} among "
            f"those recorded, so {'it' if len(answer.unrecorded) == 1 else 'they'} may belong on this list: "
            f"{names_list(answer.unrecorded)}."
        )
    elif answer.unrecorded and not answer.area and answer.at_least > 1:
        notes.append(
            f"{len(answer.unrecorded)} {_kind_noun(answer.kind, len(answer.unrecorded))} "
            f"{'has' if len(answer.unrecorded) == 1 else 'have'} grades not recorded here and fewer than "
            f"{answer.at_least} {what} among those recorded, so {'it' if len(answer.unrecorded) == 1 else 'they'} "
            f"may belong on this list: {names_list(answer.unrecorded)}."
        )
    elif answer.unrecorded and not answer.area:
        notes.append(
            f"{len(answer.unrecorded)} {_kind_noun(answer.kind, len(answer.unrecorded))} "
            f"{'has' if len(answer.unrecorded) == 1 else 'have'} grades not recorded here and none {what} among "
            f"those recorded, so {'it' if len(answer.unrecorded) == 1 else 'they'} may belong on this list: "
            f"{names_list(answer.unrecorded)}."
        )
    elif answer.unrecorded:
        one = len(answer.unrecorded) == 1
        whose = f"{len(answer.unrecorded)} {_kind_noun(answer.kind, len(answer.unrecorded))}'" + (
            "s" if one else ""
        )
        notes.append(
            f"For {answer.area}, {whose} {'grade is' if one else 'grades are'} not recorded here, so "
            f"{'it is' if one else 'they are'} left out rather than guessed: {names_list(answer.unrecorded)}."
        )
    if answer.ruled_out:
        out = len(answer.ruled_out)
        notes.append(
            f"{out} more {'has its' if out == 1 else 'have their'} grade for "
            f"{answer.area} not recorded, but HMICFRS's count statements show it is not {what} (every {what} "
            "grade of each report is in another area)."
        )
    if answer.possible:
        notes.append(
            f"HMICFRS's count statements show {names_list([b for b, _ in answer.possible])} "
            f"{'has' if len(answer.possible) == 1 else 'have'} {what} grades in areas not recorded here, "
            "so they could belong on this list."
        )
    if answer.no_report:
        notes.append(
            f"{len(answer.no_report)} have no report for the round asked: {names_list(answer.no_report)}."
        )
    blocks.append(context(*[escape(n) for n in notes]))
    tail = [share_button(question)] if shareable else []
    fallback = f"{title}: " + (names_list([r.body for r in answer.rows], 40) or "none")
    return message(escape(fallback), blocks, tail=tail)


def render_grade_count(answer: GradeCountAnswer, question: str, *, shareable: bool = True) -> Message:
    """'How many outstanding grades': the total, how it was counted, and the gaps."""
    nouns = _kind_noun(answer.kind)
    where = f" in {answer.place}" if answer.place else ""
    what = grades_phrase(answer.grades)
    what = "" if what == "any grade" else what  # 'how many grades': every grade, counted by grade
    at = f" for {answer.area}" if answer.area else ""
    framework = "PEEL" if answer.kind == "police" else "fire and rescue"
    scope = (
        f"{framework} {round_label(answer.round)} reports"
        if answer.round and answer.round != "previous"
        else f"latest {framework} reports"
    )
    incomplete = len(answer.incomplete)
    total = answer.total
    lead = (
        f"*{'At least ' if incomplete else ''}{total}* {what} grade{'s' if total != 1 else ''}{at}".replace(
            "  ", " "
        )
    )
    summary = f"{lead} across the {answer.reports} {scope} of {nouns}{where}"
    if len(answer.grades) > 1:
        summary += " (" + ", ".join(f"{n} {g.lower()}" for g, n in answer.by_grade) + ")"
    summary += f", given to {len(answer.bodies_with)} of them."
    blocks: list[Block] = [
        header(f"How many {what} grades{at}{where}".replace("  ", " ")),
        section(escape(summary)),
    ]
    if answer.bodies_with:
        blocks.append(context(escape(names_list(answer.bodies_with, 40))))
    notes = []
    if answer.from_statements:
        notes.append(
            f"{answer.from_statements} reports are counted from HMICFRS's own count statement "
            '("good in two areas…"), the rest from the area-by-area grades recorded here.'
        )
    if incomplete:
        notes.append(
            f"{incomplete} reports have grades not recorded here, so the true number may be higher: "
            f"{names_list(answer.incomplete)}."
        )
    if not answer.round:
        notes.append(COMPARABILITY_CAVEAT)
    blocks += [divider(), context(*[escape(n) for n in notes] or ["Grades as published by HMICFRS."])]
    tail = [share_button(question)] if shareable else []
    return message(escape(summary.replace("*", "")), blocks, tail=tail)


def render_body_count(answer: BodyCountAnswer, question: str, *, shareable: bool = True) -> Message:
    nouns = _kind_noun(answer.kind or "police", len(answer.bodies))
    where = f" in {answer.place}" if answer.place else ""
    text = f"HMICFRS inspects {len(answer.bodies)} {nouns}{where}."
    countries = {c: sum(1 for b in answer.bodies if b.country == c) for c in ("England", "Wales")}
    if countries["England"] and countries["Wales"]:  # 'how many english forces vs welsh'
        text = text[:-1] + f": {countries['England']} in England and {countries['Wales']} in Wales."
    if answer.kind is None:  # 'how many police forces and fire services does hmicfrs inspect'
        kinds = {k: [b for b in answer.bodies if b.kind == k] for k in ("police", "fire")}
        police = kinds["police"]
        wales = sum(1 for b in police if b.country == "Wales")
        text = (
            f"HMICFRS inspects {len(police)} police forces ({len(police) - wales} in England and {wales} in "
            f"Wales) and {len(kinds['fire'])} fire and rescue services{where} (Welsh fire services are not "
            "HMICFRS's)."
        )
    blocks = [section(f"*{escape(text)}*"), context(escape(names_list(answer.bodies, 50)))]
    tail = [share_button(question)] if shareable else []
    return message(escape(text), blocks, tail=tail)


def _standing_lead(answer: RankAnswer) -> str:
    """'No: Kent Fire and Rescue Service is 4th of 40 ranked; the best is …' for 'is kent fire the best'."""
    if answer.asked is None:
        return ""
    body, place = answer.asked
    which = "best" if answer.best else "worst"
    top = answer.rows[0].body.name if answer.rows else ""
    if place == 1:
        return f"Yes: {body.name} ranks first ({which}) of the {answer.ranked} ranked, by the rule below."
    return (
        f"No: {body.name} ranks {_ordinal(place)} of the {answer.ranked} ranked, by the rule below; "
        f"the {which} is {top}."
    )


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def render_rank(answer: RankAnswer, question: str, *, shareable: bool = True) -> Message:
    """A ranking, its rule stated, and who couldn't be ranked."""
    nouns = _kind_noun(answer.kind)
    where = f" in {answer.place}" if answer.place else ""
    which = "Best" if answer.best else "Worst"
    title = f"{which} {nouns}{where}" + (f" for {answer.area}" if answer.area else "")
    if answer.by_grade:
        title = f"{'Fewest' if answer.fewest else 'Most'} {answer.by_grade.lower()} grades: {nouns}{where}"
    lines = [
        f"{i}. *{escape(r.body.name)}* — {escape(r.detail)} · {report_phrase(r.report)}"
        for i, r in enumerate(answer.rows, 1)
    ]
    blocks: list[Block] = [header(title)]
    lead = _standing_lead(answer)
    if lead:
        blocks.append(section(escape(lead)))
    blocks += (
        line_sections(lines) if lines else [section("No one could be ranked from the grades recorded here.")]
    )
    notes = [answer.rule]
    if answer.tied and answer.by_grade:
        notes.append(
            f"{len(answer.tied)} more also {'has' if len(answer.tied) == 1 else 'have'} {answer.tied_at} "
            f"{answer.by_grade.lower()}: {names_list(answer.tied)}."
        )
    if answer.excluded:
        notes.append(
            f"{answer.excluded} {_kind_noun(answer.kind, answer.excluded)} left out, with no "
            f"{round_label(answer.round) + ' ' if answer.round else ''}report or its grades "
            f"{'for this area ' if answer.area else ''}not recorded here: {names_list(answer.left_out)}. "
            f"{answer.ranked} ranked in all; the top {min(answer.limit, answer.ranked)} shown."
        )
    blocks += [divider(), context(*[escape(n) for n in notes])]
    tail = [share_button(question)] if shareable else []
    fallback = f"{title}: " + ", ".join(r.body.name for r in answer.rows)
    return message(escape(fallback), blocks, tail=tail)


def _recent_line(row: RecentRow) -> str:
    r = row.report
    return f"• *{format_date(r.published)}* — {escape(row.body.name)}: " + (
        link(r.url, f"{framework_label(r.framework)} {round_label(r.round)}")
        if r.url
        else escape(f"{framework_label(r.framework)} {round_label(r.round)} (link not recorded)")
    )


def render_recent(answer: RecentAnswer, question: str, *, shareable: bool = True, page: int = 0) -> Message:
    """Reports by publication date, newest first."""
    title = (
        f"Reports published {answer.label}"
        if answer.label and not answer.label.startswith("the latest")
        else (f"The latest {len(answer.rows)} reports")
    )
    blocks: list[Block] = [header(title)]
    if answer.count:
        blocks.append(
            section(
                f"*{answer.matched}* inspection report{'s' if answer.matched != 1 else ''} published {escape(answer.label)}."
            )
        )
    if answer.rows:
        shown, left = page_of([_recent_line(r) for r in answer.rows], page)
        blocks += line_sections(shown) + more_blocks(question, page, left, len(answer.rows))
        if answer.matched > len(answer.rows):
            more = answer.matched - len(answer.rows)
            blocks.append(context(f"…and {more} more {'in this period' if answer.label else 'recorded'}."))
    else:
        text = f"No inspection report published {answer.label} is recorded here."
        if answer.newest:
            text += f" The newest is {answer.newest.body.name}'s, published {format_date(answer.newest.report.published)}."
        blocks.append(section(escape(text)))
    notes = ["Graded inspection reports as recorded here; some dates are known only to the month or year."]
    if answer.undated:
        notes.append(f"{answer.undated} reports have no publication date recorded and are not listed.")
    blocks += [divider(), context(*[escape(n) for n in notes])]
    tail = [share_button(question)] if shareable else []
    fallback = f"{title}: " + "; ".join(
        f"{r.body.name} {format_date(r.report.published)}" for r in answer.rows[:20]
    )
    return message(escape(fallback), blocks, tail=tail)
