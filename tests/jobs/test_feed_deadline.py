"""The feed poller's own deadline: a feed server dripping a byte a second is cut off, headers or body."""

from __future__ import annotations

import time

import pytest

from bot.jobs.feeds import FeedError, fetch_feed
from tests.jobs.test_fetch import Dripper

RSS = b"<?xml version='1.0'?><rss version='2.0'><channel><title>t</title></channel></rss>"


@pytest.mark.parametrize(
    "head", [b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n\r\n", b""], ids=["body", "headers"]
)
def test_a_feed_dripping_a_byte_a_second_is_stopped_by_the_deadline(head):
    dripper = Dripper(head)
    if head:  # the headers at once, then the body a byte a second
        dripper.first = head
        dripper.head = b""
    try:
        started = time.monotonic()
        with pytest.raises(FeedError, match="no answer within 2 s") as stopped:
            fetch_feed(dripper.url, timeout=2)
        assert stopped.value.status == "timeout"
        assert time.monotonic() - started < 3
    finally:
        dripper.close()


def test_a_feed_that_answers_in_time_is_read(file_server):
    url = file_server.serve("/feed/", RSS, headers={"Content-Type": "application/rss+xml"})
    got = fetch_feed(url, timeout=2)
    assert got.status == "ok" and got.content == RSS
