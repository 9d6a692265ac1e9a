"""`/inspections-admin grades | gaps | flags`: parse, authorise, run and audit. The grade form opens as a modal."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.config import Settings
from bot.questions.answers import snapshot
from bot.questions.parse import extract_round
from bot.slack.admin.commands import AdminUsageError
from bot.slack.admin.flags import flag_view, flags_reply
from bot.slack.admin.gaps import gaps_reply
from bot.slack.admin.grade_form import open_grade_form
from bot.slack.admin.guard import audited, redacted, refusal_for
from bot.slack.blocks import admin as render
from bot.slack.blocks.common import Message
from bot.slack.blocks.flags import render_flag_resolved
from bot.slack.blocks.forms import View
from bot.slack.ids import INSPECTIONS_ADMIN_COMMAND
from db.connection import Store
from db.flags import get_flag, resolve_flag
from db.grade_entry import SheetError

KINDS = {"police": "police", "peel": "police", "fire": "fire", "frs": "fire"}
_ROUND = re.compile(r"^\d{4}-\d{2}$")
MAX_TEXT = 1000


@dataclass(frozen=True)
class FormCommand:
    """One parsed `grades`, `gaps` or `flags` command."""

    verb: str
    name: str = ""
    round: str | None = None
    kind: str | None = None
    include_resolved: bool = False
    resolve_id: int | None = None
    how: str = ""


def parse_form_command(text: str) -> FormCommand:
    """Turn the text after /inspections-admin into a form command; raise AdminUsageError with what to fix."""
    if len(text) > MAX_TEXT:
        raise AdminUsageError(f"that command is {len(text):,} characters long; admin commands are short")
    verb, _, rest = " ".join(text.split()).partition(" ")
    verb = verb.lower()
    if verb == "grades":
        name, round_ = extract_round(rest)
        if not re.search(r"[A-Za-z]", name):
            raise AdminUsageError(
                "name the force or fire service: `grades kent 2023-25` (the round is optional)"
            )
        return FormCommand("grades", name=name, round=round_)
    if verb == "gaps":
        kind = round_ = None
        for word in rest.lower().split():
            if word in KINDS and kind is None:
                kind = KINDS[word]
            elif _ROUND.match(word) and round_ is None:
                round_ = word
            else:
                raise AdminUsageError(
                    f"`gaps` takes `police` or `fire` and a round like `2023-25`, not `{word[:40]}`"
                )
        return FormCommand("gaps", kind=kind, round=round_)
    if verb == "flags":
        words = rest.split()
        if not words:
            return FormCommand("flags")
        if words == ["all"]:
            return FormCommand("flags", include_resolved=True)
        if words[0].lower() == "resolve" and len(words) >= 3 and words[1].lstrip("#").isdigit():
            return FormCommand("flags", resolve_id=int(words[1].lstrip("#")), how=" ".join(words[2:]))
        raise AdminUsageError(
            "`flags` lists open flags; `flags all` shows resolved ones too; `flags resolve <number> <how it was resolved>`"
        )
    raise AdminUsageError(f"I don't know the admin command `{verb[:40]}`")


def _grades(
    store: Store, cmd: FormCommand, text: str, open_view: Callable[[View], object]
) -> tuple[Message | None, str]:
    with store.connect() as db:
        found = snapshot(db).resolve(cmd.name)
        if found.body is None:
            maybe = ", ".join(f"`{b.id}`" for b in found.suggestions)
            problem = f"I don't know a force or fire service called “{cmd.name[:80]}”" + (
                f"; did you mean {maybe}?" if maybe else "."
            )
            return render.render_admin_help(problem, text), f"usage: unknown body {cmd.name[:80]}"
        try:
            outcome = open_grade_form(db, found.body.id, cmd.round, open_view)
        except SheetError as e:
            return render.render_admin_help(str(e), text), f"usage: {e}"
    return None, f"ok: {outcome}"


def _flags(store: Store, cmd: FormCommand, *, team_id: str, user_id: str) -> tuple[Message, str]:
    with store.connect() as db:
        if cmd.resolve_id is None:
            return flags_reply(db, team_id, include_resolved=cmd.include_resolved), "ok: flags"
        if not resolve_flag(db, cmd.resolve_id, team_id=team_id, resolved_by=user_id, how=cmd.how):
            problem = f"there is no open flag #{cmd.resolve_id} in this workspace"
            return render.render_admin_help(problem), f"usage: {problem}"
        row = get_flag(db, cmd.resolve_id)
    assert row is not None  # just resolved
    return render_flag_resolved(flag_view(row), cmd.how), f"ok: flag {cmd.resolve_id} resolved"


def run_form_command(
    text: str,
    *,
    team_id: str,
    user_id: str,
    store: Store,
    settings: Settings,
    lookup_user: Callable[[str], dict | None],
    open_view: Callable[[View], object],
) -> Message | None:
    """Authorise, parse, run and audit one command; return the private reply (None: a form was opened)."""
    text = redacted(text, settings)

    def work() -> tuple[Message | None, str]:
        try:
            cmd = parse_form_command(text)
        except AdminUsageError as e:
            refused = refusal_for(user_id, settings, lookup_user, shared=False)
            return refused or (render.render_admin_help(e.problem, text), f"usage: {e.problem}")
        refused = refusal_for(user_id, settings, lookup_user, shared=cmd.verb == "grades")
        if refused:
            return refused
        if cmd.verb == "grades":
            return _grades(store, cmd, text, open_view)
        if cmd.verb == "gaps":
            with store.connect() as db:
                return gaps_reply(db, cmd.kind, cmd.round), "ok: gaps"
        return _flags(store, cmd, team_id=team_id, user_id=user_id)

    return audited(
        store,
        team_id=team_id,
        user_id=user_id,
        command=f"{INSPECTIONS_ADMIN_COMMAND} {text}".strip(),
        work=work,
    )
