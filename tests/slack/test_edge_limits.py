"""The edge holds: idle connections and slow senders can't keep Slack's requests from being answered."""

from __future__ import annotations

import json
import socket
import subprocess
import time
from urllib.parse import urlsplit

from bot.slack.server import make_server
from tests.conftest import serve_in_thread, sign, slash_body, start_serve


def _open(base_url: str, n: int, *, partial: bytes = b"") -> list[socket.socket]:
    parts = urlsplit(base_url)
    socks = []
    for _ in range(n):
        s = socket.create_connection((parts.hostname, parts.port), timeout=5)
        if partial:
            s.sendall(partial)
        socks.append(s)
    return socks


def _closed_by_server(s: socket.socket, within: float) -> bool:
    s.settimeout(within)
    try:
        return s.recv(1024) == b""
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def test_grade_is_answered_within_3_seconds_while_300_idle_connections_are_open(tmp_path, slack_api, db_path):
    proc, running = start_serve(tmp_path, slack_api, db_path)
    socks: list[socket.socket] = []
    try:
        socks = _open(running.base_url, 200) + _open(
            running.base_url, 100, partial=b"POST /slack/events HTTP/1.1\r\nHost: x\r\n"
        )
        body = slash_body("/grade", "cambridgeshire", slack_api.response_url("r1"))
        started = time.monotonic()
        status, text = running.post(body, sign(body))
        assert time.monotonic() - started < 3
        assert status == 200 and "Cambridgeshire" in json.dumps(json.loads(text)["blocks"])
    finally:
        for s in socks:
            s.close()
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise AssertionError(
                f"serve did not stop on SIGTERM: {proc.communicate(timeout=5)[1][-3000:]}"
            ) from None


def _server(app, store, **limits):
    server = make_server(app, store, "127.0.0.1", 0, **limits)
    serve_in_thread(server)
    return server, f"http://127.0.0.1:{server.effective_port}"


def test_a_request_sent_a_byte_at_a_time_is_dropped_at_the_request_limit(app, store):
    server, base = _server(app, store, request_seconds=1)
    try:
        (s,) = _open(base, 1)
        started = time.monotonic()
        dropped = False
        for byte in b"POST /slack/events HTTP/1.1\r\nHost: slowloris.example\r\n":
            try:
                s.sendall(bytes([byte]))
            except OSError:
                dropped = True
                break
            time.sleep(0.2)  # each byte well inside the idle timeout
            if _closed_by_server(s, 0.01):
                dropped = True
                break
        assert dropped and time.monotonic() - started < 3
    finally:
        server.close()


def test_an_idle_connection_is_closed_at_the_idle_limit(app, store):
    server, base = _server(app, store, idle_seconds=1)
    try:
        (s,) = _open(base, 1)
        started = time.monotonic()
        assert _closed_by_server(s, 4)
        assert time.monotonic() - started < 4
    finally:
        server.close()


def test_an_ordinary_request_is_untouched_by_the_limits(app, store):
    server, base = _server(app, store, request_seconds=1, idle_seconds=1)
    try:
        parts = urlsplit(base)
        with socket.create_connection((parts.hostname, parts.port), timeout=5) as s:
            s.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
            assert s.recv(1024).startswith(b"HTTP/1.1 200")
    finally:
        server.close()
