"""Render digests of what changed: new reports, grades recorded, regrades, enhanced monitoring.
Pure: plain data in, Block Kit out."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.questions.vocab import COMPARABILITY_CAVEAT, format_date, round_label
from bot.slack.blocks.common import Block, Message, context, escape, header, link, message, section

INLINE_REPORTS = 5  # up to this many items go in the message itself; more go in its thread
REPORTS_PER_REPLY = 10  # items per thread reply (two blocks each at most, with body headings, keeps under 50)
SUMMARY_LINES = 15

_ARROWS = {"up": "▲", "down": "▼", "same": "="}
KIND_LABEL = {"peel": "PEEL inspection", "fire": "Fire and rescue", "publication": "Publication"}


@dataclass(frozen=True)
class GradeLine:
    """One area's grade in a new report, with its movement since the previous round when known."""

    area: str
    grade: str
    movement: str | None = None
    previous: str | None = None


@dataclass(frozen=True)
class GradeChangeLine:
    """One area's grade changed after publication (after None: the grade was withdrawn)."""

    area: str
    before: str | None
    after: str | None
    source: str = ""


@dataclass(frozen=True)
class DigestItem:
    """One change as a digest shows it. `change` is report (new), grades (now recorded for a report
    announced earlier), regrade, or engage (entered or left enhanced monitoring). `graded` is False for
    publications that carry no grades."""

    report_id: int | None
    title: str
    url: str
    published: str
    body_name: str = ""
    kind: str = "publication"
    graded: bool = False
    grades: tuple[GradeLine, ...] = ()
    previous_round: str | None = None
    change: str = "report"
    regrades: tuple[GradeChangeLine, ...] = ()
    event: str = ""  # entered_engage | left_engage
    event_date: str = ""
    source: str = ""


def digest_parts(report_count: int) -> int:
    """How many messages a digest of this many reports takes: one, plus thread replies when long."""
    if report_count <= INLINE_REPORTS:
        return 1
    return 1 + -(-report_count // REPORTS_PER_REPLY)


def _grades_text(item: DigestItem) -> str:
    if not item.graded:
        return ""
    if not item.grades:
        return "_No grades recorded here yet; they appear once the graded data is loaded._"
    parts = []
    for g in item.grades:
        moved = ""
        if g.movement == "same":
            moved = " = unchanged"
        elif g.movement and g.previous:
            moved = f" {_ARROWS[g.movement]} from {g.previous}"
        parts.append(f"{escape(g.area)}: *{escape(g.grade)}*{escape(moved)}")
    text = "\n".join(parts)
    if item.previous_round and any(g.movement for g in item.grades):
        text += f"\n_Movement since {round_label(item.previous_round)}._"
    return text


ENGAGE_WORDS = {
    "entered_engage": "Entered enhanced monitoring (Engage)",
    "left_engage": "Left enhanced monitoring (Engage)",
}


def _when(day: str) -> str:
    """' on 31 March 2026', or ' in March 2026' when the source gives only the month (or year)."""
    if not day:
        return ""
    return f" {'on' if day.count('-') == 2 else 'in'} {format_date(day)}"


def _source(url: str) -> str:
    return f" ({link(url, 'source')})" if url else ""


def _regrade_line(line: GradeChangeLine) -> str:
    after = f"*{escape(line.after)}*" if line.after else "_no longer recorded_"
    before = escape(line.before or "not recorded")
    return f"{escape(line.area)}: {before} → {after}{_source(line.source)}"


def _item_lines(item: DigestItem) -> list[str]:
    """The item's text, without its body (the body heads its group)."""
    if item.change == "engage":
        when = _when(item.event_date)
        return [f"*{ENGAGE_WORDS.get(item.event, escape(item.event))}*{when}{_source(item.source)}"]
    kind = KIND_LABEL.get(item.kind, "Publication")
    about = f"{kind} · Published {format_date(item.published)}"
    if item.change == "regrade":
        return [
            f"*Regraded* · {link(item.url, item.title)}",
            about,
            *(_regrade_line(line) for line in item.regrades),
        ]
    lead = "*Grades now recorded* · " if item.change == "grades" else ""
    lines = [
        f"{lead}*{link(item.url, item.title)}*" if not lead else f"{lead}{link(item.url, item.title)}",
        about,
    ]
    grades = _grades_text(item)
    if grades:
        lines.append(grades)
    return lines


def _body_heading(item: DigestItem) -> str:
    return f"*{escape(item.body_name)}*" if item.body_name else "*Other publications*"


def _grouped_blocks(items: Sequence[DigestItem]) -> list[Block]:
    """Items under their body's name, one heading per body (items arrive grouped)."""
    blocks: list[Block] = []
    current: str | None = None
    for item in items:
        if item.body_name != current:
            current = item.body_name
            blocks.append(section(_body_heading(item)))
        blocks.append(section("\n".join(_item_lines(item))))
    return blocks


def _headline(item: DigestItem) -> str:
    """One line for the summary of a long digest."""
    who = f"{escape(item.body_name)}: " if item.body_name else ""
    if item.change == "engage":
        when = _when(item.event_date)
        return f"{who}{ENGAGE_WORDS.get(item.event, escape(item.event)).lower()}{when}"
    if item.change == "regrade":
        changed = "; ".join(
            f"{escape(g.area)} {escape(g.before or 'not recorded')} → {escape(g.after or 'not recorded')}"
            for g in item.regrades
        )
        return f"{who}regraded: {changed}"
    if item.change == "grades":
        return f"{who}grades now recorded for {link(item.url, item.title)}"
    return f"{who}{link(item.url, item.title)}"


def _plain(item: DigestItem) -> str:
    if item.change == "engage":
        return f"{item.body_name}: {ENGAGE_WORDS.get(item.event, item.event).lower()}"
    if item.change == "regrade":
        return f"{item.body_name}: " + "; ".join(
            f"{g.area} {g.before or 'not recorded'} → {g.after or 'not recorded'}" for g in item.regrades
        )
    if item.change == "grades":
        return f"grades now recorded for {item.title}"
    return item.title


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def digest_title(items: Sequence[DigestItem]) -> str:
    """'3 new HMICFRS reports', or what changed by kind when it is more than new reports."""
    count = {k: sum(1 for i in items if i.change == k) for k in ("report", "grades", "regrade", "engage")}
    if count["report"] == len(items):
        return f"{_plural(len(items), 'new HMICFRS report', 'new HMICFRS reports')}"
    parts = []
    if count["report"]:
        parts.append(_plural(count["report"], "new report", "new reports"))
    if count["grades"]:
        parts.append(f"grades for {_plural(count['grades'], 'report', 'reports')}")
    if count["regrade"]:
        parts.append(_plural(count["regrade"], "regrade", "regrades"))
    if count["engage"]:
        parts.append(_plural(count["engage"], "Engage change", "Engage changes"))
    return "HMICFRS: " + ", ".join(parts)


def _fallback(items: Sequence[DigestItem]) -> str:
    first = "; ".join(_plain(i) for i in items[:5])
    more = f" and {len(items) - 5} more" if len(items) > 5 else ""
    return escape(f"{digest_title(items)}: {first}{more}")


def render_digest(items: Sequence[DigestItem]) -> list[Message]:
    """The digest as messages: the first goes in the channel, the rest in its thread (when there are many)."""
    count = len(items)
    title = digest_title(items)
    caveat = COMPARABILITY_CAVEAT if any(i.previous_round for i in items) else ""
    if count <= INLINE_REPORTS:
        blocks: list[Block] = [header(title), *_grouped_blocks(items)]
        if caveat:
            blocks.append(context(escape(caveat)))
        return [message(_fallback(items), blocks)]
    shown = items[:SUMMARY_LINES]
    summary = "\n".join(f"• {_headline(i)}" for i in shown)
    if count > len(shown):
        summary += f"\n…and {count - len(shown)} more."
    parent = message(
        _fallback(items),
        [header(title), section(summary), context("Details, with grades where known, in the thread.")],
    )
    replies = []
    total = -(-count // REPORTS_PER_REPLY)
    for n in range(total):
        chunk = items[n * REPORTS_PER_REPLY : (n + 1) * REPORTS_PER_REPLY]
        blocks = _grouped_blocks(chunk)
        blocks.append(context(f"Part {n + 1} of {total}." + (f" {escape(caveat)}" if caveat else "")))
        replies.append(message(f"{title}, part {n + 1} of {total}", blocks))
    return [parent, *replies]
