"""The HTTP edge: malformed bodies get 400 (401 unless signed), oversized ones 413 read cleanly, one log line each."""

from __future__ import annotations

import http.client
import json
import logging
import socket
import time
from urllib.parse import quote, urlsplit

import pytest

from bot.slack.server import EVENTS_PATH, MAX_BODY_BYTES
from tests.conftest import sign, start_serve

MARK = "BODYTEXT-must-not-be-logged"
JSON = "application/json"
FORM = "application/x-www-form-urlencoded"
MALFORMED = [
    pytest.param('{"type": "event_callback", "event": ' + MARK, JSON, id="event that is not JSON"),
    pytest.param(json.dumps([MARK]), JSON, id="event JSON that is not an object"),
    pytest.param("payload=" + quote("{" + MARK), FORM, id="payload field that is not JSON"),
    pytest.param("payload=" + quote(json.dumps([MARK, 1])), FORM, id="payload JSON that is not an object"),
    pytest.param("payload=" + quote(json.dumps(MARK)), FORM, id="payload JSON that is a string"),
    pytest.param(f"text={MARK}&payload=%FF", FORM, id="payload field that is not UTF-8"),
]
FORGERIES = [
    pytest.param(lambda body: {}, id="unsigned"),
    pytest.param(lambda body: sign(body, secret="wrong-secret"), id="wrong secret"),
    pytest.param(lambda body: sign(body, timestamp=int(time.time()) - 6 * 60), id="stale timestamp"),
    pytest.param(
        lambda body: {**sign(body), "X-Slack-Request-Timestamp": "soon"}, id="timestamp not a number"
    ),
]


@pytest.fixture
def edge_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog


def refusals(caplog: pytest.LogCaptureFixture) -> list[str]:
    """The edge's log lines, once any lingering connection has had time to close."""
    time.sleep(0.3)
    return [r.getMessage() for r in caplog.records if r.name == "bot.slack.server"]


def assert_quiet(caplog: pytest.LogCaptureFixture) -> None:
    """Nothing logged a traceback, and no log line carries the body."""
    assert [r.getMessage() for r in caplog.records if r.exc_info] == []
    assert "Traceback" not in caplog.text
    assert MARK not in caplog.text and "xxxxxxxx" not in caplog.text


@pytest.mark.parametrize(("body", "content_type"), MALFORMED)
def test_a_signed_malformed_body_gets_400_and_one_log_line(http_app, slack_api, edge_log, body, content_type):
    status, text = http_app.post(body, {**sign(body), "Content-Type": content_type})
    assert status == 400
    assert json.loads(text) == {"ok": False, "error": "malformed_body"}
    assert refusals(edge_log) == [f"Refused POST {EVENTS_PATH}: 400 body does not parse, {len(body)} bytes"]
    assert_quiet(edge_log)
    assert [c.method for c in slack_api.calls if c.method != "auth.test"] == []  # auth.test: Bolt at start-up


@pytest.mark.parametrize("headers", FORGERIES)
@pytest.mark.parametrize(("body", "content_type"), MALFORMED[:3])
def test_an_unsigned_malformed_body_gets_401_like_any_forgery(
    http_app, edge_log, body, content_type, headers
):
    status, text = http_app.post(body, {**headers(body), "Content-Type": content_type})
    well_formed = json.dumps({"type": "event_callback", "event": {"type": "app_mention"}})
    assert (status, text) == http_app.post(well_formed, {**headers(well_formed), "Content-Type": JSON})
    assert status == 401 and "malformed" not in text
    lines = refusals(edge_log)
    assert lines[0] == f"Refused POST {EVENTS_PATH}: 401 bad or missing signature, {len(body)} bytes"
    assert len(lines) == 2 and "parse" not in " ".join(lines)
    assert_quiet(edge_log)


def test_a_well_formed_signed_request_still_reaches_bolt(http_app, edge_log):
    body = json.dumps({"type": "url_verification", "challenge": "c-123", "token": "t"})
    status, text = http_app.post(body, {**sign(body), "Content-Type": JSON})
    assert status == 200 and "c-123" in text
    assert refusals(edge_log) == []


# ---------------------------------------------------------------- over the limit

BIG = "x" * (2 * MAX_BODY_BYTES)


def read_response(sock: socket.socket) -> tuple[str, dict[str, str], bytes]:
    """Everything the server sends until it closes: status line, headers, body (a reset raises)."""
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, v in (line.split(":", 1) for line in header_lines)}
    return status_line, headers, body


def raw_post(base_url: str, head: dict[str, str], body: bytes) -> tuple[str, dict[str, str], bytes]:
    """Send the whole request, then read the answer, as a client that doesn't look until it has sent."""
    with socket.create_connection(urlsplit(base_url).netloc.split(":"), timeout=10) as sock:
        lines = "".join(f"{k}: {v}\r\n" for k, v in head.items())
        sock.sendall(f"POST {EVENTS_PATH} HTTP/1.1\r\nHost: slack\r\n{lines}\r\n".encode() + body)
        return read_response(sock)


def chunked(body: bytes, size: int = 65536) -> bytes:
    parts = [body[i : i + size] for i in range(0, len(body), size)]
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


def assert_clean_413(status_line: str, headers: dict[str, str], body: bytes) -> None:
    assert status_line.split(" ", 2)[:2] == ["HTTP/1.1", "413"]
    assert headers["connection"] == "close"
    assert headers["content-type"] == "application/json"
    assert json.loads(body) == {"ok": False}


def test_an_oversized_body_with_content_length_gets_413_not_a_reset(http_app, edge_log):
    head = {**sign(BIG), "Content-Type": JSON, "Content-Length": str(len(BIG))}
    assert_clean_413(*raw_post(http_app.base_url, head, BIG.encode()))
    assert refusals(edge_log) == [f"Refused POST {EVENTS_PATH}: 413 body too large, {len(BIG)} bytes"]
    assert_quiet(edge_log)


def test_an_oversized_chunked_body_gets_413_not_a_reset(http_app, edge_log):
    head = {**sign(BIG), "Content-Type": JSON, "Transfer-Encoding": "chunked"}
    assert_clean_413(*raw_post(http_app.base_url, head, chunked(BIG.encode())))
    [line] = refusals(edge_log)
    assert line.startswith(f"Refused POST {EVENTS_PATH}: 413 body too large, at least ")
    assert line.endswith(" bytes, chunked")
    assert_quiet(edge_log)


def test_http_client_reads_the_413_for_a_body_it_is_still_sending(http_app, edge_log):
    conn = http.client.HTTPConnection(urlsplit(http_app.base_url).netloc, timeout=10)
    try:
        conn.request("POST", EVENTS_PATH, body=BIG.encode(), headers={**sign(BIG), "Content-Type": JSON})
        response = conn.getresponse()
        status, connection, body = response.status, response.getheader("Connection"), response.read()
    finally:
        conn.close()
    assert (status, connection, json.loads(body)) == (413, "close", {"ok": False})
    assert len(refusals(edge_log)) == 1


def test_a_client_expecting_100_continue_gets_the_413_instead(http_app, edge_log):
    head = f"POST {EVENTS_PATH} HTTP/1.1\r\nHost: slack\r\nExpect: 100-continue\r\nContent-Length: {len(BIG)}\r\n\r\n"
    with socket.create_connection(urlsplit(http_app.base_url).netloc.split(":"), timeout=10) as sock:
        sock.sendall(head.encode())
        assert_clean_413(*read_response(sock))
    assert len(refusals(edge_log)) == 1


def test_a_body_of_exactly_the_limit_is_read(http_app, edge_log):
    body = "x" * MAX_BODY_BYTES
    status, _ = http_app.post(body, {**sign(body), "Content-Type": FORM})
    assert status == 404  # signed, parsed, and handed to Bolt, which has no listener for it
    assert refusals(edge_log) == []


# ---------------------------------------------------------------- in the real process's log


def test_serve_logs_each_refusal_once_without_tracebacks_or_bodies(tmp_path, slack_api, db_path):
    proc, running = start_serve(tmp_path, slack_api, db_path)
    try:
        bad = "payload=" + quote("{" + MARK)
        assert running.post(bad, sign(bad))[0] == 400
        assert running.post(bad, {"Content-Type": FORM})[0] == 401
        head = {**sign(BIG), "Content-Type": JSON, "Content-Length": str(len(BIG))}
        assert_clean_413(*raw_post(running.base_url, head, BIG.encode()))
        time.sleep(0.3)
    finally:
        proc.terminate()
        stderr = proc.communicate(timeout=15)[1]
    refused = [line.split(": ", 1)[1] for line in stderr.splitlines() if "Refused POST" in line]
    assert refused == [
        f"Refused POST {EVENTS_PATH}: 400 body does not parse, {len(bad)} bytes",
        f"Refused POST {EVENTS_PATH}: 401 bad or missing signature, {len(bad)} bytes",
        f"Refused POST {EVENTS_PATH}: 413 body too large, {len(BIG)} bytes",
    ]
    assert "Traceback" not in stderr and MARK not in stderr and "xxxxxxxx" not in stderr
