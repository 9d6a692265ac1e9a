"""The MCP server over streamable HTTP: a real server process, the SDK's client, bearer tokens and 401s."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx2
import pytest

from tests.mcp_server.conftest import REPO, TOKEN, HttpServer, http_session, server_env

INITIALIZE = {
    "jsonrpc": "2.0", "id": 1, "method": "initialize",
    "params": {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "t", "version": "1"}},
}  # fmt: skip
ACCEPT = {"Accept": "application/json, text/event-stream", "Content-Type": "application/json"}


@pytest.fixture(scope="module")
def with_token(mcp_db: Path, tmp_path_factory: pytest.TempPathFactory):
    """MCP_TOKEN set: every request needs it, here on loopback as anywhere else."""
    server = HttpServer(mcp_db, tmp_path_factory.mktemp("log") / "token.log", MCP_TOKEN=TOKEN)
    yield server
    log = server.stop()
    assert TOKEN not in log, "the token was logged"


@pytest.fixture(scope="module")
def loopback(mcp_db: Path, tmp_path_factory: pytest.TempPathFactory):
    """No MCP_TOKEN, bound to 127.0.0.1: no token needed."""
    server = HttpServer(mcp_db, tmp_path_factory.mktemp("log") / "open.log")
    yield server
    server.stop()


async def _grades_of_kent(session: Any) -> Any:
    tools = await session.list_tools()
    return [t.name for t in tools.tools], await session.call_tool("grades", {"body": "kent"})


@pytest.mark.parametrize(
    "authorization",
    [
        None,
        "Bearer wrong-token-0123456789abcdef",
        f"Basic {TOKEN}",
        f"Bearer {TOKEN}x",
        "Bearer",
        f"bearer{TOKEN}",
    ],
)
def test_a_missing_or_wrong_token_gets_401_and_no_answer(with_token, authorization):
    headers = dict(ACCEPT, **({"Authorization": authorization} if authorization else {}))
    response = httpx2.post(with_token.url, json=INITIALIZE, headers=headers, timeout=30)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert "inspections-bot" not in response.text.replace(
        'realm="inspections-bot"', ""
    )  # no server info leaks


def test_the_sdk_client_with_the_token_lists_tools_and_gets_grades(with_token):
    names, result = http_session(with_token.url, _grades_of_kent, token=TOKEN)
    assert "grades" in names and len(names) == 9
    assert not result.is_error and result.structured_content["body"]["id"] == "kent"
    assert result.structured_content["source"]["round"]


def test_the_sdk_client_without_the_token_is_refused(with_token):
    with pytest.raises(BaseException) as failure:  # the SDK raises its MCPError inside task groups
        http_session(with_token.url, _grades_of_kent)
    assert "Server returned an error response" in repr(failure.value)


def test_bad_input_over_http_is_a_tool_error_naming_the_argument(with_token):
    async def work(session: Any) -> Any:
        return await session.call_tool("grades", {"body": "avon"})

    result = http_session(with_token.url, work, token=TOKEN)
    assert result.is_error
    text = result.content[0].text
    assert text.count("body:") == 1 and "Did you mean: Avon and Somerset Constabulary" in text


def test_on_loopback_without_a_token_no_token_is_needed(loopback):
    names, result = http_session(loopback.url, _grades_of_kent)
    assert len(names) == 9 and not result.is_error


def test_off_loopback_without_a_token_the_server_refuses_to_start(mcp_db):
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "mcp", "--http", "--host", "0.0.0.0"],
        env=server_env(mcp_db, PORT="1"),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "MCP_TOKEN must be set" in proc.stderr


def test_a_short_token_is_refused_at_start(mcp_db):
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "mcp", "--http", "--host", "0.0.0.0"],
        env=server_env(mcp_db, PORT="1", MCP_TOKEN="short"),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and "at least 16 characters" in proc.stderr and "short" not in proc.stdout


def test_ask_and_serve_start_up_never_import_the_mcp_sdk(mcp_db):
    code = (
        "import sys\n"
        "from bot.__main__ import main\n"
        "main(['ask', 'grade kent'])\n"
        "import bot.slack.app\n"
        "loaded = sorted(m for m in sys.modules if m == 'mcp' or m.startswith(('mcp.', 'bot.mcp')))\n"
        "assert not loaded, loaded\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env=server_env(mcp_db),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
