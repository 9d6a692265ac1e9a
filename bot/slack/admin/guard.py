"""Who may use the admins' forms, and the audit row every attempt leaves, allowed or not."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from bot.config import Settings
from bot.logs import RedactSecrets
from bot.slack.admin.access import admin_mentions, check_admin, may_change_shared_data
from bot.slack.blocks import admin as render
from bot.slack.blocks.common import Message
from db.audit import record_action
from db.connection import Store

T = TypeVar("T")


def refusal_for(
    user_id: str, settings: Settings, lookup_user: Callable[[str], dict | None], *, shared: bool
) -> tuple[Message, str] | None:
    """None when the user may go on; else the polite refusal and the audit outcome.

    `shared`: the action changes the data every workspace sees, kept for operators when there are many."""
    decision = check_admin(user_id, settings, lookup_user)
    if not decision.allowed:
        return render.render_refusal(admin_mentions(settings.admin_user_ids)), "refused: not an admin"
    if shared and not may_change_shared_data(decision, settings):
        why = "This bot serves several workspaces, so recording grades is kept for its operators."
        return render.render_refusal(
            admin_mentions(settings.admin_user_ids), why
        ), "refused: workspace admin, shared data"
    return None


def audited(
    store: Store,
    *,
    team_id: str,
    user_id: str,
    command: str,
    work: Callable[[], tuple[T, str]],
    skip_if: str | None = None,
) -> T:
    """Run the work and audit its outcome; an unexpected failure is audited, then re-raised. An outcome equal
    to `skip_if` is not audited here (the work audits itself later, as a pooled read does)."""
    outcome = "error: unexpected failure"
    try:
        value, outcome = work()
        return value
    except Exception as e:
        outcome = f"error: {e.__class__.__name__}"
        raise
    finally:
        if outcome != skip_if:
            with store.connect() as db:
                record_action(db, team_id=team_id, user_id=user_id, command=command, outcome=outcome)


def redacted(text: str, settings: Settings) -> str:
    """Typed text with any pasted secret blanked, before it is echoed or stored."""
    return RedactSecrets([settings.bot_token, settings.signing_secret, settings.app_token]).redact(text)
