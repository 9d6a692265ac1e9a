"""The reader proposes the reasons a text states; an admin keeps them; "why" then answers with them.
Over signed slash commands and button presses, the page served locally."""

from __future__ import annotations

import dataclasses
import json

import pytest

from bot.slack.ask import ask
from bot.slack.blocks.plain import to_plain_text
from bot.slack.ids import KEEP_REASON_ACTION
from tests.conftest import block_action_body, command_reply, sign, slash_body

STORY = """PEEL 2023–2025: An inspection of Cambridgeshire Constabulary

Cambridgeshire Constabulary was rated inadequate for responding to the public. It should answer 999 and 101
calls faster, the inspectorate said.
"""
SENTENCE = "It should answer 999 and 101 calls faster, the inspectorate said."


@pytest.fixture
def settings(settings):
    return dataclasses.replace(settings, allow_http_loads=True, feed_urls=())


def _keep_buttons(reply: dict) -> list[dict]:
    return [
        b["accessory"]
        for b in reply["blocks"]
        if b.get("accessory", {}).get("action_id") == KEEP_REASON_ACTION
    ]


def _press(http_app, slack_api, button: dict, user: str, name: str) -> dict:
    body = block_action_body(slack_api.response_url(name), {**button, "block_id": "r"}, user=user)
    assert http_app.post(body, sign(body))[0] == 200
    return slack_api.wait_for(f"response_url:{name}")[-1].args


def test_an_admin_keeps_a_proposed_reason_and_why_answers_with_it(http_app, slack_api, store, file_server):
    url = file_server.serve("/story/", STORY.encode(), headers={"Content-Type": "text/plain; charset=utf-8"})
    body = slash_body("/inspections-admin", f"reasons {url}", slack_api.response_url("r1"), user_id="UADMIN")
    reply = command_reply(http_app, slack_api, body, "r1")
    buttons = _keep_buttons(reply)
    assert [json.loads(b["value"])["s"] for b in buttons] == [SENTENCE]
    with store.connect() as db:
        assert SENTENCE not in to_plain_text(ask(db, "why cambs responding to the public grades"))  # not yet

    refused = _press(http_app, slack_api, buttons[0], "U0REPORTER", "k1")
    assert "only the bot's admins" in json.dumps(refused)
    with store.connect() as db:
        assert db.execute("SELECT count(*) FROM reasons").fetchone()[0] == 0

    kept = _press(http_app, slack_api, buttons[0], "UADMIN", "k2")
    assert "Kept" in kept["text"]
    with store.connect() as db:
        why = to_plain_text(ask(db, "why cambs responding to the public grades"))
    assert f"“{SENTENCE}”" in why and url in why
