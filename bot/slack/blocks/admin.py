"""Admin replies as Block Kit: help, refusals, load diffs and problems, stats, the audit trail. Pure."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.slack.blocks.common import Block, Message, context, escape, header, message, section
from bot.slack.ids import INSPECTIONS_ADMIN_COMMAND

MAX_LIST_LINES = 25
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,20}$")

HELP_LINES = (
    f"`{INSPECTIONS_ADMIN_COMMAND} load <https URL> [--dry-run]`: fetch a CSV or JSON data file and load it; "
    "`--dry-run` shows what would change and changes nothing.",
    "*Upload* a CSV or JSON data file to me in a direct message to load it; put `--dry-run` in its title "
    "or message for a dry run.",
    f"`{INSPECTIONS_ADMIN_COMMAND} poll`: poll the publication feeds now.",
    f"`{INSPECTIONS_ADMIN_COMMAND} digest [--preview]`: send the digests due now, or show them without sending.",
    f"`{INSPECTIONS_ADMIN_COMMAND} stats`: what the store holds; last load; feeds; paused subscriptions; "
    "the digest backlog and its oldest unsent change; whether digests are paused or rate limited.",
    f"`{INSPECTIONS_ADMIN_COMMAND} audit [n]`: the last n admin actions (default 10).",
    f"`{INSPECTIONS_ADMIN_COMMAND} grades <force or service> [round]`: a form to record a report's grades, "
    "with the source and a quote; saved like a load.",
    f"`{INSPECTIONS_ADMIN_COMMAND} gaps [police|fire] [round]`: reports with core grades missing, each with a Fill in button.",
    f"`{INSPECTIONS_ADMIN_COMMAND} read <https URL> [--add-areas]`: read a published report, press release or "
    "news story and open the grade form pre-filled with the grades it states, each with its sentence; "
    "nothing is saved until you press Save. Or use the *Record grades* shortcut on a message.",
    f"`{INSPECTIONS_ADMIN_COMMAND} misses`: this workspace's questions of the last 30 days that I couldn't "
    "answer or that someone marked *Not what I asked*.",
    f"`{INSPECTIONS_ADMIN_COMMAND} reasons <https URL>`: read a report, press release or news story and list "
    'the causes of concern and areas for improvement it states, each with a Keep button; kept ones answer "why".',
    f"`{INSPECTIONS_ADMIN_COMMAND} flags [all]`: what readers said looks wrong; "
    f"`{INSPECTIONS_ADMIN_COMMAND} flags resolve <number> <how>`.",
)


def _lines(lines: Sequence[str], limit: int = MAX_LIST_LINES) -> str:
    shown = list(lines[:limit])
    if len(lines) > limit:
        shown.append(f"…and {len(lines) - limit} more")
    return "\n".join(shown)


def render_admin_help(problem: str | None = None, text: str | None = None) -> Message:
    """Usage for admins, after saying what was wrong with the command (echoed, escaped) if anything."""
    blocks: list[Block] = []
    if problem:
        said = f"You typed `{escape(text[:200])}`: " if text else ""
        blocks.append(section(f":warning: {said}{escape(problem)}"))
    blocks.append(section("*Admin commands*\n" + "\n".join(f"• {line}" for line in HELP_LINES)))
    blocks.append(context("Every admin command, allowed or refused, is recorded in the audit trail."))
    fallback = (
        f"{problem}. " if problem else ""
    ) + "Admin commands: load, poll, digest, stats, audit, grades, gaps, flags, read, misses, reasons, help."
    return message(escape(fallback), blocks)


def render_refusal(admins: Sequence[str], why: str = "") -> Message:
    """A polite no, saying who can help (and, for a workspace admin refused shared changes, why)."""
    if why:
        who = ", ".join(admins) or "whoever runs the bot"
        text = f"Sorry, {why} Ask {who}."
    elif admins:
        who = ", ".join(admins)
        text = f"Sorry, only the bot's admins can use {INSPECTIONS_ADMIN_COMMAND}. Ask {who} if something needs loading or checking."
    else:
        text = (
            f"Sorry, only the bot's admins can use {INSPECTIONS_ADMIN_COMMAND}, and none are set up yet: "
            "whoever runs the bot can add Slack user ids to ADMIN_USER_IDS."
        )
    blocks = [section(f":lock: {text}"), context("This attempt has been recorded in the audit trail.")]
    return message(text, blocks)


@dataclass(frozen=True)
class LoadDiff:
    """What a load changed (or would change), as plain lines for an admin to read."""

    summary: str
    dry_run: bool
    changed: bool
    reports_added: bool
    groups: tuple[tuple[str, tuple[str, ...]], ...]  # ("Grades changed", ("kent 2023-25 ...", ...)), ...


@dataclass(frozen=True)
class LoadProblems:
    """Why a file was refused: the first problems, and how many there were in all."""

    problems: tuple[str, ...]
    total: int


def render_load_result(source: str, result: LoadDiff) -> Message:
    """The diff of a load (or of a dry run): added, changed old → new, removed, reports added."""
    title = "Dry run: nothing was changed" if result.dry_run else "Loaded"
    blocks: list[Block] = [
        header(title),
        section(f"*Source:* {escape(source[:300])}\n{escape(result.summary)}"),
    ]
    for name, items in result.groups:
        if items:
            blocks.append(section(f"*{name}* ({len(items)})\n" + _lines([f"• {escape(i)}" for i in items])))
    if result.dry_run and result.changed:
        blocks.append(context("Run the same command without `--dry-run` to make these changes."))
    elif result.changed and not result.dry_run:
        blocks.append(
            context(
                "Subscribed channels hear of new reports, grades, regrades and Engage in their next digests."
            )
        )
    return message(("Dry run: " if result.dry_run else "Loaded: ") + result.summary, blocks)


def render_load_problems(source: str, error: LoadProblems) -> Message:
    """Why a file was refused, first problems with line numbers; nothing was written."""
    lines = [f"• {escape(p)}" for p in error.problems]
    more = error.total - len(error.problems)
    if more > 0:
        lines.append(f"…and {more} more problem{'s' if more != 1 else ''}")
    text = f"Nothing was loaded from {source[:300]}: {error.total} problem{'s' if error.total != 1 else ''}."
    blocks = [
        section(f":x: Nothing was loaded from {escape(source[:300])}. Fix these and try again:"),
        section("\n".join(lines)),
    ]
    return message(escape(text), blocks)


def render_load_refused(source: str, reason: str) -> Message:
    """A download refused before anything was loaded."""
    text = f"Nothing was loaded from {source[:300]}: {reason}."
    return message(escape(text), [section(f":no_entry: {escape(text)}")])


def _size(n: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:,} {unit}" if unit == "bytes" else f"{n:,.1f} {unit}"
        n = n / 1024  # type: ignore[assignment]
    return f"{n} bytes"


def render_stats(stats: dict[str, Any]) -> Message:
    """What the store holds, the last load, each feed's last poll, paused subscriptions, size, and how digest
    delivery fares (backlog, oldest unsent change, paused and throttled workspaces)."""
    fields = [
        f"*Police forces*\n{stats['forces']}",
        f"*Fire and rescue services*\n{stats['fire_services']}",
        f"*Reports*\n{stats['reports']}",
        f"*Grades*\n{stats['grades']}",
        f"*Regrades recorded*\n{stats['grade_changes']}",
        f"*Database size*\n{_size(stats['database_bytes'])}",
    ]
    blocks: list[Block] = [header("Inspections bot: stats"), section("*The store*", fields=fields)]
    newest = stats.get("newest_report")
    if newest:
        name = newest.get("title") or newest.get("body_name") or "untitled"
        blocks.append(
            section(f"*Newest report:* {escape(str(name))} ({escape(str(newest.get('published')))})")
        )
    last = stats.get("last_load")
    blocks.append(
        section(
            f"*Last load:* {escape(last['at'])} from {escape(last['source'][:200])} by {escape(last['loaded_by'])}\n"
            f"{escape(last['summary'])}"
            if last
            else "*Last load:* none since the shipped dataset"
        )
    )
    feeds = stats.get("feeds")
    if feeds is None:
        blocks.append(section("*Feeds:* not set up in this version"))
    elif not feeds:
        blocks.append(section("*Feeds:* none configured"))
    else:
        lines = []
        for f in feeds:
            status = escape(str(f.get("last_status") or "never polled"))
            when = escape(str(f.get("last_polled_at") or "never"))
            line = f"• {escape(str(f['url']))}: {status} at {when}"
            if f.get("failures"):
                line += f", {f['failures']} failure(s) in a row"
            if f.get("last_error"):
                line += f" ({escape(str(f['last_error'])[:200])})"
            lines.append(line)
        blocks.append(section("*Feeds*\n" + _lines(lines)))
    paused = stats.get("paused_subscriptions")
    if paused:
        lines = [
            f"• <#{escape(str(p['channel_id']))}> since {escape(str(p.get('paused_at')))}"
            + (f": {escape(str(p['paused_reason']))}" if p.get("paused_reason") else "")
            for p in paused
        ]
        blocks.append(section(f"*Paused subscriptions* ({len(paused)})\n" + _lines(lines)))
    elif paused is not None:
        blocks.append(section("*Paused subscriptions:* none"))
    blocks += _delivery_blocks(stats.get("delivery"))
    text = f"{stats['forces']} forces, {stats['reports']} reports, {stats['grades']} grades."
    return message(text, blocks)


def _age(seconds: int) -> str:
    """A duration as people read it: '45 s', '12 min', '3 h 5 min', '2 d 4 h'."""
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if days:
        return f"{days} d {hours % 24} h"
    if hours:
        return f"{hours} h {minutes % 60} min"
    return f"{minutes} min" if minutes else f"{seconds} s"


def _delivery_blocks(delivery: dict[str, Any] | None) -> list[Block]:
    """Digest delivery: the backlog, the oldest unsent change's age, paused and throttled workspaces."""
    if delivery is None:
        return []
    oldest = delivery.get("oldest_unsent")
    waiting = (
        f"oldest unsent change {_age(int(oldest['age_seconds']))} old (since {escape(str(oldest['at']))})"
        if oldest
        else "nothing waiting"
    )
    blocks = [
        section(
            f"*Digests:* {delivery['pending_outbox']:,} outbox row(s) pending, "
            f"{delivery['open_digests']:,} digest(s) open; {waiting}"
        )
    ]
    throttled = delivery.get("throttled_workspaces") or []
    if throttled:
        lines = [f"• {escape(str(t['team_id']))} until {escape(str(t['until']))}" for t in throttled]
        blocks.append(section(f"*Rate-limited workspaces* ({len(throttled)})\n" + _lines(lines)))
    paused = delivery.get("paused_workspaces") or []
    if paused:
        lines = [
            f"• {escape(str(p['team_id']))} since {escape(str(p.get('paused_at')))}"
            + (f": {escape(str(p['paused_reason']))}" if p.get("paused_reason") else "")
            + f" ({p.get('subscriptions', 0)} subscription(s))"
            for p in paused
        ]
        blocks.append(section(f"*Paused workspaces* ({len(paused)})\n" + _lines(lines)))
    return blocks


def _who(user_id: str) -> str:
    return f"<@{user_id}>" if _USER_ID.match(user_id or "") else escape(user_id or "unknown")


def render_audit(rows: Sequence[dict[str, Any]], asked: int) -> Message:
    """The last admin actions, newest first; commands shown escaped, exactly as typed."""
    if not rows:
        return message("No admin actions recorded yet.", [section("No admin actions recorded yet.")])
    lines = [
        f"• {escape(r['at'])} {_who(r['user_id'])}: `{escape(r['command'][:200])}` → {escape(r['outcome'][:300])}"
        for r in rows
    ]
    blocks = [
        header(f"Last {len(rows)} admin action{'s' if len(rows) != 1 else ''}"),
        section(_lines(lines, asked)),
    ]
    return message(f"Last {len(rows)} admin actions.", blocks)


def render_job(title: str, summary: str, previews: Sequence[Message] = ()) -> Message:
    """The outcome of running a scheduled job now; previews of digests follow, if asked for."""
    blocks: list[Block] = [section(f"*{escape(title)}:* {escape(summary)}")]
    for preview in previews[:3]:
        blocks.append(context(f"Preview: {escape(str(preview.get('text', ''))[:500])}"))
        blocks += list(preview.get("blocks") or [])[:10]
    return message(escape(f"{title}: {summary}"), blocks)
