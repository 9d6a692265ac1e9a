"""Filling the grade form from published text: `/inspections-admin read <url>`, the "Fill from the report"
buttons, the "Record grades" message shortcut and the feed's "Review and save" button.

Each entry point authorises (admins only; recording grades is shared data), opens a "Reading the report…"
modal at once, reads (bot.reading), keeps the proposal (db.proposals), and replaces the modal with the
pre-filled form, or with a plain word on why there is none. Nothing is written to the grades until Save.
Every attempt is audited. No Slack library here: the listener hands in how to open and update a modal.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

import sqlite_utils

from bot.config import Settings
from bot.jobs.downloads import FetchError
from bot.reader import Proposal
from bot.reading import ExtractError, read_pasted, read_url
from bot.slack import read_pool
from bot.slack.admin.commands import AdminUsageError
from bot.slack.admin.grade_form import grade_form_view
from bot.slack.admin.guard import audited, redacted, refusal_for
from bot.slack.blocks import admin as render
from bot.slack.blocks.common import Message, message, section
from bot.slack.blocks.forms import View
from bot.slack.blocks.reading import render_reading, render_reading_problem
from bot.slack.ids import INSPECTIONS_ADMIN_COMMAND
from db.audit import record_action
from db.connection import Store
from db.grade_entry import SheetError, grade_sheet
from db.proposals import add_proposal, get_proposal

log = logging.getLogger(__name__)

ADD_AREAS_FLAG = "--add-areas"
_SLACK_LINK = re.compile(r"<(https://[^|>\s]+)(?:\|[^>]*)?>")
_BARE_LINK = re.compile(r"https://[^\s<>|\"]+")
LookupUser = Callable[[str], dict | None]
READ_FAILED = "Something went wrong reading that. It has been logged; please try again in a minute."
PENDING = "pending: in the read pool"  # not audited yet: the pooled read audits its own outcome


@dataclass(frozen=True)
class Modal:
    """How a listener shows one modal: `open` returns the view's id (views.open, or views.update of the form
    the button is on), `update` replaces that view."""

    open: Callable[[View], str]
    update: Callable[[str, View], object]


@dataclass(frozen=True)
class Asker:
    """Who asked, and where: for authorisation and the audit trail."""

    team_id: str
    user_id: str
    lookup_user: LookupUser


def parse_read(text: str) -> tuple[str, bool]:
    """`read <url> [--add-areas]` -> (url, add_areas); raise AdminUsageError with what to fix."""
    words = re.sub(r"<([^|>\s]+)\|[^>]*>", r"\1", text).split()[1:]  # a link's label may have spaces
    flags = {w.lower() for w in words if w.startswith("--")}
    plain = [w for w in words if not w.startswith("--")]
    unknown = sorted(flags - {ADD_AREAS_FLAG})
    if unknown:
        raise AdminUsageError(f"`read` takes `{ADD_AREAS_FLAG}`, not `{unknown[0][:40]}`")
    if len(plain) != 1:
        raise AdminUsageError(
            "give the report's link: `read https://hmicfrs.justiceinspectorates.gov.uk/… [--add-areas]`"
        )
    m = re.fullmatch(r"<([^|>]+)(?:\|[^>]*)?>", plain[0])
    return (m.group(1) if m else plain[0]), ADD_AREAS_FLAG in flags


def first_link(text: str) -> str:
    """The first https link in a Slack message (`<https://…|label>` or bare), or ''."""
    found = [m for m in (_SLACK_LINK.search(text), _BARE_LINK.search(text)) if m]
    if not found:
        return ""
    first = min(found, key=lambda m: m.start())
    return first.group(1) if first.re is _SLACK_LINK else first.group(0).rstrip(".,;:)")


def slack_text(text: str) -> str:
    """A Slack message's text as a person reads it: links as their labels, entities decoded."""
    text = re.sub(r"<(?:https?://[^|>]+)\|([^>]+)>", r"\1", text)
    text = re.sub(r"<(https?://[^|>]+)>", r"\1", text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


# ---------------------------------------------------------------- the proposal -> the modal


def proposal_view(
    db: sqlite_utils.Database, proposal: Proposal, proposal_id: int | None, *, add_areas: bool
) -> tuple[View, str]:
    """The pre-filled grade form, or a modal saying plainly why there is none; and the audit outcome."""
    where = proposal.source_url
    name = proposal.body_name or proposal.body
    if proposal.body and proposal.is_empty:  # another kind of inspection, a round the store lacks, or nothing
        said = f"There is nothing to record for {name} from this text."
        return render_reading_problem(said, proposal.notes, where), "no proposal: no grades to record"
    if not proposal.body or not proposal.round:  # grades without a round are never saved: a person chooses
        said = "I couldn't tell which force or service and which inspection round this text is about."
        return render_reading_problem(said, proposal.notes, where), "no proposal: body or round unknown"
    try:
        sheet = grade_sheet(db, proposal.body, proposal.round)
    except SheetError as e:
        return render_reading_problem(
            f"I can't record these grades: {e}.", proposal.notes, where
        ), f"no form: {e}"
    view = grade_form_view(sheet, proposal, proposal_id, add_areas=add_areas)
    stated = len(proposal.grades) + len(proposal.unmatched)
    return view, f"ok: form filled for {sheet.body_id} {sheet.round} ({stated} grades stated)"


def keep_and_show(
    store: Store, proposal: Proposal, *, origin: str, asker: Asker, add_areas: bool
) -> tuple[View, str]:
    """Keep the proposal (when it states anything) and build its modal."""
    with store.connect() as db:
        proposal_id = None
        if proposal.body and proposal.round and not proposal.is_empty:
            payload = proposal.to_json()
            proposal_id = add_proposal(
                db, payload, origin=origin, team_id=asker.team_id, created_by=asker.user_id
            )
        return proposal_view(db, proposal, proposal_id, add_areas=add_areas)


def read_link(
    store: Store, settings: Settings, url: str, *, origin: str, asker: Asker, add_areas: bool
) -> tuple[View, str]:
    """Download and read a page (guarded), then keep and show it; a refused download is said kindly."""
    try:
        with store.connect() as db:
            proposal = read_url(db, url, allow_http=settings.allow_http_loads)
    except FetchError as e:
        return render_reading_problem(f"I couldn't download that page: {e}.", source=url), f"refused: {e}"
    except ExtractError as e:
        return render_reading_problem(f"I couldn't read that page: {e}.", source=url), f"unreadable: {e}"
    return keep_and_show(store, proposal, origin=origin, asker=asker, add_areas=add_areas)


@dataclass(frozen=True)
class Later:
    """A read handed to the read pool once its "Reading…" modal is open: `finish` reads and fills the modal
    and returns the audit outcome; `busy` says so in the modal when the pool is full."""

    finish: Callable[[], str]
    busy: Callable[[], object]


def _loading_then(modal: Modal, source: str, work: Callable[[], tuple[View, str]]) -> tuple[None, Later]:
    view_id = modal.open(render_reading(source))  # now: the trigger lasts about 3 seconds

    def finish() -> str:
        try:
            view, outcome = work()
        except Exception as e:
            log.exception("Reading %s failed", source or "a message")
            modal.update(view_id, render_reading_problem(READ_FAILED, source=source))
            return f"error: {e.__class__.__name__}"
        modal.update(view_id, view)
        return outcome

    return None, Later(finish, lambda: modal.update(view_id, render_reading_problem(read_pool.BUSY)))


# ---------------------------------------------------------------- the entry points (authorised, audited)


Work = Callable[[], tuple[Message | None, str | Later]]


def _for_admins(store: Store, settings: Settings, asker: Asker, command: str, work: Work) -> Message | None:
    """Run `work` for an admin (anyone else gets the refusal), audited whatever happens. A read goes to the
    read pool once its modal is open, so the listener's thread is free at once; it is audited when done."""
    later: list[Later] = []

    def checked() -> tuple[Message | None, str]:
        refusal = refusal_for(asker.user_id, settings, asker.lookup_user, shared=True)
        if refusal:
            return refusal
        value, outcome = work()
        if isinstance(outcome, Later):
            later.append(outcome)
            return value, PENDING
        return value, outcome

    def audit(outcome: str) -> None:
        with store.connect() as db:
            record_action(db, team_id=asker.team_id, user_id=asker.user_id, command=command, outcome=outcome)

    value = audited(
        store, team_id=asker.team_id, user_id=asker.user_id, command=command, work=checked, skip_if=PENDING
    )
    for job in later:
        if not read_pool.READS.submit(_finishing(job, audit)):
            job.busy()
            audit("busy: the read pool was full")
    return value


def _finishing(job: Later, audit: Callable[[str], None]) -> Callable[[], None]:
    return lambda: audit(job.finish())


def run_read_command(
    text: str, *, store: Store, settings: Settings, asker: Asker, modal: Modal
) -> Message | None:
    """`/inspections-admin read <url> [--add-areas]`: the private reply, or None when the modal shows it."""
    text = redacted(text, settings)

    def work() -> tuple[Message | None, str | Later]:
        try:
            url, add_areas = parse_read(text)
        except AdminUsageError as e:
            return render.render_admin_help(e.problem, text), f"usage: {e.problem}"
        return _loading_then(
            modal,
            url,
            lambda: read_link(store, settings, url, origin="command", asker=asker, add_areas=add_areas),
        )

    return _for_admins(store, settings, asker, f"{INSPECTIONS_ADMIN_COMMAND} {text}".strip(), work)


def _said(text: str) -> Message:
    return message(text, [section(f":warning: {text}")])


def fill_from_report(
    value: str, *, store: Store, settings: Settings, asker: Asker, modal: Modal
) -> Message | None:
    """The "Fill from the report" button (value: body and round): read the report's stored link."""

    def work() -> tuple[Message | None, str | Later]:
        body_id, _, round_ = value.partition(" ")
        try:
            with store.connect() as db:
                sheet = grade_sheet(db, body_id, round_ or None)
        except SheetError as e:
            return _said(f"I can't fill that form: {e}."), f"usage: {e}"
        if not sheet.report_url:
            said = f"The store has no link to {sheet.body_name}'s report for {sheet.round}, so there is nothing to read."
            return _said(said), "usage: no report link"
        url = sheet.report_url
        return _loading_then(
            modal, url, lambda: read_link(store, settings, url, origin="button", asker=asker, add_areas=False)
        )

    return _for_admins(store, settings, asker, f"fill from the report {value[:80]}", work)


def read_message(
    text: str, *, store: Store, settings: Settings, asker: Asker, modal: Modal
) -> Message | None:
    """The "Record grades" message shortcut: read the message's text; its first https link is the source."""

    def work() -> tuple[Message | None, str | Later]:
        url = first_link(text)

        def read() -> tuple[View, str]:
            with store.connect() as db:
                proposal = read_pasted(db, slack_text(text), source_url=url)
            return keep_and_show(store, proposal, origin="shortcut", asker=asker, add_areas=False)

        return _loading_then(modal, "", read)

    return _for_admins(store, settings, asker, "record grades from a message", work)


def review_proposal(
    value: str, *, store: Store, settings: Settings, asker: Asker, modal: Modal
) -> Message | None:
    """The "Review and save" button on a proposal posted to ADMIN_CHANNEL (value: the proposal's id)."""

    def work() -> tuple[Message | None, str | Later]:
        with store.connect() as db:
            row = get_proposal(db, int(value)) if value.isdigit() else None
            if row is None:
                return _said("I can't find that proposal any more."), "usage: no such proposal"
            view, outcome = proposal_view(db, Proposal.from_json(row["payload"]), row["id"], add_areas=False)
        modal.open(view)
        return None, outcome

    return _for_admins(store, settings, asker, f"review proposal {value[:20]}", work)
