"""/grade over Socket Mode: a local websocket server speaks Slack's envelope protocol to the real app."""

from __future__ import annotations

import threading

from slack_bolt.adapter.socket_mode import SocketModeHandler

from tests.conftest import APP_TOKEN, assert_valid_blocks
from tests.slack.test_http_grade import CAMBS_GRADES, CAMBS_REPORT, _grades_in


def test_grade_cambridgeshire_over_socket_mode(app, slack_api, socket_server):
    slack_api.socket_url = socket_server.url
    handler = SocketModeHandler(app, APP_TOKEN)
    threading.Thread(target=handler.connect, daemon=True).start()
    try:
        assert socket_server.connected.wait(5)
        opened = slack_api.wait_for("apps.connections.open")[0]
        assert opened.headers["Authorization"] == f"Bearer {APP_TOKEN}"
        envelope = socket_server.send(
            "slash_commands",
            {
                "command": "/grade",
                "text": "Cambs",
                "team_id": "T0TEST",
                "channel_id": "C0NEWS",
                "user_id": "U0REPORTER",
                "response_url": slack_api.response_url("sm"),
                "trigger_id": "1.2.3",
            },
        )
        ack = socket_server.wait_ack(envelope)
        assert ack["envelope_id"] == envelope
        reply = ack["payload"]  # the answer rides on the envelope's acknowledgement
        assert _grades_in(reply) == CAMBS_GRADES
        assert CAMBS_REPORT in str(reply["blocks"])
        assert_valid_blocks(reply)
    finally:
        handler.close()


def test_socket_mode_health_check_says_whether_the_socket_is_up(app, store, slack_api, socket_server):
    import io
    import json

    from bot.slack.server import wsgi_app

    slack_api.socket_url = socket_server.url
    handler = SocketModeHandler(app, APP_TOKEN)
    health = wsgi_app(app, store, socket_connected=handler.client.is_connected)

    def get(path: str) -> tuple[str, dict]:
        seen: list[str] = []
        body = b"".join(
            health(
                {"PATH_INFO": path, "REQUEST_METHOD": "GET", "wsgi.input": io.BytesIO()},
                lambda s, h: seen.append(s),
            )
        )
        return seen[0], json.loads(body)

    assert get("/healthz") == ("503 Service Unavailable", {"ok": False})  # not connected yet
    threading.Thread(target=handler.connect, daemon=True).start()
    try:
        assert socket_server.connected.wait(5)
        for _ in range(100):
            if handler.client.is_connected():
                break
            threading.Event().wait(0.05)
        assert get("/healthz") == ("200 OK", {"ok": True})
        assert get("/slack/events")[0] == "404 Not Found"  # no HTTP Slack traffic in Socket Mode
    finally:
        handler.close()
    assert get("/healthz")[0] == "503 Service Unavailable"
