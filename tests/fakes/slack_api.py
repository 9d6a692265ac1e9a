"""A local HTTP server standing in for Slack's Web API (and for response_url endpoints)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs


@dataclass
class Call:
    """One request the app made: the API method (or response path), its arguments and headers."""

    method: str
    args: dict[str, Any]
    headers: dict[str, str]
    at: float = field(default_factory=time.monotonic)


@dataclass
class Scripted:
    status: int
    body: dict[str, Any]
    headers: dict[str, str]
    times: int


class FakeSlackAPI:
    """Answers Web API methods with Slack-shaped JSON; failures can be scripted per method."""

    def __init__(self) -> None:
        self.calls: list[Call] = []
        self.lock = threading.Lock()
        self.handlers: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {}
        self.scripts: dict[str, list[Scripted]] = {}
        self.socket_url = ""
        self._ts = 1_700_000_000.000100
        self.messages: list[dict[str, Any]] = []  # what chat.postMessage accepted, in order
        self.latency = 0.0  # seconds each call takes, as Slack's 100-300 ms (benchmarks)
        # Decides a call's answer before anything else (per token, channel...): (status, body, headers) or None.
        self.gate: Callable[[str, dict[str, Any], dict[str, str]], tuple[int, dict, dict] | None] | None = (
            None
        )
        self.uploads: dict[str, bytes] = {}  # file id -> the bytes sent to its upload URL
        self.files: dict[str, dict[str, Any]] = {}  # file id -> what files.getUploadURLExternal was told
        self._file_count = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server's naming
                length = int(self.headers.get("Content-Length") or 0)
                data = self.rfile.read(length) if length else b""
                if self.path.startswith("/upload/"):  # a file's bytes, sent to the URL we handed out
                    server.uploads[self.path.removeprefix("/upload/")] = data
                    data = b""
                raw = data.decode()
                args = server._parse(raw, self.headers.get("Content-Type", ""))
                if "?" in self.path:  # slack-sdk sends some methods' arguments in the query string
                    query = {k: v[0] for k, v in parse_qs(self.path.split("?", 1)[1]).items()}
                    args = {**query, **args}
                status, body, headers = server.handle(self.path, args, dict(self.headers))
                payload = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                for k, v in headers.items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    # ------------------------------------------------------------ lifecycle
    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    @property
    def api_url(self) -> str:
        """What SLACK_API_URL should be set to."""
        return self.url + "api/"

    def response_url(self, name: str = "default") -> str:
        return f"{self.url}response/{name}"

    def start(self) -> FakeSlackAPI:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    # ------------------------------------------------------------ scripting
    def on(self, method: str, handler: Callable[[dict[str, Any]], dict[str, Any]]) -> None:
        """Answer `method` with handler(args) instead of the default."""
        self.handlers[method] = handler

    def fail(
        self,
        method: str,
        status: int = 500,
        *,
        times: int = 1,
        body: dict | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Answer the next `times` calls of `method` with this status (e.g. 429 with Retry-After)."""
        self.scripts.setdefault(method, []).append(
            Scripted(status, body or {"ok": False, "error": "fake_failure"}, headers or {}, times)
        )

    def calls_to(self, method: str) -> list[Call]:
        with self.lock:
            return [c for c in self.calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5.0) -> list[Call]:
        """Wait until `method` has been called `count` times; return those calls."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.calls_to(method)
            if len(found) >= count:
                return found
            time.sleep(0.01)
        raise AssertionError(f"{method} called {len(self.calls_to(method))} times, expected {count}")

    # ------------------------------------------------------------ serving
    @staticmethod
    def _parse(raw: str, content_type: str) -> dict[str, Any]:
        if not raw:
            return {}
        if "json" in content_type:
            return json.loads(raw)
        parsed = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
        for key in ("blocks", "attachments", "metadata", "view", "unfurls"):
            if isinstance(parsed.get(key), str):
                try:
                    parsed[key] = json.loads(parsed[key])
                except json.JSONDecodeError:
                    pass
        return parsed

    def handle(self, path: str, args: dict[str, Any], headers: dict[str, str]) -> tuple[int, dict, dict]:
        method = path.split("?")[0].removeprefix("/api/").strip("/")
        if path.startswith("/upload/"):
            method = "upload"
        if path.startswith("/response/"):
            method = "response_url:" + path.removeprefix("/response/")
        if self.latency:
            time.sleep(self.latency)
        with self.lock:
            self.calls.append(Call(method, args, headers))
        if self.gate is not None and (answer := self.gate(method, args, headers)) is not None:
            return answer  # outside the lock: a gate may post the message itself (Slack took it, answer lost)
        with self.lock:
            queue = self.scripts.get(method) or []
            if queue:
                script = queue[0]
                script.times -= 1
                if script.times <= 0:
                    queue.pop(0)
                return script.status, script.body, script.headers
        handler = self.handlers.get(method) or getattr(self, "m_" + method.replace(".", "_"), None)
        if method.startswith("response_url:"):
            return 200, {"ok": True}, {}
        if path.startswith("/upload/"):
            return 200, {"ok": True}, {}
        if handler is None:
            return 200, {"ok": True}, {}
        return 200, handler(args), {}

    def _next_ts(self) -> str:
        with self.lock:
            self._ts += 1
            return f"{self._ts:.6f}"

    # ------------------------------------------------------------ default answers
    def m_auth_test(self, args: dict) -> dict:
        return {
            "ok": True,
            "url": "https://example.slack.com/",
            "team": "Test",
            "user": "inspections",
            "team_id": "T0TEST",
            "user_id": "U0BOT",
            "bot_id": "B0BOT",
            "is_enterprise_install": False,
        }

    def m_apps_connections_open(self, args: dict) -> dict:
        return {"ok": True, "url": self.socket_url}

    def m_chat_postMessage(self, args: dict) -> dict:  # noqa: N802 - Slack's method name
        ts = self._next_ts()
        message = {**args, "ts": ts}
        with self.lock:
            self.messages.append(message)
        return {"ok": True, "channel": args.get("channel"), "ts": ts, "message": message}

    def m_chat_postEphemeral(self, args: dict) -> dict:  # noqa: N802
        return {"ok": True, "message_ts": self._next_ts()}

    def m_views_publish(self, args: dict) -> dict:
        return {"ok": True, "view": {"id": "V0TEST"}}

    # Modals: views.open needs a trigger_id (Slack's expire in about 3 s; here any non-empty one works).
    def m_views_open(self, args: dict) -> dict:
        if not args.get("trigger_id"):
            return {"ok": False, "error": "invalid_trigger_id"}
        if not isinstance(args.get("view"), dict):
            return {"ok": False, "error": "invalid_arguments"}
        return {"ok": True, "view": {**args["view"], "id": f"V{len(self.calls_to('views.open')):07d}"}}

    def m_views_update(self, args: dict) -> dict:
        if not (args.get("view_id") or args.get("external_id")) or not isinstance(args.get("view"), dict):
            return {"ok": False, "error": "invalid_arguments"}
        return {"ok": True, "view": {**args["view"], "id": args.get("view_id") or "V0EXT"}}

    def m_conversations_info(self, args: dict) -> dict:
        return {"ok": True, "channel": {"id": args.get("channel"), "is_member": True, "is_archived": False}}

    def m_conversations_history(self, args: dict) -> dict:
        with self.lock:
            found = [m for m in self.messages if m.get("channel") == args.get("channel")]
        return {"ok": True, "messages": list(reversed(found)), "has_more": False}

    def m_conversations_replies(self, args: dict) -> dict:
        with self.lock:
            found = [
                m
                for m in self.messages
                if m.get("channel") == args.get("channel")
                and (m.get("thread_ts") == args.get("ts") or m["ts"] == args.get("ts"))
            ]
        return {"ok": True, "messages": found, "has_more": False}

    def m_users_info(self, args: dict) -> dict:
        return {"ok": True, "user": {"id": args.get("user"), "is_admin": False, "is_owner": False}}

    # ------------------------------------------------------------ files (files_upload_v2's three steps) and unfurls
    def m_files_getUploadURLExternal(self, args: dict) -> dict:  # noqa: N802
        with self.lock:
            self._file_count += 1
            file_id = f"F0FILE{self._file_count:04d}"
            self.files[file_id] = dict(args)
        return {"ok": True, "upload_url": f"{self.url}upload/{file_id}", "file_id": file_id}

    def m_files_completeUploadExternal(self, args: dict) -> dict:  # noqa: N802
        listed = json.loads(args.get("files") or "[]")
        with self.lock:
            missing = [f["id"] for f in listed if f.get("id") not in self.uploads]
        if missing:
            return {"ok": False, "error": "file_not_found"}
        channel = args.get("channel_id") or args.get("channels")
        shares = {"public": {channel: [{"ts": self._next_ts()}]}} if channel else {}
        files = [
            {
                "id": f["id"],
                "title": f.get("title"),
                "name": self.files.get(f["id"], {}).get("filename"),
                "mimetype": "image/png",
                "shares": shares,
            }
            for f in listed
        ]
        return {"ok": True, "files": files}

    def m_conversations_open(self, args: dict) -> dict:
        return {"ok": True, "channel": {"id": "D" + str(args.get("users", "U0")).lstrip("U")}}

    def m_chat_unfurl(self, args: dict) -> dict:
        return {"ok": True}

    # ------------------------------------------------------------ the agent view (assistant.threads.*)
    def m_assistant_threads_setSuggestedPrompts(self, args: dict) -> dict:  # noqa: N802
        prompts = args.get("prompts")
        if not args.get("channel_id") or not isinstance(prompts, list) or not 1 <= len(prompts) <= 4:
            return {"ok": False, "error": "invalid_arguments"}
        if not all(isinstance(p, dict) and p.get("title") and p.get("message") for p in prompts):
            return {"ok": False, "error": "invalid_arguments"}
        return {"ok": True}

    def m_assistant_threads_setStatus(self, args: dict) -> dict:  # noqa: N802
        if not args.get("channel_id") or not args.get("thread_ts") or not isinstance(args.get("status"), str):
            return {"ok": False, "error": "invalid_arguments"}
        return {"ok": True}
