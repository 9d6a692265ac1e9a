"""Safe downloads: https only, loopback http only when allowed, size cap while streaming, timeout,
content types, archives refused from their first bytes, no scheme downgrade on redirects."""

from __future__ import annotations

import gzip
import io
import socket
import time
import urllib.request
import zipfile
from typing import Any

import pytest

from bot.jobs import downloads as fetch
from bot.jobs.downloads import (
    FetchError,
    SafeRedirectHandler,
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


def _redirect(
    handler: SafeRedirectHandler, old: str, new: str, **headers: str
) -> urllib.request.Request | None:
    req = urllib.request.Request(old, headers=headers)
    return handler.redirect_request(req, io.BytesIO(), 302, "Found", {}, new)  # type: ignore[arg-type]


def test_an_https_to_http_downgrade_is_refused_even_to_loopback():
    with pytest.raises(FetchError, match="away from https"):
        _redirect(SafeRedirectHandler(allow_http=True), "https://example.org/a.csv", "http://127.0.0.1/a.csv")


def test_credentials_are_not_carried_to_another_host_on_redirect():
    handler = SafeRedirectHandler()
    same = _redirect(
        handler, "https://files.slack.com/a", "https://files.slack.com/b", Authorization="Bearer x"
    )
    other = _redirect(
        handler, "https://files.slack.com/a", "https://cdn.example.org/b", Authorization="Bearer x"
    )
    assert same is not None and same.get_header("Authorization") == "Bearer x"
    assert other is not None and other.get_header("Authorization") is None


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
