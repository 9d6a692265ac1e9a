"""Digests side by side: a bounded pool of workers, one channel each at a time (one message in flight per
channel, its posts paced), round robin across workspaces; a workspace that answers 429 waits in the queue for
its Retry-After, not in the pool, so the others carry on. Each worker opens its own database connection."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlite_utils
from slack_sdk import WebClient

from bot.jobs import leases
from bot.slack.digest_sender import SENDER_TTL, DeliveryStopped, DigestSender, SendReport, Throttled
from db import subscriptions as store
from db.connection import Store

log = logging.getLogger(__name__)

Progress = Callable[[int, int, int], None]  # (digests done, digests in this run, failures so far)
MAX_THROTTLES = 20  # 429s one channel may meet in a run before it waits for the next
LOG_EVERY = 100  # digests between progress lines in the log


def _path_of(db: sqlite_utils.Database) -> str:
    return str(db.execute("PRAGMA database_list").fetchone()[2])


@dataclass
class _Channel:
    """One channel's open digests, sent in order by one worker at a time."""

    team: str
    channel: str
    digests: list[int]
    throttles: int = 0


def _channels(db: sqlite_utils.Database) -> OrderedDict[str, deque[_Channel]]:
    """Open digests grouped by workspace, then channel (oldest first)."""
    by_team: OrderedDict[str, OrderedDict[str, _Channel]] = OrderedDict()
    for d in store.open_digests(db):
        team = by_team.setdefault(d["team_id"], OrderedDict())
        team.setdefault(d["channel_id"], _Channel(d["team_id"], d["channel_id"], [])).digests.append(d["id"])
    return OrderedDict((t, deque(chs.values())) for t, chs in by_team.items())


class _Dispatcher:
    """Hands channels to a bounded pool, round robin across workspaces, holding back throttled ones."""

    def __init__(self, db: sqlite_utils.Database, client: WebClient, holder: str, options: dict[str, Any]):
        self.db, self.client, self.holder, self.options = db, client, holder, options
        self.clock: Callable[[], datetime] = options["clock"]
        self.workers: int = max(1, int(options.get("workers") or 1))
        self.progress: Progress | None = options.get("progress")
        self.path = _path_of(db)
        self.report = SendReport()
        self.held_until: dict[str, float] = {}  # workspace -> monotonic time it may be sent to again
        self.stopped: set[str] = set()

    def run(self) -> SendReport:
        queue = _channels(self.db)
        total = sum(len(c.digests) for chs in queue.values() for c in chs)
        done = 0
        renewed = time.monotonic()
        running: dict[Future[tuple[SendReport, Exception | None]], _Channel] = {}
        with ThreadPoolExecutor(self.workers, thread_name_prefix="digest") as pool:
            while queue or running:
                now = time.monotonic()
                for team in list(queue):
                    if len(running) >= self.workers:
                        break
                    if self.held_until.get(team, 0) > now:
                        continue  # throttled: its channels wait here, not in the pool
                    job = queue[team].popleft()
                    if queue[team]:
                        queue.move_to_end(team)  # round robin: one channel per workspace in turn
                    else:
                        del queue[team]
                    running[pool.submit(self._send_channel, job)] = job
                if not running:  # everything left is held back: wait for the first workspace to come free
                    self.options["sleep"](max(0.0, min(self.held_until.values(), default=now) - now))
                    if (
                        self.options["sleep"] is not time.sleep
                    ):  # an injected sleep stands for the wait itself
                        self.held_until = {t: min(u, time.monotonic()) for t, u in self.held_until.items()}
                    continue
                finished, _ = wait(running, timeout=self._next_free(now), return_when=FIRST_COMPLETED)
                for future in finished:
                    job = running.pop(future)
                    part, problem = future.result()
                    self.report.add(part)
                    done += self._after(job, part, problem, queue)
                    if self.progress:
                        self.progress(done, total, len(self.report.failed))
                    if done and done % LOG_EVERY == 0:
                        log.info(
                            "Digests: %d of %d sent, %d failures so far", done, total, len(self.report.failed)
                        )
                if time.monotonic() - renewed > SENDER_TTL.total_seconds() / 3:
                    leases.acquire(self.db, leases.DIGEST_SENDER, self.holder, self.clock(), SENDER_TTL)
                    renewed = time.monotonic()
        return self.report

    def _next_free(self, now: float) -> float | None:
        later = [u - now for u in self.held_until.values() if u > now]
        return min(later) if later else None

    def _after(self, job: _Channel, part: SendReport, problem: Exception | None, queue: OrderedDict) -> int:
        """Book a finished channel; requeue it if its workspace was throttled. How many digests are done."""
        if isinstance(problem, Throttled):
            job.throttles += 1
            self.report.throttled[job.team] = self.report.throttled.get(job.team, 0) + 1
            self.held_until[job.team] = max(
                self.held_until.get(job.team, 0), time.monotonic() + problem.retry_after
            )
            now = self.clock()  # recorded where `stats` can show it
            store.record_throttle(
                self.db, job.team, store.iso(now + timedelta(seconds=problem.retry_after)), now
            )
            log.warning("Workspace %s rate limited: holding its digests %gs", job.team, problem.retry_after)
            remaining = [d for d in job.digests if not self._finished(d)]
            done = len(job.digests) - len(remaining)
            if remaining and job.throttles <= MAX_THROTTLES and job.team not in self.stopped:
                job.digests = remaining
                queue.setdefault(job.team, deque()).appendleft(job)
                return done
            self.report.failed.append(f"{job.channel}: rate limited")
            return len(job.digests)
        if isinstance(problem, DeliveryStopped):
            log.error("Stopping digests for %s: the bot token was refused (%s)", job.team, problem)
            self.report.failed.append(str(problem))
            self.stopped.add(job.team)
            dropped = queue.pop(job.team, deque())
            if self.options.get("token_for") is None:  # one token for every channel: nothing else can go
                dropped += [c for chs in queue.values() for c in chs]
                queue.clear()
            return len(job.digests) + sum(len(c.digests) for c in dropped)
        return len(job.digests)

    def _finished(self, digest_id: int) -> bool:
        d = store.digest(self.db, digest_id)
        return d is None or bool(d["sent_at"] or d["abandoned_at"])

    def _send_channel(self, job: _Channel) -> tuple[SendReport, Exception | None]:
        """One channel's digests, in order, on a connection of its own (a worker thread's, opened and closed
        here: sqlite3 connections belong to their thread)."""
        with Store(self.path).connect() as db:
            sender = DigestSender(
                db,
                self.client,
                clock=self.clock,
                pace=self.options["pace"],
                sleep=self.options["sleep"],
                retries=self.options["retries"],
                backoff=self.options["backoff"],
                token_for=self.options.get("token_for"),
            )
            try:
                for digest_id in job.digests:
                    sender.send(digest_id)
            except (Throttled, DeliveryStopped) as e:
                return sender.report, e
            return sender.report, None
