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
from bot.slack.admin.commands import load_diff
from bot.slack.admin.guard import audited, refusal_for
from bot.slack.blocks import admin as render
from bot.slack.blocks.common import Message, actions, button, message, section
from bot.slack.blocks.forms import (
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

AREA_PREFIX = area_block_id("")


def form_metadata(sheet: GradeSheet) -> str:
    """What the form carries back: which report, and the data it was opened on (version and grades)."""
    opened = {
        "b": sheet.body_id,
        "r": sheet.round,
        "v": sheet.version,
        "g": {a: g or "" for a, g in sheet.grades.items()},
    }
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


def grade_form_view(sheet: GradeSheet) -> View:
    """The modal for a sheet: areas pre-set to the store's grades; date and link asked only when missing."""
    form = GradeForm(
        title=f"{sheet.body_name}: {framework_label(sheet.framework)} {round_label(sheet.round)}",
        areas=tuple(FormArea(a.area, a.name, a.grade) for a in sheet.areas),
        ask_published=not sheet.published,
        ask_report_url=not sheet.report_url,
        report_exists=sheet.report_exists,
        metadata=form_metadata(sheet),
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


def _block_for(field_name: str) -> str:
    if field_name in (SOURCE_BLOCK, EVIDENCE_BLOCK, PUBLISHED_BLOCK, REPORT_URL_BLOCK):
        return field_name
    return area_block_id(field_name)


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
        try:
            with store.connect() as db:
                result = save_edit(
                    db, meta["b"], meta["r"], edit, by=user_id, opened_version=meta["v"], opened_grades=opened
                )
        except StaleSheet as e:
            offer = reopen_message(meta["b"], meta["r"], e.sheet.body_name)
            return Submission(_stale_errors(e, set(values)), offer), f"stale: {e}"
        except EditRejected as e:
            return Submission({_block_for(k): v for k, v in e.problems.items()}), f"invalid: {e}"
        except (SheetError, LoadError) as e:
            return Submission({SOURCE_BLOCK: str(e)[:300]}), f"invalid: {e}"
        if not result.changed:
            text = "Nothing changed: the form matched what the store already holds."
            return Submission(reply=message(text, [section(text)])), "ok: nothing changed"
        reply = render.render_load_result(f"grade form: {edit.source or 'report details'}", load_diff(result))
        return Submission(reply=reply), "ok: " + result.summary()

    return audited(store, team_id=team_id, user_id=user_id, command=command, work=work)
