"""Render side-by-side comparisons and a body's history across rounds. Pure: data in, Block Kit out."""

from __future__ import annotations

from bot.questions.answers import CompareAnswer, HistoryAnswer
from bot.questions.vocab import COMPARABILITY_CAVEAT, format_date, framework_label, round_label, scale
from bot.slack.blocks.common import (
    MAX_FIELDS,
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
from bot.slack.blocks.grade import counts_text, share_button
from bot.slack.blocks.lists import report_phrase

SHORT_GRADE = {"Requires improvement": "RI"}


def render_compare(answer: CompareAnswer, question: str, *, shareable: bool = True) -> Message:
    """Area by area, one line per body; each body's report named and linked."""
    names = [b.name for b in answer.bodies]
    title = "Compared: " + ", ".join(names)
    blocks: list[Block] = [header(title)]
    missing = (
        f"no {round_label(answer.round)} report recorded" if answer.round else "no graded report recorded"
    )
    sources = [
        f"*{escape(b.name)}*: {report_phrase(r)}" if r else f"*{escape(b.name)}*: {missing}"
        for b, r in zip(answer.bodies, answer.reports, strict=True)
    ]
    blocks.append(context(*sources))
    for area, grades in answer.rows:
        if len(answer.bodies) <= MAX_FIELDS and len(answer.bodies) > 1:
            fields = [
                f"{escape(b.name)}\n{scale(g)} {'*' + g + '*' if g else '_not recorded_'}"
                for b, g in zip(answer.bodies, grades, strict=True)
            ]
            blocks.append(section(f"*{escape(area)}*", fields=fields))
        else:
            lines = [
                f"{escape(b.name)}: {g or 'not recorded'}" for b, g in zip(answer.bodies, grades, strict=True)
            ]
            blocks.append(section(f"*{escape(area)}*\n" + "\n".join(lines)))
    notes = [
        "Each one's latest report unless a round was asked for. Grades not recorded here are left blank."
    ]
    notes += [
        f"HMICFRS's summary for {b.name}'s report: {counts_text(c)}."
        for b, c in zip(answer.bodies, answer.counts, strict=False)
        if c
    ]
    if answer.mixed_rounds:
        notes.append(COMPARABILITY_CAVEAT)
    blocks += [divider(), context(*[escape(n) for n in notes])]
    tail = [share_button(question)] if shareable else []
    fallback = (
        title
        + ". "
        + "; ".join(
            f"{area}: "
            + ", ".join(
                f"{b.name} {SHORT_GRADE.get(g or '', g or 'not recorded')}"
                for b, g in zip(answer.bodies, grades, strict=True)
            )
            for area, grades in answer.rows
        )
    )
    return message(escape(fallback), blocks, tail=tail)


def render_history(answer: HistoryAnswer, question: str, *, shareable: bool = True) -> Message:
    """Every round of one body, oldest first, with HMICFRS's caveat about comparing rounds."""
    title = f"{answer.body.name}: every inspection round"
    blocks: list[Block] = [header(title)]
    for r in answer.rounds:
        label = f"{framework_label(r.report.framework)} {round_label(r.report.round)}"
        where = link(r.report.url, "read the report") if r.report.url else "report link not recorded"
        lines = [f"*{escape(label)}* · published {format_date(r.report.published)} · {where}"]
        recorded = [a for a in r.areas if a.grade]
        lines += [f"{scale(a.grade)} {escape(a.name)}: *{a.grade}*" for a in recorded]
        missing = len(r.areas) - len(recorded)
        if missing:
            note = f"_{missing} area{'s' if missing != 1 else ''} not recorded here_"
            if r.counts:
                note += " · HMICFRS's summary: " + ", ".join(
                    f"{n} {g.lower()}" for g, n in r.counts.items() if n
                )
            lines.append(note)
        blocks.append(section("\n".join(lines)))
    only = ""
    if len(answer.rounds) == 1:  # 'has it improved': nothing earlier to measure against, said plainly
        one = answer.rounds[0].report
        only = (
            f"Only one round is recorded here for {answer.body.name} ({framework_label(one.framework)} "
            f"{round_label(one.round)}), so I can't answer whether it improved: there is no earlier grade to "
            "compare with."
        )
        blocks.append(section(escape(only)))
    blocks += [divider(), context(escape(COMPARABILITY_CAVEAT))]
    tail = [share_button(question)] if shareable else []
    fallback = (
        (only + " " if only else "")
        + title
        + ". "
        + "; ".join(
            f"{round_label(r.report.round)}: " + ", ".join(f"{a.name} {a.grade}" for a in r.areas if a.grade)
            for r in answer.rounds
        )
    )
    return message(escape(fallback), blocks, tail=tail)
