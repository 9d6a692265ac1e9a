"""HTTP mode: Bolt at POST /slack/events and GET /healthz, served by waitress.

Before Bolt sees a request, the edge checks it in this order: size (413), signature (401), body (400). So a
caller without the signing secret learns nothing about how its body was read, and a malformed or oversized
body gets one warning line in the log (never its content) instead of a traceback.
"""

from __future__ import annotations

import json
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterable
from typing import Any

from slack_bolt import App, BoltRequest
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.adapter.wsgi.http_request import WsgiHttpRequest
from slack_bolt.adapter.wsgi.http_response import WsgiHttpResponse
from slack_sdk.signature import SignatureVerifier
from waitress.channel import HTTPChannel
from waitress.task import ErrorTask
from waitress.utilities import InternalServerError

from db.connection import Store

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
MAX_BODY_BYTES = 1_000_000  # Slack's payloads are far smaller; anything bigger is refused
LINGER_SECONDS = 5.0  # how long a refused client may go on sending before the connection is dropped
# Slack sends a small request and reads the answer at once; an edge holding connections for an idle or slow
# client is an edge anyone can fill. Behind a reverse proxy the proxy holds the clients instead.
CONNECTION_LIMIT = 1000  # open connections at once (waitress's default, 100, is filled by 100 idle sockets)
IDLE_SECONDS = 10  # a connection with no request in progress is closed after this long (waitress: 120)
REQUEST_SECONDS = 10  # a request's headers and body must all arrive within this long of its first byte
CLEANUP_SECONDS = 1  # how often idle connections are looked for (waitress: 30)
HEALTH_SECONDS = 2.0  # /healthz answers from a check at most this old
INVALID_REQUEST = {"error": "invalid request"}  # Bolt's own 401 body: a forged request can't tell us apart


def _reply(start_response: Callable, status: str, payload: dict) -> list[bytes]:
    body = json.dumps(payload).encode()
    start_response(status, [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
    return [body]


def _refused(method: str, path: str, status: int, why: str, size: int, *, chunked: bool = False) -> None:
    """The one log line for a request refused at the edge: what, where, how big; never the body."""
    # A chunked body is refused part-way through: its size is at least what had arrived.
    sized = f"at least {size} bytes, chunked" if chunked else f"{size} bytes"
    log.warning("Refused %s %s: %d %s, %s", method, path, status, why, sized, extra={"outcome": status})


def healthy(store: Store) -> bool:
    """The store answers a real question and SQLite finds its file whole (a damaged page can leave simple
    queries working while every answer fails)."""
    try:
        with store.connect() as db:
            db.execute("SELECT count(*) FROM bodies").fetchone()
            check = db.execute("PRAGMA quick_check(1)").fetchone()  # about 10 ms for the shipped store
    except Exception:  # noqa: BLE001 - any failure means unhealthy; the detail goes to the log only
        log.exception("Health check failed")
        return False
    if not check or check[0] != "ok":
        log.error(
            "Health check failed: the database file is damaged (%s)", str(check[0] if check else "")[:200]
        )
        return False
    return True


class HealthCache:
    """The store's health, checked at most once every HEALTH_SECONDS: /healthz is open to anyone, and the
    file check reads the whole file."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.checked_at = float("-inf")
        self.ok = False
        self.lock = threading.Lock()

    def __call__(self) -> bool:
        with self.lock:
            now = time.monotonic()
            if now - self.checked_at >= HEALTH_SECONDS:
                self.ok = healthy(self.store)
                self.checked_at = now
            return self.ok


def signed(verifier: SignatureVerifier | None, raw: bytes, environ: dict[str, Any]) -> bool:
    """Slack's signature over this body is present, fresh and right (slack_sdk's check, as Bolt makes it)."""
    if verifier is None:
        return False
    try:
        body = raw.decode("utf-8")  # Slack sends UTF-8; the verifier signs text
    except UnicodeDecodeError:
        return False
    try:
        return verifier.is_valid(
            body, environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP"), environ.get("HTTP_X_SLACK_SIGNATURE")
        )
    except ValueError:  # a timestamp that is not a number
        return False


def bolt_request(raw: bytes, environ: dict[str, Any]) -> BoltRequest | None:
    """Bolt's request for this body, as its WSGI adapter builds it; None when the body doesn't parse."""
    try:
        # Bolt parses as it constructs: bad JSON, a `payload` field that isn't JSON, or JSON that isn't an
        # object raise ValueError, AttributeError or TypeError from inside it. Slack never sends those.
        request = BoltRequest(
            body=raw.decode("utf-8"),
            query=environ.get("QUERY_STRING", ""),
            headers=WsgiHttpRequest(environ).get_headers(),
        )
    except (ValueError, AttributeError, TypeError, KeyError):
        return None
    return request if isinstance(request.body, dict) else None


def wsgi_app(
    app: App, store: Store, socket_connected: Callable[[], bool] | None = None
) -> Callable[[dict, Callable], Iterable[bytes]]:
    """Route Slack requests to Bolt and answer health checks; everything else is 404.

    In Socket Mode (`socket_connected` given) only the health check is served, and it also says whether
    the socket is up: sockets can die silently, and a process manager should restart the bot when one does.
    """
    slack = SlackRequestHandler(app, path=EVENTS_PATH)
    oauth_paths = {app.oauth_flow.install_path, app.oauth_flow.redirect_uri_path} if app.oauth_flow else set()
    # Bolt keeps the signing secret it was built with (create_app passes settings.signing_secret) only as a
    # private attribute; without one every request here is refused, as Bolt would refuse it.
    secret = getattr(app, "_signing_secret", "") or ""
    verifier = SignatureVerifier(secret) if secret.strip() else None
    store_ok = HealthCache(store)

    def events(environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        method, path = environ["REQUEST_METHOD"], environ["PATH_INFO"]
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY_BYTES:  # waitress refuses these first; this is the backstop
            _refused(method, path, 413, "body too large", length)
            return _reply(start_response, "413 Payload Too Large", {"ok": False})
        raw = environ["wsgi.input"].read(length) if length else b""
        if not signed(verifier, raw, environ):
            _refused(method, path, 401, "bad or missing signature", len(raw))
            return _reply(start_response, "401 Unauthorized", INVALID_REQUEST)
        request = bolt_request(raw, environ)
        if request is None:
            _refused(method, path, 400, "body does not parse", len(raw))
            return _reply(start_response, "400 Bad Request", {"ok": False, "error": "malformed_body"})
        answer = app.dispatch(request)  # Bolt checks the signature again, as it always does
        response = WsgiHttpResponse(status=answer.status, headers=answer.headers, body=answer.body)
        start_response(response.status, response.get_headers())
        return response.get_body()

    def application(environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            ok = store_ok() and (socket_connected is None or socket_connected())
            return _reply(start_response, "200 OK" if ok else "503 Service Unavailable", {"ok": ok})
        if socket_connected is not None:
            return _reply(start_response, "404 Not Found", {"ok": False})
        if path == EVENTS_PATH and method == "POST":
            return events(environ, start_response)
        if path in oauth_paths and method == "GET":
            return slack(environ, start_response)
        return _reply(start_response, "404 Not Found", {"ok": False})

    return application


class RefusalTask(ErrorTask):
    """Waitress's answer to a request it refuses before the app sees it (a body over the limit, broken
    chunked encoding, headers too large): one log line, a JSON body, `Connection: close`, and a lingering
    close, so the client reads the answer instead of a reset."""

    def execute(self) -> None:
        error, request = self.request.error, self.request
        if isinstance(error, InternalServerError):  # the app raised; waitress logged it with the traceback
            super().execute()
            return
        if request.chunked:
            size = request.body_bytes_received
        else:
            size = request.content_length or request.header_bytes_received
        why = "body too large" if error.code == 413 else error.reason.lower()
        _refused(request.command or "-", request.path or "-", error.code, why, size, chunked=request.chunked)
        body = json.dumps({"ok": False}).encode()
        self.status = f"{error.code} {error.reason}"
        self.response_headers.append(("Content-Type", "application/json"))
        self.set_close_on_finish()
        self.content_length = len(body)
        self.write(body)
        self.channel.linger_on_close = True


class LingeringChannel(HTTPChannel):
    """A waitress connection that, after refusing a request mid-body, stops writing but reads (and drops)
    what the client is still sending for up to LINGER_SECONDS before closing.

    Closing a socket with unread data in it makes the kernel send a reset, and a client still busy sending
    its body then gets ECONNRESET instead of the 413 already on its way (nginx and Apache linger for this)."""

    error_task_class = RefusalTask
    linger_on_close = False
    linger_until: float | None = None
    request_began: float | None = None
    request_seconds: float = REQUEST_SECONDS

    def received(self, data: bytes) -> bool:
        # A slowloris sends its headers a byte at a time, each byte soon enough to keep the connection from
        # looking idle: the whole request gets REQUEST_SECONDS from its first byte, then the connection goes.
        now = time.monotonic()
        if self.request is None:
            self.request_began = now if data else None
        elif self.request_began is not None and now - self.request_began > self.request_seconds:
            log.warning(
                "Dropped a connection: its request did not arrive within %g seconds",
                self.request_seconds,
                extra={"outcome": 408},
            )
            self.will_close = True
            return False
        return bool(super().received(data))

    def send_continue(self) -> None:
        if self.request is not None and self.request.error:
            return  # it is about to be refused: don't invite the client to send the body first
        super().send_continue()

    def handle_close(self) -> None:
        if (
            self.linger_on_close
            and self.linger_until is None
            and self.connected
            and not self.total_outbufs_len
        ):
            try:
                self.socket.shutdown(socket.SHUT_WR)  # the client sees the answer end, then end of stream
            except OSError:
                pass
            else:
                self.linger_until = time.monotonic() + LINGER_SECONDS
                return
        super().handle_close()

    def readable(self) -> bool:
        return True if self.linger_until is not None else super().readable()

    def writable(self) -> bool:
        if self.linger_until is not None:
            return time.monotonic() >= self.linger_until  # wakes handle_write to close at the deadline
        return super().writable()

    def handle_read(self) -> None:
        if self.linger_until is None:
            super().handle_read()
        else:
            self.recv(self.adj.recv_bytes)  # dropped; at end of stream or an error, recv() closes us

    def handle_write(self) -> None:
        if self.linger_until is None:
            super().handle_write()
        else:
            super().handle_close()


def room_for_connections(wanted: int = CONNECTION_LIMIT + 200) -> None:
    """Raise the open-file limit to hold CONNECTION_LIMIT connections and the rest (many systems start at
    1,024), within the hard limit. Called by `serve`, never at import."""
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))


def make_server(
    app: App,
    store: Store,
    host: str,
    port: int,
    threads: int = 8,
    socket_connected: Callable[[], bool] | None = None,
    *,
    connection_limit: int = CONNECTION_LIMIT,
    idle_seconds: int = IDLE_SECONDS,
    request_seconds: float = REQUEST_SECONDS,
):
    """A waitress server (not yet running); `.run()` serves, `.close()` stops, `.effective_port` tells the port.

    Connection limit, idle timeout and request timeout are set for a Slack app (small requests, answered at
    once); `poll()` in place of `select()`, whose 1,024-descriptor ceiling the connection limit would pass."""
    from waitress import create_server
    from waitress.server import BaseWSGIServer

    server = create_server(
        wsgi_app(app, store, socket_connected),
        host=host,
        port=port,
        threads=threads,
        max_request_body_size=MAX_BODY_BYTES + 1,  # waitress refuses at >= its limit; ours is "over 1 MB"
        ident="inspections-bot",
        clear_untrusted_proxy_headers=True,
        connection_limit=connection_limit,
        channel_timeout=idle_seconds,
        cleanup_interval=CLEANUP_SECONDS,
        asyncore_use_poll=True,
    )
    # One listener gives the server itself; several (an IPv4 and an IPv6 address) give one per socket.
    listeners = [server] if isinstance(server, BaseWSGIServer) else list(server.map.values())
    channel_class = type("Channel", (LingeringChannel,), {"request_seconds": request_seconds})
    for listener in listeners:
        if isinstance(listener, BaseWSGIServer):
            listener.channel_class = channel_class
    return server


def run_socket_mode(app: App, store: Store, host: str, port: int, app_token: str | None) -> None:
    """Serve over Socket Mode until stopped, with /healthz on HTTP (503 when the socket is down)."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    log.info("Starting in Socket Mode")
    handler = SocketModeHandler(app, app_token)
    health = make_server(app, store, host, port, threads=2, socket_connected=handler.client.is_connected)
    threading.Thread(target=health.run, name="health", daemon=True).start()
    log.info(
        "Health check at http://%s:%s/healthz (503 when the socket is down)",
        host,
        health.effective_port,
    )
    try:
        handler.start()
    finally:
        handler.close()
        health.close()
