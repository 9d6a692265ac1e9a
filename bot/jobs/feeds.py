"""Fetch and parse publication feeds (RSS or Atom) into report records; poll them into the store.

HMICFRS documents no feed, and has answered automated fetchers with 403, so every failure is expected:
it is logged, counted in the `feeds` table, backed off, and retried on a later poll. Nothing here writes
grades: a PEEL report found in a feed is stored under the graded-report key, so a later data load fills
its grades in on the same report.
"""

from __future__ import annotations

import http.client
import logging
import re
import socket
import ssl
import urllib.error
import urllib.request
import xml.sax
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import feedparser
import sqlite_utils

from bot.jobs.http_get import Deadline
from bot.questions.answers import directory
from bot.questions.names import Body, Directory
from db import subscriptions as store
from db.load import report_key

log = logging.getLogger(__name__)

USER_AGENT = (
    "inspections-bot/0.1 (Slack app alerting channels to new HMICFRS reports; "
    "polls at most hourly; +https://github.com/inspections-bot)"
)
TIMEOUT_SECONDS = 15
MAX_FEED_BYTES = 5_000_000
MAX_BACKOFF = timedelta(hours=24)

_PEEL_TITLE = re.compile(
    r"^\s*PEEL\s+(?P<start>\d{4})\s*[–—-]\s*(?P<end>\d{2}|\d{4})\s*:\s*an?\s+inspection\s+of\s+(?P<name>.+?)\s*$",
    re.IGNORECASE,
)


class FeedError(Exception):
    """A feed could not be fetched or read; `status` is a short code for the feeds table."""

    def __init__(self, status: str, message: str):
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Fetched:
    """A feed response: 'ok' with content, or 'not_modified'; the validators for the next request."""

    status: str
    content: bytes = b""
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed, as plain text."""

    title: str
    link: str
    published: str  # YYYY-MM-DD or ''


@dataclass
class FeedOutcome:
    """What one feed gave on one poll."""

    url: str
    status: str
    items: int = 0
    new: list[dict[str, Any]] = field(default_factory=list)
    error: str = ""
    skipped: bool = False


Fetch = Callable[..., Fetched]


def _watched(base: type[http.client.HTTPConnection], deadline: Deadline) -> type[http.client.HTTPConnection]:
    """A connection class whose socket the deadline shuts when it passes (TLS handshake included)."""

    class Watched(base):  # type: ignore[valid-type,misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)

            def connect(*a: Any, **k: Any) -> socket.socket:
                sock = socket.create_connection(*a, **k)
                deadline.watch(sock)
                return sock

            self._create_connection = connect

    return Watched


class _DeadlineHTTP(urllib.request.HTTPHandler):
    def __init__(self, deadline: Deadline):
        super().__init__()
        self.deadline = deadline

    def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_watched(http.client.HTTPConnection, self.deadline), req)


class _DeadlineHTTPS(urllib.request.HTTPSHandler):
    def __init__(self, deadline: Deadline):
        super().__init__(context=ssl.create_default_context())
        self.deadline = deadline

    def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
        return self.do_open(_watched(http.client.HTTPSConnection, self.deadline), req, context=self._context)  # type: ignore[attr-defined]


def fetch_feed(
    url: str, *, etag: str | None = None, last_modified: str | None = None, timeout: float = TIMEOUT_SECONDS
) -> Fetched:
    """GET a feed conditionally (If-None-Match / If-Modified-Since) with a real User-Agent, within one
    deadline for the whole exchange (a server sending a byte a second is cut off when it passes)."""
    headers = {
        "User-Agent": USER_AGENT,
        "Accept": "application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5",
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    late = FeedError("timeout", f"no answer within {timeout:g} s")
    with Deadline(timeout) as deadline:
        opener = urllib.request.build_opener(_DeadlineHTTP(deadline), _DeadlineHTTPS(deadline))
        try:
            with opener.open(request, timeout=timeout) as response:
                chunks: list[bytes] = []
                size = 0
                while chunk := response.read1(64 * 1024):
                    chunks.append(chunk)
                    size += len(chunk)
                    if size > MAX_FEED_BYTES:
                        raise FeedError("too_large", f"feed is larger than {MAX_FEED_BYTES} bytes")
                if deadline.expired:  # a socket shut by the deadline reads as the end of the feed
                    raise late
                content = b"".join(chunks)
                return Fetched(
                    "ok", content, response.headers.get("ETag"), response.headers.get("Last-Modified")
                )
        except urllib.error.HTTPError as e:
            if e.code == 304:
                return Fetched(
                    "not_modified", b"", e.headers.get("ETag") or etag, e.headers.get("Last-Modified")
                )
            raise FeedError(f"http_{e.code}", f"HTTP {e.code} {e.reason}") from None
        except FeedError:
            raise
        except (TimeoutError, urllib.error.URLError, OSError, http.client.HTTPException) as e:
            if (
                deadline.expired
                or isinstance(e, TimeoutError)
                or isinstance(getattr(e, "reason", None), TimeoutError)
            ):
                raise late from None
            if isinstance(e, urllib.error.URLError):
                raise FeedError("unreachable", f"cannot connect ({e.reason})") from None
            raise FeedError("unreachable", f"connection failed ({e.__class__.__name__})") from None


def _date(entry: Any) -> str:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return ""


def parse_feed(content: bytes) -> list[FeedItem]:
    """RSS or Atom -> items; raise FeedError for XML that is not a feed, or a feed with no items."""
    parsed = feedparser.parse(content)
    reason = parsed.get("bozo_exception")
    # Broken XML: feedparser's lenient parser would still guess items from it, but a guessed title or link
    # is not something to tell a channel about. Softer complaints (a wrong charset label) are accepted.
    if parsed.bozo and (isinstance(reason, xml.sax.SAXException) or not parsed.entries):
        raise FeedError(
            "malformed", f"not well-formed XML ({reason.__class__.__name__ if reason else 'unknown'})"
        )
    if not parsed.get("version") and not parsed.entries:
        raise FeedError("malformed", "not an RSS or Atom feed")
    items = []
    for entry in parsed.entries:
        title = " ".join((entry.get("title") or "").split())[:300]
        link = (entry.get("link") or "").strip()
        if not title or not link.startswith(("https://", "http://")):
            continue
        items.append(FeedItem(title, link, _date(entry)))
    if not items:
        raise FeedError("empty", "the feed has no items")
    return items


def _round(start: str, end: str) -> str:
    return f"{start}-{end[-2:]}"


def classify(item: FeedItem, bodies: Directory) -> dict[str, Any]:
    """A report record for a feed item: PEEL force report, fire and rescue report, or other publication."""
    record: dict[str, Any] = {
        "report_key": item.link,
        "title": item.title,
        "published": item.published,
        "report_url": item.link,
        "body_id": None,
        "framework": None,
        "round": None,
        "kind": "publication",
    }
    peel = _PEEL_TITLE.match(item.title)
    if peel:
        record["kind"] = "peel"
        body = _one_body(bodies, peel["name"], "police")
        if body is not None:
            round_ = _round(peel["start"], peel["end"])
            record.update(
                body_id=body.id,
                framework="peel",
                round=round_,
                report_key=report_key("peel", round_, body.id),
            )
        return record
    lowered = item.title.lower()
    mentioned = bodies.find_all(item.title)
    if (
        "fire and rescue" in lowered
        or "/frs-assessment" in item.link
        or any(b.kind == "fire" for b in mentioned)
    ):
        record["kind"] = "fire"
        fire = [b for b in mentioned if b.kind == "fire"]
        record["body_id"] = fire[0].id if len(fire) == 1 else None
        return record
    if len(mentioned) == 1:
        record["body_id"] = mentioned[0].id
    return record


def _one_body(bodies: Directory, name: str, kind: str) -> Body | None:
    found = bodies.resolve(name).body
    if found is not None and found.kind == kind:
        return found
    matches = [b for b in bodies.find_all(name) if b.kind == kind]
    return matches[0] if len(matches) == 1 else None


def backoff(failures: int, poll_minutes: int) -> timedelta:
    """How long to leave a failing feed: the poll interval, doubling per consecutive failure, at most a day."""
    return min(timedelta(minutes=poll_minutes) * (2 ** max(failures - 1, 0)), MAX_BACKOFF)


def poll_feed(
    db: sqlite_utils.Database,
    url: str,
    now: datetime,
    *,
    fetch: Fetch = fetch_feed,
    poll_minutes: int = 60,
    force: bool = False,
) -> FeedOutcome:
    """Poll one feed: fetch conditionally, store new items as reports, record the outcome."""
    state = store.feed_state(db, url) or {}
    if not force and state.get("next_poll_at") and state["next_poll_at"] > store.iso(now):
        return FeedOutcome(url, "backing_off", skipped=True)
    try:
        got = fetch(url, etag=state.get("etag"), last_modified=state.get("last_modified"))
        if got.status == "not_modified":
            store.record_feed_success(
                db,
                url,
                now=now,
                status="not_modified",
                etag=got.etag,
                last_modified=got.last_modified,
                items_seen=None,
                added=0,
            )
            return FeedOutcome(url, "not_modified")
        items = parse_feed(got.content)
    except FeedError as e:
        failures = int(state.get("failures") or 0) + 1
        store.record_feed_failure(
            db,
            url,
            now=now,
            status=e.status,
            error=str(e),
            next_poll_at=now + backoff(failures, poll_minutes),
        )
        log.warning("Feed %s failed (%s: %s); failure %d in a row, backing off", url, e.status, e, failures)
        return FeedOutcome(url, e.status, error=str(e))
    bodies = directory(db)
    new = []
    with db.atomic():
        for item in items:
            record = classify(item, bodies)
            if record["kind"] == "publication" or record["framework"] is None:
                known = store.report_key_for_link(db, item.link)
                if known:
                    record["report_key"] = known
            report_id = store.add_feed_report(db, record, now)
            if report_id is not None:
                new.append({**record, "id": report_id})
        store.record_feed_success(
            db,
            url,
            now=now,
            status="ok",
            etag=got.etag,
            last_modified=got.last_modified,
            items_seen=len(items),
            added=len(new),
        )
    if new:
        log.info("Feed %s: %d new of %d items", url, len(new), len(items))
    return FeedOutcome(url, "ok", items=len(items), new=new)


def poll_feeds(
    db: sqlite_utils.Database,
    urls: Sequence[str],
    now: datetime,
    *,
    fetch: Fetch = fetch_feed,
    poll_minutes: int = 60,
    force: bool = False,
) -> list[FeedOutcome]:
    """Poll every feed; one failing never stops the others."""
    outcomes = []
    for url in urls:
        try:
            outcomes.append(poll_feed(db, url, now, fetch=fetch, poll_minutes=poll_minutes, force=force))
        except Exception as e:  # noqa: BLE001 - a bug on one feed must not stop the rest; logged in full
            log.exception("Unexpected error polling %s", url)
            store.record_feed_failure(
                db,
                url,
                now=now,
                status="error",
                error=e.__class__.__name__,
                next_poll_at=now + timedelta(minutes=poll_minutes),
            )
            outcomes.append(FeedOutcome(url, "error", error=e.__class__.__name__))
    return outcomes


def now_utc() -> datetime:
    """The current time (jobs call this once and pass it down)."""
    return datetime.now(UTC)
