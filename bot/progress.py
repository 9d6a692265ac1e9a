"""Progress bars for long commands (digest, load, read --gaps): drawn on a terminal, silent in logs and pipes.

tqdm is imported only when a bar is made, so commands that draw none never load it."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from tqdm import tqdm


def on_terminal() -> bool:
    """Whether bars should be drawn: only when stderr (where tqdm draws) is a terminal."""
    return sys.stderr.isatty()


def bar(total: int | None, desc: str, *, enabled: bool, unit: str = "it", file: TextIO | None = None) -> tqdm:
    """A tqdm bar on stderr (or `file`) showing done of total, rate and time left; does nothing if not enabled."""
    from tqdm import tqdm

    return tqdm(
        total=total,
        desc=desc,
        unit=unit,
        file=file if file is not None else sys.stderr,
        disable=not enabled,
        dynamic_ncols=True,
        leave=True,
    )


def digest_progress(shown: tqdm) -> Callable[[int, int, int], None]:
    """A `progress(done, total, failures)` callback for send_digests that moves `shown` along."""

    def progress(done: int, total: int, failures: int) -> None:
        if shown.total != total:
            shown.total = total
        shown.set_postfix(failures=failures, refresh=False)
        shown.update(done - shown.n)

    return progress


def load_progress(shown: tqdm) -> Callable[[str, int, int], None]:
    """A `progress(stage, done, total)` callback for db.load.load_rows: one bar, relabelled per stage."""

    current = ["validated"]  # the bar starts out validating

    def progress(stage: str, done: int, total: int) -> None:
        if stage != current[0]:
            current[0] = stage
            shown.reset(total=total)
            shown.set_description({"validated": "Validating", "written": "Writing"}.get(stage, stage))
        shown.update(done - shown.n)

    return progress


def write_line(shown: tqdm, line: str) -> None:
    """Print a line to stdout above the bar, so the bar is not broken up by it."""
    shown.write(line, file=sys.stdout)


@contextmanager
def logs_above_bars(enabled: bool) -> Iterator[None]:
    """While bars are drawn, log lines (a 429's warning) are written above them instead of through them."""
    if not enabled:
        yield
        return
    from tqdm.contrib.logging import logging_redirect_tqdm

    with logging_redirect_tqdm():
        yield
