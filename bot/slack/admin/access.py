"""Who may run admin commands: listed operators, and workspace admins where allowed. Pure, given settings."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.config import Settings

LISTED = "listed in ADMIN_USER_IDS"
_USER_ID = re.compile(r"^[UW][A-Z0-9]{2,20}$")


@dataclass(frozen=True)
class Authorisation:
    """Whether a user may run admin commands, and why."""

    allowed: bool
    reason: str


def authorise(
    user_id: str, admin_ids: tuple[str, ...], *, allow_workspace_admins: bool, slack_user: dict | None = None
) -> Authorisation:
    """Listed admins may; workspace admins and owners may when allowed; nobody else."""
    if user_id and user_id in admin_ids:
        return Authorisation(True, LISTED)
    if allow_workspace_admins and slack_user and slack_user.get("id") == user_id:
        if not slack_user.get("deleted") and (
            slack_user.get("is_admin") or slack_user.get("is_owner") or slack_user.get("is_primary_owner")
        ):
            return Authorisation(True, "workspace admin")
    return Authorisation(False, "not an admin")


def needs_user_lookup(user_id: str, settings: Settings) -> bool:
    """users.info is only asked when the answer could make a difference."""
    return settings.allow_workspace_admins and user_id not in settings.admin_user_ids


def admin_mentions(admin_ids: tuple[str, ...]) -> list[str]:
    """Admins as <@U…> mentions, skipping anything that is not a user id."""
    return [f"<@{u}>" for u in admin_ids if _USER_ID.match(u)]


# Commands that change or act on what every installed workspace shares: the data, the feeds, all digests.
SHARED_VERBS = ("load", "poll", "digest")


def may_change_shared_data(decision: Authorisation, settings: Settings) -> bool:
    """With many workspaces installed, one workspace's admins must not change what all of them see:
    only the operator's ADMIN_USER_IDS may. With one workspace, its admins may when allowed."""
    return decision.allowed and (not settings.multi_workspace or decision.reason == LISTED)


def check_admin(user_id: str, settings: Settings, lookup_user: Callable[[str], dict | None]) -> Authorisation:
    """Decide, asking Slack about the user only if workspace admins may be admins here."""
    slack_user = lookup_user(user_id) if needs_user_lookup(user_id, settings) else None
    return authorise(
        user_id,
        settings.admin_user_ids,
        allow_workspace_admins=settings.allow_workspace_admins,
        slack_user=slack_user,
    )
