"""(12) The store as an MCP server: a `grades` call through the SDK's own client (`ClientSession`: JSON-RPC,
argument validation, a structured result checked against the tool's output schema) against `ask` for the same
body in this one process, over two transports: stdio to a real `python -m bot mcp`, and the SDK's in-memory
transport (client and server in this process). Then the same on a cold result cache (a fresh server, each body
asked once), the layer alone, and the server's peak resident memory against an `ask` process's."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from bench.common import REPO, Row, Spread, child_env, ratios, seeded_db, vm_hwm_kb

BODY = "norfolk"
ASK = f"ask 'grade {BODY}' in this process"


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


def _asker(db_path: Path, questions: list[str]) -> Callable[[], float]:
    """Seconds per question for `ask` on these questions, uncached, a connection each as the CLI does."""
    from bot.slack.ask import ask
    from db.connection import Store

    store = Store(db_path)

    def by_ask() -> float:
        t0 = time.perf_counter()
        for q in questions:
            with store.connect() as db:
                ask(db, q, shareable=False)
        return (time.perf_counter() - t0) / len(questions)

    return by_ask


def _caller(session: Any, bodies: list[str]) -> Callable[[], Awaitable[float]]:
    """Seconds per `grades` call through `session` (the SDK's ClientSession), one call per body given."""

    async def by_mcp() -> float:
        t0 = time.perf_counter()
        for body in bodies:
            result = await session.call_tool("grades", {"body": body})
            if result.is_error:
                raise RuntimeError(result.content[0].text)
        return (time.perf_counter() - t0) / len(bodies)

    return by_mcp


async def _side_by_side(
    runs: int, ours: Callable[[], Awaitable[float]], base: Callable[[], float]
) -> tuple[list[float], list[float]]:
    """Both, warmed, then alternately `runs` times each (A B B A ...) so drift hits both."""
    await ours()
    base()
    xs: list[float] = []
    ys: list[float] = []
    for i in range(runs):
        if i % 2:
            ys.append(base())
            xs.append(await ours())
        else:
            xs.append(await ours())
            ys.append(base())
    return xs, ys


async def _stdio(db_path: Path, runs: int, per_run: int) -> tuple[list[float], list[float], float]:
    from mcp.client import ClientSession
    from mcp.client.stdio import StdioServerParameters, stdio_client

    env = child_env(DATABASE_PATH=str(db_path))
    params = StdioServerParameters(command=sys.executable, args=["-m", "bot", "mcp"], env=env, cwd=str(REPO))
    with open(os.devnull, "w") as quiet:
        async with stdio_client(params, errlog=quiet) as (read, write), ClientSession(read, write) as session:
            await session.initialize()
            ours, base = await _side_by_side(
                runs, _caller(session, [BODY] * per_run), _asker(db_path, [f"grade {BODY}"] * per_run)
            )
            pids = _children_running("bot mcp")
            peak_mb = max(((vm_hwm_kb(p) or 0) / 1024 for p in pids), default=float("nan"))
    return ours, base, peak_mb


async def _in_memory(db_path: Path, runs: int, per_run: int, mode: str) -> tuple[list[float], list[float]]:
    """The SDK's in-process connection. mode="legacy" is its in-memory transport: ClientSession over memory
    streams, JSON-RPC messages and the initialize handshake, without the pipe and the second process (what
    `create_connected_server_and_client_session` was). mode="auto", the SDK's default for a server object,
    hands each request to the server directly (2026-07-28 protocol, no JSON-RPC framing)."""
    from mcp.client import Client

    from bot.mcp.server import build_server

    async with Client(build_server(str(db_path)), mode=mode) as client:
        return await _side_by_side(
            runs, _caller(client.session, [BODY] * per_run), _asker(db_path, [f"grade {BODY}"] * per_run)
        )


async def _cold(db_path: Path, runs: int) -> tuple[list[float], list[float]]:
    """Every call a miss: each run a fresh server (its result cache empty) asked for every body once, in
    memory, against `ask` for the same bodies. The store's snapshot is warm for both, as in a running server."""
    from mcp.client import Client

    from bot.mcp.server import build_server
    from bot.questions import answers
    from db.readonly import read_only

    with read_only(db_path) as db:
        names = sorted(b.name for b in answers.snapshot(db).bodies.values())
    base = _asker(db_path, [f"grade {n}" for n in names])
    ours: list[float] = []
    baseline: list[float] = []
    base()
    for i in range(runs):
        async with Client(build_server(str(db_path)), mode="legacy") as client:
            await client.session.call_tool(
                "find_body", {"name": "kent"}
            )  # the connection warm, not the cache
            call = _caller(client.session, names)
            if i % 2:
                baseline.append(base())
                ours.append(await call())
            else:
                ours.append(await call())
                baseline.append(base())
    return ours, baseline


async def _layer(db_path: Path, runs: int, per_run: int) -> tuple[list[float], list[float]]:
    """The same call through the server object in this process (no client, no transport)."""
    from bot.mcp.server import build_server

    server = build_server(str(db_path))

    async def by_tool() -> float:
        t0 = time.perf_counter()
        for _ in range(per_run):
            await server.call_tool("grades", {"body": BODY})
        return (time.perf_counter() - t0) / per_run

    return await _side_by_side(runs, by_tool, _asker(db_path, [f"grade {BODY}"] * per_run))


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


def _timed_row(measure: str, ours: list[float], base: list[float], baseline_name: str, **kw: Any) -> Row:
    return Row(
        "12 mcp",
        measure,
        Spread.of([x * 1000 for x in ours]),
        Spread.of([x * 1000 for x in base]),
        Spread.of(ratios(ours, base)),
        unit="ms",
        baseline_name=baseline_name,
        **kw,
    )


def run(quick: bool) -> list[Row]:
    runs, per_run = (5, 20) if quick else (11, 100)
    with tempfile.TemporaryDirectory(prefix="bench-mcp-") as tmp:
        db_path = seeded_db(Path(tmp))
        stdio, stdio_base, peak_mb = asyncio.run(_stdio(db_path, runs, per_run))
        memory, memory_base = asyncio.run(_in_memory(db_path, runs, per_run, "legacy"))
        direct, direct_base = asyncio.run(_in_memory(db_path, runs, per_run, "auto"))
        cold, cold_base = asyncio.run(_cold(db_path, 3 if quick else 7))
        layer, layer_base = asyncio.run(_layer(db_path, runs, per_run))
        ask_mb = [_ask_peak_mb(db_path) for _ in range(1 if quick else 3)]
    stdio_ratio = Spread.of(ratios(stdio, stdio_base)).median
    memory_ratio = Spread.of(ratios(memory, memory_base)).median
    rss = Spread.of([peak_mb])
    return [
        _timed_row(
            f"a grades call for {BODY} through the SDK's ClientSession over stdio (a real `python -m bot mcp`)",
            stdio,
            stdio_base,
            ASK,
            target="≤ 2×",
            met=stdio_ratio <= 2,
        ),
        _timed_row(
            f"a grades call for {BODY} through the SDK's ClientSession over its in-memory transport, "
            '`Client(server, mode="legacy")` (JSON-RPC over memory streams; client and server in this process)',
            memory,
            memory_base,
            ASK,
            target="≤ 2×",
            met=memory_ratio <= 2,
        ),
        _timed_row(
            f"a grades call for {BODY} through the SDK's default in-process connection, `Client(server)` "
            "(direct dispatch, no JSON-RPC framing; the same ClientSession checks)",
            direct,
            direct_base,
            ASK,
            note="for reading the row above: the SDK's newer in-process path",
        ),
        _timed_row(
            "the same in memory on a cold result cache: a fresh server each run, every body asked once",
            cold,
            cold_base,
            "ask 'grade <body>' for the same bodies",
            note="the rows above answer from the server's result cache after the first call",
        ),
        _timed_row(
            "the same grades call through the server object in this process (no client, no transport)",
            layer,
            layer_base,
            ASK,
            note="for reading the rows above: what the MCP layer costs before JSON-RPC and the client's checks",
        ),
        Row(
            "12 mcp",
            "peak RSS (VmHWM) of the MCP server after the calls",
            rss,
            Spread.of(ask_mb),
            Spread.of([peak_mb / m for m in ask_mb]),
            unit="MB",
            baseline_name="a one-question ask process",
            target="< 120 MB",
            met=rss.median < 120,
        ),
    ]
