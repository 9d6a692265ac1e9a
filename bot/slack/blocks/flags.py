"""'This looks wrong' flags as Block Kit: the alert to the admins' channel and the admins' list. Pure.

Flag text is typed by anyone, so it is always escaped: it can never become a mention, link or command.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.questions.vocab import format_date, framework_label, round_label
from bot.slack.blocks.common import Block, Message, button, context, escape, header, link, message, section
from bot.slack.ids import INSPECTIONS_ADMIN_COMMAND, RESOLVE_FLAG_ACTION

MAX_LISTED = 20
MAX_NOTE_SHOWN = 600


@dataclass(frozen=True)
class FlagView:
    """One flag as plain data."""

    id: int
    user_id: str
    created_at: str
    body_name: str
    framework: str
    round: str
    area_name: str
    grade_shown: str
    note: str
    link: str = ""
    resolved_at: str = ""
    resolved_by: str = ""
    resolution: str = ""


def _who(user_id: str) -> str:
    """A mention of a Slack user id we stored ourselves (never of typed text)."""
    return f"<@{user_id}>" if user_id.isalnum() else escape(user_id)


def flag_subject(f: FlagView) -> str:
    """'Kent Police · PEEL 2023–25 · Responding to the public: Good', escaped."""
    grade = f.grade_shown or "not recorded"
    return escape(
        f"{f.body_name} · {framework_label(f.framework)} {round_label(f.round)} · {f.area_name or 'the report'}: {grade}"
    )


def _note(f: FlagView) -> str:
    note = f.note if len(f.note) <= MAX_NOTE_SHOWN else f.note[: MAX_NOTE_SHOWN - 1] + "…"
    quoted = "\n".join(f"> {line}" for line in escape(note).splitlines() or [""])
    source = f"\nSource: {link(f.link, f.link[:80])}" if f.link else ""
    return quoted + source


def render_flag_alert(f: FlagView) -> Message:
    """Posted to ADMIN_CHANNEL when a reader flags a grade."""
    blocks: list[Block] = [
        section(
            f":triangular_flag_on_post: *Flag #{f.id}* from {_who(f.user_id)}\n*{flag_subject(f)}*\n{_note(f)}"
        ),
        context(f"Resolve it with `{INSPECTIONS_ADMIN_COMMAND} flags` once the report has been checked."),
    ]
    return message(f"Flag #{f.id}: {flag_subject(f)}", blocks)


def _flag_block(f: FlagView) -> Block:
    when = format_date(f.created_at[:10])
    text = f"*#{f.id}* · {flag_subject(f)}\n{_note(f)}\n_from {_who(f.user_id)}, {when}_"
    if f.resolved_at:
        text += f"\n:white_check_mark: Resolved by {_who(f.resolved_by)} on {format_date(f.resolved_at[:10])}: {escape(f.resolution)}"
        return section(text)
    return section(text, accessory=button("Resolve…", RESOLVE_FLAG_ACTION, str(f.id)))


def render_flags(flags: Sequence[FlagView], *, include_resolved: bool) -> Message:
    """The answer to `/inspections-admin flags [all]`: newest first, open ones with a Resolve button."""
    title = "Flags" if include_resolved else "Open flags"
    if not flags:
        text = "No open flags. Readers flag a grade from its ⋯ menu: “This looks wrong”."
        return message(text, [header(title), section(text)])
    blocks: list[Block] = [header(title), *[_flag_block(f) for f in flags[:MAX_LISTED]]]
    blocks.append(
        context(
            f"Resolve with the button or `{INSPECTIONS_ADMIN_COMMAND} flags resolve <number> <how>`; "
            f"`{INSPECTIONS_ADMIN_COMMAND} flags all` shows resolved ones too."
        )
    )
    return message(f"{len(flags)} {title.lower()}.", blocks)


def render_flag_resolved(f: FlagView, how: str) -> Message:
    """The admin's confirmation that a flag is resolved."""
    text = f":white_check_mark: Flag #{f.id} resolved: {escape(how)}"
    return message(f"Flag #{f.id} resolved.", [section(f"{text}\n{flag_subject(f)}")])
