"""A link preview card for a report link: body, round, date and grades. Pure: plain data in, Block Kit out."""

from __future__ import annotations

from bot.questions.answers import GradeAnswer
from bot.questions.vocab import format_date, framework_label, round_label, scale
from bot.slack.blocks.common import Block, context, escape, link, section

MAX_LINES = 12


def render_unfurl(answer: GradeAnswer, url: str) -> dict[str, list[Block]]:
    """The unfurl for one shared link: a compact card in Block Kit."""
    report = answer.report
    published = format_date(report.published) if report.published else "publication date not recorded"
    head = (
        f"*{link(url, answer.body.name)}*\n"
        f"{framework_label(report.framework)} {round_label(report.round)} · published {escape(published)}"
    )
    lines = [
        f"{scale(a.grade)} *{escape(a.grade or 'Not recorded')}* · {escape(a.name)}"
        + (" (derived)" if a.basis == "derived" else "")
        for a in answer.areas[:MAX_LINES]
    ]
    blocks: list[Block] = [section(head)]
    blocks.append(section("\n".join(lines) if lines else "No grades are recorded for this report yet."))
    note = (
        f"{answer.recorded} of {len(answer.areas)} areas recorded"
        if answer.unrecorded
        else "All areas recorded"
    )
    blocks.append(context(f"{note} · from the Inspections bot's dataset; every grade has a source."))
    return {"blocks": blocks}
