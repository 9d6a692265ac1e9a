"""Fetch data files safely: https only, a size cap enforced while streaming, one deadline for the whole
download, a type check, no scheme downgrade on redirects, archives refused from their first bytes, and only
public addresses: each host is looked up once, every address checked, and the connection made to the address
that was checked (a second lookup could answer differently: DNS rebinding)."""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit

MAX_LOAD_BYTES = 5_000_000
TIMEOUT_SECONDS = 20
CHUNK_BYTES = 64 * 1024
MAX_REDIRECTS = 3
USER_AGENT = "inspections-bot/0.1 (+data loader; Slack app for HMICFRS inspections)"
ALLOWED_TYPES = ("text/csv", "application/json", "text/plain")
# Published texts the reader takes: report pages, press releases, news stories and report PDFs.
DOCUMENT_TYPES = ("text/html", "application/xhtml+xml", "application/pdf", "text/plain")
MAX_DOCUMENT_BYTES = 20_000_000
_TYPE_WORDS = {"text/csv": "CSV, JSON or plain text", "text/html": "an HTML page, a PDF or plain text"}
SLACK_FILE_TYPES = {"csv": "text/csv", "json": "application/json", "text": "text/plain"}
LOOPBACK_NAMES = ("localhost",)

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


class FetchError(Exception):
    """A download was refused or failed; the message is safe to show to the admin."""


@dataclass(frozen=True)
class Fetched:
    """A downloaded data file: its name (for error messages) and text."""

    name: str
    text: str
    content_type: str
    size: int


UNREACHABLE = "that host can't be reached from here (it is unknown, not answering, or on a private network)"


def _is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """An address on the public internet: not loopback, private, link-local, shared (100.64.0.0/10),
    multicast, reserved or unspecified (an IPv4-mapped IPv6 address is judged by its IPv4 address)."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, *, allow_http: bool = False) -> str:
    """Return the URL if it may be fetched, else raise FetchError. Makes no connection and no lookup."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError on a malformed port
    except ValueError:
        raise FetchError("that is not a valid URL") from None
    if parts.scheme not in ("https", "http") or not host:
        raise FetchError("only https:// URLs can be loaded")
    if parts.username or parts.password:
        raise FetchError("URLs with a user name or password in them are refused")
    if parts.scheme == "http" and not (allow_http and _is_loopback(host)):
        raise FetchError("only https:// URLs can be loaded (plain http is refused)")
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        ip = None
    if ip is not None and not (public_address(ip) or (allow_http and ip.is_loopback)):
        raise FetchError(UNREACHABLE)
    return url.strip()


def resolve(host: str, port: int, *, allow_loopback: bool = False) -> list[str]:
    """The host's addresses, looked up once; FetchError (one message for every case) unless every one is
    public. `allow_loopback` (plain-http test loads only) lets loopback through, and nothing else."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise FetchError(UNREACHABLE) from None
    addresses: list[str] = []
    for info in infos:
        address = str(info[4][0]).split("%")[0]
        ip = ipaddress.ip_address(address)
        if not (public_address(ip) or (allow_loopback and ip.is_loopback)):
            raise FetchError(UNREACHABLE)
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchError(UNREACHABLE)
    return addresses


def redirect_target(old_url: str, location: str, *, allow_http: bool = False) -> str:
    """Where a redirect may go: checked like the first URL, and never from https to http."""
    new_url = urljoin(old_url, location.strip())
    if urlsplit(old_url).scheme == "https" and urlsplit(new_url).scheme != "https":
        raise FetchError("the server redirected away from https; refused")
    return check_url(new_url, allow_http=allow_http)


def carried_headers(old_url: str, new_url: str, headers: dict[str, str]) -> dict[str, str]:
    """The request headers a redirect keeps: credentials stay with the host they were meant for."""
    old, new = urlsplit(old_url), urlsplit(new_url)
    if (old.hostname, old.port) == (new.hostname, new.port):
        return dict(headers)
    return {k: v for k, v in headers.items() if k.lower() not in ("authorization", "cookie")}


class Deadline:
    """One wall-clock limit for a whole download: lookups, connects, TLS, headers and body. When it passes,
    the open socket is shut down from a timer thread, so a server dripping a byte a second is cut off too."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.ends = time.monotonic() + seconds
        self.expired = False
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def left(self) -> float:
        """Seconds left; FetchError when none are."""
        left = self.ends - time.monotonic()
        if left <= 0 or self.expired:
            raise self.error()
        return left

    def error(self) -> FetchError:
        return FetchError(f"no answer within {self.seconds:g} seconds for the whole download; stopped")

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sock = sock
            if self.expired:
                _shut(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            if self._sock is not None:
                _shut(self._sock)


def _shut(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass


def _connection(url: str, addresses: list[str], deadline: Deadline) -> http.client.HTTPConnection:
    """A connection to the checked address (no second lookup), TLS verified against the URL's host name."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    https = parts.scheme == "https"
    port = parts.port or (443 if https else 80)

    def connect(_address: object, timeout: float, _source: object = None) -> socket.socket:
        last: OSError | None = None
        for address in addresses:
            try:
                sock = socket.create_connection((address, port), timeout=min(timeout, deadline.left()))
            except OSError as e:
                last = e
                continue
            deadline.watch(sock)
            return sock
        raise last or OSError("no address")

    conn: http.client.HTTPConnection
    if https:
        conn = http.client.HTTPSConnection(
            host, port, timeout=deadline.left(), context=ssl.create_default_context()
        )
    else:
        conn = http.client.HTTPConnection(host, port, timeout=deadline.left())
    conn._create_connection = connect  # type: ignore[attr-defined]  # the checked address, not a lookup
    return conn


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


def _get(
    url: str,
    headers: dict[str, str],
    deadline: Deadline,
    *,
    allow_http: bool,
) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse, str]:
    """The response to a GET, following up to MAX_REDIRECTS redirects, each host looked up once and checked."""
    seen = {url}
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        port = parts.port or (443 if parts.scheme == "https" else 80)
        addresses = resolve(parts.hostname or "", port, allow_loopback=allow_http)
        conn = _connection(url, addresses, deadline)
        path = parts.path or "/"
        if parts.query:
            path += "?" + parts.query
        try:
            conn.request("GET", path, headers=headers)
            resp = conn.getresponse()
        except BaseException:
            conn.close()
            raise
        location = resp.headers.get("Location")
        if resp.status not in (301, 302, 303, 307, 308) or not location:
            return conn, resp, url
        conn.close()
        new_url = redirect_target(url, location, allow_http=allow_http)
        if new_url in seen:
            raise FetchError(f"the server redirected in a loop (back to {new_url}); stopped")
        seen.add(new_url)
        headers = carried_headers(url, new_url, headers)
        url = new_url
    raise FetchError(f"the server redirected more than {MAX_REDIRECTS} times; stopped")


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
            conn, resp, _ = _get(url, sent, deadline, allow_http=allow_http)
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
