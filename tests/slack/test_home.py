"""App Home: app_home_opened publishes a valid home view with examples, newest reports and freshness."""

from __future__ import annotations

import json
import time

from slack_sdk.models.blocks import Block

from bot.slack.blocks.help import QUESTION_EXAMPLES
from tests.conftest import sign


def _opened(tab: str = "home") -> str:
    return json.dumps(
        {
            "team_id": "T0TEST",
            "api_app_id": "A0TEST",
            "type": "event_callback",
            "event_id": f"EvHome{tab}",
            "event_time": int(time.time()),
            "event": {"type": "app_home_opened", "user": "U0REPORTER", "channel": "D0DM", "tab": tab},
        }
    )


def test_app_home_opened_publishes_the_home_view(http_app, slack_api):
    payload = _opened()
    assert http_app.post(payload, {**sign(payload), "Content-Type": "application/json"})[0] == 200
    call = slack_api.wait_for("views.publish")[0].args
    assert call["user_id"] == "U0REPORTER"
    view = call["view"] if isinstance(call["view"], dict) else json.loads(call["view"])
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    for block in view["blocks"]:
        Block.parse(block).validate_json()
    text = json.dumps(view, ensure_ascii=False)
    assert QUESTION_EXAMPLES[0][1][0] in text
    assert "Kent Police" in text and "9 April 2026" in text  # the newest report in the shipped data
    assert "Data last updated" in text


def test_messages_tab_does_not_publish(http_app, slack_api):
    payload = _opened("messages")
    http_app.post(payload, {**sign(payload), "Content-Type": "application/json"})
    time.sleep(0.4)
    assert slack_api.calls_to("views.publish") == []
