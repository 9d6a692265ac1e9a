"""Follow-ups over signed events: a mention thread, a DM, a DM thread; context never crosses into another
thread, channel, DM or workspace; it is kept in the store, so a second worker carries the conversation on."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta

from tests.conftest import assert_valid_blocks, sign, start_serve

_COUNT = [0]


def event(
    text: str,
    ts: str,
    *,
    channel: str = "C0NEWS",
    thread: str | None = None,
    dm: bool = False,
    team: str = "T0TEST",
    user: str = "U0REPORTER",
) -> str:
    """An Events API body: a mention in a channel (or its thread), or a DM (or a DM thread)."""
    _COUNT[0] += 1
    n = _COUNT
    body: dict = {"type": "message", "channel_type": "im", "text": text} if dm else {
        "type": "app_mention", "text": f"<@U0BOT> {text}"}  # fmt: skip
    body |= {"user": user, "ts": ts, "channel": channel}
    if thread:
        body["thread_ts"] = thread
    return json.dumps(
        {
            "token": "x",
            "team_id": team,
            "api_app_id": "A0TEST",
            "type": "event_callback",
            "event_id": f"EvF{n[0]}-{ts}",
            "event_time": int(time.time()),
            "event": body,
        }  # fmt: skip
    )


def ask(app, slack_api, payload: str) -> dict:
    """Post a signed event and return the reply the app posted (its text and blocks as one string too)."""
    before = len(slack_api.calls_to("chat.postMessage"))
    status = app.post(payload, {**sign(payload), "Content-Type": "application/json"})[0]
    assert status == 200
    reply = slack_api.wait_for("chat.postMessage", count=before + 1, timeout=10)[before].args
    assert_valid_blocks(reply)
    return {**reply, "all": json.dumps(reply.get("blocks")) + reply.get("text", "")}


def test_follow_ups_in_a_mention_thread(http_app, slack_api):
    root = "1717100000.000100"
    first = ask(http_app, slack_api, event("grade norfolk", root))
    assert first["thread_ts"] == root and "Norfolk Constabulary" in first["all"]
    area = ask(
        http_app, slack_api, event("what about investigating crime?", "1717100001.000100", thread=root)
    )
    assert area["thread_ts"] == root
    assert "Norfolk Constabulary: investigating crime" in area["all"]
    older = ask(http_app, slack_api, event("and in 2021/22?", "1717100002.000100", thread=root))
    assert "Norfolk Constabulary" in older["all"] and "2021" in older["all"]
    other = ask(http_app, slack_api, event("and suffolk?", "1717100003.000100", thread=root))
    assert "Suffolk Constabulary: investigating crime" in other["all"] and "Norfolk" not in other["all"]


def test_follow_ups_in_a_dm_and_a_dm_thread(http_app, slack_api):
    ask(
        http_app,
        slack_api,
        event("compare norfolk and suffolk", "1717200000.000100", channel="D0DM", dm=True),
    )
    side = ask(
        http_app,
        slack_api,
        event("on responding to the public", "1717200001.000100", channel="D0DM", dm=True),
    )
    assert "Compared on responding to the public" in side["all"]
    assert "Norfolk Constabulary" in side["all"] and "Suffolk Constabulary" in side["all"]
    thread = "1717200002.000100"
    ask(http_app, slack_api, event("how did wiltshire do", thread, channel="D0DM", dm=True, thread=thread))
    engage = ask(
        http_app,
        slack_api,
        event("is it in engage?", "1717200003.000100", channel="D0DM", dm=True, thread=thread),
    )
    assert "Wiltshire Police" in engage["all"] and "Norfolk" not in engage["all"]


def test_context_never_crosses_into_another_thread_channel_dm_or_workspace(http_app, slack_api):
    ask(http_app, slack_api, event("grade norfolk", "1717300000.000100", channel="C0ONE"))
    follow_up = "what about investigating crime?"
    elsewhere = [
        event(follow_up, "1717300001.000100", channel="C0ONE", thread="1717300000.999999"),  # another thread
        event(follow_up, "1717300002.000100", channel="C0TWO", thread="1717300000.000100"),  # another channel
        event(follow_up, "1717300003.000100", channel="D0OTHER", dm=True, user="U0OTHER"),  # someone's DM
        event(follow_up, "1717300004.000100", channel="C0ONE", thread="1717300000.000100", team="T0ELSE"),
    ]
    for payload in elsewhere:
        assert "Norfolk Constabulary: investigating crime" not in ask(http_app, slack_api, payload)["all"]
    same = ask(
        http_app,
        slack_api,
        event(follow_up, "1717300005.000100", channel="C0ONE", thread="1717300000.000100"),
    )
    assert "Norfolk Constabulary: investigating crime" in same["all"]


def test_a_quiet_conversation_is_forgotten(http_app, slack_api, store):
    root = "1717400000.000100"
    ask(http_app, slack_api, event("grade norfolk", root))
    with store.connect() as db:
        long_ago = (datetime.now(UTC) - timedelta(hours=2)).isoformat(timespec="seconds")
        db.execute("UPDATE conversations SET updated_at = ?", [long_ago])
    reply = ask(
        http_app, slack_api, event("what about investigating crime?", "1717400001.000100", thread=root)
    )
    assert "Norfolk Constabulary: investigating crime" not in reply["all"]


def test_a_second_worker_carries_on_a_conversation_the_first_began(tmp_path, slack_api, db_path):
    first_proc, first = (
        start_serve(tmp_path / "a", slack_api, db_path) if (tmp_path / "a").mkdir() is None else (None, None)
    )
    second_proc, second = (
        start_serve(tmp_path / "b", slack_api, db_path) if (tmp_path / "b").mkdir() is None else (None, None)
    )
    try:
        root = "1717500000.000100"
        ask(first, slack_api, event("grade norfolk", root))
        reply = ask(
            second, slack_api, event("what about investigating crime?", "1717500001.000100", thread=root)
        )
        assert "Norfolk Constabulary: investigating crime" in reply["all"]
    finally:
        for proc in (first_proc, second_proc):
            proc.terminate()
            proc.wait(timeout=20)


def test_answering_in_the_apps_dm_shows_looking_that_up_then_clears_it(http_app, slack_api):
    from bot.slack.assistant import forget_refusals

    forget_refusals()
    ts = "1717600000.000100"
    reply = ask(http_app, slack_api, event("grade kent", ts, channel="D0AGENT", dm=True))
    assert "Kent Police" in reply["all"]
    # the status is cleared just after the reply is posted: wait for that call, not only the reply
    statuses = [c.args for c in slack_api.wait_for("assistant.threads.setStatus", count=2)]
    assert [s["status"] for s in statuses] == ["Looking that up…", ""]
    assert all(s["channel_id"] == "D0AGENT" and s["thread_ts"] == ts for s in statuses)
    mention = ask(http_app, slack_api, event("grade kent", "1717600001.000100"))
    assert mention and len(slack_api.calls_to("assistant.threads.setStatus")) == 2  # none for a channel
