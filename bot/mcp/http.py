"""Streamable HTTP for the MCP server: a bearer token in front of every request unless bound to loopback.

The token comes from the environment (MCP_TOKEN), is compared in constant time, and is never logged."""

from __future__ import annotations

import hmac
import ipaddress
import json
import logging
from collections.abc import Mapping
from typing import Any

log = logging.getLogger("inspections-bot.mcp")
MIN_TOKEN_LENGTH = 16
PATH = "/mcp"


class TokenProblem(Exception):
    """The token the settings ask for is missing or too weak; the message names MCP_TOKEN."""


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 or 'localhost': only this machine can connect."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def required_token(env: Mapping[str, str], host: str) -> str | None:
    """The token every request must carry: MCP_TOKEN (required off loopback; honoured on loopback too when set)."""
    token = env.get("MCP_TOKEN", "").strip()
    if not token:
        if is_loopback(host):
            return None
        raise TokenProblem(
            f"MCP_TOKEN must be set to serve MCP over HTTP on {host} (not loopback): "
            "a long random string, e.g. from `python -c 'import secrets; print(secrets.token_urlsafe(32))'`; "
            "or bind to 127.0.0.1 with --host"
        )
    if len(token) < MIN_TOKEN_LENGTH:
        raise TokenProblem(f"MCP_TOKEN must be at least {MIN_TOKEN_LENGTH} characters")
    return token


class BearerAuth:
    """ASGI middleware: HTTP requests without `Authorization: Bearer <token>` get 401 and go no further."""

    def __init__(self, app: Any, token: str | None):
        self.app = app
        self.expected = token.encode() if token else None

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or self.expected is None or self._authorised(scope):
            await self.app(scope, receive, send)
            return
        body = json.dumps(
            {"error": "invalid_token", "error_description": "send Authorization: Bearer <MCP_TOKEN>"}
        ).encode()
        await send(
            {
                "type": "http.response.start",
                "status": 401,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                    (b"www-authenticate", b'Bearer realm="inspections-bot"'),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    def _authorised(self, scope: dict) -> bool:
        given = b""
        for name, value in scope.get("headers", ()):
            if name.lower() == b"authorization":
                given = value
                break
        scheme, _, credential = given.partition(b" ")
        expected = self.expected or b""
        # compare_digest on every request, whatever the scheme, so timing says nothing about the token
        matches = hmac.compare_digest(credential.strip(), expected)
        return matches and scheme.lower() == b"bearer"


def serve_http(server: Any, host: str, port: int, token: str | None, log_level: str) -> None:
    """Serve `server` over streamable HTTP at http://host:port/mcp until stopped (Ctrl-C or SIGTERM)."""
    import uvicorn

    app = BearerAuth(server.streamable_http_app(streamable_http_path=PATH, host=host), token)
    guard = "a bearer token (MCP_TOKEN) is required" if token else "loopback only, no token"
    log.info("Serving MCP over streamable HTTP at http://%s:%s%s (%s)", host, port, PATH, guard)
    uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level=log_level.lower())).run()
