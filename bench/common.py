"""Shared pieces: summaries over runs, interleaved A/B timing, result rows, seeded stores, subprocesses."""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Spread:
    """Median with min and max over several runs."""

    median: float
    min: float
    max: float
    runs: int

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        vals = [v for v in values if v is not None]
        if not vals:
            return cls(float("nan"), float("nan"), float("nan"), 0)
        return cls(statistics.median(vals), min(vals), max(vals), len(vals))

    def show(self, fmt: str = "{:.3g}") -> str:
        if self.runs == 0:
            return "n/a"
        if self.runs == 1 or self.min == self.max:
            return fmt.format(self.median)
        return f"{fmt.format(self.median)} [{fmt.format(self.min)}–{fmt.format(self.max)}]"


@dataclass
class Row:
    """One line of the results table: our figure, the baseline's, and their ratio per interleaved pair."""

    bench: str
    measure: str
    ours: Spread | None
    baseline: Spread | None
    ratio: Spread | None
    unit: str = ""
    baseline_name: str = ""
    target: str = ""
    met: bool | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("ours", "baseline", "ratio"):
            if out[key] is not None:
                out[key] = {k: _finite(v) for k, v in out[key].items()}
        return out


def _finite(v: Any) -> Any:
    return None if isinstance(v, float) and v != v else v


def ratios(ours: Sequence[float], base: Sequence[float]) -> list[float]:
    """Ratio of each interleaved pair (ours_i / base_i)."""
    return [a / b for a, b in zip(ours, base, strict=True) if b]


def interleave(
    runs: int, a: Callable[[], float], b: Callable[[], float], *, b_first_on_odd: bool = True
) -> tuple[list[float], list[float]]:
    """Run a and b alternately `runs` times each (A B B A ...) so drift hits both; return both series."""
    xs: list[float] = []
    ys: list[float] = []
    for i in range(runs):
        if b_first_on_odd and i % 2:
            ys.append(b())
            xs.append(a())
        else:
            xs.append(a())
            ys.append(b())
    return xs, ys


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sample."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = max(1, min(len(ordered), int(round(q / 100 * len(ordered) + 0.5))))
    return ordered[rank - 1]


def seeded_db(directory: Path) -> Path:
    """A database seeded with the shipped dataset, checkpointed so it copies as one file."""
    from db.connection import Store
    from db.store import prepare

    path = directory / "seeded.db"
    if not path.exists():
        prepare(path)
        with Store(path).connect() as db:
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def copy_db(template: Path, target: Path) -> Path:
    """A fresh copy of a checkpointed database file (no WAL side files)."""
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(template, target)
    return target


def peak_rss_mb() -> float:
    """This process's own peak resident set, in MB: VmHWM, which starts afresh at exec. (getrusage's
    ru_maxrss does not: a child started from a big harness reports the harness's high-water mark.)"""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child Python: the repo importable, no .env picked up, no bytecode noise."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    env["DOTENV_PATH"] = os.devnull
    env.update(extra)
    return env


def timed_run(argv: Sequence[str], env: dict[str, str], cwd: Path, timeout: float = 60) -> float:
    """Wall time of one child process run to completion; raise if it fails."""
    start = time.perf_counter()
    proc = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, timeout=timeout, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return elapsed


def vm_hwm_kb(pid: int) -> int | None:
    """Peak resident set size of a live process, from /proc/<pid>/status."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def cpu_seconds(pid: int) -> float:
    """User + system CPU time a live process has used, from /proc/<pid>/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def machine() -> dict[str, Any]:
    """Where the numbers came from."""
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": model,
        "python": sys.version.split()[0],
        "platform": sys.platform,
    }


def write_json(path: Path, payload: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
