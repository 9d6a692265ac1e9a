"""`inspections-bot mcp`: the server over stdio (default) or streamable HTTP (--http)."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from bot.config import ConfigError, Settings

log = logging.getLogger("inspections-bot.mcp")


def run_mcp(settings: Settings, http: bool, host: str, env: Mapping[str, str]) -> int:
    """Check the settings, make sure the store exists, and serve until stopped."""
    from bot.mcp.http import TokenProblem, required_token, serve_http
    from bot.mcp.server import build_server

    token = None
    if http:
        try:
            token = required_token(env, host)
        except TokenProblem as e:
            raise ConfigError(str(e)) from None
    if not Path(settings.database_path).is_file():
        # a first start creates and seeds the store like every other command; after that it is only read
        from db.store import prepare

        prepare(settings.database_path)
    server = build_server(settings.database_path)
    if http:
        serve_http(server, host, settings.port, token, settings.log_level)
    else:
        import anyio

        from bot.mcp.stdio import serve_stdio

        anyio.run(serve_stdio, server)
    return 0
