"""Render enhanced monitoring (Engage): who is in it now, since when, who left and when, with sources."""

from __future__ import annotations

from bot.questions.answers.monitoring import MonitoringAnswer, Period
from bot.questions.answers.snapshot import KIND_NOUN
from bot.questions.names import Body
from bot.questions.vocab import format_date
from bot.slack.blocks.common import Block, Message, context, divider, escape, header, link, message, section
from bot.slack.blocks.grade import share_button
from bot.slack.blocks.lists import line_sections
from bot.slack.blocks.paging import more_blocks, page_of

SOURCES_NOTE = (
    "Engage is HMICFRS's enhanced monitoring of forces and services it has serious concerns about, often "
    "reported as 'special measures'. This is what published sources show (HMICFRS's announcements, the bodies' own statements and news "
    "reports), linked on each line; HMICFRS's Engage page is the authority on who is in it today. "
    "Where sources give different dates for one move, both are shown."
)


def _when(dates: tuple[str, ...]) -> str:
    if len(dates) == 1:
        return format_date(dates[0])
    return " or ".join(format_date(d) for d in dates) + " (sources differ)"


def _length(months: int) -> str:
    years, rest = divmod(months, 12)
    parts = ([f"{years} year{'s' if years != 1 else ''}"] if years else []) + (
        [f"{rest} month{'s' if rest != 1 else ''}"] if rest else []
    )
    return "about " + " ".join(parts) if parts else "less than a month"


def _sources(period: Period) -> str:
    return ", ".join(link(url, f"source {i}") for i, url in enumerate(period.sources, 1))


def _line(body: Body, period: Period, today: str, with_name: bool = True) -> str:
    name = f"*{escape(body.name)}* — " if with_name else "• "
    length = _length(period.months(today))
    if period.current:
        span = f"in since {_when(period.entered)} ({length} so far)"
    else:
        span = f"from {_when(period.entered)} to {_when(period.left)} ({length})"
    return f"{'• ' if with_name else ''}{name}{escape(span)} · {_sources(period)}"


def _one_body(answer: MonitoringAnswer, body: Body) -> tuple[str, list[Block]]:
    spells = list(answer.current) + list(reversed(answer.past))
    if not spells and answer.year:
        lead = (
            f"No: published sources recorded here show {body.name} neither moving into nor out of "
            f"enhanced monitoring (Engage) in {answer.year}."
        )
        return lead, [section(escape(lead))]
    if not spells:
        lead = f"No: published sources recorded here show no spell in enhanced monitoring (Engage) for {body.name}."
        return lead, [section(escape(lead))]
    now = any(p.current for _, p in spells)
    first = min(spells, key=lambda bp: bp[1].entered[0])[1]
    if now:
        spell = answer.current[0][1]
        lead = (
            f"Yes: {body.name} is in enhanced monitoring (Engage), since {_when(spell.entered)} "
            f"({_length(spell.months(answer.today))} so far)."
        )
    else:
        last = answer.past[0][1]
        lead = (
            ("No: " if answer.asked_now else "Yes, in the past: ")
            + f"{body.name} was in enhanced monitoring (Engage) from {_when(first.entered)}"
            f" to {_when(last.left)}"
            + (f" ({_length(first.months(answer.today))})" if first is last else "")
            + ". It is not in it now, as far as published sources show."
        )
    lines = [
        _line(body, p, answer.today, with_name=False) for _, p in sorted(spells, key=lambda bp: bp[1].entered)
    ]
    return lead, [section(escape(lead)), section("\n".join(lines))]


def _year_lead(answer: MonitoringAnswer, many: str) -> str:
    """'In 2025, 2 moved into enhanced monitoring (Engage) and 3 moved out.', naming them; or, asked who
    was in it during a year, everyone in it at any time that year."""
    spells = list(answer.current) + list(answer.past)
    if answer.during:
        names = sorted({b.name for b, _ in spells})
        when = f"at any time in {answer.year}"
        if answer.year and len(answer.year) > 4:  # a day: '2024-01-01'
            when = f"on {format_date(answer.year)}"
        return (
            f"In enhanced monitoring (Engage) {when}, among {many}: {len(names)}"
            + (f" ({', '.join(names)})" if names else "")
            + ", as far as published sources recorded here show. Their spells are below."
        )
    moved_in = [b.name for b, p in spells if any(d.startswith(answer.year or "") for d in p.entered)]
    moved_out = [b.name for b, p in spells if any(d.startswith(answer.year or "") for d in p.left)]
    if not spells:
        return (
            f"Published sources recorded here show no {many} moving into or out of Engage in {answer.year}."
        )
    parts = [
        f"{len(moved_in)} moved in" + (f" ({', '.join(moved_in)})" if moved_in else ""),
        f"{len(moved_out)} moved out" + (f" ({', '.join(moved_out)})" if moved_out else ""),
    ]
    return f"In {answer.year}, among {many}: " + " and ".join(parts) + ". Their spells are below."


def render_monitoring(
    answer: MonitoringAnswer, question: str, *, shareable: bool = True, page: int = 0
) -> Message:
    """Who is in enhanced monitoring now and who has left (or one body's spells), each line with its sources."""
    blocks: list[Block] = [
        header("Enhanced monitoring (Engage)" + (f": {answer.body.name}" if answer.body else ""))
    ]
    if answer.body is not None:
        fallback, found = _one_body(answer, answer.body)
        blocks += found
    else:
        one, many = KIND_NOUN.get(
            answer.kind or "",
            ("police force or fire and rescue service", "police forces and fire and rescue services"),
        )
        n = len(answer.current)
        names = ", ".join(b.name for b, _ in answer.current) or "none"
        where = f" in {answer.place}" if answer.place else ""
        lead = f"{n} {one if n == 1 else many}{where} in enhanced monitoring (Engage) now: {names}."
        if answer.not_in is not None:
            k = len(answer.not_in)
            lead = (
                f"{k} {one if k == 1 else many}{where} {'is' if k == 1 else 'are'} not in enhanced monitoring "
                f"(Engage) now, as far as published sources recorded here show: "
                f"{', '.join(b.name for b in answer.not_in) or 'none'}. In it now{where}: {names}."
            )
        elif answer.year:
            lead = _year_lead(answer, many)
        elif answer.past:
            lead += f" {len(answer.past)} spells have ended since {min(p.entered[0] for _, p in answer.past)[:4]}."
        lines = [_line(b, p, answer.today) for b, p in answer.current]
        blocks += [section(escape(lead))] + (line_sections(lines) if lines else [])
        past = [_line(b, p, answer.today) for b, p in answer.past]
        shown, left = page_of(past, page)
        if past:
            blocks.append(section(f"*Moved out of Engage, most recent first ({len(past)})*"))
            blocks += line_sections(shown)
            blocks += more_blocks(question, page, left, len(past))
        fallback = lead
    blocks += [divider(), context(escape(SOURCES_NOTE))]
    tail = [share_button(question)] if shareable else []
    return message(escape(fallback), blocks, tail=tail)
