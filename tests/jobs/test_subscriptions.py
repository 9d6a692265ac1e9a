"""/inspections subscribe | unsubscribe | subscriptions over signed HTTP, and the whole loop to a digest."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from bot.jobs.digests import EVENT_TYPE, plan_digests
from bot.jobs.feeds import poll_feed
from bot.slack.delivery import delivery_client, send_digests
from db import subscriptions as store
from tests.conftest import assert_valid_blocks, sign, slash_body
from tests.fakes.feed_server import FeedServer

CHANNEL = "C0NEWS"  # slash_body's channel


def run(http_app, slack_api, text: str, name: str) -> None:
    body = slash_body("/inspections", text, slack_api.response_url(name))
    status, _ = http_app.post(body, sign(body))
    assert status == 200


def channel_post(slack_api, count: int = 1) -> dict:
    message = slack_api.wait_for("chat.postMessage", count)[count - 1].args
    assert message["channel"] == CHANNEL
    assert_valid_blocks(message)
    return message


def private_reply(slack_api, name: str) -> dict:
    reply = slack_api.wait_for(f"response_url:{name}")[0].args
    assert reply["response_type"] == "ephemeral"
    assert_valid_blocks(reply)
    return reply


def subs(db) -> list[tuple[str, str, str]]:
    return [
        (r["target_kind"], r["target"], r["cadence"])
        for r in db.query("SELECT * FROM subscriptions WHERE channel_id = ? ORDER BY id", [CHANNEL])
    ]


@pytest.mark.parametrize(
    ("text", "expect", "words"),
    [
        ("subscribe kent", ("body", "kent", "weekly"), "Kent Police"),
        ("subscribe cambs daily", ("body", "cambridgeshire", "daily"), "Cambridgeshire Constabulary"),
        ("subscribe", ("all", "", "weekly"), "all forces and fire services"),
        ("subscribe all instant", ("all", "", "instant"), "as soon as they appear"),
        ("subscribe wales daily", ("country", "Wales", "daily"), "Wales"),
        (
            "subscribe east of england",
            ("region", "East of England", "weekly"),
            "Mondays at 09:00 Europe/London",
        ),
        ("subscribe police", ("police", "", "weekly"), "police forces"),
        ("subscribe fire instant", ("fire", "", "instant"), "fire and rescue services"),
        (
            "subscribe essex fire",
            ("body", "essex-county-fire-and-rescue-service", "weekly"),
            "Essex County Fire",
        ),
    ],
)
def test_subscribe_is_confirmed_in_the_channel(http_app, slack_api, db, text, expect, words):
    run(http_app, slack_api, text, "sub")
    message = channel_post(slack_api)
    assert words in json.dumps(message, ensure_ascii=False)
    assert "<@U0REPORTER>" in message["blocks"][0]["text"]["text"]
    assert subs(db) == [expect]
    row = next(db.query("SELECT * FROM subscriptions"))
    assert (row["team_id"], row["created_by"]) == ("T0TEST", "U0REPORTER")
    assert slack_api.calls_to("conversations.info")[0].args["channel"] == CHANNEL


def test_already_subscribed_is_a_private_no_op_and_a_new_cadence_is_a_change(http_app, slack_api, db):
    run(http_app, slack_api, "subscribe kent", "first")
    channel_post(slack_api)
    run(http_app, slack_api, "subscribe Kent Police weekly", "again")
    reply = private_reply(slack_api, "again")
    assert "already subscribed" in reply["text"] and "Nothing changed" in reply["text"]
    assert len(slack_api.calls_to("chat.postMessage")) == 1
    run(http_app, slack_api, "subscribe kent daily", "daily")
    changed = channel_post(slack_api, 2)
    assert "from weekly to daily" in changed["text"]
    assert subs(db) == [("body", "kent", "daily")]


def test_bot_not_in_the_channel_is_told_how_to_invite_it(http_app, slack_api, db):
    slack_api.on(
        "conversations.info",
        lambda args: {
            "ok": True,
            "channel": {"id": args["channel"], "is_member": False, "is_archived": False},
        },
    )
    run(http_app, slack_api, "subscribe kent", "noinvite")
    reply = private_reply(slack_api, "noinvite")
    assert "/invite @Inspections" in reply["text"]
    assert subs(db) == [] and slack_api.calls_to("chat.postMessage") == []


def test_private_channel_the_bot_cannot_see_is_told_how_to_invite_it(http_app, slack_api, db):
    slack_api.fail("conversations.info", 200, body={"ok": False, "error": "channel_not_found"})
    run(http_app, slack_api, "subscribe kent", "private")
    assert "/invite" in private_reply(slack_api, "private")["text"]
    assert subs(db) == []


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("subscribe narnia", "called “narnia”"),
        ("subscribe west", "not sure which you mean"),
        ("subscribe help", "Usage"),
        ("subscribe " + "x" * 300, "longer than any name"),
        ("subscribe <!channel>", "&lt;!channel&gt;"),
    ],
)
def test_bad_subscriptions_get_private_specific_help(http_app, slack_api, db, text, expect):
    run(http_app, slack_api, text, "bad")
    reply = private_reply(slack_api, "bad")
    assert expect in json.dumps(reply, ensure_ascii=False)
    assert "<!channel>" not in json.dumps(reply)
    assert subs(db) == [] and slack_api.calls_to("chat.postMessage") == []


def test_subscriptions_are_listed_in_the_channel_and_unsubscribe_removes_them(http_app, slack_api, db):
    run(http_app, slack_api, "subscriptions", "empty")
    assert "no subscriptions" in private_reply(slack_api, "empty")["text"]
    run(http_app, slack_api, "subscribe kent daily", "s1")
    channel_post(slack_api, 1)
    run(http_app, slack_api, "subscribe wales", "s2")
    channel_post(slack_api, 2)
    run(http_app, slack_api, "subscriptions", "list")
    listed = channel_post(slack_api, 3)
    assert "Kent Police" in listed["text"] and "Wales" in listed["text"] and "daily" in listed["text"]
    run(http_app, slack_api, "unsubscribe kent", "u1")
    removed = channel_post(slack_api, 4)
    assert "unsubscribed" in removed["text"] and "Kent Police" in removed["text"]
    assert subs(db) == [("country", "Wales", "weekly")]
    run(http_app, slack_api, "unsubscribe kent", "u2")
    reply = private_reply(slack_api, "u2")
    assert "isn't subscribed" in reply["text"] and "Wales" in reply["text"]
    run(http_app, slack_api, "unsubscribe all", "u3")
    assert "Wales" in channel_post(slack_api, 5)["text"]
    assert subs(db) == []


def test_a_paused_subscription_is_listed_with_its_reason_and_subscribing_again_resumes_it(
    http_app, slack_api, db
):
    run(http_app, slack_api, "subscribe kent", "s1")
    channel_post(slack_api, 1)
    store.pause_channel(db, "T0TEST", CHANNEL, "not_in_channel", datetime.now(UTC))
    run(http_app, slack_api, "subscriptions", "list")
    assert "paused: not_in_channel" in channel_post(slack_api, 2)["text"]
    run(http_app, slack_api, "subscribe kent", "again")
    assert "resumed" in channel_post(slack_api, 3)["text"]
    assert db.execute("SELECT paused_at FROM subscriptions").fetchone()[0] is None


def test_subscribe_poll_and_digest_deliver_exactly_one_message_then_nothing(
    http_app, slack_api, db, settings
):
    """The issue's 'done when': subscribe in a channel, poll a new report, run the digest, run it again."""
    db.execute("UPDATE reports SET added_at = '2020-01-01T00:00:00+00:00'")
    run(http_app, slack_api, "subscribe surrey instant", "sub")
    channel_post(slack_api)
    feeds = FeedServer().start()
    try:
        now = datetime.now(UTC) + timedelta(seconds=1)
        poll_feed(db, feeds.serve("/feed/", "hmicfrs_news.rss"), now)
    finally:
        feeds.stop()
    client = delivery_client(settings)
    later = now + timedelta(minutes=1)
    assert plan_digests(db, later) == 1
    send_digests(db, client, later, pace=0, sleep=lambda _s: None)
    digests = [m for m in slack_api.messages if (m.get("metadata") or {}).get("event_type") == EVENT_TYPE]
    assert len(digests) == 1 and digests[0]["channel"] == CHANNEL
    assert "PEEL 2025–2027: An inspection of Surrey Police" in json.dumps(digests[0], ensure_ascii=False)
    assert "No grades recorded here yet" in json.dumps(digests[0])
    assert_valid_blocks(digests[0])
    assert plan_digests(db, later + timedelta(minutes=1)) == 0
    send_digests(db, client, later + timedelta(minutes=1), pace=0, sleep=lambda _s: None)
    assert len([m for m in slack_api.messages if m.get("metadata")]) == 1


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("kent", ("kent", None, None)),
        ("kent reports", ("kent", None, "reports")),
        ("kent new reports daily", ("kent", "daily", "reports")),
        ("kent daily grades", ("kent", "daily", "grades")),
        ("fire engage instant", ("fire", "instant", "engage")),
        ("essex fire enhanced monitoring", ("essex fire", None, "engage")),
        ("all reports", ("all", None, "reports")),
        ("everything", ("", None, "all")),
    ],
)
def test_a_filter_and_a_cadence_may_follow_the_target_in_either_order(text, expect):
    from bot.jobs.subscriptions import split_options

    assert split_options(text) == expect


def test_subscribe_with_a_filter_is_said_in_the_channel_and_changing_it_is_a_change(http_app, slack_api, db):
    run(http_app, slack_api, "subscribe kent reports", "reports")
    posted = channel_post(slack_api)
    assert "Kent Police" in posted["text"] and "new reports only" in posted["text"]
    assert [(r["target"], r["topics"]) for r in db.query("SELECT * FROM subscriptions")] == [
        ("kent", "reports")
    ]
    run(http_app, slack_api, "subscribe kent", "everything")
    changed = channel_post(slack_api, 2)
    assert "from new reports only to new reports, grades, regrades and Engage" in changed["text"]
    assert [r["topics"] for r in db.query("SELECT * FROM subscriptions")] == ["all"]
    run(http_app, slack_api, "subscriptions", "list")
    assert "(new reports, grades, regrades and Engage)" in channel_post(slack_api, 3)["text"]
