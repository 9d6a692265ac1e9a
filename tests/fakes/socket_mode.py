"""A local websocket server speaking Slack's Socket Mode envelope protocol."""

from __future__ import annotations

import json
import queue
import threading
import time
import uuid
from typing import Any

from websockets.sync.server import ServerConnection, serve


class FakeSocketModeServer:
    """Sends hello on connect, then envelopes the test pushes; collects the app's acks by envelope_id."""

    def __init__(self) -> None:
        self.acks: dict[str, dict[str, Any]] = {}
        self.connected = threading.Event()
        self._outbox: queue.Queue[str] = queue.Queue()
        self._lock = threading.Lock()
        self.server = serve(self._session, "127.0.0.1", 0)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.server.socket.getsockname()[1]}/link/?ticket=test"

    def start(self) -> FakeSocketModeServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()

    def _session(self, ws: ServerConnection) -> None:
        ws.send(
            json.dumps(
                {
                    "type": "hello",
                    "num_connections": 1,
                    "connection_info": {"app_id": "A0TEST"},
                    "debug_info": {"host": "fake"},
                }
            )
        )
        self.connected.set()
        while True:
            try:
                out = self._outbox.get_nowait()
                ws.send(out)
            except queue.Empty:
                pass
            try:
                raw = ws.recv(timeout=0.02)
            except TimeoutError:
                continue
            except Exception:  # noqa: BLE001 - the client went away
                return
            if isinstance(raw, bytes):
                raw = raw.decode()
            try:
                msg = json.loads(raw)
            except json.JSONDecodeError:
                continue
            if "envelope_id" in msg:
                with self._lock:
                    self.acks[msg["envelope_id"]] = msg

    def send(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        retry_attempt: int = 0,
        accepts_response_payload: bool = True,
    ) -> str:
        """Push an envelope (e.g. kind 'slash_commands' or 'events_api'); return its envelope_id."""
        envelope_id = str(uuid.uuid4())
        self._outbox.put(
            json.dumps(
                {
                    "envelope_id": envelope_id,
                    "type": kind,
                    "payload": payload,
                    "accepts_response_payload": accepts_response_payload,
                    "retry_attempt": retry_attempt,
                    "retry_reason": "timeout" if retry_attempt else "",
                }
            )
        )
        return envelope_id

    def wait_ack(self, envelope_id: str, timeout: float = 5.0) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if envelope_id in self.acks:
                    return self.acks[envelope_id]
            time.sleep(0.01)
        raise AssertionError(f"no ack for envelope {envelope_id}")
