"""Admin commands: parse the text, decide who may, run the command, audit every attempt.

Parsing and authorisation are pure; `run_admin_command` and `load_upload` do the work, given the store,
settings and a Web API client, and always leave an audit row, whatever happens.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlite_utils

from bot.config import Settings
from bot.jobs import downloads as fetch
from bot.slack.admin.access import (
    SHARED_VERBS,
    admin_mentions,
    check_admin,
    may_change_shared_data,
)
from bot.slack.admin.guard import audited, redacted
from bot.slack.blocks import admin as render
from bot.slack.blocks.common import Message
from db.audit import recent_actions
from db.connection import Store
from db.load import LoadError, LoadResult, load_rows, parse_text
from db.stats import store_stats

log = logging.getLogger(__name__)

DEFAULT_AUDIT_ROWS = 10
MAX_AUDIT_ROWS = 50
MAX_TEXT = 1000
_SLACK_LINK = re.compile(r"^<([^|>]+)(\|[^>]*)?>$")


class AdminUsageError(Exception):
    """The admin command could not be understood; the message says what to fix."""

    def __init__(self, problem: str):
        super().__init__(problem)
        self.problem = problem


@dataclass(frozen=True)
class AdminCommand:
    """One parsed /inspections-admin command."""

    verb: str
    url: str = ""
    dry_run: bool = False
    preview: bool = False
    count: int = DEFAULT_AUDIT_ROWS


# ---------------------------------------------------------------- parsing (pure)


def parse_admin(text: str) -> AdminCommand:
    """Turn the text after /inspections-admin into a command; raise AdminUsageError with what to fix."""
    if len(text) > MAX_TEXT:
        raise AdminUsageError(f"that command is {len(text):,} characters long; admin commands are short")
    words = text.split()
    if not words:
        return AdminCommand("help")
    verb, args = words[0].lower(), words[1:]
    flags = {a.lower() for a in args if a.startswith("--")}
    plain = [a for a in args if not a.startswith("--")]
    if verb == "help":
        return AdminCommand("help")
    if verb == "load":
        _only_flags(verb, flags, {"--dry-run"})
        if not plain:
            raise AdminUsageError(
                "give an https URL (`load https://… [--dry-run]`), or upload the file to me in a direct message"
            )
        if len(plain) > 1:
            raise AdminUsageError("load one URL at a time")
        return AdminCommand("load", url=_unwrap_link(plain[0]), dry_run="--dry-run" in flags)
    if verb == "poll":
        _only_flags(verb, flags, set())
        _no_args(verb, plain)
        return AdminCommand("poll")
    if verb == "digest":
        _only_flags(verb, flags, {"--preview"})
        _no_args(verb, plain)
        return AdminCommand("digest", preview="--preview" in flags)
    if verb == "misses":
        _only_flags(verb, flags, set())
        _no_args(verb, plain)
        return AdminCommand("misses")
    if verb == "stats":
        _only_flags(verb, flags, set())
        _no_args(verb, plain)
        return AdminCommand("stats")
    if verb == "audit":
        _only_flags(verb, flags, set())
        if not plain:
            return AdminCommand("audit")
        if len(plain) > 1 or not plain[0].isdigit() or not 1 <= int(plain[0]) <= MAX_AUDIT_ROWS:
            raise AdminUsageError(f"`audit` takes a number from 1 to {MAX_AUDIT_ROWS}, e.g. `audit 20`")
        return AdminCommand("audit", count=int(plain[0]))
    raise AdminUsageError(f"I don't know the admin command `{words[0][:40]}`")


def _only_flags(verb: str, flags: set[str], allowed: set[str]) -> None:
    unknown = sorted(flags - allowed)
    if unknown:
        known = " or ".join(f"`{a}`" for a in sorted(allowed)) or "no options"
        raise AdminUsageError(f"`{verb}` takes {known}, not `{unknown[0][:40]}`")


def _no_args(verb: str, plain: list[str]) -> None:
    if plain:
        raise AdminUsageError(f"`{verb}` takes no arguments")


def _unwrap_link(word: str) -> str:
    """Slack may send a typed URL as <https://…> or <https://…|label>."""
    m = _SLACK_LINK.match(word)
    return m.group(1) if m else word


def is_dry_run_note(text: str) -> bool:
    """An upload's title or comment asks for a dry run."""
    lowered = text.lower()
    return "--dry-run" in lowered or "dry run" in lowered or "dry-run" in lowered


def _operators_only(settings: Settings) -> Message:
    return render.render_refusal(
        admin_mentions(settings.admin_user_ids),
        "This bot serves several workspaces, so loading data, polling feeds and sending digests are kept "
        "for its operators.",
    )


# ---------------------------------------------------------------- running


@dataclass(frozen=True)
class Jobs:
    """The scheduler's jobs, run on demand: each returns a one-line outcome (and, for previews, messages)."""

    poll: Callable[[], str]
    digest: Callable[[bool], tuple[str, list[Message]]]


def load_text(
    db: sqlite_utils.Database,
    text: str,
    name: str,
    *,
    source: str,
    loaded_by: str,
    dry_run: bool,
    now: datetime | None = None,
) -> LoadResult:
    """Parse, validate and load a data file's text, all or nothing (raises LoadError)."""
    return load_rows(db, parse_text(text, name), source=source, loaded_by=loaded_by, dry_run=dry_run, now=now)


def _load_url(store: Store, settings: Settings, cmd: AdminCommand, user_id: str) -> tuple[Message, str]:
    try:
        fetched = fetch.fetch_url(
            cmd.url, allow_http=settings.allow_http_loads, max_bytes=settings.max_load_bytes
        )
    except fetch.FetchError as e:
        return render.render_load_refused(cmd.url, str(e)), f"refused: {e}"
    return _load_fetched(store, fetched, source=cmd.url, user_id=user_id, dry_run=cmd.dry_run)


def _load_fetched(
    store: Store, fetched: fetch.Fetched, *, source: str, user_id: str, dry_run: bool
) -> tuple[Message, str]:
    with store.connect() as db:
        try:
            result = load_text(
                db, fetched.text, fetched.name, source=source, loaded_by=user_id, dry_run=dry_run
            )
        except LoadError as e:
            return render.render_load_problems(
                source, load_problems(e)
            ), f"invalid: {e.total} problem(s); nothing loaded"
    return render.render_load_result(source, load_diff(result)), (
        "dry run: " if dry_run else "ok: "
    ) + result.summary()


def _dispatch(
    cmd: AdminCommand, *, store: Store, settings: Settings, team_id: str, user_id: str, jobs: Jobs
) -> tuple[Message, str]:
    if cmd.verb == "help":
        return render.render_admin_help(), "ok: help"
    if cmd.verb == "load":
        return _load_url(store, settings, cmd, user_id)
    if cmd.verb == "stats":
        with store.connect() as db:
            stats = store_stats(db, team_id)
        return render.render_stats(stats), "ok: stats"
    if cmd.verb == "misses":
        from bot.slack.blocks.misses import render_misses
        from db.misses import count_misses, recent_misses

        now = datetime.now(UTC)
        with store.connect() as db:
            rows, total = recent_misses(db, team_id, now), count_misses(db, team_id, now)
        return render_misses(rows, total), f"ok: misses {total}"
    if cmd.verb == "audit":
        with store.connect() as db:
            rows = recent_actions(db, team_id, cmd.count)
        return render.render_audit(rows, cmd.count), f"ok: audit {cmd.count}"
    if cmd.verb == "poll":
        summary = jobs.poll()
        return render.render_job("Feeds polled", summary), f"ok: {summary}"
    if cmd.verb == "digest":
        summary, previews = jobs.digest(cmd.preview)
        title = "Digest preview" if cmd.preview else "Digests sent"
        return render.render_job(title, summary, previews), f"ok: {summary}"
    raise AdminUsageError(f"I don't know the admin command `{cmd.verb}`")


def run_admin_command(
    text: str,
    *,
    team_id: str,
    user_id: str,
    store: Store,
    settings: Settings,
    lookup_user: Callable[[str], dict | None],
    jobs: Jobs,
) -> Message:
    """Authorise, parse, run and audit one /inspections-admin command; return the private reply."""
    text = redacted(text, settings)  # a pasted token is neither echoed nor stored
    command = f"/inspections-admin {text}".strip()

    def work() -> tuple[Message, str]:
        decision = check_admin(user_id, settings, lookup_user)
        if not decision.allowed:
            return render.render_refusal(admin_mentions(settings.admin_user_ids)), "refused: not an admin"
        try:
            cmd = parse_admin(text)
        except AdminUsageError as e:
            return render.render_admin_help(e.problem, text), f"usage: {e.problem}"
        if not may_change_shared_data(decision, settings) and cmd.verb in SHARED_VERBS and not cmd.preview:
            return _operators_only(settings), "refused: workspace admin, shared data"
        return _dispatch(cmd, store=store, settings=settings, team_id=team_id, user_id=user_id, jobs=jobs)

    return audited(store, team_id=team_id, user_id=user_id, command=command, work=work)


def load_upload(
    file_id: str,
    *,
    team_id: str,
    user_id: str,
    store: Store,
    settings: Settings,
    lookup_user: Callable[[str], dict | None],
    file_info: Callable[[str], dict[str, Any]],
    token: str,
) -> Message:
    """Authorise, check, download and load a file uploaded in a DM; audit it; return the reply."""
    command = f"upload {file_id}"

    def work() -> tuple[Message, str]:
        decision = check_admin(user_id, settings, lookup_user)
        if not decision.allowed:
            return render.render_refusal(admin_mentions(settings.admin_user_ids)), "refused: not an admin"
        if not may_change_shared_data(decision, settings):
            return _operators_only(settings), "refused: workspace admin, shared data"
        info = file_info(file_id)
        name = str(info.get("name") or file_id)
        note = " ".join(
            str(x) for x in (info.get("title"), (info.get("initial_comment") or {}).get("comment")) if x
        )
        dry_run = is_dry_run_note(note)
        source = f"upload {name}"
        try:
            fetched = fetch.download_slack_file(
                info,
                token=token,
                slack_api_url=settings.slack_api_url,
                allow_http=settings.allow_http_loads,
                max_bytes=settings.max_load_bytes,
            )
        except fetch.FetchError as e:
            return render.render_load_refused(name, str(e)), f"refused: {name}: {e}"
        return _load_fetched(store, fetched, source=source, user_id=user_id, dry_run=dry_run)

    return audited(store, team_id=team_id, user_id=user_id, command=command, work=work)


# ---------------------------------------------------------------- the scheduler's jobs, on demand


def poll_feeds_now(
    store: Store,
    settings: Settings,
    now: datetime | None = None,
    *,
    announce: Callable[[list[dict[str, Any]]], int] | None = None,
) -> str:
    """Poll every configured feed now, due or not (bot.jobs.feeds), and say how each went; `announce` is
    given the new reports (the admins' channel hears the grades their pages state) and says how many it posted."""
    from bot.jobs import feeds

    when = now or datetime.now(UTC)
    with store.connect() as db:
        outcomes = feeds.poll_feeds(
            db, settings.feed_urls, when, poll_minutes=settings.feed_poll_minutes, force=True
        )
    if not outcomes:
        return "no feeds are configured (FEED_URLS)"
    new = [report for o in outcomes for report in o.new]
    proposed = announce(new) if announce and new else 0
    parts = []
    for o in outcomes:
        said = f"{o.url}: {o.status}"
        if o.status == "ok":
            said += f", {len(o.new)} new of {o.items}"
        elif o.error:
            said += f" ({o.error})"
        parts.append(said)
    said = f"{len(outcomes)} feed(s) polled. " + "; ".join(parts)
    return said + (f". {proposed} report(s) read: grades posted to the admins' channel" if proposed else "")


def send_digests_now(
    store: Store, settings: Settings, preview: bool, now: datetime | None = None
) -> tuple[str, list[Message]]:
    """Send the digests due now (bot.jobs.digests), or show what would be sent without sending anything."""
    from bot.jobs import digests
    from bot.slack import delivery

    when = now or datetime.now(UTC)
    with store.connect() as db:
        if preview:
            shown = digests.preview_digests(db, when, digests.DigestSchedule.from_settings(settings))
            channels = sorted({channel.split(" ")[0] for channel, _ in shown})
            summary = f"{len(shown)} message(s) due for {len(channels)} channel(s); nothing was sent"
            return summary, [msg for _, msg in shown]
        planned, report = delivery.run_digests(db, delivery.delivery_client(settings), settings, when)
    return f"{planned} report(s) newly due. {report.summary()}", []


def load_diff(result: LoadResult) -> render.LoadDiff:
    """A load's result as the plain lines the admin reply shows."""
    groups = (
        ("Grades changed", result.grades_changed),
        ("Grades added", result.grades_added),
        ("Grades removed", result.grades_removed),
        ("Reports added", result.reports_added_keys),
        ("Reports updated", result.reports_updated),
        ("Bodies added", result.bodies_added),
        ("Areas added", result.areas_added),
    )
    return render.LoadDiff(
        summary=result.summary(),
        dry_run=result.dry_run,
        changed=result.changed,
        reports_added=bool(result.reports_added),
        groups=tuple((name, tuple(items)) for name, items in groups),
    )


def load_problems(error: LoadError) -> render.LoadProblems:
    """A refused load's problems as plain lines."""
    return render.LoadProblems(tuple(str(p) for p in error.problems), error.total)
