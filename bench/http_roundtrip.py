"""(1) Signed /grade round trips over HTTP, and (6) peak memory of the serving process.

Both servers are real processes: `python -m bot serve` (HTTP mode) and `python -m bench.bare_app`
(a Bolt app that only acks, on the same waitress server). A stand-in process answers the Web API
(auth.test at start). Our app answers in the ack, so each response is checked for the grades.
Clients in this process keep one connection each.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import itertools
import json
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode, urlsplit

from bench.common import (
    Row,
    Spread,
    child_env,
    copy_db,
    cpu_seconds,
    percentile,
    ratios,
    seeded_db,
    vm_hwm_kb,
)

SECRET = "bench-signing-secret-0123456789"
TOKEN = "xoxb-bench-0000-bot-token"
EVENTS = "/slack/events"
ANSWER_MARK = b"Police powers and public treatment"


@dataclass
class Load:
    """One load run against one server."""

    requests: int
    seconds: float
    latencies: list[float]
    errors: int
    answered: int = 0  # responses that carried the grades (ours answers in the ack; the bare app acks empty)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds

    def p(self, q: float) -> float:
        return percentile(self.latencies, q) * 1000


def signed(body: str) -> dict[str, str]:
    ts = str(int(time.time()))
    digest = hmac.new(SECRET.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": f"v0={digest}",
        "Content-Type": "application/x-www-form-urlencoded",
    }


def grade_request(response_url: str, i: int) -> tuple[bytes, dict[str, str]]:
    body = urlencode(
        {
            "token": "legacy-unused",
            "team_id": "T0BENCH",
            "team_domain": "bench",
            "channel_id": "C0BENCH",
            "channel_name": "bench",
            "user_id": f"U{i % 97:05d}",
            "user_name": "bench",
            "command": "/grade",
            "text": "cambridgeshire",
            "api_app_id": "A0BENCH",
            "response_url": response_url,
            "trigger_id": f"1.2.{i}",
        }
    )
    return body.encode(), signed(body)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(port: int, proc: subprocess.Popen, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=1) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError("server did not become healthy")


def run_load(port: int, clients: int, total: int, response_url: str) -> Load:
    """`clients` threads, one keep-alive connection each, send `total` signed requests between them."""
    prepared = [grade_request(response_url, i) for i in range(total)]
    counter = itertools.count()
    latencies: list[float] = []
    errors = [0]
    answered = [0]
    lock = threading.Lock()
    start_gate = threading.Barrier(clients + 1)

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine: list[float] = []
        bad = got = 0
        start_gate.wait()
        while (i := next(counter)) < total:
            body, headers = prepared[i]
            t0 = time.perf_counter()
            try:
                conn.request("POST", EVENTS, body=body, headers=headers)
                resp = conn.getresponse()
                got += ANSWER_MARK in resp.read()
                ok = resp.status == 200
            except (OSError, http.client.HTTPException):
                ok = False
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            mine.append(time.perf_counter() - t0)
            bad += not ok
        conn.close()
        with lock:
            latencies.extend(mine)
            errors[0] += bad
            answered[0] += got

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for t in threads:
        t.start()
    start_gate.wait()
    t0 = time.perf_counter()
    for t in threads:
        t.join(timeout=120)
    return Load(total, time.perf_counter() - t0, latencies, errors[0], answered[0])


class StandIn:
    """The stand-in process: Web API + response_url sink."""

    def __init__(self, stack: ExitStack):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "bench.standin"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=child_env(),
            text=True,
        )
        stack.callback(self._stop)
        self.url = (self.proc.stdout.readline() if self.proc.stdout else "").strip()
        if not self.url:
            raise RuntimeError("stand-in did not start")
        self.port = urlsplit(self.url).port

    def _stop(self) -> None:
        if self.proc.stdin:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()

    def count(self, name: str) -> int:
        req = urllib.request.Request(
            f"{self.url}api/bench.count", data=urlencode({"name": name}).encode(), method="POST"
        )
        with urllib.request.urlopen(req, timeout=5) as r:
            return int(json.load(r)["count"])

    def wait_for(self, name: str, expected: int, timeout: float) -> tuple[int, float]:
        """Poll until `expected` posts reached /response/<name>; return (count, seconds waited)."""
        t0 = time.monotonic()
        got = self.count(name)
        while got < expected and time.monotonic() - t0 < timeout:
            time.sleep(0.02)
            got = self.count(name)
        return got, time.monotonic() - t0


def start_server(stack: ExitStack, argv: list[str], env: dict[str, str], log: Path) -> subprocess.Popen:
    out = stack.enter_context(open(log, "w"))  # noqa: SIM115 - closed by the stack
    proc = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.STDOUT)

    def stop() -> None:
        proc.terminate()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()

    stack.callback(stop)
    wait_healthy(int(env["PORT"]), proc)
    return proc


def run(quick: bool) -> list[Row]:
    levels = (1, 10, 50)
    totals = {1: 40, 10: 100, 50: 200} if quick else {1: 200, 10: 500, 50: 1000}
    rounds, repeats = (1, 2) if quick else (3, 2)
    ours: dict[int, list[Load]] = {n: [] for n in levels}
    base: dict[int, list[Load]] = {n: [] for n in levels}
    arrivals = [0, 0]  # answers with the grades that came back, and how many were owed
    cpu_ms: dict[str, list[float]] = {"ours": [], "base": []}  # server CPU per request, answers included
    hwm_ours: list[float] = []
    hwm_base: list[float] = []
    run_id = itertools.count()
    with tempfile.TemporaryDirectory(prefix="bench-http-") as tmp, ExitStack() as stack:
        tmpdir = Path(tmp)
        template = seeded_db(tmpdir)
        standin = StandIn(stack)
        for r in range(rounds):
            with ExitStack() as servers:
                common = {
                    "SLACK_BOT_TOKEN": TOKEN,
                    "SLACK_SIGNING_SECRET": SECRET,
                    "SLACK_API_URL": standin.url + "api/",
                    "LOG_LEVEL": "WARNING",
                }
                env_ours = child_env(
                    **common,
                    DATABASE_PATH=str(copy_db(template, tmpdir / f"ours{r}.db")),
                    PORT=str(free_port()),
                )
                env_base = child_env(
                    **common,
                    DATABASE_PATH=str(copy_db(template, tmpdir / f"base{r}.db")),
                    PORT=str(free_port()),
                )
                p_ours = start_server(
                    servers,
                    [sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"],
                    env_ours,
                    tmpdir / f"ours{r}.log",
                )
                p_base = start_server(
                    servers, [sys.executable, "-m", "bench.bare_app"], env_base, tmpdir / f"base{r}.log"
                )
                port_ours, port_base = int(env_ours["PORT"]), int(env_base["PORT"])
                warm = f"warm{r}"
                run_load(port_ours, 4, 40, standin.url + "response/" + warm)
                run_load(port_base, 4, 40, standin.url + "response/" + warm)
                for i in range(repeats):
                    for n in levels if i % 2 == 0 else reversed(levels):
                        name = f"run{next(run_id)}"
                        pair = [("ours", port_ours), ("base", port_base)]
                        for who, port in pair if (r + i) % 2 == 0 else reversed(pair):
                            pid = p_ours.pid if who == "ours" else p_base.pid
                            cpu0 = cpu_seconds(pid)
                            load = run_load(port, n, totals[n], standin.url + "response/" + name)
                            cpu_ms[who].append((cpu_seconds(pid) - cpu0) * 1000 / totals[n])
                            if who == "ours":
                                arrivals[0] += load.answered
                                arrivals[1] += totals[n]
                                ours[n].append(load)
                            else:
                                base[n].append(load)
                hwm_ours.append((vm_hwm_kb(p_ours.pid) or 0) / 1024)
                hwm_base.append((vm_hwm_kb(p_base.pid) or 0) / 1024)

    rows: list[Row] = []
    for n in levels:
        a, b = ours[n], base[n]
        rps_a, rps_b = [x.rps for x in a], [x.rps for x in b]
        p99_a, p99_b = [x.p(99) for x in a], [x.p(99) for x in b]
        thr = Spread.of(ratios(rps_a, rps_b))
        errors = sum(x.errors for x in a) + sum(x.errors for x in b)
        rows.append(
            Row(
                "1 slash round trip",
                f"/grade, {n} concurrent: requests/s",
                Spread.of(rps_a),
                Spread.of(rps_b),
                thr,
                unit="req/s",
                baseline_name="bare Bolt app (ack only)",
                target="≥ 0.9× bare",
                met=thr.median >= 0.9,
                note=f"{errors} errors" if errors else "",
                extra={"requests_per_run": totals[n]},
            )
        )
        rows.append(
            Row(
                "1 slash round trip",
                f"/grade, {n} concurrent: p50 / p99 ms",
                Spread.of(p99_a),
                Spread.of(p99_b),
                Spread.of(ratios(p99_a, p99_b)),
                unit="ms (p99)",
                baseline_name="bare Bolt app (ack only)",
                target="p99 < 100 ms" if n == 50 else "",
                met=Spread.of(p99_a).median < 100 if n == 50 else None,
                note=f"p50 {Spread.of([x.p(50) for x in a]).show()} vs {Spread.of([x.p(50) for x in b]).show()}",
                extra={
                    "p50_ours_ms": Spread.of([x.p(50) for x in a]).__dict__,
                    "p50_base_ms": Spread.of([x.p(50) for x in b]).__dict__,
                },
            )
        )
    rows.append(
        Row(
            "1 slash round trip",
            "answers with the grades returned in the ack",
            Spread.of([arrivals[0]]),
            Spread.of([arrivals[1]]),
            Spread.of([arrivals[0] / arrivals[1]]) if arrivals[1] else None,
            unit="answers",
            baseline_name="owed",
            target="all arrive",
            met=arrivals[0] == arrivals[1],
        )
    )
    cpu_a, cpu_b = cpu_ms["ours"], cpu_ms["base"]
    rows.append(
        Row(
            "1 slash round trip",
            "server CPU per request (verify, answer, ack)",
            Spread.of(cpu_a),
            Spread.of(cpu_b),
            Spread.of(ratios(cpu_a, cpu_b)),
            unit="ms",
            baseline_name="bare Bolt app (ack only)",
            note="context: explains the throughput ratio",
        )
    )
    hwm = Spread.of(hwm_ours)
    rows.append(
        Row(
            "6 memory",
            "peak RSS (VmHWM) of serve under load (1)",
            hwm,
            Spread.of(hwm_base),
            Spread.of(ratios(hwm_ours, hwm_base)),
            unit="MB",
            baseline_name="bare Bolt app process",
            target="< 150 MB",
            met=hwm.median < 150,
        )
    )
    return rows
