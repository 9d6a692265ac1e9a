"""Reading grades from published text, as Block Kit: the "Reading the report…" modal, what it says when
there is nothing to record, and the proposal posted to the admins' channel. Pure: plain data in."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.slack.blocks.common import (
    Block,
    Message,
    actions,
    button,
    context,
    escape,
    header,
    link,
    message,
    section,
)
from bot.slack.blocks.forms import View, modal
from bot.slack.ids import READING_VIEW_CALLBACK, REVIEW_PROPOSAL_ACTION

MAX_QUOTE = 300  # a sentence in the channel message (the form shows more, the store keeps it whole)
MAX_SHOWN = 200  # a URL or wording echoed back


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def render_reading(source: str) -> View:
    """The modal opened at once (a trigger_id lasts about 3 seconds) while the text is fetched and read."""
    where = f" at {escape(_cut(source, MAX_SHOWN))}" if source else ""
    blocks: list[Block] = [
        section(f":hourglass_flowing_sand: Reading the report{where}…"),
        context("This can take a few seconds. The form opens here with the grades the text states."),
    ]
    return modal(READING_VIEW_CALLBACK, "Reading the report", blocks)


def render_reading_problem(problem: str, notes: Sequence[str] = (), source: str = "") -> View:
    """What the modal says instead of a form: the text could not be fetched or read, or states nothing to record."""
    lines = [f":warning: {escape(problem)}"]
    lines += [f"• {escape(_cut(n, 500))}" for n in notes[:10]]
    blocks: list[Block] = [section("\n".join(lines))]
    if source:
        blocks.append(context(f"Read from {escape(_cut(source, MAX_SHOWN))}. Nothing was recorded."))
    else:
        blocks.append(context("Nothing was recorded."))
    blocks.append(
        context(
            "You can still record grades by hand: `/inspections-admin grades <force or service> [round]`."
        )
    )
    return modal(READING_VIEW_CALLBACK, "Nothing to record", blocks)


@dataclass(frozen=True)
class ProposalLine:
    """One grade a text states: the area as the store names it (or as the text words it), grade and sentence."""

    area: str
    grade: str
    quote: str


@dataclass(frozen=True)
class FeedProposal:
    """A new report's page, read: what it states, for the admins to review and save."""

    proposal_id: int
    body_name: str
    report: str  # "PEEL 2023–25"
    published: str  # "12 March 2025" or ""
    url: str
    grades: tuple[ProposalLine, ...]
    unmatched: tuple[ProposalLine, ...] = ()
    conflicts: tuple[str, ...] = ()  # area names the text gives more than one grade


def _line(g: ProposalLine) -> str:
    return f"• {escape(g.area)}: *{escape(g.grade)}*\n      “{escape(_cut(g.quote, MAX_QUOTE))}”"


def _lines_block(title: str, lines: Sequence[ProposalLine]) -> list[Block]:
    """As many lines as fit in one section, then 'and N more'."""
    out, used = [title], len(title)
    for i, g in enumerate(lines):
        said = _line(g)
        if used + len(said) + 40 > 3000:
            out.append(f"…and {len(lines) - i} more in the form.")
            break
        out.append(said)
        used += len(said) + 1
    return [section("\n".join(out))]


def render_feed_proposal(p: FeedProposal) -> Message:
    """Posted to ADMIN_CHANNEL when a new report's page states grades: nothing is recorded until Review and save."""
    where = link(p.url, "the report") if p.url.startswith("https://") else escape(_cut(p.url, MAX_SHOWN))
    when = f" · published {escape(p.published)}" if p.published else ""
    blocks: list[Block] = [
        header(f"Grades read from a new report: {p.body_name}"),
        section(f"*{escape(p.body_name)}* · {escape(p.report)}{when}\nRead from {where}."),
    ]
    if p.grades:
        blocks += _lines_block("*What it states*", p.grades)
    if p.unmatched:
        blocks += _lines_block(f"*Areas {escape(p.report)} does not have yet*", p.unmatched)
    if p.conflicts:
        names = ", ".join(escape(c) for c in p.conflicts)
        blocks.append(context(f":warning: More than one grade stated for {names}: choose in the form."))
    blocks.append(
        actions(
            button("Review and save", REVIEW_PROPOSAL_ACTION, str(p.proposal_id), style="primary"),
            block_id="review",
        )
    )
    blocks.append(context("Nothing is recorded until an admin saves the form. Admins only."))
    count = len(p.grades) + len(p.unmatched)
    text = f"{p.body_name} {p.report}: {count} grade{'s' if count != 1 else ''} read from a new report, to review."
    return message(text, blocks)
