"""Named leases in the store, so one process at a time runs the scheduler or sends digests."""

from __future__ import annotations

import os
import secrets
import socket
from datetime import datetime, timedelta

import sqlite_utils

from db import subscriptions as store

SCHEDULER = "scheduler"
DIGEST_SENDER = "digest-sender"


def new_holder() -> str:
    """An identity for this process: host, pid and a random token (two holders in one process differ)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def holder_gone(holder: str) -> bool:
    """True when the holder was a process on this machine that no longer exists (e.g. killed with -9)."""
    host, _, rest = holder.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def acquire(db: sqlite_utils.Database, name: str, holder: str, now: datetime, ttl: timedelta) -> bool:
    """Take or renew the lease `name` for `ttl`; False if another live process holds it."""
    return store.acquire_lease(db, name, holder, now=now, expires_at=now + ttl, holder_gone=holder_gone)


def release(db: sqlite_utils.Database, name: str, holder: str) -> None:
    """Give the lease up (on clean shutdown), so another process can take it at once."""
    store.release_lease(db, name, holder)
