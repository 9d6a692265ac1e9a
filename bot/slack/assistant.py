"""Slack's agent messaging view: suggested prompts when the app's DM opens, and "Looking that up…" while answering.

Both need the agent view (a paid plan or a developer sandbox) and the `assistant:write` scope. Without them
Slack answers with an error: it is logged at info and nothing else changes, so the app works the same on
every plan. A channel whose workspace refused once is not asked again for a while, so a free workspace
pays one failed call per DM channel per `RETRY_AFTER`, not one per answer.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

log = logging.getLogger(__name__)

LOOKING = "Looking that up…"
PROMPTS_TITLE = "Ask about HMICFRS inspections"
RETRY_AFTER = 600.0  # seconds before asking again in a channel where Slack refused the feature

_refused: dict[str, float] = {}  # channel -> monotonic time Slack last refused there
_refused_lock = threading.Lock()


def _available(channel: str) -> bool:
    with _refused_lock:
        since = _refused.get(channel)
        if since is not None and time.monotonic() - since >= RETRY_AFTER:
            del _refused[channel]
            since = None
    return since is None


def _refusal(channel: str, what: str, error: SlackApiError) -> None:
    with _refused_lock:
        _refused[channel] = time.monotonic()
    log.info(
        "Slack refused %s in %s (%s): the agent view is off or not on this plan",
        what,
        channel,
        error.response.get("error"),
    )


def forget_refusals() -> None:
    """Ask Slack again everywhere (tests start each from a clean slate)."""
    with _refused_lock:
        _refused.clear()


def set_suggested_prompts(
    client: WebClient, channel: str, prompts: Sequence[tuple[str, str]], title: str = PROMPTS_TITLE
) -> bool:
    """Offer up to four (title, message) prompts in the app's DM; True when Slack took them.

    No thread_ts: under `agent_view` a call that names a thread fails silently."""
    if not channel or not prompts or not _available(channel):
        return False
    try:
        client.assistant_threads_setSuggestedPrompts(
            channel_id=channel, title=title, prompts=[{"title": t, "message": m} for t, m in prompts[:4]]
        )
    except SlackApiError as e:
        _refusal(channel, "suggested prompts", e)
        return False
    return True


def set_status(client: WebClient, channel: str, thread_ts: str, status: str = LOOKING) -> bool:
    """Show `status` ("is looking that up…") under the thread; "" clears it. True when Slack took it."""
    if not channel or not thread_ts or not _available(channel):
        return False
    try:
        client.assistant_threads_setStatus(channel_id=channel, thread_ts=thread_ts, status=status)
    except SlackApiError as e:
        _refusal(channel, "a status", e)
        return False
    return True


def clear_status(client: WebClient, channel: str, thread_ts: str) -> bool:
    """Take the status away (a reply in the same thread does this too)."""
    return set_status(client, channel, thread_ts, "")


@contextmanager
def thinking(
    client: WebClient, channel: str, thread_ts: str, *, reply_in_thread: bool = False
) -> Iterator[bool]:
    """Show "Looking that up…" while the body answers; yields whether Slack is showing it.

    Slack clears the status when the app replies in that thread; otherwise (a reply outside the thread, or
    an exception on the way) it is cleared here, so it never lingers for Slack's two minutes."""
    shown = set_status(client, channel, thread_ts)
    failed = True
    try:
        yield shown
        failed = False
    finally:
        if shown and (failed or not reply_in_thread):
            clear_status(client, channel, thread_ts)
