"""Where grades are missing, for admins: counts per round and a button per report to fill it in. Pure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.questions.vocab import framework_label, round_label
from bot.slack.blocks.common import (
    Block,
    Message,
    actions,
    button,
    context,
    divider,
    escape,
    header,
    message,
    section,
)
from bot.slack.ids import FILL_FROM_REPORT_ACTION, INSPECTIONS_ADMIN_COMMAND, OPEN_GRADE_FORM_ACTION

MAX_GAP_ROWS = 40
MAX_GAP_BLOCKS = 44  # a report takes one block, two with "Fill from the report": room under 50 for headings
MAX_HOME_GAP_ROWS = 10


@dataclass(frozen=True)
class GapRow:
    """One report with core areas that have no grade recorded."""

    body_id: str
    body_name: str
    framework: str
    round: str
    missing: tuple[str, ...]
    core_areas: int
    has_link: bool = False  # the store has the report's link, so it can be read


@dataclass(frozen=True)
class GapTotal:
    """How much is missing in one framework's round."""

    framework: str
    round: str
    reports: int
    missing: int


def fill_in_value(body_id: str, round_: str) -> str:
    """What the 'Fill in' button carries: the body and the round."""
    return f"{body_id} {round_}"


def _total_line(t: GapTotal) -> str:
    return (
        f"• *{framework_label(t.framework)} {round_label(t.round)}*: {t.missing} grade{'s' if t.missing != 1 else ''} "
        f"missing from {t.reports} report{'s' if t.reports != 1 else ''}"
    )


def _gap_blocks(g: GapRow) -> list[Block]:
    shown = ", ".join(g.missing[:6]) + (f" and {len(g.missing) - 6} more" if len(g.missing) > 6 else "")
    text = (
        f"*{escape(g.body_name)}* · {framework_label(g.framework)} {round_label(g.round)}\n"
        f"{len(g.missing)} of {g.core_areas} areas missing: {escape(shown)}"
    )
    value = fill_in_value(g.body_id, g.round)
    blocks = [section(text, accessory=button("Fill in", OPEN_GRADE_FORM_ACTION, value))]
    if g.has_link:
        blocks.append(actions(button("Fill from the report", FILL_FROM_REPORT_ACTION, value)))
    return blocks


def gap_blocks(totals: Sequence[GapTotal], gaps: Sequence[GapRow], limit: int) -> list[Block]:
    """The totals, then each report with a 'Fill in' button (and 'Fill from the report' when the store has its
    link), cut at `limit` reports or Slack's block budget with a note."""
    if not gaps:
        return [section("No graded report in the store is missing a core grade. :tada:")]
    blocks = [section("\n".join(_total_line(t) for t in totals))]
    shown = 0
    for g in gaps[:limit]:
        more = _gap_blocks(g)
        if len(blocks) + len(more) > MAX_GAP_BLOCKS:
            break
        blocks += more
        shown += 1
    if len(gaps) > shown:
        blocks.append(
            context(
                f"…and {len(gaps) - shown} more reports. Narrow the list: "
                f"`{INSPECTIONS_ADMIN_COMMAND} gaps police 2023-25`."
            )
        )
    return blocks


def render_gaps(totals: Sequence[GapTotal], gaps: Sequence[GapRow], asked: str) -> Message:
    """The answer to `/inspections-admin gaps [police|fire] [round]`."""
    missing = sum(t.missing for t in totals)
    title = f"Missing grades{': ' + asked if asked else ''}"
    blocks = [header(title), *gap_blocks(totals, gaps, MAX_GAP_ROWS)]
    blocks.append(
        context(
            "Only core areas count (areas graded in every report of the round). Fill in opens a form; "
            "Fill from the report reads the report and opens it pre-filled; "
            "or `/inspections-admin grades <force or service> [round]`."
        )
    )
    return message(f"{missing} grades missing from {len(gaps)} reports.", blocks)


def home_gap_blocks(totals: Sequence[GapTotal], gaps: Sequence[GapRow], open_flags: int) -> list[Block]:
    """The admins' part of the App Home: the same summary, the first reports, and open flags."""
    blocks: list[Block] = [divider(), header("For admins: missing grades")]
    blocks += gap_blocks(totals, gaps, MAX_HOME_GAP_ROWS)
    if len(gaps) <= MAX_HOME_GAP_ROWS:
        blocks.append(context(f"The full list: `{INSPECTIONS_ADMIN_COMMAND} gaps`."))
    flags = f"{open_flags} open flag{'s' if open_flags != 1 else ''}" if open_flags else "No open flags"
    blocks.append(context(f"{flags} from readers: `{INSPECTIONS_ADMIN_COMMAND} flags`."))
    return blocks
