"""One channel's digests, exactly once: claim, post with metadata, confirm; a part left claimed (a crash, a
timeout, a 5xx) is looked for in the channel by its metadata before it is posted again; a 429 means nothing
was posted, so the claim is let go and the workspace is held back by the pool (bot.slack.digest_pool)."""

from __future__ import annotations

import logging
import time
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlite_utils
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.jobs.digests import EVENT_TYPE, digest_items, metadata
from bot.slack.blocks.common import Message
from bot.slack.blocks.digest import render_digest
from db import subscriptions as store

log = logging.getLogger(__name__)


# The bot can no longer post in the channel: pause its subscriptions rather than retry for ever.
CHANNEL_GONE = {"not_in_channel", "channel_not_found", "is_archived", "channel_is_archived"}
# Slack's errors that say "try again later"; any other error is Slack refusing this message outright.
TRANSIENT = {"ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"}
# A message Slack keeps refusing (e.g. invalid_blocks) is given up after this many attempts over all runs:
# the channel's subscriptions are paused with the reason, for admins to see in `stats`.
MAX_ATTEMPTS = 10
OUTBOX_KEEP = timedelta(days=30)  # sent outbox rows are kept at least this long
# The token itself is bad: every channel would fail the same way, so stop the run.
TOKEN_BAD = {
    "invalid_auth",
    "not_authed",
    "account_inactive",
    "token_revoked",
    "token_expired",
    "no_permission",
}
SENDER_TTL = timedelta(minutes=15)
HISTORY_MARGIN = timedelta(minutes=10)


class Pacer:
    """Keeps posts to one channel about `interval` seconds apart (Slack: about one message a second)."""

    def __init__(
        self,
        interval: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ):
        self.interval, self.clock, self.sleep = interval, clock, sleep
        self.last: dict[str, float] = {}

    def wait(self, channel: str) -> None:
        if channel in self.last:
            delay = self.last[channel] + self.interval - self.clock()
            if delay > 0:
                self.sleep(delay)
        self.last[channel] = self.clock()


class DeliveryStopped(Exception):
    """The token is unusable; nothing more can be sent this run."""


class Throttled(Exception):
    """The workspace answered 429: nothing was posted; try its channels again after `retry_after` seconds."""

    def __init__(self, retry_after: float):
        super().__init__(f"rate limited for {retry_after:g} s")
        self.retry_after = retry_after


@dataclass
class SendReport:
    """What one run of the sender did."""

    digests_sent: int = 0
    messages_posted: int = 0
    recovered: int = 0  # uncertain parts found already in Slack, so not posted again
    paused_channels: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    skipped: str = ""  # why nothing was sent (another sender holds the lease)
    throttled: dict[str, int] = field(default_factory=dict)  # workspace -> 429s answered this run

    def add(self, other: SendReport) -> None:
        """Fold one channel's report into the run's."""
        self.digests_sent += other.digests_sent
        self.messages_posted += other.messages_posted
        self.recovered += other.recovered
        self.paused_channels += other.paused_channels
        self.failed += other.failed

    def summary(self) -> str:
        if self.skipped:
            return f"Nothing sent: {self.skipped}."
        parts = [f"{self.digests_sent} digests sent", f"{self.messages_posted} messages posted"]
        if self.recovered:
            parts.append(f"{self.recovered} earlier sends confirmed from channel history")
        if self.paused_channels:
            parts.append(f"paused {', '.join(self.paused_channels)} (bot removed)")
        if self.failed:
            parts.append(f"{len(self.failed)} to retry next run")
        return ", ".join(parts) + "."


def _retry_after(e: SlackApiError) -> float:
    headers = e.response.headers or {}
    value = headers.get("Retry-After") or headers.get("retry-after") or ["1"]
    value = value[0] if isinstance(value, list) else value
    try:
        return max(float(value), 0.0)
    except ValueError:
        return 1.0


def _epoch(iso_text: str | None) -> float:
    if not iso_text:
        return 0.0
    return datetime.fromisoformat(iso_text).timestamp()


def find_posted(client: WebClient, digest_row: dict, part: int, **auth: str) -> str | None:
    """The ts of this digest part if Slack already has it (found by message metadata), else None."""
    channel = digest_row["channel_id"]
    oldest = max(
        _epoch(digest_row["claimed_at"] or digest_row["created_at"]) - HISTORY_MARGIN.total_seconds(), 0
    )
    cursor = None
    for _ in range(10):
        kwargs = {"channel": channel, "limit": 200, "include_all_metadata": True, "cursor": cursor, **auth}
        if part == 0:
            resp = client.conversations_history(oldest=f"{oldest:.6f}", **kwargs)
        else:
            resp = client.conversations_replies(ts=digest_row["ts"], **kwargs)
        for m in resp.get("messages") or []:
            meta = m.get("metadata") or {}
            payload = meta.get("event_payload") or {}
            if (
                meta.get("event_type") == EVENT_TYPE
                and payload.get("digest_id") == digest_row["id"]
                and payload.get("part", 0) == part
            ):
                return str(m["ts"])
        cursor = (resp.get("response_metadata") or {}).get("next_cursor")
        if not cursor:
            return None
    return None


class DigestSender:
    """Posts one channel's open digests on its own connection; clock, pacing and back-off are injectable."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        client: WebClient,
        *,
        clock: Callable[[], datetime],
        pace: float = 1.0,
        sleep: Callable[[float], None] = time.sleep,
        retries: int = 2,
        backoff: float = 2.0,
        token_for: Callable[[str], str | None] | None = None,
    ):
        self.db, self.client, self.clock, self.sleep = db, client, clock, sleep
        self.token_for = token_for
        self.pacer = Pacer(pace, sleep=sleep)
        self.retries, self.backoff = retries, backoff
        self.report = SendReport()

    def send(self, digest_id: int) -> None:
        d = store.digest(self.db, digest_id)
        if d is None or d["sent_at"] or d["abandoned_at"]:
            return
        messages = render_digest(digest_items(self.db, digest_id))
        pairs = store.digest_pairs(self.db, digest_id)
        if not pairs:
            store.finish_digest(self.db, digest_id, self.clock(), "nothing left to send (unsubscribed)")
            return
        for part in range(d["parts_sent"], d["parts"]):
            d = store.digest(self.db, digest_id)
            assert d is not None
            if part >= len(messages):
                store.finish_digest(self.db, digest_id, self.clock(), "fewer reports than planned")
                break
            outcome = self._deliver(d, part, messages[part], pairs)
            if outcome == "gone":
                return
            if outcome == "failed":
                self.report.failed.append(f"{d['channel_id']} digest {digest_id} part {part}")
                return
        self.report.digests_sent += 1

    def _auth(self, d: dict) -> dict[str, Any]:
        """The workspace's own token in multi-workspace mode; the client's token otherwise."""
        if self.token_for is None:
            return {}
        token = self.token_for(d["team_id"])
        if not token:
            raise DeliveryStopped(f"no installation for workspace {d['team_id']}")
        return {"token": token}

    def _deliver(self, d: dict, part: int, msg: Message, pairs: list[tuple[int, int]]) -> str:
        """Post one part exactly once: 'ok', 'gone' (channel lost; subscriptions paused) or 'failed'."""
        auth = self._auth(d)
        if d["claimed_part"] == part and (settled := self._settle_uncertain(d, part)):
            return settled
        for attempt in range(self.retries + 1):
            if attempt:
                self.sleep(self.backoff * 2 ** (attempt - 1))
                if settled := self._settle_uncertain(d, part):
                    return settled
            store.claim_part(self.db, d["id"], part, self.clock())
            d = store.digest(self.db, d["id"]) or d
            self.pacer.wait(d["channel_id"])
            try:
                resp = self.client.chat_postMessage(
                    channel=d["channel_id"],
                    text=msg["text"],
                    blocks=msg["blocks"],
                    thread_ts=d["ts"] if part else None,
                    metadata=metadata(d["id"], part, d["parts"], pairs),
                    unfurl_links=False,
                    unfurl_media=False,
                    **auth,
                )
            except SlackApiError as e:
                code = str(e.response.get("error") or f"http_{e.response.status_code}")
                if code in CHANNEL_GONE:
                    self._channel_gone(d, part, code)
                    return "gone"
                if code in TOKEN_BAD:
                    raise DeliveryStopped(code) from None
                if e.response.status_code == 429 or code == "ratelimited":
                    store.unclaim_part(self.db, d["id"], part)  # Slack refused it: nothing was posted
                    raise Throttled(_retry_after(e)) from None
                store.record_digest_error(self.db, d["id"], code)
                log.warning("Digest %s part %s to %s failed (%s)", d["id"], part, d["channel_id"], code)
                if code not in TRANSIENT and not code.startswith("http_") and d["attempts"] >= MAX_ATTEMPTS:
                    self._channel_gone(d, part, f"delivery failing: {code}")
                    return "gone"
                continue
            except (urllib.error.URLError, TimeoutError, OSError) as e:
                store.record_digest_error(self.db, d["id"], e.__class__.__name__)
                log.warning(
                    "Digest %s part %s to %s: %s", d["id"], part, d["channel_id"], e.__class__.__name__
                )
                continue
            store.confirm_part(self.db, d["id"], part, str(resp["ts"]), self.clock())
            self.report.messages_posted += 1
            return "ok"
        return "failed"

    def _settle_uncertain(self, d: dict, part: int) -> str | None:
        """After a send that may have reached Slack: 'ok' if it did (confirmed), 'failed' if we cannot tell,
        'gone' if the channel is lost, None if it did not arrive and may be posted."""
        found = self._look(d, part)
        if found in ("unknown", "gone"):
            return "failed" if found == "unknown" else "gone"
        if found:
            store.confirm_part(self.db, d["id"], part, found, self.clock())
            self.report.recovered += 1
            return "ok"
        return None

    def _look(self, d: dict, part: int) -> str | None:
        """The ts if an earlier attempt reached Slack; None if not; 'unknown' if we cannot tell; 'gone'."""
        try:
            return find_posted(self.client, d, part, **self._auth(d))
        except SlackApiError as e:
            code = str(e.response.get("error") or "")
            if code in CHANNEL_GONE:
                self._channel_gone(d, part, code)
                return "gone"
            log.warning("Cannot check channel %s for digest %s: %s", d["channel_id"], d["id"], code)
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            log.warning(
                "Cannot check channel %s for digest %s: %s", d["channel_id"], d["id"], e.__class__.__name__
            )
        return "unknown"

    def _channel_gone(self, d: dict, part: int, code: str) -> None:
        now = self.clock()
        with store.immediate(self.db):
            store.pause_channel(self.db, d["team_id"], d["channel_id"], code, now)
            if part == 0 and d["parts_sent"] == 0:
                store.abandon_digest(self.db, d["id"], code, now)
            else:
                store.finish_digest(self.db, d["id"], now, f"thread not finished: {code}")
        log.warning("Paused subscriptions of %s: %s", d["channel_id"], code)
        self.report.paused_channels.append(d["channel_id"])
