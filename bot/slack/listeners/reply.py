"""Answer a slash command in its acknowledgement.

An answer from the store takes about a millisecond, far inside Slack's 3-second deadline, so it goes back
as the ack's body: one HTTP exchange instead of an ack plus a POST to response_url. The benchmark (README,
"Benchmarks") measured the POST at a third of the server's CPU under load. Slow work (loads, polls,
digests) still acks first and answers with respond().
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from slack_bolt import Ack

from bot.slack.blocks.common import Message

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong answering that. It has been logged; please try again in a minute."


def ack_with_answer(ack: Ack, build: Callable[[], Message]) -> None:
    """Build the answer and send it privately as the ack; if building fails, log it and ack an apology.

    The failure is handled here rather than re-raised to the global error handler: when a listener raises
    after acking, Bolt discards that ack and Slack would see no acknowledgement at all.
    """
    try:
        msg = build()
    except Exception:
        log.exception("Could not answer a command")
        ack(response_type="ephemeral", text=SORRY)
        return
    ack(response_type="ephemeral", **msg)
