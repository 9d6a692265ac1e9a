"""One log line per Slack request: team, what it was, outcome and duration. Never tokens or user text."""

from __future__ import annotations

import logging
import time
from typing import Any

from slack_bolt import App, BoltRequest, BoltResponse

log = logging.getLogger("inspections-bot.requests")


def describe(body: dict[str, Any]) -> tuple[str, str]:
    """(kind, target) of a payload: ('command', '/grade'), ('event', 'app_mention'), ('action', 'share_answer')."""
    if body.get("command"):
        return "command", str(body["command"])
    if body.get("type") == "event_callback":
        return "event", str((body.get("event") or {}).get("type", ""))
    if body.get("type") == "block_actions":
        acts = body.get("actions") or [{}]
        return "action", str(acts[0].get("action_id", ""))
    return str(body.get("type") or "unknown"), ""


def team_of(body: dict[str, Any]) -> str:
    """The workspace a payload came from."""
    team = body.get("team_id")
    if not team and isinstance(body.get("team"), dict):
        team = body["team"].get("id")
    return str(team or "")


class LoggedApp(App):
    """A Bolt App that logs every dispatched request (HTTP and Socket Mode alike) in one line.

    It keeps its listener thread pool as `executor` so a graceful shutdown can wait for in-flight work.
    """

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.executor = kwargs.get("listener_executor")

    def dispatch(self, req: BoltRequest) -> BoltResponse:
        started = time.perf_counter()
        response = super().dispatch(req)
        ms = round((time.perf_counter() - started) * 1000, 1)
        body = req.body if isinstance(req.body, dict) else {}
        kind, target = describe(body)
        team = team_of(body)
        log.info(
            "%s %s team=%s outcome=%s %.1fms",
            kind,
            target,
            team,
            response.status,
            ms,
            extra={
                "team": team,
                "kind": kind,
                "target": target,
                "outcome": response.status,
                "duration_ms": ms,
            },
        )
        return response
