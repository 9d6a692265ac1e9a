"""Logs: one line per request with team, kind, outcome and duration; JSON on request; never secrets."""

from __future__ import annotations

import io
import json
import logging

from bot.logs import JsonFormatter, RedactingFormatter, RedactSecrets
from tests.conftest import BOT_TOKEN, SIGNING_SECRET, sign, slash_body


def test_each_request_is_logged_once_with_team_command_and_outcome(http_app, slack_api, caplog):
    caplog.set_level(logging.INFO, logger="inspections-bot.requests")
    body = slash_body("/grade", "cambs", slack_api.response_url("log"))
    status, text = http_app.post(body, sign(body))
    assert status == 200 and "Cambridgeshire" in text
    lines = [r for r in caplog.records if r.name == "inspections-bot.requests"]
    assert len(lines) == 1
    record = lines[0]
    assert (record.kind, record.target, record.team, record.outcome) == ("command", "/grade", "T0TEST", 200)
    assert isinstance(record.duration_ms, float) and record.duration_ms < 3000  # inside Slack's deadline


def test_json_lines_carry_request_fields_and_redact_secrets():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter("%(message)s", RedactSecrets([SIGNING_SECRET])))
    logger = logging.getLogger("test.json")
    logger.addHandler(handler)
    logger.propagate = False
    logger.warning("token %s secret %s", BOT_TOKEN, SIGNING_SECRET, extra={"team": "T1", "outcome": "200"})
    entry = json.loads(stream.getvalue())
    assert entry["team"] == "T1" and entry["outcome"] == "200"
    assert BOT_TOKEN not in stream.getvalue() and SIGNING_SECRET not in stream.getvalue()
    assert "[redacted]" in entry["message"]


def test_tracebacks_are_redacted_too():
    formatter = RedactingFormatter("%(message)s", RedactSecrets([]))
    try:
        raise RuntimeError("xapp-1-A123-secretvalue leaked")
    except RuntimeError:
        record = logging.LogRecord(
            "x", logging.ERROR, __file__, 1, "failed", None, __import__("sys").exc_info()
        )
    assert "xapp-1" not in formatter.format(record)
