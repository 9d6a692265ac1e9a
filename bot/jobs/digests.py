"""What each subscribed channel is owed: planning the outbox and gathering it into digests.

1. `plan_digests(db, now)` adds an outbox row for every due subscription × matching change the store logged
   after the subscription's cursor (one set-based INSERT; the outbox's primary key stops doubles), and moves
   the cursor to the log's head.
2. `bot.slack.delivery.send_digests(db, client, now)` gathers each channel's pending rows into one digest and posts it. Before
   posting a part it is *claimed*; after Slack answers it is *confirmed* with the message ts. A part found
   claimed but not confirmed (a crash, a timeout) is looked for in the channel's history by its message
   metadata before it is posted again.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import time as dtime
from zoneinfo import ZoneInfo

import sqlite_utils

from bot.config import WEEKDAYS, Settings
from bot.jobs.changes import items_for_changes
from bot.slack.blocks.common import Message
from bot.slack.blocks.digest import DigestItem, digest_parts, render_digest
from db import subscriptions as store

log = logging.getLogger(__name__)

EVENT_TYPE = "inspections_digest"
MAX_PAIRS_IN_METADATA = 500


@dataclass(frozen=True)
class DigestSchedule:
    """When daily and weekly digests fall due: DIGEST_TIME, DIGEST_WEEKDAY, TIMEZONE."""

    time: str = "09:00"
    weekday: str = "mon"
    timezone: str = "Europe/London"

    @classmethod
    def from_settings(cls, settings: Settings) -> DigestSchedule:
        return cls(settings.digest_time, settings.digest_weekday, settings.timezone)

    def slots(self, now: datetime) -> tuple[datetime, datetime]:
        """The latest daily and weekly digest times at or before `now` (local wall-clock, DST-aware)."""
        zone = ZoneInfo(self.timezone)
        hour, minute = (int(p) for p in self.time.split(":"))
        local = _aware(now).astimezone(zone)

        def at(day) -> datetime:
            return datetime.combine(day, dtime(hour, minute), tzinfo=zone)

        daily = at(local.date())
        if daily > local:
            daily = at(local.date() - timedelta(days=1))
        back = (local.weekday() - WEEKDAYS.index(self.weekday)) % 7
        weekly = at(local.date() - timedelta(days=back))
        if weekly > local:
            weekly = at(local.date() - timedelta(days=back + 7))
        return daily, weekly

    def describe(self) -> dict[str, str]:
        """Words for each cadence, e.g. {'weekly': 'Mondays at 09:00 Europe/London'}."""
        day = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday", "fri": "Friday"}
        day |= {"sat": "Saturday", "sun": "Sunday"}
        return {
            "daily": f"every day at {self.time} {self.timezone}",
            "weekly": f"{day[self.weekday]}s at {self.time} {self.timezone}",
            "instant": "",
        }


def _aware(when: datetime) -> datetime:
    from datetime import UTC

    return when if when.tzinfo else when.replace(tzinfo=UTC)


def plan_digests(db: sqlite_utils.Database, now: datetime, schedule: DigestSchedule | None = None) -> int:
    """Add outbox rows for every due subscription × matching change after its cursor; return rows added."""
    daily, weekly = (schedule or DigestSchedule()).slots(now)
    return store.plan_outbox(
        db, now=store.iso(now), daily_slot=store.iso(daily), weekly_slot=store.iso(weekly)
    )


# ---------------------------------------------------------------- what a digest says


def digest_items(db: sqlite_utils.Database, digest_id: int) -> list[DigestItem]:
    """What one digest says, as plain data: its changes grouped by body, grades where the store has them."""
    return items_for_changes(db, store.digest_changes(db, digest_id))


def create_digests(db: sqlite_utils.Database, now: datetime) -> list[int]:
    """Gather each channel's pending outbox rows into one digest (one message, maybe with a thread)."""
    created = []
    with store.immediate(db):
        for ch in store.channels_with_pending(db):
            digest_id = store.create_digest(db, ch["team_id"], ch["channel_id"], 1, now)
            store.set_digest_parts(db, digest_id, digest_parts(len(digest_items(db, digest_id))))
            created.append(digest_id)
    return created


def metadata(digest_id: int, part: int, parts: int, pairs: list[tuple[int, int]]) -> dict:
    payload: dict = {"digest_id": digest_id, "part": part, "parts": parts}
    if part == 0:
        payload["pairs"] = [list(p) for p in pairs[:MAX_PAIRS_IN_METADATA]]
    return {"event_type": EVENT_TYPE, "event_payload": payload}


def preview_digests(
    db: sqlite_utils.Database, now: datetime, schedule: DigestSchedule | None = None
) -> list[tuple[str, Message]]:
    """What `digest` would post now, per channel, changing nothing (everything is rolled back)."""
    shown: list[tuple[str, Message]] = []

    class _Rollback(Exception):
        pass

    try:
        with db.atomic():
            plan_digests(db, now, schedule)
            for d in store.open_digests(db) + [store.digest(db, i) for i in create_digests(db, now)]:
                if d is None:
                    continue
                for n, msg in enumerate(render_digest(digest_items(db, d["id"]))):
                    shown.append((d["channel_id"] + (" (thread)" if n else ""), msg))
            raise _Rollback
    except _Rollback:
        pass
    return shown
