"""Mentions and DMs over the real protocols: signed Events API requests and Socket Mode envelopes."""

from __future__ import annotations

import json
import threading
import time

from slack_bolt.adapter.socket_mode import SocketModeHandler

from tests.conftest import APP_TOKEN, assert_valid_blocks, block_action_body, command_reply, sign, slash_body


def _event(event: dict, event_id: str = "Ev001") -> str:
    return json.dumps(
        {
            "token": "legacy-unused",
            "team_id": "T0TEST",
            "api_app_id": "A0TEST",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "event": event,
        }
    )


def _post_event(http_app, payload: str, retry: int | None = None) -> int:
    headers = {**sign(payload), "Content-Type": "application/json"}
    if retry is not None:
        headers |= {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
    return http_app.post(payload, headers)[0]


MENTION = {
    "type": "app_mention",
    "user": "U0REPORTER",
    "text": "<@U0BOT> which forces are inadequate at responding to the public?",
    "ts": "1717000000.000100",
    "channel": "C0NEWS",
}


def test_mention_is_answered_once_in_a_thread_despite_retries_and_the_message_copy(http_app, slack_api):
    assert _post_event(http_app, _event(MENTION, "Ev1")) == 200
    assert _post_event(http_app, _event(MENTION, "Ev1"), retry=1) == 200
    message_copy = {**MENTION, "type": "message", "channel_type": "channel"}
    assert _post_event(http_app, _event(message_copy, "Ev2")) == 200
    posted = slack_api.wait_for("chat.postMessage")
    time.sleep(0.5)
    posted = slack_api.calls_to("chat.postMessage")
    assert len(posted) == 1
    reply = posted[0].args
    assert reply["channel"] == "C0NEWS" and reply["thread_ts"] == MENTION["ts"]
    assert "Cambridgeshire Constabulary" in json.dumps(reply["blocks"])
    assert_valid_blocks(reply)


def test_a_retry_whose_first_copy_never_arrived_is_answered(http_app, slack_api):
    assert _post_event(http_app, _event({**MENTION, "ts": "1717000000.000200"}, "Ev9"), retry=2) == 200
    assert len(slack_api.wait_for("chat.postMessage")) == 1


def test_direct_message_is_answered_in_the_dm(http_app, slack_api):
    dm = {
        "type": "message",
        "channel_type": "im",
        "user": "U0REPORTER",
        "text": "compare norfolk, suffolk and essex",
        "ts": "1717000001.000100",
        "channel": "D0DM",
    }
    assert _post_event(http_app, _event(dm, "Ev3")) == 200
    reply = slack_api.wait_for("chat.postMessage")[0].args
    assert reply["channel"] == "D0DM" and not reply.get("thread_ts")
    assert "Essex Police" in json.dumps(reply["blocks"])
    assert_valid_blocks(reply)


def test_own_and_other_bots_messages_are_ignored(http_app, slack_api):
    base = {"type": "message", "channel_type": "im", "text": "latest 5 reports", "channel": "D0DM"}
    _post_event(http_app, _event({**base, "user": "U0BOT", "bot_id": "B0BOT", "ts": "1.1"}, "Ev4"))
    _post_event(http_app, _event({**base, "subtype": "bot_message", "bot_id": "B0OTHER", "ts": "1.2"}, "Ev5"))
    _post_event(http_app, _event({**base, "user": "U0BOT", "ts": "1.3"}, "Ev6"))
    time.sleep(0.5)
    assert slack_api.calls_to("chat.postMessage") == []


def test_mention_text_is_escaped_in_the_reply(http_app, slack_api):
    event = {**MENTION, "text": "<@U0BOT> <!channel> &lt;script&gt;", "ts": "1717000002.000100"}
    _post_event(http_app, _event(event, "Ev7"))
    reply = slack_api.wait_for("chat.postMessage")[0].args
    assert "<!channel>" not in json.dumps(reply)
    assert_valid_blocks(reply)


def test_inspections_command_answers_privately_and_its_share_value_round_trips(http_app, slack_api):
    body = slash_body("/inspections", "who is outstanding for police powers", slack_api.response_url("q1"))
    status, text = http_app.post(body, sign(body))
    assert status == 200
    reply = json.loads(text)  # answered in the ack itself
    assert reply["response_type"] == "ephemeral"
    assert "Cambridgeshire Constabulary" in json.dumps(reply["blocks"])
    assert_valid_blocks(reply)
    share = [b for b in reply["blocks"] if b.get("block_id") == "share"][0]["elements"][0]
    form = block_action_body(slack_api.response_url("share"), {**share, "block_id": "share"})
    assert http_app.post(form, sign(form))[0] == 200
    shared = slack_api.wait_for("response_url:share")[0].args
    assert shared["response_type"] == "in_channel"
    assert "Cambridgeshire Constabulary" in json.dumps(shared["blocks"])
    assert_valid_blocks(shared)


def test_inspections_command_reads_a_question_as_a_threads_first_turn_does(http_app, slack_api):
    # 'more outstandings than <a named body>' is read in a thread's first turn; the slash command reads it too
    body = slash_body(
        "/inspections", "whos got more outstandings than merseyside police", slack_api.response_url("m")
    )
    status, text = http_app.post(body, sign(body))
    assert status == 200
    reply = json.loads(text)
    assert "Most outstanding grades: police forces" in json.dumps(reply["blocks"])
    assert "Merseyside Police: areas rated outstanding" not in json.dumps(reply["blocks"])
    assert_valid_blocks(reply)


def test_inspections_help(http_app, slack_api):
    body = slash_body("/inspections", "help", slack_api.response_url("h"))
    reply = command_reply(http_app, slack_api, body, "h")
    assert "/inspections <question>" in json.dumps(reply["blocks"])
    assert_valid_blocks(reply)


def test_socket_mode_mention_retry_is_answered_once(app, slack_api, socket_server):
    slack_api.socket_url = socket_server.url
    handler = SocketModeHandler(app, APP_TOKEN)
    threading.Thread(target=handler.connect, daemon=True).start()
    try:
        assert socket_server.connected.wait(5)
        payload = json.loads(_event({**MENTION, "ts": "1717000003.000100"}, "EvS"))
        first = socket_server.send("events_api", payload)
        socket_server.wait_ack(first)
        again = socket_server.send("events_api", payload, retry_attempt=1)
        socket_server.wait_ack(again)
        slack_api.wait_for("chat.postMessage")
        time.sleep(0.5)
        posted = slack_api.calls_to("chat.postMessage")
        assert len(posted) == 1
        assert posted[0].args["thread_ts"] == "1717000003.000100"
        assert_valid_blocks(posted[0].args)
    finally:
        handler.close()
