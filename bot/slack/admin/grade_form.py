"""The admins' grade form: build it for one body's report in one round, and check and save what comes back.

Saving goes through db.grade_entry, which writes through the same loader as `load`: the diff, the grade
history, the load record and digests all follow. Every open and every submission is audited.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import sqlite_utils

from bot.config import Settings
from bot.questions.vocab import framework_label, round_label
from bot.reader import Proposal
from bot.slack.admin.commands import load_diff
from bot.slack.admin.guard import audited, refusal_for
from bot.slack.admin.proposed import (
    edit_with_proposal,
    form_areas,
    initial_date,
    initial_report_url,
    unmatched_areas,
)
from bot.slack.blocks import admin as render
from bot.slack.blocks.common import Message, actions, button, message, section
from bot.slack.blocks.forms import (
    ADD_AREAS_BLOCK,
    ADD_AREAS_VALUE,
    EVIDENCE_BLOCK,
    NOT_RECORDED,
    PUBLISHED_BLOCK,
    REPORT_URL_BLOCK,
    SOURCE_BLOCK,
    FormArea,
    GradeForm,
    View,
    area_block_id,
    render_grade_form,
    submitted_values,
)
from bot.slack.blocks.gaps import fill_in_value
from bot.slack.ids import INSPECTIONS_ADMIN_COMMAND, OPEN_GRADE_FORM_ACTION
from db.connection import Store
from db.grade_entry import (
    EditRejected,
    GradeEdit,
    GradeSheet,
    LoadError,
    SheetError,
    StaleSheet,
    grade_sheet,
    save_edit,
)
from db.proposals import get_proposal, mark_proposal_saved

AREA_PREFIX = area_block_id("")


def form_metadata(sheet: GradeSheet, proposal_id: int | None = None) -> str:
    """What the form carries back: which report, the data it was opened on (version and grades), and the
    proposal it was filled from, if any."""
    opened: dict[str, Any] = {
        "b": sheet.body_id,
        "r": sheet.round,
        "v": sheet.version,
        "g": {a: g or "" for a, g in sheet.grades.items()},
    }
    if proposal_id:
        opened["p"] = proposal_id
    return json.dumps(opened, separators=(",", ":"))


def read_metadata(text: str) -> dict[str, Any] | None:
    """The form's metadata, or None if it is not ours."""
    try:
        meta = json.loads(text or "")
    except json.JSONDecodeError:
        return None
    if not isinstance(meta, dict) or not all(isinstance(meta.get(k), str) for k in ("b", "r", "v")):
        return None
    if not isinstance(meta.get("g"), dict):
        return None
    return meta


def grade_form_view(
    sheet: GradeSheet,
    proposal: Proposal | None = None,
    proposal_id: int | None = None,
    *,
    add_areas: bool = False,
) -> View:
    """The modal for a sheet: areas pre-set to the store's grades, or to what a proposal states (with its
    sentences, conflicts and areas the round lacks); date and link asked only when missing."""
    report = f"{framework_label(sheet.framework)} {round_label(sheet.round)}"
    title = f"{sheet.body_name}: {report}"
    if proposal is None:
        form = GradeForm(
            title=title,
            areas=tuple(FormArea(a.area, a.name, a.grade) for a in sheet.areas),
            ask_published=not sheet.published,
            ask_report_url=not sheet.report_url,
            report_exists=sheet.report_exists,
            metadata=form_metadata(sheet),
            fill_value=fill_in_value(sheet.body_id, sheet.round) if sheet.report_url else "",
        )
        return render_grade_form(form)
    form = GradeForm(
        title=title,
        areas=form_areas(sheet, proposal),
        ask_published=not sheet.published,
        ask_report_url=not sheet.report_url,
        report_exists=sheet.report_exists,
        metadata=form_metadata(sheet, proposal_id),
        read_from=proposal.source_url or "the message",
        source=proposal.source_url,
        published=initial_date(proposal),
        report_url=initial_report_url(proposal),
        unmatched=unmatched_areas(proposal),
        round_name=report,
        add_areas=add_areas,
    )
    return render_grade_form(form)


def open_grade_form(
    db: sqlite_utils.Database, body_id: str, round_: str | None, open_view: Callable[[View], object]
) -> str:
    """Open the form for a body's report in a round (the latest when None); say what opened (raises SheetError)."""
    sheet = grade_sheet(db, body_id, round_)
    open_view(grade_form_view(sheet))
    return f"form opened for {sheet.body_id} {sheet.round}"


@dataclass
class Submission:
    """What a submitted form comes to: field errors (nothing written), or a confirmation to send privately."""

    errors: dict[str, str] = field(default_factory=dict)
    reply: Message | None = None


def _edit_from(values: dict[str, str]) -> GradeEdit:
    grades = {
        block_id.removeprefix(AREA_PREFIX): (None if value in ("", NOT_RECORDED) else value)
        for block_id, value in values.items()
        if block_id.startswith(AREA_PREFIX)
    }
    return GradeEdit(
        grades=grades,
        published=values.get(PUBLISHED_BLOCK, ""),
        report_url=values.get(REPORT_URL_BLOCK, ""),
        source=values.get(SOURCE_BLOCK, ""),
        evidence=values.get(EVIDENCE_BLOCK, ""),
    )


def _with_proposal(
    db: sqlite_utils.Database,
    edit: GradeEdit,
    proposal_id: int,
    sheet_areas: set[str],
    values: dict[str, str],
) -> GradeEdit:
    """The form's edit with the sentences of the proposal it was filled from (and its new areas, if ticked)."""
    row = get_proposal(db, proposal_id)
    if row is None:
        return edit
    ticked = ADD_AREAS_VALUE in values.get(ADD_AREAS_BLOCK, "").split(",")
    return edit_with_proposal(
        edit, Proposal.from_json(row["payload"]), sheet_areas=sheet_areas, add_areas=ticked
    )


def _block_for(field_name: str, present: set[str]) -> str:
    """The form block a problem belongs on: its field, its area's select, else the new-areas box or the source."""
    if field_name in (SOURCE_BLOCK, EVIDENCE_BLOCK, PUBLISHED_BLOCK, REPORT_URL_BLOCK):
        return field_name
    if area_block_id(field_name) in present:
        return area_block_id(field_name)
    return ADD_AREAS_BLOCK if ADD_AREAS_BLOCK in present else SOURCE_BLOCK


def reopen_command(body_id: str, round_: str) -> str:
    return f"{INSPECTIONS_ADMIN_COMMAND} grades {body_id} {round_}"


def _stale_errors(e: StaleSheet, present: set[str]) -> dict[str, str]:
    """Say so on each area someone else changed (or on the source field if only the report's details did)."""
    reopen = reopen_command(e.sheet.body_id, e.sheet.round)
    again = f"Close this form and open it again (`{reopen}`, or the button I've sent you) to see the latest."
    errors: dict[str, str] = {}
    for area, (_, now) in e.changed.items():
        if area_block_id(area) in present:
            said = f"Someone changed this to {now or 'not recorded'} since you opened the form. {again}"
            errors[area_block_id(area)] = said
    return errors or {SOURCE_BLOCK: f"The report's details changed since you opened the form. {again}"}


def reopen_message(body_id: str, round_: str, body_name: str) -> Message:
    """Sent privately when a form was stale: a button that opens it again with the latest data."""
    text = (
        f"The grades for {body_name} {round_label(round_)} changed while your form was open; "
        "nothing of yours was saved."
    )
    return message(
        text,
        [
            section(f":arrows_counterclockwise: {text}"),
            actions(
                button("Reopen the form", OPEN_GRADE_FORM_ACTION, fill_in_value(body_id, round_)),
                block_id="reopen",
            ),
        ],
    )


def submit_grade_form(
    store: Store,
    settings: Settings,
    *,
    team_id: str,
    user_id: str,
    view: dict[str, Any],
    lookup_user: Callable[[str], dict | None],
) -> Submission:
    """Check and save a submitted grade form; audited whatever happens."""
    meta = read_metadata(view.get("private_metadata") or "")
    command = f"grade form {meta['b']} {meta['r']}" if meta else "grade form (unreadable)"
    if meta and isinstance(meta.get("p"), int):
        command += f" (read: proposal {meta['p']})"

    def work() -> tuple[Submission, str]:
        if meta is None:
            unreadable = {SOURCE_BLOCK: "This form can't be read any more; open it again."}
            return Submission(unreadable), "invalid: metadata"
        refused = refusal_for(user_id, settings, lookup_user, shared=True)
        if refused:
            return Submission({SOURCE_BLOCK: refused[0]["text"]}), refused[1]
        values = submitted_values(view)
        edit = _edit_from(values)
        opened = {a: g or None for a, g in meta["g"].items()}
        proposal_id = meta.get("p") if isinstance(meta.get("p"), int) else None
        try:
            with store.connect() as db:
                if proposal_id:
                    edit = _with_proposal(db, edit, proposal_id, set(opened), values)
                result = save_edit(
                    db, meta["b"], meta["r"], edit, by=user_id, opened_version=meta["v"], opened_grades=opened
                )
                if proposal_id and result.changed:
                    mark_proposal_saved(db, proposal_id, saved_by=user_id)
        except StaleSheet as e:
            offer = reopen_message(meta["b"], meta["r"], e.sheet.body_name)
            return Submission(_stale_errors(e, set(values)), offer), f"stale: {e}"
        except EditRejected as e:
            problems = {_block_for(k, set(values)): v for k, v in e.problems.items()}
            return Submission(problems), f"invalid: {e}"
        except (SheetError, LoadError) as e:
            return Submission({SOURCE_BLOCK: str(e)[:300]}), f"invalid: {e}"
        if not result.changed:
            text = "Nothing changed: the form matched what the store already holds."
            return Submission(reply=message(text, [section(text)])), "ok: nothing changed"
        reply = render.render_load_result(f"grade form: {edit.source or 'report details'}", load_diff(result))
        return Submission(reply=reply), "ok: " + result.summary()

    return audited(store, team_id=team_id, user_id=user_id, command=command, work=work)
