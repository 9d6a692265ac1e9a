"""Fixtures: a seeded store per test, the Web API stand-in, the app served over real HTTP, signing."""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from bot.config import Settings
from bot.slack.app import create_app
from bot.slack.server import make_server
from db.connection import Store
from db.store import prepare
from tests.fakes.slack_api import FakeSlackAPI
from tests.fakes.socket_mode import FakeSocketModeServer
from tests.fakes.web import FileServer

SIGNING_SECRET = "test-signing-secret-0123456789"
BOT_TOKEN = "xoxb-test-0000-bot-token-secret"
APP_TOKEN = "xapp-1-test-app-token-secret"


@pytest.fixture(scope="session")
def seeded_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database seeded with the shipped dataset; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "seeded.db"
    prepare(path)
    with Store(path).connect() as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def db_path(seeded_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "inspections.db"
    shutil.copyfile(seeded_template, path)
    return path


@pytest.fixture
def store(db_path: Path) -> Store:
    return prepare(db_path)


@pytest.fixture
def db(store: Store):
    with store.connect() as conn:
        yield conn


@pytest.fixture
def slack_api() -> Iterator[FakeSlackAPI]:
    api = FakeSlackAPI().start()
    yield api
    api.stop()


@pytest.fixture
def settings(slack_api: FakeSlackAPI, db_path: Path) -> Settings:
    return Settings(
        bot_token=BOT_TOKEN,
        signing_secret=SIGNING_SECRET,
        slack_api_url=slack_api.api_url,
        database_path=str(db_path),
        admin_user_ids=("UADMIN",),
    )


@pytest.fixture
def app(settings: Settings, store: Store):
    return create_app(settings, store, raise_unhandled=True)


class RunningApp:
    """The app served by the production HTTP server on a local port."""

    def __init__(self, base_url: str):
        self.base_url = base_url

    def post(self, body: str, headers: dict[str, str], path: str = "/slack/events"):
        import urllib.error
        import urllib.request

        req = urllib.request.Request(self.base_url + path, data=body.encode(), headers=headers, method="POST")
        try:
            with urllib.request.urlopen(req, timeout=10) as resp:
                return resp.status, resp.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()

    def get(self, path: str):
        import urllib.error
        import urllib.request

        try:
            with urllib.request.urlopen(self.base_url + path, timeout=10) as resp:
                return resp.status, resp.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()


def serve_in_thread(server) -> threading.Thread:
    """Run a waitress server in a daemon thread; closing it from the test ends the loop quietly."""

    def run() -> None:
        try:
            server.run()
        except OSError:  # the socket was closed under select() by server.close(): that is the stop signal
            pass

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    return thread


@pytest.fixture
def http_app(app, store: Store) -> Iterator[RunningApp]:
    server = make_server(app, store, "127.0.0.1", 0)
    serve_in_thread(server)
    yield RunningApp(f"http://127.0.0.1:{server.effective_port}")
    server.close()


@pytest.fixture
def socket_server() -> Iterator[FakeSocketModeServer]:
    server = FakeSocketModeServer().start()
    yield server
    server.stop()


def sign(body: str, *, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict[str, str]:
    """Headers Slack would send with this body."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": f"v0={digest}",
        "Content-Type": "application/x-www-form-urlencoded",
    }


def slash_body(command: str, text: str, response_url: str, **extra: str) -> str:
    """A form-encoded slash command payload as Slack sends it."""
    return urlencode(
        {
            "token": "legacy-unused",
            "team_id": "T0TEST",
            "team_domain": "test",
            "channel_id": "C0NEWS",
            "channel_name": "newsroom",
            "user_id": "U0REPORTER",
            "user_name": "reporter",
            "command": command,
            "text": text,
            "api_app_id": "A0TEST",
            "response_url": response_url,
            "trigger_id": "1.2.3",
            **extra,
        }
    )


# Questions in turns are asked a moment apart on one day, as the held-out scorer asks them
TURNS_NOW = (2026, 12, 6, 12, 0)


def said_after(db, turns: list[str]) -> tuple[str, str]:
    """Each turn a follow-up of the one before, as in a thread: (the last turn as it stands alone, the plain text
    of its answer, whose blocks are checked against Block Kit)."""
    from datetime import UTC, datetime

    from bot.slack.ask import ask
    from bot.slack.blocks.plain import to_plain_text
    from bot.slack.conversation import follow_up

    previous = None
    for turn in turns:
        previous = follow_up(db, turn, previous)
    message = ask(db, previous, now=datetime(*TURNS_NOW, tzinfo=UTC))
    assert_valid_blocks(message)
    return previous, to_plain_text(message)


def conversed(db, turns: list[str]) -> str:
    """The turns asked as the app asks them in one thread (the conversation kept in the store, as `converse`
    keeps it): the plain text of the last answer, whose blocks are checked against Block Kit."""
    from datetime import UTC, datetime

    from bot.slack.ask import ask
    from bot.slack.blocks.plain import to_plain_text
    from bot.slack.conversation import converse

    now = datetime(*TURNS_NOW, tzinfo=UTC)
    message: dict = {}
    for turn in turns:
        message = ask(db, converse(db, ("T1", "C1", "1.0"), turn, now), now=now)
    assert_valid_blocks(message)
    return to_plain_text(message)


def assert_valid_blocks(message: dict) -> None:
    """Every block passes slack-sdk's Block Kit model validation, and there is a text fallback."""
    from slack_sdk.models.blocks import Block

    assert message.get("text"), "a plain-text fallback is required"
    blocks = message.get("blocks") or []
    assert len(blocks) <= 50
    for raw in blocks:
        block = Block.parse(raw)
        assert block is not None, raw
        block.validate_json()


def assert_valid_view(view: dict) -> None:
    """A modal or Home view passes slack-sdk's view model, every block its block model, nothing unknown."""
    from slack_sdk.models.blocks import Block
    from slack_sdk.models.views import View

    model = View(**view)
    model.validate_json()
    assert model.to_dict() == view, "slack-sdk's model dropped or changed something in the view"
    limit = 100 if view.get("type") in ("modal", "home") else 50
    assert len(view.get("blocks") or []) <= limit
    for raw in view.get("blocks") or []:
        block = Block.parse(raw)
        assert block is not None, raw
        block.validate_json()


@pytest.fixture
def file_server() -> Iterator[FileServer]:
    """A local plain-http server standing in for websites and files.slack.com (URL loads, uploads)."""
    server = FileServer()
    yield server
    server.stop()


def command_reply(
    http_app: RunningApp, slack_api: FakeSlackAPI, body: str, name: str, timeout: float = 10
) -> dict:
    """The private answer to a signed slash command: the ack's body when it answers at once (questions),
    else what it posts to its response_url (admin and subscription commands)."""
    import json

    status, text = http_app.post(body, sign(body))
    assert status == 200
    if text.strip():
        return json.loads(text)
    return slack_api.wait_for(f"response_url:{name}", timeout=timeout)[-1].args


def free_port() -> int:
    """A loopback port nothing is listening on right now."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_serve(tmp_path: Path, slack_api: FakeSlackAPI, db_path: Path, **env: str):
    """`inspections-bot serve` in HTTP mode as a real process, pointed at the Web API stand-in.

    Returns the process and the RunningApp to talk to once /healthz answers (stderr is piped for reading)."""
    import os
    import subprocess
    import sys

    port = env.pop("PORT", None) or str(free_port())
    base = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "FEED_", "DIGEST_"))}
    base.update(
        PYTHONPATH=str(Path(__file__).resolve().parents[1]),
        DOTENV_PATH=str(tmp_path / "none.env"),
        SLACK_BOT_TOKEN=BOT_TOKEN,
        SLACK_SIGNING_SECRET=SIGNING_SECRET,
        SLACK_API_URL=slack_api.api_url,
        DATABASE_PATH=str(db_path),
        PORT=port,
        FEED_URLS="http://127.0.0.1:9/feed/",  # nothing listens there: a poll fails fast, off the network
    )
    base.update(env)
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"],
        cwd=tmp_path,
        env=base,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    running = RunningApp(f"http://127.0.0.1:{port}")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            if running.get("/healthz")[0] == 200:
                return proc, running
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise AssertionError(f"serve did not become healthy: {proc.communicate(timeout=5)[1][-2000:]}")


ROOT = Path(__file__).resolve().parents[1]
_NOT_FROM_THE_DEVELOPERS_SHELL = ("SLACK_", "DIGEST_", "FEED_", "ALLOW_")


def run_cli(
    *args: str, cwd: Path, env: dict | None = None, input: str | None = None
) -> subprocess.CompletedProcess:
    """`python -m bot ARGS` as its own process, as a person would run it: this checkout on the path, none
    of the developer's own Slack, digest, feed or load settings, and no .env unless `env` names one;
    `input` is typed on its standard input."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(_NOT_FROM_THE_DEVELOPERS_SHELL)}
    base.update(PYTHONPATH=str(ROOT), DOTENV_PATH=str(cwd / "none.env"))
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        cwd=cwd,
        env={**base, **(env or {})},
        input=input,
        capture_output=True,
        text=True,
        timeout=60,
    )


def block_action_body(
    response_url: str, action: dict, *, user: str = "U0REPORTER", channel: str = "C0NEWS"
) -> str:
    """The form body Slack posts when someone presses a button (`action`: its action_id, value, block_id)."""
    payload = {
        "type": "block_actions",
        "team": {"id": "T0TEST"},
        "user": {"id": user},
        "api_app_id": "A0TEST",
        "channel": {"id": channel},
        "response_url": response_url,
        "trigger_id": "1.2.3",
        "actions": [{"type": "button", "action_ts": "1.2", **action}],
    }
    return urlencode({"payload": json.dumps(payload)})
