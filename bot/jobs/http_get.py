"""A guarded GET: only public addresses, one deadline for the whole exchange, redirects checked like the first
URL. Each host is looked up once, every address it has is checked, and the connection goes to the address that
was checked (a second lookup could answer differently: DNS rebinding); TLS is still verified against the name."""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
import threading
import time
from urllib.parse import urljoin, urlsplit

MAX_REDIRECTS = 3
LOOPBACK_NAMES = ("localhost",)


class FetchError(Exception):
    """A download was refused or failed; the message is safe to show to the admin."""


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


def get(
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
