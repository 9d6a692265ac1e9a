"""A store copy per module, its hash before and after, and the MCP server driven by the SDK's own client."""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
TOKEN = "mcp-test-token-0123456789abcdef"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def server_env(db_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "MCP_"))}
    env.update(DATABASE_PATH=str(db_path), DOTENV_PATH=os.devnull, PYTHONPATH=str(REPO), **extra)
    return env


@pytest.fixture(scope="module")
def mcp_db(seeded_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A store the server only reads: after every test in the module its file hashes the same, and
    nothing waits in its write-ahead log."""
    path = tmp_path_factory.mktemp("mcp") / "inspections.db"
    shutil.copyfile(seeded_template, path)
    before = sha256(path)
    yield path
    assert sha256(path) == before, "the MCP server changed the database file"
    wal = Path(str(path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0, "the MCP server wrote to the write-ahead log"


def stdio_session(db_path: Path, work: Callable[[Any], Awaitable[Any]]) -> Any:
    """Start `python -m bot mcp` as a real subprocess, open the SDK's ClientSession on it, run `work`."""
    from mcp.client import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    params = StdioServerParameters(
        command=sys.executable, args=["-m", "bot", "mcp"], env=server_env(db_path), cwd=str(REPO)
    )

    async def go() -> Any:
        async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            return await work(session)

    return asyncio.run(asyncio.wait_for(go(), 120))


def http_session(url: str, work: Callable[[Any], Awaitable[Any]], token: str | None = None) -> Any:
    """The SDK's streamable HTTP client, with a bearer token when given."""
    import httpx2
    from mcp.client import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    headers = {"Authorization": f"Bearer {token}"} if token else {}

    async def go() -> Any:
        async with (
            httpx2.AsyncClient(headers=headers, timeout=30) as http,
            streamable_http_client(url, http_client=http) as (read, write),
            ClientSession(read, write) as session,
        ):
            await session.initialize()
            return await work(session)

    return asyncio.run(asyncio.wait_for(go(), 120))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class HttpServer:
    """`python -m bot mcp --http` in a real process on a free loopback port."""

    def __init__(self, db_path: Path, log: Path, **env: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/mcp"
        self.log = log
        self._out = log.open("wb")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "mcp", "--http", "--host", "127.0.0.1"],
            env=server_env(db_path, PORT=str(self.port), **env),
            cwd=REPO,
            stdout=self._out,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.proc.poll() is None, log.read_text()
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
                return
            except OSError:
                time.sleep(0.1)
        raise AssertionError("the MCP server did not start listening")

    def stop(self) -> str:
        self.proc.terminate()
        self.proc.wait(timeout=30)
        self._out.close()
        return self.log.read_text()
