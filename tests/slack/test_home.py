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


def _view(call) -> dict:
    return call.args["view"] if isinstance(call.args["view"], dict) else json.loads(call.args["view"])


def test_app_home_shows_the_national_chart_uploaded_once(http_app, slack_api):
    payload = _opened()
    assert http_app.post(payload, {**sign(payload), "Content-Type": "application/json"})[0] == 200
    view = _view(slack_api.wait_for("views.publish", timeout=20)[0])
    complete = slack_api.calls_to("files.completeUploadExternal")[0].args
    assert not complete.get("channel_id")  # uploaded, shared nowhere
    file_id = json.loads(complete["files"])[0]["id"]
    image = next(b for b in view["blocks"] if b["type"] == "image")
    assert image["slack_file"] == {"id": file_id} and "43 rows by 8 columns" in image["alt_text"]
    for block in view["blocks"]:
        Block.parse(block).validate_json()
    again = json.loads(payload)
    again["event_id"] = "EvHomeAgain"
    body = json.dumps(again)
    http_app.post(body, {**sign(body), "Content-Type": "application/json"})
    slack_api.wait_for("views.publish", 2, timeout=20)
    assert len(slack_api.calls_to("files.completeUploadExternal")) == 1  # same data, same file


def test_app_home_is_published_without_the_chart_when_slack_refuses_it(http_app, slack_api):
    slack_api.fail("views.publish", 200, body={"ok": False, "error": "invalid_blocks"})
    payload = _opened()
    assert http_app.post(payload, {**sign(payload), "Content-Type": "application/json"})[0] == 200
    first, second = slack_api.wait_for("views.publish", 2, timeout=20)[:2]
    assert any(b["type"] == "image" for b in _view(first)["blocks"])
    assert not any(b["type"] == "image" for b in _view(second)["blocks"])
    assert "Data last updated" in json.dumps(_view(second))
