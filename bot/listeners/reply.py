"""Answer a slash command in its acknowledgement.

An answer from the store takes about a millisecond, far inside Slack's 3-second deadline, so it goes back
as the ack's body: one HTTP exchange instead of an ack plus a POST to response_url. The benchmark (README,
"Benchmarks") measured the POST at a third of the server's CPU under load. Slow work (loads, polls,
digests) still acks first and answers with respond().
"""

from __future__ import annotations

from collections.abc import Callable

from slack_bolt import Ack

from bot.blocks.common import Message


def ack_with_answer(ack: Ack, build: Callable[[], Message]) -> None:
    """Build the answer and send it privately as the ack; on failure, ack empty and let the error handler reply."""
    try:
        msg = build()
    except Exception:
        ack()
        raise
    ack(response_type="ephemeral", **msg)
