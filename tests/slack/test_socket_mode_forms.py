"""The grade form over Socket Mode: the same listeners answer envelopes; errors ride on the envelope's ack."""

from __future__ import annotations

import threading

from slack_bolt.adapter.socket_mode import SocketModeHandler

from tests.conftest import APP_TOKEN
from tests.slack.test_grade_form import KENT_SOURCE, _state, grade_of, opened_view


def test_the_grade_form_over_socket_mode(app, slack_api, socket_server, store):
    slack_api.socket_url = socket_server.url
    handler = SocketModeHandler(app, APP_TOKEN)
    threading.Thread(target=handler.connect, daemon=True).start()
    try:
        assert socket_server.connected.wait(5)
        command = {
            "command": "/inspections-admin",
            "text": "grades kent 2023-25",
            "team_id": "T0TEST",
            "channel_id": "C0NEWS",
            "user_id": "UADMIN",
            "response_url": slack_api.response_url("sm"),
            "trigger_id": "1.2.3",
        }
        socket_server.wait_ack(socket_server.send("slash_commands", command))
        view = opened_view(slack_api)

        def submission(answers: dict) -> dict:
            payload = {
                "type": "view_submission",
                "team": {"id": "T0TEST"},
                "user": {"id": "UADMIN", "team_id": "T0TEST"},
                "api_app_id": "A0TEST",
                "view": {**view, "id": "V0FORM", "state": _state(view, answers)},
            }
            return socket_server.wait_ack(socket_server.send("interactive", payload))

        bad = submission({"area_responding": "Good", "source": "http://insecure.example/x", "evidence": "q"})
        assert bad["payload"]["response_action"] == "errors" and "source" in bad["payload"]["errors"]
        with store.connect() as db:
            assert grade_of(db, "kent", "2023-25", "responding") is None
        good = submission({"area_responding": "Good", "source": KENT_SOURCE, "evidence": "q"})
        assert not good.get("payload")
        with store.connect() as db:
            assert grade_of(db, "kent", "2023-25", "responding") == "Good"
    finally:
        handler.close()
