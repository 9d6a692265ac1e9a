"""Safe downloads: https only, loopback http only when allowed, size cap while streaming, timeout,
content types, archives refused from their first bytes, no scheme downgrade on redirects."""

from __future__ import annotations

import gzip
import io
import socket
import threading
import time
import zipfile
from typing import Any

import pytest

from bot.jobs import downloads as fetch
from bot.jobs.downloads import (
    FetchError,
    carried_headers,
    check_slack_file,
    check_url,
    fetch_url,
    may_send_token,
)

CSV = b"force_id,round,area,grade,basis,source_url,evidence\n"


def endless(out: Any) -> None:
    """Stream forever; only a reader that stops can finish."""
    chunk = b"a,b,c\n" * 10_000
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        out.write(chunk)


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("grades.csv", b"0" * 1_000_000)
    return buf.getvalue()


def test_a_csv_over_loopback_http_is_fetched_when_allowed(file_server):
    url = file_server.serve("/grades.csv", CSV, headers={"Content-Type": "text/csv; charset=utf-8"})
    got = fetch_url(url, allow_http=True)
    assert got.text == CSV.decode() and got.name == "grades.csv" and got.content_type == "text/csv"
    assert file_server.requests[0][1]["User-Agent"].startswith("inspections-bot")


def test_plain_http_to_loopback_is_refused_unless_allowed(file_server):
    url = file_server.serve("/grades.csv", CSV)
    with pytest.raises(FetchError, match="https"):
        fetch_url(url, allow_http=False)
    assert file_server.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "http://example.org/grades.csv",
        "http://10.0.0.8/grades.csv",
        "http://hmicfrs.justiceinspectorates.gov.uk/x.csv",
        "ftp://example.org/grades.csv",
        "file:///etc/passwd",
        "https://user:pw@example.org/grades.csv",
        "https://169.254.169.254/latest/meta-data",
        "https://10.1.2.3/x.csv",
        "javascript:alert(1)",
        "https://example.org:99999/x.csv",
    ],
)
def test_refused_urls_make_no_connection_at_all(monkeypatch, url):
    def no_network(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket.socket, "connect", no_network)
    with pytest.raises(FetchError):
        fetch_url(url, allow_http=True)


@pytest.mark.parametrize(
    "url", ["https://example.org/a.csv", "http://127.0.0.1:8/a.csv", "http://localhost/a"]
)
def test_allowed_urls_pass_the_check(url):
    assert check_url(url, allow_http=True) == url


def test_size_cap_from_content_length_refuses_before_reading(file_server):
    url = file_server.serve(
        "/big.csv", b"x" * 100, headers={"Content-Type": "text/csv", "Content-Length": "99999999"}
    )
    with pytest.raises(FetchError, match="limit"):
        fetch_url(url, allow_http=True, max_bytes=1000)


def test_size_cap_is_enforced_while_streaming_an_endless_body(file_server):
    url = file_server.serve("/endless.csv", endless)
    started = time.monotonic()
    with pytest.raises(FetchError, match="limit"):
        fetch_url(url, allow_http=True, max_bytes=200_000)
    assert time.monotonic() - started < 5


def test_a_slow_server_times_out(file_server):
    url = file_server.serve("/slow.csv", CSV, delay=2)
    with pytest.raises(FetchError, match="no answer within"):
        fetch_url(url, allow_http=True, timeout=0.3)


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html", b"<html>login</html>"),
        ("application/zip", _zip_bytes()),
        ("application/octet-stream", CSV),
        ("", CSV),
    ],
)
def test_wrong_content_types_are_refused(file_server, content_type, body):
    url = file_server.serve("/f", body, headers={"Content-Type": content_type} if content_type else {})
    with pytest.raises(FetchError, match="not CSV, JSON or plain text"):
        fetch_url(url, allow_http=True)


@pytest.mark.parametrize(
    ("body", "what"),
    [
        (_zip_bytes(), "zip"),
        (gzip.compress(b"0" * 5_000_000), "gzip"),
        (b"BZh91AY&SY" + b"\x00" * 50, "bzip2"),
        (b"a,b\n\x00\x00\x01", "binary"),
    ],
)
def test_archives_and_bombs_are_refused_from_their_first_bytes(file_server, body, what):
    url = file_server.serve("/bomb.csv", body, headers={"Content-Type": "text/csv"})
    with pytest.raises(FetchError, match=what):
        fetch_url(url, allow_http=True)


def test_an_endless_zip_stream_is_refused_at_the_first_chunk(file_server):
    def zip_forever(out: Any) -> None:
        out.write(b"PK\x03\x04")
        endless(out)

    url = file_server.serve("/bomb.csv", zip_forever)
    started = time.monotonic()
    with pytest.raises(FetchError, match="zip"):
        fetch_url(url, allow_http=True, max_bytes=10**12)
    assert time.monotonic() - started < 5


def test_gzip_content_encoding_is_refused(file_server):
    url = file_server.serve(
        "/f.csv", gzip.compress(CSV), headers={"Content-Type": "text/csv", "Content-Encoding": "gzip"}
    )
    with pytest.raises(FetchError):
        fetch_url(url, allow_http=True)


def test_text_that_is_not_utf8_is_refused(file_server):
    url = file_server.serve("/latin1.csv", "name\nCôte\n".encode("latin-1"))
    with pytest.raises(FetchError, match="UTF-8"):
        fetch_url(url, allow_http=True)


def test_http_errors_are_reported_by_status(file_server):
    url = file_server.serve("/gone.csv", b"", status=404, headers={"Content-Type": "text/plain"})
    with pytest.raises(FetchError, match="HTTP 404"):
        fetch_url(url, allow_http=True)


def test_a_redirect_to_another_host_over_http_is_refused_without_following(file_server):
    url = file_server.serve(
        "/moved.csv",
        b"",
        status=302,
        headers={"Location": "http://example.org/x.csv", "Content-Type": "text/plain"},
    )
    with pytest.raises(FetchError, match="https"):
        fetch_url(url, allow_http=True)


def test_a_redirect_to_another_scheme_is_refused(file_server):
    url = file_server.serve(
        "/moved.csv",
        b"",
        status=302,
        headers={"Location": "file:///etc/passwd", "Content-Type": "text/plain"},
    )
    with pytest.raises(FetchError):
        fetch_url(url, allow_http=True)


def test_a_redirect_within_the_rules_is_followed(file_server):
    target = file_server.serve("/new.csv", CSV)
    url = file_server.serve(
        "/old.csv", b"", status=301, headers={"Location": target, "Content-Type": "text/plain"}
    )
    assert fetch_url(url, allow_http=True).text == CSV.decode()


def test_an_https_to_http_downgrade_is_refused_even_to_loopback():
    with pytest.raises(FetchError, match="away from https"):
        fetch.redirect_target("https://example.org/a.csv", "http://127.0.0.1/a.csv", allow_http=True)


def test_credentials_are_not_carried_to_another_host_on_redirect():
    sent = {"Authorization": "Bearer x", "User-Agent": "u"}
    same = carried_headers("https://files.slack.com/a", "https://files.slack.com/b", sent)
    other = carried_headers("https://files.slack.com/a", "https://cdn.example.org/b", sent)
    assert same["Authorization"] == "Bearer x"
    assert "Authorization" not in other and other["User-Agent"] == "u"


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://files.slack.com/files-pri/T1-F1/grades.csv", True),
        ("http://files.slack.com/files-pri/T1-F1/grades.csv", False),
        ("https://files.slack.com.evil.example/x", False),
        ("https://example.org/x", False),
        ("http://127.0.0.1:9/x", True),  # the configured API host (the test stand-in)
    ],
)
def test_the_bot_token_is_only_sent_to_slack(url, ok):
    assert may_send_token(url, "http://127.0.0.1:5555/api/") is ok


@pytest.mark.parametrize(
    ("info", "reason"),
    [
        ({"size": 6_000_000, "filetype": "csv", "mimetype": "text/csv"}, "limit"),
        ({"filetype": "csv", "mimetype": "text/csv"}, "how big"),
        ({"size": 100, "filetype": "zip", "mimetype": "application/zip"}, "zip"),
        ({"size": 100, "filetype": "gzip", "mimetype": "application/gzip"}, "gzip"),
        ({"size": 100, "filetype": "pdf", "mimetype": "application/pdf"}, "pdf"),
        ({"size": 100, "filetype": "xlsx", "mimetype": "application/vnd.ms-excel"}, "xlsx"),
    ],
)
def test_uploads_are_refused_from_their_metadata(info, reason):
    with pytest.raises(FetchError, match=reason):
        check_slack_file(info, max_bytes=5_000_000)


def test_upload_refused_by_metadata_is_never_downloaded(file_server):
    url = file_server.serve("/files-pri/big.csv", CSV)
    info = {"size": 10**9, "filetype": "csv", "mimetype": "text/csv", "url_private": url}
    with pytest.raises(FetchError, match="limit"):
        fetch.download_slack_file(info, token="xoxb-1", slack_api_url=url, allow_http=True)
    assert file_server.requests == []


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html; charset=utf-8", b"<html><body><p>Kent Police</p></body></html>"),
        ("application/pdf", b"%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"),
        ("text/plain", b"Responding to the public: Good"),
    ],
)
def test_documents_for_the_reader_are_fetched_as_bytes(file_server, content_type, body):
    url = file_server.serve("/doc", body, headers={"Content-Type": content_type})
    doc = fetch.fetch_document(url, allow_http=True)
    assert doc.data == body and doc.content_type == content_type.split(";")[0]


@pytest.mark.parametrize(
    ("content_type", "body", "problem"),
    [
        ("application/zip", b"PK\x03\x04", "not an HTML page"),
        ("application/pdf", b"PK\x03\x04 a zip calling itself a pdf", "zip archive"),
        ("text/html", b"\x1f\x8b\x08 gzip bytes", "gzip"),
    ],
)
def test_documents_keep_the_guards_of_data_files(file_server, content_type, body, problem):
    url = file_server.serve("/doc", body, headers={"Content-Type": content_type})
    with pytest.raises(FetchError, match=problem):
        fetch.fetch_document(url, allow_http=True)
    with pytest.raises(FetchError, match="only https://"):
        fetch.fetch_document(url)  # plain http only to this machine, and only when allowed


class Dripper:
    """A local server that answers every connection one byte a second (headers, then a body, forever)."""

    def __init__(self, head: bytes) -> None:
        self.head = head
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.listener.getsockname()[1]}/slow.csv"

    def _serve(self) -> None:
        self.listener.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.listener.accept()
            except OSError:
                continue
            threading.Thread(target=self._drip, args=(conn,), daemon=True).start()

    first = b""  # sent at once, before the drip

    def _drip(self, conn: socket.socket) -> None:
        with conn:
            conn.recv(65536)
            try:
                conn.sendall(self.first)
            except OSError:
                return
            for byte in self.head + b"x" * 1000:
                if self.stop.wait(1.0):
                    return
                try:
                    conn.sendall(bytes([byte]))
                except OSError:
                    return

    def close(self) -> None:
        self.stop.set()
        self.listener.close()


@pytest.mark.parametrize("head", [b"HTTP/1.1 200 OK\r\nContent-Type: text/csv\r\n\r\n"])
def test_a_server_dripping_its_headers_a_byte_a_second_is_stopped_by_the_deadline(head):
    dripper = Dripper(head)
    try:
        started = time.monotonic()
        with pytest.raises(FetchError, match="no answer within 2 seconds"):
            fetch_url(dripper.url, allow_http=True, timeout=2)
        assert time.monotonic() - started < 3
    finally:
        dripper.close()


def test_a_body_dripping_after_quick_headers_is_stopped_by_the_deadline(file_server):
    def drip(out: Any) -> None:
        for _ in range(60):
            try:
                out.write(b"a")
                out.flush()
            except OSError:
                return
            time.sleep(1)

    url = file_server.serve("/drip.csv", drip)
    started = time.monotonic()
    with pytest.raises(FetchError, match="no answer within 2 seconds"):
        fetch_url(url, allow_http=True, timeout=2)
    assert time.monotonic() - started < 3


def _no_connections(monkeypatch) -> list[Any]:
    attempts: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> None:
        attempts.append(args)
        raise AssertionError("a connection was attempted")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    return attempts


@pytest.mark.parametrize(
    "host",
    ["localhost", "LOCALHOST.", "127.1", "2130706433", "0x7f000001", "0177.0.0.1", "[::1]", "[::ffff:127.0.0.1]",
     "100.64.0.1", "169.254.169.254", "10.0.0.1", "224.0.0.1", "0.0.0.0", "240.0.0.1"],
)  # fmt: skip
def test_loopback_and_private_hosts_by_name_or_number_are_refused_before_any_connection(monkeypatch, host):
    attempts = _no_connections(monkeypatch)
    with pytest.raises(FetchError, match="can't be reached") as refused:
        fetch.fetch_document(f"https://{host}:8443/report")
    assert attempts == []
    assert str(refused.value) == fetch.UNREACHABLE


def test_a_name_that_resolves_to_loopback_is_refused_before_any_connection(monkeypatch):
    monkeypatch.setattr(
        socket,
        "getaddrinfo",
        lambda *a, **k: [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", 443))],
    )
    attempts = _no_connections(monkeypatch)
    with pytest.raises(FetchError, match="can't be reached"):
        fetch.fetch_document("https://reports.example.org/x")
    assert attempts == []


def test_the_connection_goes_to_the_address_checked_not_a_second_lookup(monkeypatch):
    answers = iter(["93.184.216.34", "127.0.0.1", "127.0.0.1"])  # a rebinding name: public, then loopback
    lookups: list[str] = []

    def rebinding(host: str, port: int, *a: Any, **k: Any) -> list[Any]:
        lookups.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (next(answers), port))]

    connected: list[Any] = []

    def connect(address: Any, *a: Any, **k: Any) -> None:
        connected.append(address)
        raise ConnectionRefusedError

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    monkeypatch.setattr(socket, "create_connection", connect)
    with pytest.raises(FetchError, match="can't be reached"):
        fetch.fetch_document("https://rebind.example.org/x")
    assert lookups == ["rebind.example.org"] and connected == [("93.184.216.34", 443)]


def test_a_closed_port_and_a_refused_host_say_the_same_thing(monkeypatch):
    from tests.conftest import free_port

    with pytest.raises(FetchError) as closed:
        fetch_url(f"http://127.0.0.1:{free_port()}/x.csv", allow_http=True)
    with pytest.raises(FetchError) as refused:
        fetch_url("https://127.0.0.1:22/x.csv")
    assert str(closed.value) == str(refused.value) == fetch.UNREACHABLE


def test_a_redirect_to_loopback_by_name_is_refused(file_server):
    url = file_server.serve(
        "/moved.csv",
        b"",
        status=302,
        headers={"Location": "https://localhost/x.csv", "Content-Type": "text/plain"},
    )
    with pytest.raises(FetchError, match="can't be reached"):
        fetch_url(url, allow_http=True)


def test_a_redirect_loop_is_named_as_one(file_server):
    a = file_server.url("/a.csv")
    b = file_server.serve("/b.csv", b"", status=302, headers={"Location": a, "Content-Type": "text/plain"})
    file_server.serve("/a.csv", b"", status=302, headers={"Location": b, "Content-Type": "text/plain"})
    with pytest.raises(FetchError, match="redirected in a loop"):
        fetch_url(a, allow_http=True)
