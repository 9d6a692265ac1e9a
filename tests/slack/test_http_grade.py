"""/grade over signed HTTP against the real server, as Slack sends it."""

from __future__ import annotations

import json
import time

import pytest

from tests.conftest import assert_valid_blocks, sign, slash_body

CAMBS_GRADES = {
    "Police powers and public treatment": "Outstanding",
    "Preventing crime and antisocial behaviour": "Good",
    "Building, supporting and protecting the workforce": "Good",
    "Investigating crime": "Adequate",
    "Protecting vulnerable people": "Adequate",
    "Leadership and force management": "Requires improvement",
    "Responding to the public": "Inadequate",
    "Managing offenders and suspects": "Inadequate",
}
CAMBS_REPORT = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/cambridgeshire-2023-25/"


def _grades_in(message: dict) -> dict[str, str]:
    found = {}
    for block in message["blocks"]:
        if block["type"] == "section":
            name, _, rest = block["text"]["text"].partition("\n")
            grade = rest.split("*")[1] if rest.count("*") >= 2 else None
            found[name.strip("*")] = grade
    return found


def test_grade_cambridgeshire_over_signed_http(http_app, slack_api):
    body = slash_body("/grade", "cambridgeshire", slack_api.response_url("r1"))
    status, text = http_app.post(body, sign(body))
    assert status == 200
    reply = json.loads(text)  # the answer comes back in the acknowledgement itself
    assert reply["response_type"] == "ephemeral"
    assert _grades_in(reply) == CAMBS_GRADES
    assert CAMBS_REPORT in json.dumps(reply["blocks"])
    assert "12 March 2024" in json.dumps(reply["blocks"])
    assert_valid_blocks(reply)
    share = [b for b in reply["blocks"] if b["type"] == "actions"]
    assert share and share[0]["elements"][0]["value"] == "grade cambridgeshire"


@pytest.mark.parametrize(
    "headers",
    [
        pytest.param(lambda body: sign(body, secret="wrong-secret"), id="forged signature"),
        pytest.param(lambda body: sign(body, timestamp=int(time.time()) - 6 * 60), id="stale timestamp"),
        pytest.param(
            lambda body: {"Content-Type": "application/x-www-form-urlencoded"}, id="missing headers"
        ),
        pytest.param(
            lambda body: sign(body.replace("cambridgeshire", "kent")), id="signature of a different body"
        ),
    ],
)
def test_unsigned_or_forged_requests_get_401_and_no_answer(http_app, slack_api, headers):
    body = slash_body("/grade", "cambridgeshire", slack_api.response_url("forged"))
    status, _ = http_app.post(body, headers(body))
    assert status == 401
    time.sleep(0.2)
    assert slack_api.calls_to("response_url:forged") == []


def test_unknown_paths_are_404(http_app):
    assert http_app.get("/slack/events")[0] == 404
    assert http_app.get("/admin")[0] == 404


@pytest.mark.parametrize(
    ("text", "expect"),
    [
        ("", "Usage"),
        ("help", "Usage"),
        ("xyzzy", "don't know"),
        ("west", "Did you mean"),
        ("a" * 2000, "longer than any"),
        ("<!channel> please", "&lt;!channel&gt;"),
    ],
)
def test_bad_or_unclear_text_gets_help_privately(http_app, slack_api, text, expect):
    body = slash_body("/grade", text, slack_api.response_url("bad"))
    status, raw = http_app.post(body, sign(body))
    assert status == 200
    reply = json.loads(raw)
    assert reply["response_type"] == "ephemeral"
    assert expect in json.dumps(reply, ensure_ascii=False)
    assert "<!channel>" not in json.dumps(reply)
    assert_valid_blocks(reply)


def test_an_unexpected_failure_is_acked_logged_and_told_politely(settings, slack_api, tmp_path, caplog):
    """The store breaks mid-request: Slack still gets its ack, the user a plain apology, the log the detail."""
    from bot.slack.app import SORRY, create_app
    from bot.slack.server import make_server
    from db.connection import Store
    from tests.conftest import RunningApp, serve_in_thread

    broken = Store(tmp_path)  # a directory: every connection fails
    app = create_app(settings, broken)
    server = make_server(app, broken, "127.0.0.1", 0)
    serve_in_thread(server)
    try:
        body = slash_body("/grade", "cambs", slack_api.response_url("oops"))
        status, text = RunningApp(f"http://127.0.0.1:{server.effective_port}").post(body, sign(body))
        assert status == 200
        reply = json.loads(text)
        assert reply == {"response_type": "ephemeral", "text": SORRY}
        assert "Traceback" not in json.dumps(reply) and "sqlite" not in json.dumps(reply).lower()
    finally:
        server.close()
    failures = [r for r in caplog.records if r.getMessage() == "Could not answer a command"]
    assert failures and "unable to open database file" in str(failures[0].exc_info[1])


def test_did_you_mean_buttons_keep_the_round_asked_about(db):
    from bot.slack.ask import ask

    for text, value in (
        ("grade west 2021/22", "grade west-midlands 2021-22"),
        ("how did west do in 2021/22", "how did west-midlands do in 2021/22"),
    ):
        msg = ask(db, text)
        values = [e["value"] for b in msg["blocks"] if b["type"] == "actions" for e in b["elements"]]
        assert value in values, (text, values)
        picked = ask(db, value)
        assert "West Midlands Police: PEEL 2021–22" in picked["text"]
