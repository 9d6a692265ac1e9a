"""The security pass over every way in: signed HTTP, body size, health, escaping, SQL, secrets, .env."""

from __future__ import annotations

import dataclasses
import json
import logging
import subprocess
import time
from pathlib import Path

import pytest

from bot.slack.ids import SHARE_ACTION
from tests.conftest import (
    BOT_TOKEN,
    SIGNING_SECRET,
    RunningApp,
    assert_valid_blocks,
    block_action_body,
    command_reply,
    serve_in_thread,
    sign,
    slash_body,
    start_serve,
)
from tests.slack.test_admin import admin, audit_rows, file_shared, serve_upload

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "'; DROP TABLE grades; --"
LIVE = ("<!channel>", "<!here>", "<@U123>", "<!everyone>")
MENTIONS = "<!channel> <!here> <@U123> <!everyone>"


@pytest.fixture
def settings(settings):
    return dataclasses.replace(settings, allow_http_loads=True, feed_urls=())


def event_body() -> str:
    return json.dumps(
        {
            "team_id": "T0TEST",
            "api_app_id": "A0TEST",
            "type": "event_callback",
            "event_id": "Ev0FORGED",
            "event_time": int(time.time()),
            "event": {
                "type": "file_shared",
                "file_id": "F0DATA",
                "user_id": "UADMIN",
                "channel_id": "D0ADMIN",
                "file": {"id": "F0DATA"},
            },
        }
    )


def action_body(response_url: str) -> str:
    return block_action_body(
        response_url, {"action_id": SHARE_ACTION, "value": "grade kent", "block_id": "share"}, user="UADMIN"
    )


def _tables(db) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()}


def _counts(db) -> dict[str, int]:
    return {t: db[t].count for t in ("bodies", "reports", "grades")}


# ---------------------------------------------------------------- signed HTTP


FORGERIES = [
    pytest.param(lambda body: sign(body, secret="wrong-secret"), id="forged signature"),
    pytest.param(lambda body: sign(body, timestamp=int(time.time()) - 6 * 60), id="stale timestamp"),
    pytest.param(lambda body: sign(body, timestamp=int(time.time()) + 6 * 60), id="future timestamp"),
    pytest.param(lambda body: {"Content-Type": "application/x-www-form-urlencoded"}, id="missing headers"),
    pytest.param(
        lambda body: {k: v for k, v in sign(body).items() if k != "X-Slack-Signature"}, id="missing signature"
    ),
    pytest.param(lambda body: sign(body + "&extra=1"), id="signature of an altered body"),
]


@pytest.mark.parametrize("headers", FORGERIES)
def test_forged_admin_commands_get_401_and_leave_no_trace(http_app, slack_api, store, headers):
    body = slash_body("/inspections-admin", "stats", slack_api.response_url("forged"), user_id="UADMIN")
    status, _ = http_app.post(body, headers(body))
    assert status == 401
    time.sleep(0.2)
    assert slack_api.calls_to("response_url:forged") == []
    with store.connect() as db:
        assert audit_rows(db) == []


def test_a_replayed_admin_command_with_an_altered_body_is_refused(http_app, slack_api, store):
    original = slash_body("/inspections-admin", "stats", slack_api.response_url("replay"), user_id="UADMIN")
    headers = sign(original)
    altered = original.replace("stats", "audit")
    assert http_app.post(altered, headers)[0] == 401
    assert http_app.post(original.replace("UADMIN", "UEVIL"), headers)[0] == 401


@pytest.mark.parametrize("headers", FORGERIES)
def test_forged_events_get_401_and_nothing_is_downloaded(http_app, slack_api, store, headers):
    body = event_body()
    forged = {**headers(body), "Content-Type": "application/json"}
    status, _ = http_app.post(body, forged)
    assert status == 401
    time.sleep(0.2)
    assert slack_api.calls_to("files.info") == [] and slack_api.calls_to("chat.postMessage") == []


@pytest.mark.parametrize("headers", FORGERIES)
def test_forged_interactivity_payloads_get_401(http_app, slack_api, headers):
    body = action_body(slack_api.response_url("button"))
    status, _ = http_app.post(body, headers(body))
    assert status == 401
    time.sleep(0.2)
    assert slack_api.calls_to("response_url:button") == []


def test_a_signed_button_press_is_answered(http_app, slack_api):
    body = action_body(slack_api.response_url("button"))
    assert http_app.post(body, sign(body))[0] == 200
    assert slack_api.wait_for("response_url:button")


def test_an_oversized_admin_command_is_refused_before_bolt_sees_it(http_app, slack_api, store):
    import http.client
    from urllib.parse import urlsplit

    body = slash_body(
        "/inspections-admin", "load " + "x" * 1_100_000, slack_api.response_url("big"), user_id="UADMIN"
    )
    # Announce the whole body but send none of it: the refusal must come from the headers alone.
    conn = http.client.HTTPConnection(urlsplit(http_app.base_url).netloc, timeout=10)
    conn.putrequest("POST", "/slack/events")
    for k, v in {**sign(body), "Content-Length": str(len(body))}.items():
        conn.putheader(k, v)
    conn.endheaders()
    status = conn.getresponse().status
    conn.close()
    assert status == 413
    time.sleep(0.2)
    assert slack_api.calls_to("response_url:big") == []
    with store.connect() as db:
        assert audit_rows(db) == []


def test_health_endpoint_leaks_nothing(http_app):
    import urllib.request

    with urllib.request.urlopen(http_app.base_url + "/healthz", timeout=5) as resp:
        headers = dict(resp.headers)
        body = resp.read().decode()
    assert json.loads(body) == {"ok": True}
    shown = body + json.dumps(headers)
    for secret in (BOT_TOKEN, SIGNING_SECRET, "inspections.db", "python", "Python", "waitress", "sqlite"):
        assert secret not in shown


def test_an_unhealthy_store_says_only_not_ok(tmp_path, app):
    from bot.slack.server import make_server
    from db.connection import Store

    broken = Store(tmp_path / "no-such-dir" / "secret-name.db")
    server = make_server(app, broken, "127.0.0.1", 0)

    serve_in_thread(server)
    try:
        status, body = RunningApp(f"http://127.0.0.1:{server.effective_port}").get("/healthz")
    finally:
        server.close()
    assert status == 503 and json.loads(body) == {"ok": False}


# ---------------------------------------------------------------- text echoed back is escaped


def _live_text(payload: object) -> list[str]:
    """Every string Slack would parse for mentions: all but plain_text objects, which are shown literally."""
    if isinstance(payload, dict):
        if payload.get("type") == "plain_text":
            return []
        return [t for v in payload.values() for t in _live_text(v)]
    if isinstance(payload, list):
        return [t for v in payload for t in _live_text(v)]
    return [payload] if isinstance(payload, str) else []


def _no_live_mentions(payload: object) -> None:
    for text in _live_text(payload):
        for token in LIVE:
            assert token not in text, f"{token} came back live in {text[:300]}"


@pytest.mark.parametrize(
    ("command", "text", "user"),
    [
        ("/grade", MENTIONS, "U0REPORTER"),
        ("/grade", f"kent {MENTIONS}", "U0REPORTER"),
        ("/inspections", MENTIONS, "U0REPORTER"),
        ("/inspections", f"which forces are {MENTIONS}", "U0REPORTER"),
        ("/inspections", f"subscribe {MENTIONS}", "U0REPORTER"),
        ("/inspections", f"unsubscribe {MENTIONS}", "U0REPORTER"),
        ("/inspections-admin", MENTIONS, "UADMIN"),
        ("/inspections-admin", f"load {MENTIONS}", "UADMIN"),
        ("/inspections-admin", f"load https://example.org/{MENTIONS}", "UADMIN"),
        ("/inspections-admin", f"audit {MENTIONS}", "UADMIN"),
        ("/inspections-admin", f"digest {MENTIONS}", "UADMIN"),
        ("/inspections-admin", MENTIONS, "U0REPORTER"),
    ],
)
def test_user_text_echoed_back_is_escaped_in_every_command(http_app, slack_api, command, text, user):
    body = slash_body(command, text, slack_api.response_url("echo"), user_id=user)
    reply = command_reply(http_app, slack_api, body, "echo")
    assert_valid_blocks(reply)
    _no_live_mentions(reply)
    time.sleep(0.2)
    _no_live_mentions([c.args for c in slack_api.calls])  # nothing posted anywhere else either


def test_the_audit_trail_shows_hostile_commands_escaped(http_app, slack_api):
    admin(http_app, slack_api, f"frob {MENTIONS}", user="U0REPORTER", name="one")
    reply = admin(http_app, slack_api, "audit", name="two")
    _no_live_mentions(reply)
    assert "&lt;!channel&gt;" in json.dumps(reply)


HOSTILE_DATA = {
    "bodies": [
        {
            "id": "test-force",
            "name": "<!channel> Constabulary <@U123>",
            "kind": "police",
            "country": "England",
            "region": "<!here> region",
            "aliases": "testforce|<!everyone>",
        }
    ],
    "reports": [
        {
            "body_id": "test-force",
            "round": "2023-25",
            "published": "2024-06-01",
            "report_url": "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/test-force-2023-25/",
            "title": "<!here> PEEL report <@U123>",
        }
    ],
    "grades": [
        {
            "body_id": "test-force",
            "round": "2023-25",
            "area": "responding",
            "grade": "Good",
            "source_url": "https://hmicfrs.justiceinspectorates.gov.uk/x",
            "evidence": "<!channel> evidence",
        }
    ],
}


def test_data_file_text_is_escaped_wherever_it_is_shown(http_app, slack_api, file_server):
    url = file_server.serve(
        "/hostile.json", json.dumps(HOSTILE_DATA).encode(), headers={"Content-Type": "application/json"}
    )
    loaded = admin(http_app, slack_api, f"load {url}", name="load")
    assert "1 bodies added" in loaded["text"]
    _no_live_mentions(loaded)
    _no_live_mentions(admin(http_app, slack_api, "stats", name="stats"))
    replies: list[dict] = []
    for command, text in (
        ("/grade", "testforce"),
        ("/grade", "test-force 2023-25"),
        ("/inspections", "grade testforce"),
    ):
        name = f"g{len(slack_api.calls)}"
        replies.append(
            command_reply(http_app, slack_api, slash_body(command, text, slack_api.response_url(name)), name)
        )
    assert replies and any("Constabulary" in json.dumps(r) for r in replies)
    for reply in replies:
        assert_valid_blocks(reply)
        _no_live_mentions(reply)


# ---------------------------------------------------------------- SQL only with parameters


@pytest.mark.parametrize(
    ("command", "text"),
    [
        ("/grade", HOSTILE),
        ("/grade", f"kent {HOSTILE}"),
        ("/inspections", HOSTILE),
        ("/inspections", f"which forces are {HOSTILE}"),
        ("/inspections", f"subscribe {HOSTILE}"),
        ("/inspections", f"unsubscribe {HOSTILE}"),
        ("/inspections-admin", HOSTILE),
        ("/inspections-admin", f"load {HOSTILE}"),
        ("/inspections-admin", f"load https://example.org/{HOSTILE}"),
        ("/inspections-admin", f"audit {HOSTILE}"),
        ("/inspections-admin", "audit"),
        ("/inspections-admin", "stats"),
    ],
)
def test_hostile_sql_in_any_command_field_changes_nothing(http_app, slack_api, store, command, text):
    with store.connect() as db:
        tables, counts = _tables(db), _counts(db)
    for user in ("UADMIN", HOSTILE):
        name = f"sql{len(slack_api.calls)}"
        body = slash_body(
            command,
            text,
            slack_api.response_url(name),
            user_id=user,
            channel_name=HOSTILE,
            team_domain=HOSTILE,
        )
        assert command_reply(http_app, slack_api, body, name)
    with store.connect() as db:
        assert _tables(db) == tables and _counts(db) == counts


@pytest.mark.parametrize("column", ["force_id", "round", "area", "grade", "basis", "source_url", "evidence"])
def test_hostile_sql_in_any_column_of_a_data_file_changes_nothing(
    http_app, slack_api, store, file_server, column
):
    row = {
        "force_id": "kent",
        "round": "2023-25",
        "area": "responding",
        "grade": "Good",
        "basis": "stated",
        "source_url": "https://x.org/a",
        "evidence": "fine",
    }
    row[column] = HOSTILE if column != "source_url" else f"https://x.org/{HOSTILE}"
    csv_text = ",".join(row) + "\n" + ",".join(f'"{v}"' for v in row.values()) + "\n"
    url = file_server.serve(f"/{column}.csv", csv_text.encode())
    with store.connect() as db:
        tables, grades = _tables(db), list(db.query("SELECT * FROM grades ORDER BY report_id, area"))
    reply = admin(http_app, slack_api, f"load {url}")
    with store.connect() as db:
        assert _tables(db) == tables
        after = list(db.query("SELECT * FROM grades ORDER BY report_id, area"))
    if column == "evidence":  # free text: stored literally, as data
        assert "1 grades changed" in reply["text"] or "0 grades changed" in reply["text"]
        assert any(g["evidence"] == HOSTILE for g in after)
    else:
        assert "Nothing was loaded" in reply["text"] and after == grades


def test_hostile_sql_in_free_text_fields_is_stored_literally(http_app, slack_api, store, file_server):
    data = json.loads(json.dumps(HOSTILE_DATA).replace("<!channel>", HOSTILE.replace('"', "")))
    data["reports"][0]["title"] = HOSTILE
    url = file_server.serve(
        "/hostile.json", json.dumps(data).encode(), headers={"Content-Type": "application/json"}
    )
    with store.connect() as db:
        tables, grades = _tables(db), _counts(db)["grades"]
    admin(http_app, slack_api, f"load {url}")
    with store.connect() as db:
        assert _tables(db) == tables
        assert _counts(db)["grades"] == grades + 1
        assert db.execute("SELECT title FROM reports WHERE body_id = 'test-force'").fetchone()[0] == HOSTILE


def test_hostile_upload_metadata_changes_nothing(http_app, slack_api, store, file_server):
    serve_upload(slack_api, file_server, b"force_id,round\n", name=HOSTILE, title=HOSTILE)
    with store.connect() as db:
        tables, counts = _tables(db), _counts(db)
    file_shared(http_app, file_id="F0DATA")
    posted = slack_api.wait_for("chat.postMessage", timeout=10)[0].args
    assert "Nothing was loaded" in posted["text"]
    with store.connect() as db:
        assert _tables(db) == tables and _counts(db) == counts


# ---------------------------------------------------------------- secrets


def _secret_free(text: str) -> None:
    assert BOT_TOKEN not in text
    assert SIGNING_SECRET not in text
    assert "xoxb-" not in text


def test_secrets_never_reach_logs_or_replies_even_when_things_fail(
    http_app, slack_api, store, file_server, caplog
):
    caplog.set_level(logging.DEBUG)
    slack_api.fail("files.info", 200, body={"ok": False, "error": "file_not_found"})
    file_shared(http_app)  # an unexpected failure inside a listener
    url = file_server.serve("/broken.csv", b"", status=500, headers={"Content-Type": "text/plain"})
    admin(http_app, slack_api, f"load {url}", name="broken")
    admin(http_app, slack_api, f"load {BOT_TOKEN}", name="typed")
    body = slash_body("/inspections-admin", "stats", slack_api.response_url("forged"))
    http_app.post(body, sign(body, secret="nope"))
    time.sleep(0.5)
    _secret_free(caplog.text)
    replies = [c.args for c in slack_api.calls if c.method.startswith(("response_url:", "chat."))]
    assert replies
    for reply in replies:
        _secret_free(json.dumps(reply))
    assert any("[redacted]" in json.dumps(r) for r in replies)  # a pasted token is not echoed
    with store.connect() as db:
        rows = audit_rows(db)
    assert any(r["outcome"].startswith("error: ") for r in rows)
    _secret_free(json.dumps(rows))  # nor stored


def test_logs_of_a_real_serve_run_hold_no_secrets(tmp_path, db_path, slack_api, file_server):
    feed = file_server.serve("/feed/", b"<rss></rss>", headers={"Content-Type": "application/rss+xml"})
    slack_api.fail("files.info", 200, body={"ok": False, "error": "file_not_found"})
    proc, running = start_serve(
        tmp_path, slack_api, db_path, LOG_LEVEL="DEBUG", ADMIN_USER_IDS="UADMIN", FEED_URLS=feed
    )
    try:
        for text, user in (
            ("stats", "UADMIN"),
            ("load https://127.0.0.1/x.csv", "UADMIN"),
            ("poll", "UNOBODY"),
        ):
            body = slash_body("/inspections-admin", text, slack_api.response_url("s"), user_id=user)
            assert running.post(body, sign(body))[0] == 200
        body = slash_body("/grade", "kent", slack_api.response_url("s"))
        assert running.post(body, sign(body, secret="forged"))[0] == 401
        file_shared(running)
        slack_api.wait_for("response_url:s", count=3, timeout=15)
        time.sleep(0.5)
    finally:
        proc.terminate()
        _, stderr = proc.communicate(timeout=15)
    assert "Serving HTTP" in stderr and "DEBUG" in stderr
    _secret_free(stderr)


def test_dot_env_is_git_ignored():
    result = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=ROOT, capture_output=True)
    assert result.returncode == 0, ".env must be listed in .gitignore"
    assert (
        subprocess.run(
            ["git", "ls-files", "--error-unmatch", ".env"], cwd=ROOT, capture_output=True
        ).returncode
        != 0
    )
