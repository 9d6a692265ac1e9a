"""The worker pool that reads published texts for admins (a page, a PDF, a feed poll), apart from Bolt's
listener threads: a slow or hostile server can hold a few readers, never the threads that ack `/grade`.

At most READ_WORKERS reads run and READ_QUEUE more wait; past that, `submit` says no at once and the caller
tells the admin to try again. Threads start with the first read, never at import."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

log = logging.getLogger(__name__)

READ_WORKERS = 2
READ_QUEUE = 8
BUSY = "I'm busy reading other reports right now: please try again in a minute."


class BoundedPool:
    """A thread pool that refuses work past `workers + waiting` jobs instead of queueing without end."""

    def __init__(self, workers: int, waiting: int, name: str):
        self._executor = ThreadPoolExecutor(max_workers=workers, thread_name_prefix=name)
        self._slots = threading.BoundedSemaphore(workers + waiting)

    def submit(self, job: Callable[[], object]) -> bool:
        """Run the job on a worker (soon or after those waiting); False, at once, when the pool is full."""
        if not self._slots.acquire(blocking=False):
            return False

        def run() -> None:
            try:
                job()
            except Exception:  # noqa: BLE001 - a job's own failure is logged; the worker lives on
                log.exception("A pooled read failed")
            finally:
                self._slots.release()

        try:
            self._executor.submit(run)
        except RuntimeError:  # shutting down
            self._slots.release()
            return False
        return True

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking reads; without `wait`, those still waiting are dropped."""
        self._executor.shutdown(wait=wait, cancel_futures=not wait)


READS = BoundedPool(READ_WORKERS, READ_QUEUE, "read")
