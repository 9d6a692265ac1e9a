"""Places people live over signed events: a mention naming a town is answered for its force with the line
saying so, and a follow-up in the thread carries the town to its fire service."""

from __future__ import annotations

from tests.slack.test_followups import ask, event


def test_a_town_in_a_mention_and_its_follow_up_in_the_thread(http_app, slack_api):
    root = "1717200000.000100"
    first = ask(http_app, slack_api, event("are the police any good round worcester?", root))
    assert first["thread_ts"] == root
    assert "Worcester is policed by West Mercia Police" in first["all"]
    fire = ask(http_app, slack_api, event("what about the fire service?", "1717200001.000100", thread=root))
    assert (
        "Worcester's fire and rescue service is Hereford and Worcester Fire and Rescue Service" in fire["all"]
    )
    assert "West Mercia Police" not in fire["all"]


def test_police_and_fire_together_in_a_dm_is_one_valid_message_with_both(http_app, slack_api):
    reply = ask(http_app, slack_api, event("how is everything in luton", "1717200002.000100", dm=True))
    assert "Bedfordshire Police: PEEL 2023–25" in reply["all"]
    assert "Bedfordshire Fire and Rescue Service" in reply["all"]
    assert len(reply["blocks"]) <= 50
    ids = [b["block_id"] for b in reply["blocks"] if "block_id" in b]
    assert len(ids) == len(set(ids))  # two answers in one message: Slack refuses repeated block ids
