"""The App Home tab as a dashboard: a view of plain data. Pure: no client, no store, no clock.

Everyone sees the national picture, who is in Engage, what changed lately, this workspace's channel
subscriptions, the newest reports and what to ask; admins also get the gaps and open flags with their
buttons. Slack allows 100 blocks: the examples of what to ask give way first, then the admins' part."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.questions.answers.chart import ChartSpec
from bot.questions.answers.home import Change, HomeSummary, RecentChanges
from bot.questions.vocab import format_date
from bot.slack.blocks.chart import home_chart_blocks
from bot.slack.blocks.common import Block, button, context, divider, escape, header, link, section
from bot.slack.blocks.flags import FlagView, flag_subject
from bot.slack.blocks.help import QUESTION_EXAMPLES
from bot.slack.blocks.lists import line_sections, report_phrase
from bot.slack.ids import INSPECTIONS_COMMAND, RESOLVE_FLAG_ACTION

MAX_HOME_BLOCKS = 100
MAX_HOME_FLAGS = 5
MAX_SUBSCRIPTION_LINES = 25
ENGAGE_EVENT = {"entered_engage": "moved into Engage", "left_engage": "left Engage"}


@dataclass(frozen=True)
class WorkspaceSubscription:
    """One channel's subscription in this workspace, in words."""

    channel_id: str
    what: str  # "Kent Police", "Wales", "police forces"
    hears: str  # "new reports only", ...
    cadence: str  # daily | weekly | instant
    paused_reason: str = ""
    paused_at: str = ""  # UTC ISO


@dataclass(frozen=True)
class Dashboard:
    """Everything the home view shows, as plain data."""

    summary: HomeSummary
    changes: RecentChanges | None = None
    subscriptions: tuple[WorkspaceSubscription, ...] = ()
    chart: tuple[ChartSpec, str] | None = None  # the national picture and its uploaded file's id
    flags: tuple[FlagView, ...] = ()  # open flags (admins only)
    admin: tuple[Block, ...] = field(default=(), repr=False)  # the gaps section (admins only)
    is_admin: bool = False


def _freshness(stamp: str) -> str:
    if not stamp:
        return "Data last updated: not recorded."
    day, _, clock = stamp.partition("T")
    return f"Data last updated {format_date(day)}" + (f" at {clock[:5]} UTC." if clock else ".")


def _engage(summary: HomeSummary) -> list[Block]:
    blocks = [divider(), header("In enhanced monitoring (Engage) now")]
    if not summary.engage_now:
        return [*blocks, section("No force or service is in enhanced monitoring, as far as the store knows.")]
    lines = [f"• *{escape(e.name)}*, since {format_date(e.since)}" for e in summary.engage_now]
    return [*blocks, *line_sections(lines, max_sections=2), context("Ask `how long was the Met in Engage`.")]


def change_line(c: Change) -> str:
    """One change in a line: when it arrived, who, and what happened."""
    who = f"*{escape(c.body_name)}*" if c.body_name else "A publication"
    report = link(c.url, c.title) if c.url else escape(c.title)
    if c.kind == "report":
        what = f"new report: {report}" + (f", published {format_date(c.published)}" if c.published else "")
    elif c.kind == "grades":
        what = f"{c.areas} grade{'s' if c.areas != 1 else ''} recorded for {report}"
    elif c.kind == "regrade":
        what = f"regraded {escape(c.area_name)}: {escape(c.before)} → {escape(c.after)} ({report})"
    elif c.kind == "ungrade":
        what = f"grade withdrawn for {escape(c.area_name)}, was {escape(c.before)} ({report})"
    else:
        event = ENGAGE_EVENT.get(c.after, escape(c.after))
        what = event + (f" on {format_date(c.on_date)}" if c.on_date else "")
    return f"• {format_date(c.at[:10])} · {who}: {what}"


def _changes(changes: RecentChanges | None) -> list[Block]:
    if changes is None:
        return []
    blocks = [divider(), header("What changed in the last 30 days")]
    if not changes.changes:
        return [*blocks, section("Nothing new since " + format_date(changes.since[:10]) + ".")]
    blocks += line_sections([change_line(c) for c in changes.changes], max_sections=2)
    if changes.total > len(changes.changes):
        blocks.append(
            context(f"The newest {len(changes.changes)} shown; channels hear all of it by subscribing.")
        )
    return blocks


def _subscription_line(s: WorkspaceSubscription) -> str:
    line = f"• <#{s.channel_id}>: *{escape(s.what)}* ({escape(s.hears)}), {escape(s.cadence)}"
    if s.paused_at or s.paused_reason:
        since = f" since {format_date(s.paused_at[:10])}" if s.paused_at else ""
        line += f" — _paused{since}: {escape(s.paused_reason or 'no reason recorded')}_"
    return line


def _subscriptions(subs: Sequence[WorkspaceSubscription]) -> list[Block]:
    blocks = [divider(), header("Channel subscriptions in this workspace")]
    if not subs:
        return [
            *blocks,
            section("No channel here follows HMICFRS news yet."),
            context(f"In a channel: `{INSPECTIONS_COMMAND} subscribe kent weekly`."),
        ]
    lines = [_subscription_line(s) for s in subs[:MAX_SUBSCRIPTION_LINES]]
    if len(subs) > MAX_SUBSCRIPTION_LINES:
        lines.append(f"…and {len(subs) - MAX_SUBSCRIPTION_LINES} more.")
    return [
        *blocks,
        *line_sections(lines, max_sections=2),
        context(f"Change one in its channel: `{INSPECTIONS_COMMAND} subscriptions`."),
    ]


def _newest(summary: HomeSummary) -> list[Block]:
    lines = [
        f"• *{format_date(r.report.published)}* — {escape(r.body.name)}: {report_phrase(r.report)}"
        for r in summary.newest
    ]
    body = line_sections(lines, max_sections=5) if lines else [section("No dated reports are recorded yet.")]
    return [divider(), header("Newest reports"), *body]


def _examples(room: int) -> list[Block]:
    """'What you can ask', cut to `room` blocks (nothing when there is no room for a heading and one kind)."""
    if room < 3:
        return []
    blocks: list[Block] = [divider(), header("What you can ask")]
    for title, questions in QUESTION_EXAMPLES[: room - 2]:
        blocks.append(section(f"*{escape(title)}*\n" + "\n".join(f"• `{escape(q)}`" for q in questions)))
    return blocks


def _flags(flags: Sequence[FlagView]) -> list[Block]:
    blocks: list[Block] = [
        section(
            f"*#{f.id}* · {flag_subject(f)}\n_flagged {format_date(f.created_at[:10])}_",
            accessory=button("Resolve…", RESOLVE_FLAG_ACTION, str(f.id)),
        )
        for f in flags[:MAX_HOME_FLAGS]
    ]
    return ([header("Open flags")] + blocks) if blocks else []


def render_home(board: Dashboard) -> dict[str, Any]:
    """The home view: the dashboard for everyone, then the admins' part; always within 100 blocks."""
    s = board.summary
    top: list[Block] = [
        header("Inspections bot"),
        section(
            "I answer questions about HMICFRS inspections of police forces and fire and rescue services, "
            "from a researched dataset where every grade has a source. Ask with `/inspections <question>`, "
            "mention me in a channel, or send me a message here."
        ),
    ]
    if board.chart is not None:
        top += home_chart_blocks(*board.chart)
    top += _engage(s) + _changes(board.changes) + _subscriptions(board.subscriptions) + _newest(s)
    footer = [
        divider(),
        context(
            escape(_freshness(s.last_load)),
            f"{s.bodies} bodies · {s.reports} reports · {s.grades} grades recorded",
            "Grades not recorded are left blank, never guessed.",
        ),
    ]
    admin = [*board.admin, *_flags(board.flags)] if board.is_admin else []
    admin = admin[: max(0, MAX_HOME_BLOCKS - len(top) - len(footer))]
    examples = _examples(MAX_HOME_BLOCKS - len(top) - len(footer) - len(admin))
    blocks = (top + examples + footer + admin)[:MAX_HOME_BLOCKS]
    return {"type": "home", "blocks": blocks}
