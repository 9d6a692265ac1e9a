"""A local HTTP server standing in for a publisher's feed: fixture files, scripted statuses, real validators."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/rss+xml; charset=UTF-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0


class FeedServer:
    """Serves routes on 127.0.0.1:<random>; answers 304 when If-None-Match / If-Modified-Since match."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                with server.lock:
                    server.requests.append({"path": self.path, "headers": dict(self.headers)})
                    route = server.routes.get(self.path, Route(404, b"not found", "text/plain"))
                if route.delay:
                    time.sleep(route.delay)
                fresh = (route.etag and self.headers.get("If-None-Match") == route.etag) or (
                    route.last_modified and self.headers.get("If-Modified-Since") == route.last_modified
                )
                status = 304 if route.status == 200 and fresh else route.status
                self.send_response(status)
                if route.etag:
                    self.send_header("ETag", route.etag)
                if route.last_modified:
                    self.send_header("Last-Modified", route.last_modified)
                body = b"" if status == 304 else route.body
                self.send_header("Content-Type", route.content_type)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{path}"

    def serve(self, path: str, fixture: str | None = None, **route: Any) -> str:
        """Serve a fixture file (or a bare status) at `path`; return its URL."""
        body = (FIXTURES / fixture).read_bytes() if fixture else route.pop("body", b"")
        self.routes[path] = Route(body=body, **route)
        return self.url(path)

    def requests_to(self, path: str) -> list[dict[str, Any]]:
        with self.lock:
            return [r for r in self.requests if r["path"] == path]

    def start(self) -> FeedServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
