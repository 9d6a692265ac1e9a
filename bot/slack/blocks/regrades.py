"""Render the grades changed after publication, each with its date and source."""

from __future__ import annotations

from bot.questions.answers.regrades import RegradesAnswer
from bot.questions.vocab import format_date, round_label
from bot.slack.blocks.common import Block, Message, context, divider, escape, header, link, message, section
from bot.slack.blocks.grade import share_button
from bot.slack.blocks.lists import line_sections

NOTE = (
    "HMICFRS sometimes changes a grade after a report is published (for example when a force's data turns out "
    "to be wrong). These are the changes recorded here, each with its source; HMICFRS's reports are the authority."
)


def render_regrades(answer: RegradesAnswer, question: str, *, shareable: bool = True) -> Message:
    which = {"police": "PEEL ", "fire": "fire and rescue "}.get(answer.kind or "", "")
    which = f"{which}grade of {answer.of}'s" if answer.of else f"{which}grade"
    n = len(answer.changed)
    if n:
        lead = (
            f"Yes: {n} {which}{'s' if n != 1 and not answer.of else ''} {'was' if n == 1 else 'were'} changed after "
            "publication, as far as the sources recorded here show."
        )
    else:
        lead = f"No {which} is recorded here as changed after publication."
    lines = []
    for c in answer.changed:
        framework = "PEEL" if c.framework == "peel" else "Fire and rescue inspection"
        when = f" on {format_date(c.on)}" if c.on else ""
        source = f" · {link(c.source, 'source')}" if c.source.startswith("http") else ""
        report = f" · {link(c.report_url, 'report')}" if c.report_url.startswith("http") else ""
        lines.append(
            f"• *{escape(c.body.name)}* — {escape(c.area)} ({framework} {round_label(c.round)}): "
            f"{escape(c.before)} → {escape(c.now)}{escape(when)}{source}{report}"
        )
    blocks: list[Block] = [header("Grades changed after publication"), section(escape(lead))]
    blocks += line_sections(lines) if lines else []
    blocks += [divider(), context(escape(NOTE))]
    return message(escape(lead), blocks, tail=[share_button(question)] if shareable else [])
