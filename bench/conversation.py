"""(10) Follow-ups: a question in a thread that has a conversation, answered the way `serve` answers a
mention (record the event, read the thread's last question, merge, remember, answer from the whole-answer
cache, post), against a first question in a new thread through the same handler."""

from __future__ import annotations

import itertools
import tempfile
import time
from pathlib import Path

from bench.common import Row, Spread, interleave, ratios, seeded_db

FIRST = (
    "grade norfolk",
    "which forces are inadequate at responding to the public",
    "compare norfolk and suffolk",
)
FOLLOW = ("what about investigating crime?", "and in wales?", "on responding to the public")


class _Client:
    def chat_postMessage(self, **kwargs: object) -> dict:  # noqa: N802 - slack-sdk's name
        return {"ok": True}


def run(quick: bool) -> list[Row]:
    from slack_bolt import BoltContext

    from bot.slack.listeners.events import _answer
    from db.connection import Store

    runs, per_run = (5, 60) if quick else (11, 300)
    counter = itertools.count()
    with tempfile.TemporaryDirectory(prefix="bench-conv-") as tmp:
        store = Store(seeded_db(Path(tmp)))
        context = BoltContext({"store": store})
        client = _Client()

        def mention(text: str, thread: str | None) -> tuple[dict, dict]:
            n = next(counter)
            event = {"type": "app_mention", "user": "U1", "text": f"<@U0BOT> {text}", "ts": f"1.{n:06d}",
                     "channel": "C0BENCH"}  # fmt: skip
            if thread:
                event["thread_ts"] = thread
            return event, {"team_id": "T0", "event_id": f"Ev{n}"}

        def first_questions() -> float:
            t0 = time.perf_counter()
            for i in range(per_run):
                event, body = mention(FIRST[i % 3], None)
                _answer(event, body, client, context, in_thread=True)
            return (time.perf_counter() - t0) / per_run

        roots = []
        for text in FIRST:  # three conversations, each begun once
            event, body = mention(text, None)
            _answer(event, body, client, context, in_thread=True)
            roots.append(event["ts"])

        def follow_ups() -> float:
            t0 = time.perf_counter()
            for i in range(per_run):
                event, body = mention(FOLLOW[i % 3], roots[i % 3])
                _answer(event, body, client, context, in_thread=True)
            return (time.perf_counter() - t0) / per_run

        first_questions(), follow_ups()  # warm the answer cache and the snapshot
        ours, base = interleave(runs, follow_ups, first_questions)
    ratio = Spread.of(ratios(ours, base))
    return [
        Row(
            "10 conversation",
            "a follow-up in a thread (record, read the conversation, merge, remember, answer, post)",
            Spread.of([x * 1000 for x in ours]),
            Spread.of([x * 1000 for x in base]),
            ratio,
            unit="ms",
            baseline_name="a first question through the same handler",
            target="≤ 1.2×",
            met=ratio.median <= 1.2,
        )
    ]
