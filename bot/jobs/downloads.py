"""Fetch data files safely: https only, a size cap enforced while streaming, one deadline for the whole
download, a type check, no scheme downgrade on redirects, archives refused from their first bytes, and only
public addresses: each host is looked up once, every address checked, and the connection made to the address
that was checked (a second lookup could answer differently: DNS rebinding)."""

from __future__ import annotations

import http.client
import ssl
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from bot.jobs.http_get import (
    MAX_REDIRECTS,
    UNREACHABLE,
    Deadline,
    FetchError,
    carried_headers,
    check_url,
    get,
    public_address,
    redirect_target,
    resolve,
)

__all__ = [
    "MAX_REDIRECTS",
    "UNREACHABLE",
    "FetchError",
    "carried_headers",
    "check_url",
    "public_address",
    "redirect_target",
    "resolve",
]

MAX_LOAD_BYTES = 5_000_000
TIMEOUT_SECONDS = 20
CHUNK_BYTES = 64 * 1024
USER_AGENT = "inspections-bot/0.1 (+data loader; Slack app for HMICFRS inspections)"
ALLOWED_TYPES = ("text/csv", "application/json", "text/plain")
# Published texts the reader takes: report pages, press releases, news stories and report PDFs.
DOCUMENT_TYPES = ("text/html", "application/xhtml+xml", "application/pdf", "text/plain")
MAX_DOCUMENT_BYTES = 20_000_000
_TYPE_WORDS = {"text/csv": "CSV, JSON or plain text", "text/html": "an HTML page, a PDF or plain text"}
SLACK_FILE_TYPES = {"csv": "text/csv", "json": "application/json", "text": "text/plain"}

# The first bytes of compressed or archived data: refused before anything is decompressed or read whole.
MAGIC = {
    b"PK\x03\x04": "a zip archive",
    b"PK\x05\x06": "a zip archive",
    b"PK\x07\x08": "a zip archive",
    b"\x1f\x8b": "gzip-compressed",
    b"BZh": "bzip2-compressed",
    b"\xfd7zXZ\x00": "xz-compressed",
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!\x1a\x07": "a RAR archive",
    b"\x28\xb5\x2f\xfd": "zstd-compressed",
    b"%PDF": "a PDF",
}


@dataclass(frozen=True)
class Fetched:
    """A downloaded data file: its name (for error messages) and text."""

    name: str
    text: str
    content_type: str
    size: int


def _media_type(value: str | None) -> str:
    return (value or "").split(";")[0].strip().lower()


def _read_capped(
    resp: http.client.HTTPResponse, max_bytes: int, deadline: Deadline, *, pdf: bool = False
) -> bytes:
    length = resp.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"the file is {int(length):,} bytes; the limit is {max_bytes:,}")
    chunks: list[bytes] = []
    total = 0
    first = True
    while True:
        deadline.left()
        chunk = resp.read1(CHUNK_BYTES)  # one socket read at a time, so the deadline is checked between
        if not chunk:
            break
        if first:
            if not (pdf and chunk.startswith(b"%PDF")):
                refuse_archive(chunk)
            first = False
        total += len(chunk)
        if total > max_bytes:
            raise FetchError(f"the file is over the {max_bytes:,}-byte limit; stopped reading")
        chunks.append(chunk)
    if deadline.expired:  # a socket shut by the deadline reads as the end of the body
        raise deadline.error()
    return b"".join(chunks)


def refuse_archive(head: bytes) -> None:
    """Raise FetchError if these first bytes are compressed, archived or binary data."""
    for magic, what in MAGIC.items():
        if head.startswith(magic):
            raise FetchError(f"the file is {what}; send a plain CSV or JSON file")
    if b"\x00" in head:
        raise FetchError("the file is binary, not CSV or JSON text")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise FetchError("the file is not UTF-8 text") from None


def _download(
    url: str,
    *,
    allow_http: bool,
    max_bytes: int,
    timeout: float,
    headers: dict[str, str] | None,
    allowed_types: tuple[str, ...],
) -> tuple[bytes, str]:
    """The body and media type of a guarded GET; raise FetchError with a reason an admin can act on."""
    url = check_url(url, allow_http=allow_http)
    sent = {"User-Agent": USER_AGENT, "Accept": ", ".join(allowed_types), **(headers or {})}
    with Deadline(timeout) as deadline:
        try:
            conn, resp, _ = get(url, sent, deadline, allow_http=allow_http)
            try:
                if resp.status >= 400:
                    raise FetchError(f"the server answered HTTP {resp.status}")
                if resp.status != 200:
                    raise FetchError(f"the server answered HTTP {resp.status}, not the file")
                kind = _media_type(resp.headers.get("Content-Type"))
                if kind not in allowed_types:
                    wanted = _TYPE_WORDS.get(allowed_types[0], ", ".join(allowed_types))
                    raise FetchError(f"the server sent {kind or 'no content type'}, not {wanted}")
                encoding = (resp.headers.get("Content-Encoding") or "identity").lower()
                if encoding not in ("identity", ""):
                    raise FetchError(f"the server sent {encoding}-encoded data; refused")
                data = _read_capped(resp, max_bytes, deadline, pdf=kind == "application/pdf")
            finally:
                conn.close()
        except FetchError:
            raise
        except ssl.SSLCertVerificationError:
            raise FetchError("the server's certificate is not valid for that host name") from None
        except (OSError, http.client.HTTPException, ValueError):
            if deadline.expired or time.monotonic() >= deadline.ends:
                raise deadline.error() from None
            raise FetchError(UNREACHABLE) from None
    return data, kind


@dataclass(frozen=True)
class Document:
    """A downloaded published text: its bytes and media type (HTML, PDF or plain text)."""

    url: str
    data: bytes
    content_type: str


def fetch_document(
    url: str,
    *,
    allow_http: bool = False,
    max_bytes: int = MAX_DOCUMENT_BYTES,
    timeout: float = TIMEOUT_SECONDS,
) -> Document:
    """Download a report page, press release or report PDF within the same guards as a data file."""
    data, kind = _download(
        url,
        allow_http=allow_http,
        max_bytes=max_bytes,
        timeout=timeout,
        headers=None,
        allowed_types=DOCUMENT_TYPES,
    )
    return Document(url.strip(), data, kind)


def fetch_url(
    url: str,
    *,
    allow_http: bool = False,
    max_bytes: int = MAX_LOAD_BYTES,
    timeout: float = TIMEOUT_SECONDS,
    headers: dict[str, str] | None = None,
    allowed_types: tuple[str, ...] = ALLOWED_TYPES,
) -> Fetched:
    """Download a CSV/JSON data file within the limits; raise FetchError with a reason an admin can act on."""
    data, kind = _download(
        url,
        allow_http=allow_http,
        max_bytes=max_bytes,
        timeout=timeout,
        headers=headers,
        allowed_types=allowed_types,
    )
    name = urlsplit(url).path.rsplit("/", 1)[-1] or urlsplit(url).hostname or "download"
    return Fetched(name=name, text=_decode(data), content_type=kind, size=len(data))


def _host_of(url: str) -> str:
    return (urlsplit(url).hostname or "").lower()


def may_send_token(url: str, slack_api_url: str) -> bool:
    """The bot token goes only to Slack's own hosts (or to the configured API host, e.g. a test stand-in)."""
    host = _host_of(url)
    parts = urlsplit(url)
    if parts.scheme == "https" and (host == "slack.com" or host.endswith(".slack.com")):
        return True
    return bool(host) and host == _host_of(slack_api_url)


def check_slack_file(info: dict[str, Any], *, max_bytes: int = MAX_LOAD_BYTES) -> None:
    """Refuse an uploaded file from its files.info metadata alone: too big, or not CSV/JSON/text."""
    size = info.get("size")
    if not isinstance(size, int) or size < 0:
        raise FetchError("Slack did not say how big the file is; refused")
    if size > max_bytes:
        raise FetchError(f"the file is {size:,} bytes; the limit is {max_bytes:,}")
    filetype = str(info.get("filetype") or "").lower()
    mimetype = _media_type(info.get("mimetype"))
    if filetype not in SLACK_FILE_TYPES and mimetype not in ALLOWED_TYPES:
        shown = filetype or mimetype or "unknown"
        raise FetchError(f"a {shown} file can't be loaded; upload a CSV or JSON data file")
    if filetype in ("zip", "gzip", "gz", "tar", "binary") or "zip" in mimetype:
        raise FetchError("compressed files are refused; upload a plain CSV or JSON file")


def download_slack_file(
    info: dict[str, Any],
    *,
    token: str,
    slack_api_url: str,
    allow_http: bool = False,
    max_bytes: int = MAX_LOAD_BYTES,
    timeout: float = TIMEOUT_SECONDS,
) -> Fetched:
    """Check a file's metadata, then download its private URL with the bot token, within the limits."""
    check_slack_file(info, max_bytes=max_bytes)
    url = str(info.get("url_private_download") or info.get("url_private") or "")
    if not url:
        raise FetchError("Slack gave no download link for the file")
    if not may_send_token(url, slack_api_url):
        raise FetchError("the file's download link is not on Slack; refused")
    fetched = fetch_url(
        url,
        allow_http=allow_http,
        max_bytes=max_bytes,
        timeout=timeout,
        headers={"Authorization": f"Bearer {token}"},
        # Slack may serve a CSV as octet-stream; the metadata check above and the byte checks still apply.
        allowed_types=(*ALLOWED_TYPES, "application/octet-stream"),
    )
    return Fetched(
        name=str(info.get("name") or fetched.name),
        text=fetched.text,
        content_type=fetched.content_type,
        size=fetched.size,
    )
