"""(12) The store as an MCP server: a `grades` call through the SDK's own client (stdio, JSON-RPC, argument
validation, a structured result) against `ask` for the same body in this one process; and the server's peak
resident memory against an `ask` process's."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.common import REPO, Row, Spread, child_env, ratios, seeded_db, vm_hwm_kb

BODY = "norfolk"


def _children_running(command: str) -> list[int]:
    """Pids of this process's children whose command line holds `command` (the SDK starts the server)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            ppid = int(stat.read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except (OSError, ValueError, IndexError):
            continue
        if ppid == os.getpid() and command in cmdline:
            found.append(int(stat.parent.name))
    return found


async def _interleaved(db_path: Path, runs: int, per_run: int) -> tuple[list[float], list[float], float]:
    from mcp.client import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    from bot.slack.ask import ask
    from db.connection import Store

    store = Store(db_path)

    def by_ask() -> float:
        t0 = time.perf_counter()
        for _ in range(per_run):
            with store.connect() as db:
                ask(db, f"grade {BODY}", shareable=False)
        return (time.perf_counter() - t0) / per_run

    env = child_env(DATABASE_PATH=str(db_path))
    params = StdioServerParameters(command=sys.executable, args=["-m", "bot", "mcp"], env=env, cwd=str(REPO))
    with open(os.devnull, "w") as quiet:
        async with stdio_client(params, errlog=quiet) as (read, write), ClientSession(read, write) as session:
            await session.initialize()

            async def by_mcp() -> float:
                t0 = time.perf_counter()
                for _ in range(per_run):
                    result = await session.call_tool("grades", {"body": BODY})
                    if result.is_error:
                        raise RuntimeError(result.content[0].text)
                return (time.perf_counter() - t0) / per_run

            await by_mcp()  # warm both: the server's snapshot, this process's
            by_ask()
            ours: list[float] = []
            base: list[float] = []
            for i in range(runs):  # A B B A ...: drift hits both
                if i % 2:
                    base.append(by_ask())
                    ours.append(await by_mcp())
                else:
                    ours.append(await by_mcp())
                    base.append(by_ask())
            pids = _children_running("bot mcp")
            peak_mb = max(((vm_hwm_kb(p) or 0) / 1024 for p in pids), default=float("nan"))
    return ours, base, peak_mb


async def _in_process(db_path: Path, runs: int, per_run: int) -> tuple[list[float], list[float]]:
    """The same call through the server object in this process (no transport): what the layer itself costs."""
    from bot.mcp.server import build_server
    from bot.slack.ask import ask
    from db.connection import Store

    server, store = build_server(str(db_path)), Store(db_path)

    def by_ask() -> float:
        t0 = time.perf_counter()
        for _ in range(per_run):
            with store.connect() as db:
                ask(db, f"grade {BODY}", shareable=False)
        return (time.perf_counter() - t0) / per_run

    async def by_tool() -> float:
        t0 = time.perf_counter()
        for _ in range(per_run):
            await server.call_tool("grades", {"body": BODY})
        return (time.perf_counter() - t0) / per_run

    await by_tool()
    by_ask()
    ours: list[float] = []
    base: list[float] = []
    for i in range(runs):
        if i % 2:
            base.append(by_ask())
            ours.append(await by_tool())
        else:
            ours.append(await by_tool())
            base.append(by_ask())
    return ours, base


def _ask_peak_mb(db_path: Path) -> float:
    """Peak RSS of a one-question `ask` process, read by the process itself at its end."""
    code = (
        "import sys\nfrom bot.__main__ import main\nmain(['ask', 'grade " + BODY + "'])\n"
        "print([l for l in open('/proc/self/status') if l.startswith('VmHWM:')][0].split()[1], file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code],
        env=child_env(DATABASE_PATH=str(db_path)),
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return int(proc.stderr.strip().splitlines()[-1]) / 1024


def run(quick: bool) -> list[Row]:
    runs, per_run = (5, 20) if quick else (11, 100)
    with tempfile.TemporaryDirectory(prefix="bench-mcp-") as tmp:
        db_path = seeded_db(Path(tmp))
        ours, base, peak_mb = asyncio.run(_interleaved(db_path, runs, per_run))
        ask_mb = [_ask_peak_mb(db_path) for _ in range(1 if quick else 3)]
        layer, layer_base = asyncio.run(_in_process(db_path, runs, per_run))
    ratio = Spread.of(ratios(ours, base))
    memory = Spread.of([peak_mb])
    return [
        Row(
            "12 mcp",
            f"a grades call for {BODY} through the SDK's client over stdio (a real `python -m bot mcp`)",
            Spread.of([x * 1000 for x in ours]),
            Spread.of([x * 1000 for x in base]),
            ratio,
            unit="ms",
            baseline_name="ask 'grade norfolk' in this process",
            target="≤ 2×",
            met=ratio.median <= 2,
        ),
        Row(
            "12 mcp",
            "the same grades call through the server object in this process (no transport): the layer alone",
            Spread.of([x * 1000 for x in layer]),
            Spread.of([x * 1000 for x in layer_base]),
            Spread.of(ratios(layer, layer_base)),
            unit="ms",
            baseline_name="ask 'grade norfolk' in this process",
            note="for reading the row above: what the MCP layer costs before JSON-RPC and the pipe",
        ),
        Row(
            "12 mcp",
            "peak RSS (VmHWM) of the MCP server after the calls",
            memory,
            Spread.of(ask_mb),
            Spread.of([peak_mb / m for m in ask_mb]),
            unit="MB",
            baseline_name="a one-question ask process",
            target="< 120 MB",
            met=memory.median < 120,
        ),
    ]
