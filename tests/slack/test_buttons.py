"""Answer buttons pressed in Slack: 'Show more' pages on, 'Full card' shows every area. Signed block_actions."""

from __future__ import annotations

from bot.slack.ask import ask
from bot.slack.ids import FULL_CARD_ACTION, SHOW_MORE_ACTION
from tests.conftest import assert_valid_blocks, block_action_body, sign

LONG_LIST = "reports since 2020"


def press(response_url: str, action_id: str, value: str) -> str:
    """The form body Slack posts when a button is pressed."""
    return block_action_body(
        response_url, {"action_id": action_id, "value": value, "block_id": "x"}, user="U0READER"
    )


def _button(msg: dict, action_id: str) -> dict | None:
    return next(
        (
            e
            for b in msg["blocks"]
            if b["type"] == "actions"
            for e in b["elements"]
            if e["action_id"] == action_id
        ),
        None,
    )


def _lines(msg: dict) -> list[str]:
    return [
        line
        for b in msg["blocks"]
        if b["type"] == "section"
        for line in b["text"]["text"].split("\n")
        if line.startswith("• ")
    ]


def test_show_more_pages_through_a_long_list_until_it_ends(db, http_app, slack_api):
    msg = ask(db, LONG_LIST)
    expected = db.execute(
        "SELECT count(*) FROM reports WHERE body_id IS NOT NULL AND framework IS NOT NULL "
        "AND round IS NOT NULL AND coalesce(published, '') >= '2020'"
    ).fetchone()[0]
    assert expected > 25 and f"Showing 1–25 of {expected}" in str(msg["blocks"])
    seen = _lines(msg)
    for page in range(2, 10):
        more = _button(msg, SHOW_MORE_ACTION)
        if more is None:
            break
        body = press(slack_api.response_url(f"more{page}"), SHOW_MORE_ACTION, more["value"])
        assert http_app.post(body, sign(body))[0] == 200
        msg = slack_api.wait_for(f"response_url:more{page}")[0].args
        assert_valid_blocks(msg)
        assert msg.get("replace_original") is False
        seen += _lines(msg)
    assert len(seen) == expected and len(set(seen)) == expected  # every report once, none twice
    assert _button(msg, SHOW_MORE_ACTION) is None


def test_full_card_button_shows_every_area_of_the_body(db, http_app, slack_api):
    msg = ask(db, "is thames valley any good at safeguarding")
    card = _button(msg, FULL_CARD_ACTION)
    assert card is not None and card["value"] == "grade thames-valley"
    body = press(slack_api.response_url("card"), FULL_CARD_ACTION, card["value"])
    assert http_app.post(body, sign(body))[0] == 200
    reply = slack_api.wait_for("response_url:card")[0].args
    assert_valid_blocks(reply)
    assert "Thames Valley Police: PEEL 2023–25" in reply["text"]
    assert "Investigating crime" in str(reply["blocks"])


def test_a_malformed_show_more_value_answers_the_first_page(db, http_app, slack_api):
    body = press(slack_api.response_url("bad"), SHOW_MORE_ACTION, "not-a-page|" + LONG_LIST)
    assert http_app.post(body, sign(body))[0] == 200
    reply = slack_api.wait_for("response_url:bad")[0].args
    assert_valid_blocks(reply)
    assert "Showing 1–25 of" in str(reply["blocks"])
