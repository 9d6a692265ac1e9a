"""Follow-ups that move, over signed events: a DM thread rooted at a top-level DM question carries that
question, and each kind of move (other kind, compare with, region, improved, why) works in a thread."""

from __future__ import annotations

from tests.slack.test_followups import ask, event


def test_a_dm_thread_rooted_at_a_top_level_dm_question_carries_that_question(http_app, slack_api):
    root = "1717400000.000100"
    first = ask(http_app, slack_api, event("compare norfolk and suffolk", root, channel="D0DM", dm=True))
    assert "Suffolk Constabulary" in first["all"]
    ask(http_app, slack_api, event("grade kent", "1717400001.000100", channel="D0DM", dm=True))  # DM moves on
    reply = ask(
        http_app,
        slack_api,
        event("on responding to the public", "1717400002.000100", channel="D0DM", dm=True, thread=root),
    )
    assert reply["thread_ts"] == root
    assert "Compared on responding to the public" in reply["all"]
    assert "Norfolk Constabulary" in reply["all"] and "Suffolk Constabulary" in reply["all"]
    assert "Essex Police" not in reply["all"] and "Kent Police" not in reply["all"]  # not every force


def test_each_move_in_a_mention_thread(http_app, slack_api):
    root = "1717500000.000100"
    ask(http_app, slack_api, event("how did derbyshire police do", root))
    turns = [
        ("and the fire service?", ["Derbyshire Fire and Rescue Service"], ["Derbyshire Constabulary"]),
        ("and the police?", ["Derbyshire Constabulary"], ["Derbyshire Fire and Rescue Service"]),
        (
            "how does that compare with avon and somerset",
            ["Avon and Somerset Constabulary", "Derbyshire"],
            [],
        ),
        ("why?", ["Why: ", "|source>"], []),
    ]
    for i, (text, expected, not_expected) in enumerate(turns, 1):
        reply = ask(http_app, slack_api, event(text, f"1717500{i:03d}.000100", thread=root))
        assert reply["thread_ts"] == root
        for s in expected:
            assert s in reply["all"], (text, reply["all"][:400])
        for s in not_expected:
            assert s not in reply["all"], text
    root = "1717600000.000100"
    ask(http_app, slack_api, event("essex fire", root))
    herts = ask(http_app, slack_api, event("and herts?", "1717600001.000100", thread=root))
    assert "Hertfordshire Fire and Rescue Service" in herts["all"] and "Constabulary" not in herts["all"]
    region = ask(
        http_app, slack_api, event("what about the others in the region", "1717600002.000100", thread=root)
    )
    assert "Suffolk Fire and Rescue Service" in region["all"] and "Essex Police" not in region["all"]
    root = "1717700000.000100"
    ask(http_app, slack_api, event("grade norfolk", root))
    moved = ask(http_app, slack_api, event("has it improved?", "1717700001.000100", thread=root))
    assert "every inspection round" in moved["all"] and "Norfolk Constabulary" in moved["all"]


def test_a_question_i_cant_answer_leaves_the_conversation_where_it_was(http_app, slack_api):
    root = "1717800000.000100"
    ask(http_app, slack_api, event("grade norfolk", root))
    cant = ask(http_app, slack_api, event("what's the weather like there?", "1717800001.000100", thread=root))
    assert "I can't answer that" in cant["all"]
    area = ask(
        http_app, slack_api, event("what about investigating crime?", "1717800002.000100", thread=root)
    )
    assert "Norfolk Constabulary: investigating crime" in area["all"]


def test_engage_follow_ups_and_a_place_picked_out_in_a_mention_thread(http_app, slack_api):
    """The sixth sets' follow-up classes over signed events: Engage's list then its year, kind and pick, and a
    place picked out of a list that the next turn leaves behind."""
    root = "1717900000.000100"
    ask(http_app, slack_api, event("which police forces left engage in 2025?", root))
    turns = [
        ("and the year before?", ["Staffordshire Police", "Wiltshire Police"], ["Nottinghamshire Police —"]),
        ("and fire services?", ["London Fire Brigade"], ["Buckinghamshire Fire and Rescue Service —"]),
        ("which of those was in longest?", ["In Engage longest", "London Fire Brigade"], []),
        ("what finally got them out?", ["Why: London Fire Brigade", "|source>"], []),
    ]
    for i, (text, expected, not_expected) in enumerate(turns, 1):
        reply = ask(http_app, slack_api, event(text, f"1717900{i:03d}.000100", thread=root))
        assert reply["thread_ts"] == root
        for s in expected:
            assert s in reply["all"], (text, reply["all"][:400])
        for s in not_expected:
            assert s not in reply["all"], text
    root = "1718000000.000100"
    ask(
        http_app,
        slack_api,
        event("Which forces got Outstanding for recording data about crime in 2023-25?", root),
    )
    welsh = ask(http_app, slack_api, event("how many of those are welsh", "1718000001.000100", thread=root))
    assert "Gwent Police" in welsh["all"] and "Norfolk Constabulary" not in welsh["all"]
    again = ask(http_app, slack_api, event("and who was inadequate on it", "1718000002.000100", thread=root))
    assert "Hertfordshire Constabulary" in again["all"]


def test_the_question_before_last_over_signed_events(http_app, slack_api):
    """The store keeps the question before last: 'which of the two' after two one-body turns answers for both,
    in a mention thread and in a DM."""
    root = "1718100000.000100"
    ask(http_app, slack_api, event("east sussex fire grades", root))
    ask(http_app, slack_api, event("and west sussex", "1718100001.000100", thread=root))
    both = ask(
        http_app,
        slack_api,
        event("which of the two got a requires improvement", "1718100002.000100", thread=root),
    )
    assert both["thread_ts"] == root
    assert "East Sussex Fire and Rescue Service: areas rated requires improvement" in both["all"]
    assert "West Sussex Fire and Rescue Service: areas rated requires improvement" in both["all"]
    ask(http_app, slack_api, event("kent fire grades", "1718200000.000100", channel="D0DM19", dm=True))
    ask(http_app, slack_api, event("and essex fire", "1718200001.000100", channel="D0DM19", dm=True))
    culture = ask(
        http_app,
        slack_api,
        event("which of the two did better on culture", "1718200002.000100", channel="D0DM19", dm=True),
    )
    assert "Kent Fire and Rescue Service" in culture["all"]
    assert "Essex County Fire and Rescue Service" in culture["all"]
    assert "promoting the right values and culture" in culture["all"]
