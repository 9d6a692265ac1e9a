"""What is recorded here, body by body ('which fire services have nothing recorded for 2023-25'). Pure."""

from __future__ import annotations

from bot.questions.answers import KIND_NOUN
from bot.questions.answers.recorded import RecordedAnswer
from bot.questions.vocab import round_label
from bot.slack.blocks.common import Block, Message, context, divider, escape, header, message, section
from bot.slack.blocks.grade import share_button
from bot.slack.blocks.lists import names_list, report_phrase

MAX_SHOWN = 60


def _noun(kind: str, n: int) -> str:
    one, many = KIND_NOUN.get(kind, ("body", "bodies"))
    return one if n == 1 else many


def _group(answer: RecordedAnswer, report: str) -> tuple[str, str]:
    """(what the asked-for group is, its names) for the question asked."""
    if answer.asked == "undated":
        return f"have no publication date recorded here for their {report}", names_list(
            answer.undated, MAX_SHOWN
        )
    if answer.asked == "nothing":
        return "have nothing at all recorded here (no grades and no counts)", names_list(
            answer.nothing, MAX_SHOWN
        )
    if answer.asked == "complete":
        return f"have every core grade of their {report} recorded here", names_list(
            answer.complete, MAX_SHOWN
        )
    if answer.asked == "none":
        nothing = [f"{b.name} (nothing at all)" for b in answer.nothing]
        counts = [f"{b.name} (HMICFRS's counts only)" for b in answer.counts_only]
        absent = [f"{b.name} (no such report)" for b in answer.no_report]
        return "have no core grade recorded here", ", ".join(nothing + counts + absent)
    some = [f"{b.name} ({have} of {of})" for b, have, of in answer.partial]
    none = [f"{b.name} (none)" for b in (*answer.counts_only, *answer.nothing)]
    return "have core grades not recorded here", ", ".join(none + some)


def _size(answer: RecordedAnswer) -> int:
    return {
        "nothing": len(answer.nothing),
        "undated": len(answer.undated),
        "complete": len(answer.complete),
        "none": len(answer.nothing) + len(answer.counts_only) + len(answer.no_report),
    }.get(answer.asked, len(answer.nothing) + len(answer.counts_only) + len(answer.partial))


def _render_reports(answer: RecordedAnswer, question: str, shareable: bool) -> Message:
    """'Which forces have PEEL 2025-27 results so far': each body with a report of the round, its grades."""
    nouns = _noun(answer.kind, 2)
    where = f" in {answer.place}" if answer.place else ""
    framework = "PEEL" if answer.kind == "police" else "fire and rescue"
    round_ = f"{framework} {round_label(answer.round)}"
    title = f"{nouns.capitalize()}{where} with a {round_} report recorded here"
    n = len(answer.reports)
    if not n:
        lead = (
            f"I can't answer: {round_} grades are not recorded here yet. None of the "
            f"{answer.considered} {nouns}{where} has a {round_} report recorded here."
        )
    else:
        lead = f"{n} of the {answer.considered} {nouns}{where} {'has' if n == 1 else 'have'} a {round_} report recorded here."
    lead = lead[0].upper() + lead[1:]
    lines = []
    for body, report, grades in answer.reports:
        graded = "; ".join(f"{a}: {g}" for a, g in grades) or "no grade recorded here yet"
        lines.append(f"• *{escape(body.name)}* — {report_phrase(report)} · {escape(graded)}")
    blocks: list[Block] = [header(title[:150]), section(escape(lead))]
    blocks += [section("\n".join(lines)[:2900])] if lines else []
    notes = ["Reports as recorded here; HMICFRS publishes a round's reports over two years or so."]
    blocks += [divider(), context(*[escape(x) for x in notes])]
    tail: list[Block] = [share_button(question)] if shareable else []
    return message(escape(lead), blocks, tail=tail)


def render_recorded(answer: RecordedAnswer, question: str, *, shareable: bool = True) -> Message:
    """The bodies asked for (nothing recorded, no core grade, every core grade, or some missing), and the
    other groups' numbers."""
    if answer.asked == "reports":
        return _render_reports(answer, question, shareable)
    nouns = _noun(answer.kind, 2)
    where = f" in {answer.place}" if answer.place else ""
    framework = "PEEL" if answer.kind == "police" else "fire and rescue"
    report = (
        f"{framework} {round_label(answer.round)} report" if answer.round else f"latest {framework} report"
    )
    what, names = _group(answer, report)
    n = _size(answer)
    plain = answer.asked in ("complete", "undated")  # the report is in `what` already
    title = f"{nouns.capitalize()}{where} that {what}" + ("" if plain else f": {report}")
    lead = f"{n} of the {answer.considered} {nouns}{where} {what}" + (f": {names}." if names else ".")
    if n == 1:
        lead = lead.replace(" have ", " has ", 1)
    none_core = len(answer.counts_only) + len(answer.nothing)
    overall = (
        f"Of the {answer.considered}, {len(answer.complete)} {'has' if len(answer.complete) == 1 else 'have'} "
        f"every core grade of their {report} recorded here, {len(answer.partial)} some, {none_core} none "
        f"({len(answer.nothing)} with nothing at all, {len(answer.counts_only)} with HMICFRS's counts only); "
        f"{answer.held} core grades are recorded here in all, and {answer.missing} are not."
    )
    if answer.asked == "undated":
        dated = answer.considered - len(answer.no_report) - n
        overall = f"The other {dated} have one recorded (some to the month only)."
    if answer.no_report:
        overall += f" {len(answer.no_report)} have no {report} recorded."
    blocks: list[Block] = [header(title[:150]), section(escape(lead)[:2900]), section(escape(overall))]
    rounds = ", ".join(f"{round_label(r)} for {k}" for r, k in answer.rounds)
    notes = [f"Each one's {report}" + (f": {rounds}." if rounds and not answer.round else ".")]
    notes.append("A grade not recorded here is unknown, never guessed; HMICFRS's reports are the authority.")
    blocks += [divider(), context(*[escape(x) for x in notes])]
    tail: list[Block] = [share_button(question)] if shareable else []
    return message(escape(lead)[:2900], blocks, tail=tail)
