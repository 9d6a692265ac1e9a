"""HTTP mode: Bolt's WSGI adapter at POST /slack/events and GET /healthz, served by waitress."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from db.connection import Store

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
MAX_BODY_BYTES = 1_000_000  # Slack's payloads are far smaller; anything bigger is refused


def _reply(start_response: Callable, status: str, payload: dict) -> list[bytes]:
    body = json.dumps(payload).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


def healthy(store: Store) -> bool:
    """The store answers a trivial query."""
    try:
        with store.connect() as db:
            db.execute("SELECT count(*) FROM bodies").fetchone()
    except Exception:  # noqa: BLE001 - any failure means unhealthy; the detail goes to the log only
        log.exception("Health check failed")
        return False
    return True


def wsgi_app(
    app: App, store: Store, socket_connected: Callable[[], bool] | None = None
) -> Callable[[dict, Callable], Iterable[bytes]]:
    """Route Slack requests to Bolt and answer health checks; everything else is 404.

    In Socket Mode (`socket_connected` given) only the health check is served, and it also says whether
    the socket is up: sockets can die silently, and a process manager should restart the bot when one does.
    """
    slack = SlackRequestHandler(app, path=EVENTS_PATH)
    oauth_paths = {app.oauth_flow.install_path, app.oauth_flow.redirect_uri_path} if app.oauth_flow else set()

    def application(environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            ok = healthy(store) and (socket_connected is None or socket_connected())
            return _reply(start_response, "200 OK" if ok else "503 Service Unavailable", {"ok": ok})
        if socket_connected is not None:
            return _reply(start_response, "404 Not Found", {"ok": False})
        if path == EVENTS_PATH and method == "POST":
            try:
                length = int(environ.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = -1
            if length < 0 or length > MAX_BODY_BYTES:
                return _reply(start_response, "413 Payload Too Large", {"ok": False})
            return slack(environ, start_response)
        if path in oauth_paths and method == "GET":
            return slack(environ, start_response)
        return _reply(start_response, "404 Not Found", {"ok": False})

    return application


def make_server(
    app: App,
    store: Store,
    host: str,
    port: int,
    threads: int = 8,
    socket_connected: Callable[[], bool] | None = None,
):
    """A waitress server (not yet running); `.run()` serves, `.close()` stops, `.effective_port` tells the port."""
    from waitress import create_server

    return create_server(
        wsgi_app(app, store, socket_connected),
        host=host,
        port=port,
        threads=threads,
        max_request_body_size=MAX_BODY_BYTES,
        ident="inspections-bot",
        clear_untrusted_proxy_headers=True,
    )
