"""Links in messages: a URL can't end the link early, become a mention, or lose its query string."""

from __future__ import annotations

import re

import pytest

from bot.slack.blocks.common import link


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("https://example.org/r?a=1&b=2", "<https://example.org/r?a=1&amp;b=2|Report>"),
        ("https://example.org/<!channel>", "<https://example.org/%3C!channel%3E|Report>"),
        ("https://example.org/x|<@U0ADMIN>", "<https://example.org/x%7C%3C@U0ADMIN%3E|Report>"),
    ],
)
def test_a_url_is_written_so_slack_reads_it_whole(url, shown):
    assert link(url, "Report") == shown


def test_nothing_in_a_link_can_open_another_link_or_mention():
    out = link("https://example.org/a&b<c>d|e", "Kent <@U1> & Co")
    inner = out[1:-1]
    assert "<" not in inner and ">" not in inner and inner.count("|") == 1
    assert not re.search(r"&(?!amp;|lt;|gt;)", inner)
