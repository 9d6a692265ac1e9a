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
        lead = (
            f"Not on record: no spell in enhanced monitoring (Engage) is recorded here for {body.name}. The spells "
            "here come from published sources, so I can't answer for certain that it never was."
        )
        blocks = [section(escape(lead))]
        if answer.alongside:  # the other kind's body there was (or is) in it: perhaps the one meant
            kind = "police force" if answer.alongside[0][0].kind == "police" else "fire and rescue service"
            said = f"The {kind} for the same area has been in it:"
            blocks.append(
                section(
                    escape(said) + "\n" + "\n".join(_line(b, p, answer.today) for b, p in answer.alongside)
                )
            )
        return lead, blocks
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
    if answer.since:
        year = (answer.year or "")[:4]
        moved_in = [b.name for b, p in spells if any(d[:4] >= year for d in p.entered)]
        moved_out = [b.name for b, p in spells if any(d[:4] >= year for d in p.left)]
        parts = {
            "left": [f"{len(moved_out)} moved out" + (f" ({', '.join(moved_out)})" if moved_out else "")],
            "entered": [f"{len(moved_in)} moved in" + (f" ({', '.join(moved_in)})" if moved_in else "")],
        }.get(
            answer.since,
            [
                f"{len(spells)} in it at some time"
                + (f" ({', '.join(b.name for b, _ in spells)})" if spells else "")
            ],
        )
        return f"Since {year}, among {many}: " + " and ".join(parts) + ". Their spells are below."
    if answer.during:
        names = sorted({b.name for b, _ in spells})
        when = f"at any time in {answer.year}"
        if answer.year and len(answer.year) > 4:  # a day: '2024-01-01'
            when = f"on {format_date(answer.year)}"
        if answer.ended:
            when += f" and out of it again by the end of {answer.year[:4] if answer.year else ''}"
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
    if answer.moved:  # 'which forces came out of engage in 2024': that way only
        parts = parts[1:] if answer.moved == "left" else parts[:1]
    return f"In {answer.year}, among {many}: " + " and ".join(parts) + ". Their spells are below."


def render_monitoring(
    answer: MonitoringAnswer, question: str, *, shareable: bool = True, page: int = 0
) -> Message:
    """Who is in enhanced monitoring now and who has left (or one body's spells), each line with its sources."""
    blocks: list[Block] = [
        header("Enhanced monitoring (Engage)" + (f": {answer.body.name}" if answer.body else ""))
    ]
    if answer.several:
        blocks[0] = header("Enhanced monitoring (Engage): " + " and ".join(b.name for b in answer.several))
        fallback, found = _several(answer)
        blocks += found
    elif answer.body is not None:
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
            state = "have never been" if answer.never else "are not"
            if k == 1:
                state = "has never been" if answer.never else "is not"
            lead = (
                f"{k} {one if k == 1 else many}{where} {state} in enhanced monitoring "
                f"(Engage){'' if answer.never else ' now'}, as far as published sources recorded here show: "
                f"{', '.join(b.name for b in answer.not_in) or 'none'}. In it now{where}: {names}."
            )
        elif answer.year:
            lead = _year_lead(answer, many)
        elif answer.only_now and answer.past:
            lead += f" {len(answer.past)} {'has' if len(answer.past) == 1 else 'have'} been in it and left (below)."
        elif answer.only_now:
            lead += " (Only the spells under way now; ask who has left Engage for the ones that ended.)"
        elif not answer.past and not answer.current and not answer.pick:
            # none in it, ever, as recorded: not on record, never a confident 'no' (the sources may miss one)
            lead = (
                f"Not on record: no spell in enhanced monitoring (Engage), now or in the past, is recorded here for any of the {many}"
                f"{where}. The spells here come from published sources, so I can't answer for certain that none was."
            )
        elif answer.past:
            ever = len({b.id for b, _ in answer.current} | {b.id for b, _ in answer.past})
            since = min(p.entered[0] for _, p in answer.past)[:4]
            ended = (
                f"{len(answer.past)} spell{' has' if len(answer.past) == 1 else 's have'} ended since {since}"
            )
            lead += f" {ended}; {ever} {one if ever == 1 else many}{where} {'has' if ever == 1 else 'have'} been in it in all."
        lines = [_line(b, p, answer.today) for b, p in answer.current]
        blocks += [section(escape(lead))] + (line_sections(lines) if lines else [])
        past = [_line(b, p, answer.today) for b, p in answer.past]
        shown, left = page_of(past, page)
        if past:
            blocks.append(section(f"*Moved out of Engage, most recent first ({len(past)})*"))
            blocks += line_sections(shown)
            blocks += more_blocks(question, page, left, len(past))
        if answer.pick:
            lead = f"{lead} {_picked_lead(answer, many)}"
            blocks[1] = section(escape(lead))
        fallback = lead
    blocks += [divider(), context(escape(SOURCES_NOTE))]
    tail = [share_button(question)] if shareable else []
    return message(escape(fallback), blocks, tail=tail)


_PICKED = {
    "longest": "In Engage longest",
    "shortest": "In Engage for the shortest time",
    "last_out": "The most recent to move out of Engage",
    "first_out": "The first to move out of Engage",
    "last_in": "The most recent to move into Engage",
    "first_in": "The first to move into Engage",
}


def _picked_lead(answer: MonitoringAnswer, many: str) -> str:
    """'which was in longest': the one spell the question picks out, then the list it came from."""
    found = answer.picked()
    where = f" in {answer.place}" if answer.place else ""
    if found is None:
        return f"Published sources recorded here show no {many}{where} that has moved out of Engage."
    body, period = found
    return (
        f"{_PICKED[answer.pick or 'longest']}, among {many}{where} recorded here: {body.name}, "
        f"{_span(period, answer.today)}. Every spell is below."
    )


def _span(period: Period, today: str) -> str:
    length = _length(period.months(today))
    if period.current:
        return f"in since {_when(period.entered)} ({length} so far)"
    return f"from {_when(period.entered)} to {_when(period.left)} ({length})"


def _in_now(answer: MonitoringAnswer) -> str:
    """'Now: Lincolnshire Police is in enhanced monitoring (Engage); Nottinghamshire Police is not.'"""
    now = [b.name for b, _ in answer.current if any(b.id == s.id for s in answer.several)]
    out = [b.name for b in answer.several if b.name not in now]
    if not now:
        who = f"neither {out[0]} nor {out[1]}" if len(out) == 2 else f"none of {', '.join(out)}"
        return f"No: {who} is in enhanced monitoring (Engage) now, as far as published sources show."
    said = f"Yes: {' and '.join(now)} {'is' if len(now) == 1 else 'are'} in enhanced monitoring (Engage) now"
    return said + (f"; {' and '.join(out)} {'is' if len(out) == 1 else 'are'} not." if out else ".")


def _several(answer: MonitoringAnswer) -> tuple[str, list[Block]]:
    """Bodies asked about together: whether they were in Engage at the same time, then each one's spells."""
    names = " and ".join(b.name for b in answer.several)
    spells = sorted(answer.current + answer.past, key=lambda bp: bp[1].entered[0])
    without = [b.name for b in answer.several if all(w.id != b.id for w, _ in spells)]
    both = answer.overlap()
    if answer.asked_now:  # 'are either of them in engage right now': who is in it today
        lead = _in_now(answer)
    elif len(answer.several) != 2:
        lead = f"Spells in enhanced monitoring (Engage) of {names}, as far as published sources recorded here show."
    elif without:
        lead = (
            f"No: published sources recorded here show no spell in enhanced monitoring (Engage) for "
            f"{' or '.join(without)}, so they were never in it at the same time."
        )
    elif both is None:
        lead = f"No: {names} were each in enhanced monitoring (Engage), but never at the same time."
    else:
        until = f"to {format_date(both[1])}" if both[1] else "to now"
        lead = f"Yes: {names} were both in enhanced monitoring (Engage) from {format_date(both[0])} {until}."
    lines = [_line(b, p, answer.today) for b, p in spells]
    if without and len(answer.several) != 2:
        lines += [f"• *{escape(n)}* — no spell on record" for n in without]
    return lead, [section(escape(lead))] + (line_sections(lines) if lines else [])
