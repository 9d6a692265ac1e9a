"""The App Home tab: a view of plain data. Pure: no client, no store, no clock."""

from __future__ import annotations

from typing import Any

from bot.questions.answers import HomeSummary
from bot.questions.vocab import format_date
from bot.slack.blocks.common import Block, context, divider, escape, header, section
from bot.slack.blocks.help import QUESTION_EXAMPLES
from bot.slack.blocks.lists import line_sections, report_phrase

MAX_HOME_BLOCKS = 100


def _freshness(stamp: str) -> str:
    if not stamp:
        return "Data last updated: not recorded."
    day, _, clock = stamp.partition("T")
    return f"Data last updated {format_date(day)}" + (f" at {clock[:5]} UTC." if clock else ".")


def render_home(summary: HomeSummary) -> dict[str, Any]:
    """A home view: examples by kind of question, newest reports, and data freshness."""
    blocks: list[Block] = [
        header("Inspections bot"),
        section(
            "I answer questions about HMICFRS inspections of police forces and fire and rescue services, "
            "from a researched dataset where every grade has a source. Ask with `/inspections <question>`, "
            "mention me in a channel, or send me a message here."
        ),
        divider(),
        header("What you can ask"),
    ]
    for title, questions in QUESTION_EXAMPLES:
        blocks.append(section(f"*{escape(title)}*\n" + "\n".join(f"• `{escape(q)}`" for q in questions)))
    blocks += [divider(), header("Newest reports")]
    lines = [
        f"• *{format_date(r.report.published)}* — {escape(r.body.name)}: {report_phrase(r.report)}"
        for r in summary.newest
    ]
    blocks += (
        line_sections(lines, max_sections=5) if lines else [section("No dated reports are recorded yet.")]
    )
    blocks += [
        divider(),
        context(
            escape(_freshness(summary.last_load)),
            f"{summary.bodies} bodies · {summary.reports} reports · {summary.grades} grades recorded",
            "Grades not recorded are left blank, never guessed.",
        ),
    ]
    return {"type": "home", "blocks": blocks[:MAX_HOME_BLOCKS]}
