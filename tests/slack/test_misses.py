"""Misses a workspace's admins can see: questions answered "I can't answer that" and answers marked *Not
what I asked* (the latest click per person and message), listed on the admins' App Home and with
`/inspections-admin misses`, never shown to anyone else, kept 30 days. Over signed requests."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

from bot.slack.ids import INSPECTIONS_ADMIN_COMMAND, NOT_WHAT_I_ASKED_ACTION
from db.misses import recent_misses, record_miss
from tests.conftest import assert_valid_blocks, assert_valid_view, command_reply, sign, slash_body
from tests.slack.test_followups import ask, event


def _button(msg: dict) -> dict:
    return next(
        e
        for b in msg["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == NOT_WHAT_I_ASKED_ACTION
    )


def _click(http_app, slack_api, value: str, message_ts: str, *, user: str, name: str) -> dict:
    payload = {
        "type": "block_actions",
        "team": {"id": "T0TEST"},
        "user": {"id": user, "team_id": "T0TEST"},
        "api_app_id": "A0TEST",
        "channel": {"id": "C0NEWS"},
        "container": {"type": "message", "message_ts": message_ts, "channel_id": "C0NEWS"},
        "message": {"ts": message_ts, "thread_ts": message_ts},
        "response_url": slack_api.response_url(name),
        "trigger_id": "1.2.3",
        "actions": [{"type": "button", "action_ts": "1.2", "action_id": NOT_WHAT_I_ASKED_ACTION, "value": value,
                     "block_id": "not_what_i_asked"}],
    }  # fmt: skip
    body = urlencode({"payload": json.dumps(payload)})
    assert http_app.post(body, sign(body))[0] == 200
    return slack_api.wait_for(f"response_url:{name}")[-1].args


def _admin_misses(http_app, slack_api, user: str, name: str) -> str:
    body = slash_body(INSPECTIONS_ADMIN_COMMAND, "misses", slack_api.response_url(name), user_id=user)
    reply = command_reply(http_app, slack_api, body, name)
    assert_valid_blocks(reply)
    return json.dumps(reply, ensure_ascii=False)


def _home(http_app, slack_api, user: str) -> str:
    payload = json.dumps({
        "team_id": "T0TEST", "api_app_id": "A0TEST", "type": "event_callback", "event_id": f"EvHome{user}",
        "event_time": int(time.time()),
        "event": {"type": "app_home_opened", "user": user, "channel": "D0DM", "tab": "home"},
    })  # fmt: skip
    before = len(slack_api.calls_to("views.publish"))
    assert http_app.post(payload, {**sign(payload), "Content-Type": "application/json"})[0] == 200
    call = slack_api.wait_for("views.publish", count=before + 1, timeout=20)[before].args
    view = call["view"] if isinstance(call["view"], dict) else json.loads(call["view"])
    assert_valid_view(view)
    return json.dumps(view, ensure_ascii=False)


def test_misses_are_kept_and_only_admins_see_them(http_app, slack_api, store):
    cant = ask(http_app, slack_api, event("what is the weather like in leeds", "1718000000.000100"))
    assert "I can't answer that" in cant["all"]
    answered = ask(http_app, slack_api, event("grade norfolk", "1718000001.000100"))
    button = _button(answered)
    assert button["value"] == "grade norfolk"
    thanks = _click(http_app, slack_api, button["value"], "1718000001.000200", user="U0REPORTER", name="c1")
    assert thanks["response_type"] == "ephemeral" and "admins" in thanks["text"]
    assert_valid_blocks(thanks)
    _click(http_app, slack_api, button["value"], "1718000001.000200", user="U0REPORTER", name="c2")  # again
    with store.connect() as db:
        rows = recent_misses(db, "T0TEST", datetime.now(UTC))
    assert sorted(r["kind"] for r in rows) == ["cant_answer", "not_what_i_asked"]  # the latest click only

    listed = _admin_misses(http_app, slack_api, "UADMIN", "m1")
    assert "what is the weather like in leeds" in listed and "grade norfolk" in listed
    assert "30 days" in listed and "U0REPORTER" not in listed  # what was asked, never who asked
    refused = _admin_misses(http_app, slack_api, "U0REPORTER", "m2")
    assert "weather" not in refused and "grade norfolk" not in refused and "only the bot's admins" in refused

    admin_home = _home(http_app, slack_api, "UADMIN")
    assert "Missed questions" in admin_home and "what is the weather like in leeds" in admin_home
    others = _home(http_app, slack_api, "U0REPORTER")
    assert "Missed questions" not in others and "weather like in leeds" not in others


def test_a_miss_typed_with_a_mention_is_kept_as_typed_and_never_sent_as_one(http_app, slack_api, store):
    answered = ask(http_app, slack_api, event("grade norfolk & <!here>", "1718000003.000100"))
    button = _button(answered)
    assert "<!here>" not in json.dumps(answered) and button["value"] == "grade norfolk &amp; &lt;!here&gt;"
    _click(http_app, slack_api, button["value"], "1718000003.000200", user="U0REPORTER", name="c3")
    with store.connect() as db:
        kept = [r["question"] for r in recent_misses(db, "T0TEST", datetime.now(UTC))]
    assert "grade norfolk & <!here>" in kept  # as typed, for the admins
    listed = _admin_misses(http_app, slack_api, "UADMIN", "m3")
    assert "<!here>" not in listed and "&lt;!here&gt;" in listed


def test_misses_older_than_30_days_are_not_listed_and_are_pruned(db):
    now = datetime.now(UTC)
    record_miss(db, team_id="T1", user_id="U1", channel="C1", message_ts="1.0", kind="cant_answer",
                question="old one", now=now - timedelta(days=31))  # fmt: skip
    record_miss(db, team_id="T2", user_id="U1", channel="C1", message_ts="1.0", kind="cant_answer",
                question="another workspace", now=now)  # fmt: skip
    assert [r["question"] for r in recent_misses(db, "T1", now)] == []
    assert [r["question"] for r in recent_misses(db, "T2", now)] == ["another workspace"]  # per workspace
    record_miss(db, team_id="T1", user_id="U2", channel="C1", message_ts="2.0", kind="not_what_i_asked",
                question="new one", now=now)  # fmt: skip
    kept = [r[0] for r in db.execute("SELECT question FROM misses WHERE team_id = 'T1'").fetchall()]
    assert kept == ["new one"]
