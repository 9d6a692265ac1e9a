"""Slack's agent view: suggested prompts when the app's DM opens, and "Looking that up…" while answering.

Over signed events to the app with the Web API stand-in; the status helper against the stand-in directly.
Without the feature (no paid plan or sandbox) Slack answers with an error: nothing else changes."""

from __future__ import annotations

import json
import logging
import time
from datetime import date

import pytest
from slack_sdk import WebClient

from bot.questions.answers import snapshot
from bot.questions.answers.home import suggested_prompts
from bot.slack import assistant
from db.load import load_rows, parse_text
from tests.conftest import BOT_TOKEN, run_cli, sign


@pytest.fixture(autouse=True)
def _slack_asked_afresh():
    assistant.forget_refusals()
    yield
    assistant.forget_refusals()


def _opened(tab: str, event_id: str = "EvTab") -> str:
    return json.dumps(
        {
            "team_id": "T0TEST",
            "api_app_id": "A0TEST",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "event": {"type": "app_home_opened", "user": "U0REPORTER", "channel": "D0DM", "tab": tab},
        }
    )


def _post(http_app, payload: str) -> int:
    return http_app.post(payload, {**sign(payload), "Content-Type": "application/json"})[0]


def test_opening_the_messages_tab_suggests_four_questions_in_that_dm_without_a_thread(http_app, slack_api):
    assert _post(http_app, _opened("messages")) == 200
    (call,) = slack_api.wait_for("assistant.threads.setSuggestedPrompts")
    assert call.args["channel_id"] == "D0DM"
    assert "thread_ts" not in call.args  # under agent_view a call naming a thread fails silently
    assert call.args["title"]
    prompts = call.args["prompts"]
    assert [p["title"] for p in prompts] == [
        "How did Kent Police do?",  # the newest report in the shipped data
        "Which forces are in Engage?",
        "Show me the national picture",
        "Who is inadequate at responding to the public?",
    ]
    assert [p["message"] for p in prompts][1:3] == ["which forces are in engage", "chart police"]
    time.sleep(0.3)
    assert slack_api.calls_to("views.publish") == []  # the Home tab is a different surface


def test_a_workspace_without_the_agent_view_is_logged_at_info_and_nothing_breaks(http_app, slack_api, caplog):
    slack_api.fail("assistant.threads.setSuggestedPrompts", 200, body={"ok": False, "error": "not_allowed"})
    with caplog.at_level(logging.INFO, logger="bot.slack.assistant"):
        assert _post(http_app, _opened("messages", "EvM1")) == 200
        slack_api.wait_for("assistant.threads.setSuggestedPrompts")
        time.sleep(0.3)
    refused = [r for r in caplog.records if r.name == "bot.slack.assistant"]
    assert refused and all(r.levelno == logging.INFO for r in refused) and "not_allowed" in caplog.text
    assert _post(http_app, _opened("home", "EvH1")) == 200
    slack_api.wait_for("views.publish", timeout=20)  # the Home tab still works


def test_suggested_prompts_follow_the_data(db):
    prompts = suggested_prompts(snapshot(db), date(2026, 5, 1))
    assert 1 <= len(prompts) <= 4
    report = "body_id,round,published,report_url\nnorfolk,2025-27,2026-05-01,https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/norfolk-2025-27/\n"
    load_rows(db, parse_text(report, "new.csv"), source="new.csv", loaded_by="test")
    newest = suggested_prompts(snapshot(db), date(2026, 5, 2))[0]
    assert (newest.title, newest.message) == (
        "How did Norfolk Constabulary do?",
        "grade norfolk constabulary",
    )


def test_every_suggested_prompt_gets_an_answer(tmp_path, db, db_path):
    for prompt in suggested_prompts(snapshot(db), date(2026, 5, 1)):
        proc = run_cli("ask", prompt.message, cwd=tmp_path, env={"DATABASE_PATH": str(db_path)})
        assert proc.returncode == 0, (prompt, proc.stderr[-500:])
        assert "can't answer" not in proc.stdout and "did you mean" not in proc.stdout.lower(), prompt


def test_the_manifests_prompts_get_an_answer(tmp_path, db_path):
    from pathlib import Path

    manifest = json.loads((Path(__file__).resolve().parents[2] / "manifest.json").read_text())
    for prompt in manifest["features"]["agent_view"]["suggested_prompts"]:
        proc = run_cli("ask", prompt["message"], cwd=tmp_path, env={"DATABASE_PATH": str(db_path)})
        assert proc.returncode == 0 and "can't answer" not in proc.stdout, prompt


# ---------------------------------------------------------------- "Looking that up…" (bot.slack.assistant)


@pytest.fixture
def client(slack_api) -> WebClient:
    return WebClient(token=BOT_TOKEN, base_url=slack_api.api_url)


def _statuses(slack_api) -> list[tuple[str, str, str]]:
    return [
        (c.args["channel_id"], c.args["thread_ts"], c.args["status"])
        for c in slack_api.calls_to("assistant.threads.setStatus")
    ]


def test_thinking_shows_the_status_and_clears_it_when_the_reply_is_elsewhere(client, slack_api):
    with assistant.thinking(client, "D0DM", "1717.0001") as shown:
        assert shown
        assert _statuses(slack_api) == [("D0DM", "1717.0001", "Looking that up…")]
    assert _statuses(slack_api)[-1] == ("D0DM", "1717.0001", "")


def test_a_reply_in_the_same_thread_clears_the_status_itself(client, slack_api):
    with assistant.thinking(client, "D0DM", "1717.0002", reply_in_thread=True):
        client.chat_postMessage(channel="D0DM", thread_ts="1717.0002", text="Kent Police: …")
    assert _statuses(slack_api) == [("D0DM", "1717.0002", "Looking that up…")]


def test_the_status_is_cleared_when_answering_fails(client, slack_api):
    with pytest.raises(RuntimeError), assistant.thinking(client, "D0DM", "1717.0003", reply_in_thread=True):
        raise RuntimeError("the answer broke")
    assert _statuses(slack_api)[-1] == ("D0DM", "1717.0003", "")


def test_without_the_agent_view_the_status_is_skipped_quietly_and_not_asked_again(client, slack_api, caplog):
    slack_api.fail("assistant.threads.setStatus", 200, body={"ok": False, "error": "feature_not_enabled"})
    with caplog.at_level(logging.DEBUG, logger="bot.slack.assistant"):
        with assistant.thinking(client, "D0FREE", "1717.0004") as shown:
            assert not shown
        with assistant.thinking(client, "D0FREE", "1717.0005") as shown:
            assert not shown
    assert len(slack_api.calls_to("assistant.threads.setStatus")) == 1  # one refusal, then left alone
    assert [r.levelno for r in caplog.records if r.name == "bot.slack.assistant"] == [logging.INFO]
    with assistant.thinking(client, "D0PAID", "1717.0006") as shown:
        assert shown  # another DM (another workspace) is asked


def _dm(text: str, ts: str, event_id: str, thread_ts: str | None = None) -> str:
    event = {
        "type": "message",
        "channel_type": "im",
        "user": "U0REPORTER",
        "text": text,
        "ts": ts,
        "channel": "D0DM",
    }
    if thread_ts:
        event["thread_ts"] = thread_ts
    return json.dumps(
        {
            "team_id": "T0TEST",
            "api_app_id": "A0TEST",
            "type": "event_callback",
            "event_id": event_id,
            "event_time": int(time.time()),
            "event": event,
        }
    )


def test_a_dm_shows_looking_that_up_until_the_answer_is_posted(http_app, slack_api):
    assert _post(http_app, _dm("grade norfolk", "1717000100.000100", "EvDm1")) == 200
    slack_api.wait_for("chat.postMessage", timeout=10)
    deadline = time.monotonic() + 5
    while len(_statuses(slack_api)) < 2 and time.monotonic() < deadline:
        time.sleep(0.02)
    assert _statuses(slack_api) == [
        ("D0DM", "1717000100.000100", "Looking that up…"),
        ("D0DM", "1717000100.000100", ""),  # the answer went to the DM's main line, not the thread
    ]
    set_at, reply_at, cleared_at = (
        slack_api.calls_to("assistant.threads.setStatus")[0].at,
        slack_api.calls_to("chat.postMessage")[0].at,
        slack_api.calls_to("assistant.threads.setStatus")[1].at,
    )
    assert set_at <= reply_at <= cleared_at


def test_a_dm_thread_reply_clears_the_status_itself(http_app, slack_api):
    assert (
        _post(http_app, _dm("grade suffolk", "1717000200.000200", "EvDm2", thread_ts="1717000100.000100"))
        == 200
    )
    reply = slack_api.wait_for("chat.postMessage", timeout=10)[0].args
    assert reply["thread_ts"] == "1717000100.000100"
    time.sleep(0.3)
    assert _statuses(slack_api) == [("D0DM", "1717000100.000100", "Looking that up…")]


def test_a_mention_in_a_channel_sets_no_status(http_app, slack_api):
    mention = json.loads(_dm("<@U0BOT> grade kent", "1717000300.000300", "EvMention"))
    mention["event"] = {**mention["event"], "type": "app_mention", "channel": "C0NEWS"}
    del mention["event"]["channel_type"]
    assert _post(http_app, json.dumps(mention)) == 200
    slack_api.wait_for("chat.postMessage", timeout=10)
    time.sleep(0.3)
    assert slack_api.calls_to("assistant.threads.setStatus") == []
