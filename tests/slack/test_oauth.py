"""Installs for many workspaces: the OAuth flow end to end against the Web API stand-in."""

from __future__ import annotations

import http.client
import json
import re
import time
from urllib.parse import parse_qs, urlparse

import pytest

from bot.config import Settings
from bot.slack.app import create_app
from bot.slack.oauth import bot_token_for
from bot.slack.server import make_server
from tests.conftest import SIGNING_SECRET, serve_in_thread, sign, slash_body

CLIENT_ID = "111.222"
CLIENT_SECRET = "oauth-client-secret-value"


def _oauth_access(args: dict) -> dict:
    team = {"c-one": ("T0ONE", "xoxb-one-token-value"), "c-two": ("T0TWO", "xoxb-two-token-value")}[
        args["code"]
    ]
    return {
        "ok": True,
        "access_token": team[1],
        "token_type": "bot",
        "scope": "commands,chat:write",
        "bot_user_id": "U0BOT",
        "app_id": "A0TEST",
        "team": {"id": team[0], "name": team[0]},
        "enterprise": None,
        "authed_user": {"id": "U0INSTALLER"},
        "is_enterprise_install": False,
    }


@pytest.fixture
def oauth_server(slack_api, store, db_path):
    slack_api.on("oauth.v2.access", _oauth_access)
    settings = Settings(
        signing_secret=SIGNING_SECRET,
        client_id=CLIENT_ID,
        client_secret=CLIENT_SECRET,
        slack_api_url=slack_api.api_url,
        database_path=str(db_path),
        admin_user_ids=("U0OPERATOR",),
        allow_workspace_admins=True,
    )
    app = create_app(settings, store)
    server = make_server(app, store, "127.0.0.1", 0)
    serve_in_thread(server)
    yield settings, server.effective_port
    server.close()


def _get(port: int, path: str, cookie: str = "") -> tuple[int, dict[str, str], str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("GET", path, headers={"Cookie": cookie} if cookie else {})
    resp = conn.getresponse()
    return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read().decode()


def _install(port: int, code: str) -> tuple[int, str, str]:
    status, headers, page = _get(port, "/slack/install")
    assert status in (200, 302)
    link = headers.get("location") or re.search(r'href="([^"]+oauth/v2/authorize[^"]+)"', page).group(1)
    state = parse_qs(urlparse(link.replace("&amp;", "&")).query)["state"][0]
    cookie = headers["set-cookie"].split(";")[0]
    status, _, page = _get(port, f"/slack/oauth_redirect?code={code}&state={state}", cookie)
    return status, state, cookie


def test_two_workspaces_install_and_each_gets_its_own_token(oauth_server, slack_api):
    settings, port = oauth_server
    assert _install(port, "c-one")[0] == 200
    assert _install(port, "c-two")[0] == 200
    calls = slack_api.calls_to("oauth.v2.access")
    assert [c.args["code"] for c in calls] == ["c-one", "c-two"]
    assert bot_token_for(settings, "T0ONE") == "xoxb-one-token-value"
    assert bot_token_for(settings, "T0TWO") == "xoxb-two-token-value"
    assert bot_token_for(settings, "T0NONE") is None


def test_a_replayed_or_forged_state_is_refused(oauth_server, slack_api):
    settings, port = oauth_server
    status, state, cookie = _install(port, "c-one")
    assert status == 200
    replay, _, _ = _get(port, f"/slack/oauth_redirect?code=c-two&state={state}", cookie)
    forged, _, _ = _get(port, "/slack/oauth_redirect?code=c-two&state=made-up", cookie)
    assert replay >= 400 and forged >= 400
    assert [c.args["code"] for c in slack_api.calls_to("oauth.v2.access")] == ["c-one"]
    assert bot_token_for(settings, "T0TWO") is None


def test_an_installed_workspace_is_answered_and_an_unknown_one_is_not(oauth_server, slack_api):
    settings, port = oauth_server
    _install(port, "c-one")
    answers = {}
    for team, name in (("T0ONE", "one"), ("T0NONE", "none")):
        body = slash_body("/grade", "cambs", slack_api.response_url(name), team_id=team)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        conn.request("POST", "/slack/events", body=body, headers=sign(body))
        answers[team] = conn.getresponse().read().decode()
    assert "Cambridgeshire" in json.loads(answers["T0ONE"])["text"]
    time.sleep(0.2)
    refused = [c.args.get("text", "") for c in slack_api.calls_to("response_url:none")]
    assert "Cambridgeshire" not in answers["T0NONE"] and all("Cambridgeshire" not in t for t in refused)


def _post(port: int, body: str, content_type: str = "application/x-www-form-urlencoded") -> int:
    headers = {**sign(body), "Content-Type": content_type}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.request("POST", "/slack/events", body=body, headers=headers)
    resp = conn.getresponse()
    resp.read()
    return resp.status


def _subscribe(port: int, slack_api, team: str, channel: str) -> None:
    body = slash_body(
        "/inspections",
        "subscribe all instant",
        slack_api.response_url(team),
        team_id=team,
        channel_id=channel,
    )
    assert _post(port, body) == 200


def _auth_of(call) -> str:
    return call.headers.get("Authorization", "")


def test_two_workspaces_subscribe_and_get_digests_with_their_own_tokens(oauth_server, slack_api, store):
    from datetime import UTC, datetime, timedelta

    from bot.jobs.digests import EVENT_TYPE
    from bot.slack.app import web_client
    from bot.slack.delivery import run_digests
    from db.load import load_rows, parse_text

    settings, port = oauth_server
    _install(port, "c-one")
    _install(port, "c-two")
    _subscribe(port, slack_api, "T0ONE", "C0ONE")
    _subscribe(port, slack_api, "T0TWO", "C0TWO")
    confirmations = slack_api.wait_for("chat.postMessage", 2)
    assert {c.args["channel"]: _auth_of(c) for c in confirmations} == {
        "C0ONE": "Bearer xoxb-one-token-value",
        "C0TWO": "Bearer xoxb-two-token-value",
    }
    now = datetime.now(UTC) + timedelta(seconds=2)
    with store.connect() as db:
        db.execute("UPDATE reports SET added_at = '2020-01-01T00:00:00+00:00'")
        rows = parse_text(
            "force_id,round,published,report_url\nsurrey,2025-27,2026-11-01,https://example.org/surrey\n",
            "new.csv",
        )
        load_rows(db, rows, source="test", loaded_by="UADMIN", now=now)
        planned, report = run_digests(
            db, web_client(settings), settings, now + timedelta(minutes=1), pace=0, sleep=lambda _s: None
        )
    assert planned == 2 and report.messages_posted == 2
    digests = [
        c
        for c in slack_api.calls_to("chat.postMessage")
        if (c.args.get("metadata") or {}).get("event_type") == EVENT_TYPE
    ]
    assert {c.args["channel"]: _auth_of(c) for c in digests} == {
        "C0ONE": "Bearer xoxb-one-token-value",
        "C0TWO": "Bearer xoxb-two-token-value",
    }
    with store.connect() as db:
        teams = dict(db.execute("SELECT channel_id, team_id FROM subscriptions").fetchall())
    assert teams == {"C0ONE": "T0ONE", "C0TWO": "T0TWO"}


def test_uninstalling_one_workspace_leaves_the_other_alone(oauth_server, slack_api, store):
    settings, port = oauth_server
    _install(port, "c-one")
    _install(port, "c-two")
    _subscribe(port, slack_api, "T0ONE", "C0ONE")
    _subscribe(port, slack_api, "T0TWO", "C0TWO")
    slack_api.wait_for("chat.postMessage", 2)
    event = {
        "token": "unused",
        "team_id": "T0ONE",
        "api_app_id": "A0TEST",
        "type": "event_callback",
        "event_id": "Ev0UNINSTALL",
        "event_time": 1_700_000_000,
        "event": {"type": "app_uninstalled", "event_ts": "1700000000.000100"},
    }
    assert _post(port, json.dumps(event), "application/json") == 200
    deadline = time.monotonic() + 5
    while bot_token_for(settings, "T0ONE") is not None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert bot_token_for(settings, "T0ONE") is None
    assert bot_token_for(settings, "T0TWO") == "xoxb-two-token-value"
    time.sleep(0.2)
    with store.connect() as db:
        paused = dict(db.execute("SELECT team_id, paused_reason FROM subscriptions").fetchall())
    assert paused == {"T0ONE": "app_uninstalled", "T0TWO": None}


def _admin(port: int, slack_api, team: str, user: str, text: str) -> str:
    name = f"admin{len(slack_api.calls)}"
    body = slash_body("/inspections-admin", text, slack_api.response_url(name), team_id=team, user_id=user)
    assert _post(port, body) == 200
    return json.dumps(slack_api.wait_for(f"response_url:{name}")[-1].args)


def test_admin_actions_stay_in_their_workspace_and_shared_data_is_for_operators(
    oauth_server, slack_api, store
):
    settings, port = oauth_server
    slack_api.on(
        "users.info", lambda a: {"ok": True, "user": {"id": a["user"], "is_admin": a["user"] == "U0WSADMIN"}}
    )
    _install(port, "c-one")
    _install(port, "c-two")
    assert "Police forces*\\n43" in _admin(port, slack_api, "T0ONE", "U0OPERATOR", "stats")
    two = _admin(port, slack_api, "T0TWO", "U0WSADMIN", "audit")
    assert "U0OPERATOR" not in two  # team one's stats command is not in team two's audit trail
    refused = _admin(port, slack_api, "T0TWO", "U0WSADMIN", "load https://example.org/grades.csv")
    assert "several workspaces" in refused
    with store.connect() as db:
        rows = [
            (r["team_id"], r["user_id"], r["outcome"]) for r in db.query("SELECT * FROM audit ORDER BY id")
        ]
    assert rows[0][:2] == ("T0ONE", "U0OPERATOR") and rows[0][2].startswith("ok")
    assert rows[1][:2] == ("T0TWO", "U0WSADMIN") and rows[1][2].startswith("ok: audit")
    assert rows[2] == ("T0TWO", "U0WSADMIN", "refused: workspace admin, shared data")
    users_info = slack_api.calls_to("users.info")
    assert users_info and all(c.headers["Authorization"] == "Bearer xoxb-two-token-value" for c in users_info)
