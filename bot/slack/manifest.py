"""Derive the HTTP-mode app manifest from manifest.json (Socket Mode), so setup is one paste either way."""

from __future__ import annotations

import copy
from typing import Any

from bot.slack.ids import OAUTH_REDIRECT_PATH
from bot.slack.server import EVENTS_PATH


def schema_major(manifest: dict[str, Any]) -> int:
    """The major version of Slack's manifest schema this manifest targets (`_metadata.major_version`, else 1).

    Slack publishes one schema per major version (manifest.schema.<major>.x.y.json); validate against that one."""
    return int(manifest.get("_metadata", {}).get("major_version", 1))


def http_manifest(manifest: dict[str, Any], base_url: str) -> dict[str, Any]:
    """The same app with Socket Mode off and every request URL pointing at `base_url`."""
    if not base_url.startswith("https://"):
        raise ValueError("Slack only sends requests to https URLs")
    url = base_url.rstrip("/") + EVENTS_PATH
    out = copy.deepcopy(manifest)
    for command in out.get("features", {}).get("slash_commands", []):
        command["url"] = url
    settings = out.setdefault("settings", {})
    settings["socket_mode_enabled"] = False
    settings.setdefault("event_subscriptions", {})["request_url"] = url
    settings.setdefault("interactivity", {"is_enabled": True})["request_url"] = url
    out.setdefault("oauth_config", {})["redirect_urls"] = [base_url.rstrip("/") + OAUTH_REDIRECT_PATH]
    return out
