"""The command line and the only impure entry point: load .env, build settings, open the store, run."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
from collections.abc import Sequence

from bot.config import ConfigError, Settings, load_settings

log = logging.getLogger("inspections-bot")


def _settings() -> Settings:
    from dotenv import load_dotenv

    load_dotenv(os.environ.get("DOTENV_PATH") or ".env", override=False)
    return load_settings(os.environ)


def cmd_ask(settings: Settings, args: argparse.Namespace) -> int:
    # sqlite-utils probes for numpy at import (~45 ms wherever numpy happens to be installed; it is not our
    # dependency). This one-question process never hands sqlite-utils numpy values, so skip the probe.
    sys.modules.setdefault("numpy", None)  # type: ignore[arg-type]
    from bot.slack.asked_alone import asked_alone
    from bot.slack.blocks.plain import to_plain_text
    from db.store import prepare

    store = prepare(settings.database_path)
    with store.connect() as db:
        msg = asked_alone(db, " ".join(args.text))
    print(
        json.dumps(msg, indent=2, ensure_ascii=False) if args.json else to_plain_text(msg),
        end="" if not args.json else "\n",
    )
    return 0


def cmd_chat(settings: Settings, args: argparse.Namespace) -> int:
    """Questions in turns, as in a Slack thread: a follow-up keeps what it leaves out from the last one."""
    sys.modules.setdefault("numpy", None)  # type: ignore[arg-type]  # as in `ask`
    from datetime import UTC, datetime

    from bot.slack.ask import ask
    from bot.slack.blocks.plain import to_plain_text
    from bot.slack.conversation import follow_up
    from db.store import prepare

    interactive = sys.stdin.isatty()
    if interactive:
        try:
            import readline  # noqa: F401 - history and line editing where the terminal has them
        except ImportError:  # pragma: no cover - Windows without pyreadline
            pass
        print("Ask about HMICFRS grades; follow-ups keep what you asked before. Ctrl-D or 'quit' to stop.")
    previous: str | None = None
    with prepare(settings.database_path).connect() as db:
        while True:
            try:
                text = input("> " if interactive else "")
            except EOFError:
                break
            if text.strip().lower() in ("quit", "exit", "bye"):
                break
            if not text.strip():
                continue
            previous = follow_up(db, text, previous)
            print(to_plain_text(ask(db, previous, shareable=False, now=datetime.now(UTC))))
    return 0


def cmd_chart(settings: Settings, args: argparse.Namespace) -> int:
    from bot.charts import chart_for
    from bot.questions.answers.chart import ChartProblem
    from bot.questions.chart_request import parse_chart_request
    from db.store import prepare

    words = " ".join(args.what) + (" by region" if args.by_region else "")
    request = parse_chart_request(f"chart {words}")
    if request is None:  # pragma: no cover - 'chart ...' always parses
        return 2
    with prepare(settings.database_path).connect() as db:
        chart = chart_for(db, request)
    if isinstance(chart, ChartProblem):
        print(f"inspections-bot: {chart.message} Try: " + ", ".join(chart.examples), file=sys.stderr)
        return 1
    out = args.out or chart.spec.filename
    with open(out, "wb") as f:
        f.write(chart.png)
    width, height = int.from_bytes(chart.png[16:20], "big"), int.from_bytes(chart.png[20:24], "big")
    print(f"Wrote {out} ({width} × {height} px, {len(chart.png):,} bytes).\n{chart.spec.alt_text}")
    return 0


def cmd_load(settings: Settings, args: argparse.Namespace) -> int:
    from bot.jobs.downloads import FetchError, fetch_url
    from bot.progress import bar, load_progress, on_terminal
    from db.load import LoadError, load_rows, parse_text, read_files
    from db.store import prepare

    store = prepare(settings.database_path)
    with store.connect() as db:
        try:
            rows = []
            for source in args.paths:
                if source.lower().startswith(("https://", "http://")):
                    got = fetch_url(
                        source, allow_http=settings.allow_http_loads, max_bytes=settings.max_load_bytes
                    )
                    rows += parse_text(got.text, got.name)
                else:
                    rows += read_files([source])
            names = ", ".join(s if "://" in s else os.path.basename(s) for s in args.paths)
            with bar(len(rows), "Validating", enabled=on_terminal(), unit="row") as shown:
                hear = load_progress(shown)
                result = load_rows(
                    db, rows, source=names, loaded_by="command line", dry_run=args.dry_run, progress=hear
                )
        except FetchError as e:
            print(f"Nothing was loaded: {e}.", file=sys.stderr)
            return 1
        except LoadError as e:
            print(
                f"Nothing was loaded. {len(e.problems) if e.total == len(e.problems) else e.total} problem(s):",
                file=sys.stderr,
            )
            print(str(e), file=sys.stderr)
            return 1
    print(("Dry run: " if args.dry_run else "") + result.summary())
    for line in result.details():
        print(f"  {line}")
    return 0


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    from bot import logs
    from bot.slack.app import create_app
    from db.store import prepare

    settings.require_slack()
    logs.configure(
        settings.log_level,
        [settings.bot_token, settings.signing_secret, settings.app_token],
        settings.log_format,
    )
    store = prepare(settings.database_path)
    from db.faults import check_intact

    with store.connect() as db:  # a damaged file stops here, with one line, not in every answer
        check_intact(db)
    app = create_app(settings, store)
    from bot.jobs.scheduler import start_scheduler
    from bot.slack.admin.feed_proposals import announcer

    # before the blocking start/run below; new reports from the feed are read and proposed to the admins
    from bot.slack.delivery import digest_job

    scheduler = start_scheduler(
        settings,
        store,
        on_new_reports=announcer(store, settings),
        send_digests=lambda: digest_job(store, settings),
    )
    signal.signal(signal.SIGTERM, _stop_on_signal)
    try:
        if settings.socket_mode:
            from bot.slack.server import run_socket_mode

            run_socket_mode(app, store, args.host, settings.port, settings.app_token)
        else:
            from bot.slack.server import make_server, room_for_connections

            room_for_connections()
            server = make_server(app, store, args.host, settings.port)
            log.info(
                "Serving HTTP on %s:%s (POST /slack/events, GET /healthz)", args.host, server.effective_port
            )
            try:
                server.run()
            finally:
                server.close()  # stop taking requests
    except (KeyboardInterrupt, _Stop):
        pass  # waitress's own loop also takes these and returns: either way, stop in order below
    finally:
        log.info("Stopping: finishing in-flight answers and jobs")
        if app.executor is not None:
            app.executor.shutdown(wait=True)  # listeners already running finish their replies
        scheduler.shutdown(wait=True)  # a digest mid-send finishes; anything unsent stays in the outbox
        log.info("Stopped")
    return 0


class _Stop(SystemExit):
    """SIGTERM: leave the serving loop and shut down in order. A SystemExit, because waitress's loop
    swallows any other exception raised inside a connection's handler (serve never stopped), while it ends
    its run() quietly on this one."""


def _stop_on_signal(signum: int, frame: object) -> None:
    raise _Stop(signal.Signals(signum).name)


def cmd_backup(settings: Settings, args: argparse.Namespace) -> int:
    from db.backup import backup

    if not os.path.exists(settings.database_path):
        print(f"inspections-bot: no database at {settings.database_path}", file=sys.stderr)
        return 1
    try:
        size = backup(settings.database_path, args.path)
    except FileExistsError as e:
        print(f"inspections-bot: {e}", file=sys.stderr)
        return 1
    print(f"Backed up {settings.database_path} to {args.path} ({size:,} bytes).")
    return 0


def cmd_manifest(settings: Settings, args: argparse.Namespace) -> int:
    from pathlib import Path

    manifest = json.loads(Path(args.manifest).read_text(encoding="utf-8"))
    if args.http:
        from bot.slack.manifest import http_manifest

        try:
            manifest = http_manifest(manifest, args.http)
        except ValueError as e:
            print(f"inspections-bot: {e}", file=sys.stderr)
            return 2
    print(json.dumps(manifest, indent=2))
    return 0


def cmd_stats(settings: Settings, args: argparse.Namespace) -> int:
    from bot.slack.blocks.admin import render_stats
    from bot.slack.blocks.plain import to_plain_text
    from db.stats import store_stats
    from db.store import prepare

    store = prepare(settings.database_path)
    with store.connect() as db:
        print(to_plain_text(render_stats(store_stats(db, args.team))), end="")
    return 0


def cmd_poll(settings: Settings, args: argparse.Namespace) -> int:
    from bot.jobs.feeds import now_utc, poll_feeds
    from db.store import prepare

    store = prepare(settings.database_path)
    with store.connect() as db:
        outcomes = poll_feeds(
            db, settings.feed_urls, now_utc(), poll_minutes=settings.feed_poll_minutes, force=True
        )
    failed = 0
    for o in outcomes:
        print(
            f"{o.url}: {o.status}" + (f" ({o.error})" if o.error else f", {o.items} items, {len(o.new)} new")
        )
        for r in o.new:
            print(f"  new {r['kind']}: {r['title']} ({r['published'] or 'no date'}) {r['report_url']}")
        failed += bool(o.error)
    return 1 if failed and failed == len(outcomes) else 0


def cmd_digest(settings: Settings, args: argparse.Namespace) -> int:
    import time

    from bot.jobs.digests import DigestSchedule, preview_digests
    from bot.jobs.feeds import now_utc
    from bot.progress import bar, digest_progress, logs_above_bars, on_terminal
    from bot.slack.blocks.plain import to_plain_text
    from bot.slack.delivery import delivery_client, run_digests
    from db.store import prepare

    store = prepare(settings.database_path)
    with store.connect() as db:
        if args.dry_run:
            shown = preview_digests(db, now_utc(), DigestSchedule.from_settings(settings))
            for channel, msg in shown:
                print(f"--- {channel}\n{to_plain_text(msg)}")
            print(
                f"Dry run: {len(shown)} message(s) would be posted." if shown else "Dry run: nothing is due."
            )
            return 0
        if not settings.bot_token:
            raise ConfigError("missing required setting: SLACK_BOT_TOKEN (set it in the environment or .env)")
        started, client, drawn = time.monotonic(), delivery_client(settings), on_terminal()
        with bar(None, "Digests", enabled=drawn, unit="digest") as shown, logs_above_bars(drawn):
            options = {"clock": now_utc, "progress": digest_progress(shown)}
            planned, report = run_digests(db, client, settings, now_utc(), **options)
    took = time.monotonic() - started
    throttled = ", ".join(f"{team} ({n}x)" for team, n in sorted(report.throttled.items()))
    print(
        f"{planned} new (subscription, change) pairs planned. {report.summary()}"
        + (f" Rate limited: {throttled}." if throttled else "")
        + f" Took {took:.1f} s."
    )
    return 1 if report.failed else 0


def cmd_mcp(settings: Settings, args: argparse.Namespace) -> int:
    from bot.mcp.run import run_mcp

    return run_mcp(settings, args.http, args.host, os.environ)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="inspections-bot", description="HMICFRS inspection grades in Slack, and on the command line."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("serve", help="run the Slack app (Socket Mode if SLACK_APP_TOKEN is set, else HTTP)")
    p.add_argument("--host", default="0.0.0.0", help="HTTP interface to listen on (default all)")
    p.set_defaults(run=cmd_serve)
    p = sub.add_parser("ask", help='answer a question without Slack, e.g. ask "grade cambridgeshire"')
    p.add_argument("text", nargs="+")
    p.add_argument("--json", action="store_true", help="print the Slack message payload")
    p.set_defaults(run=cmd_ask)
    p = sub.add_parser("chat", help="questions in turns: follow-ups keep what the last question asked")
    p.set_defaults(run=cmd_chat)
    p = sub.add_parser("chart", help="draw the grades as a PNG: police, fire, a region, a round, or a body")
    p.add_argument(
        "what", nargs="*", default=["police"], help="e.g. police | fire | wales | police 2021/22 | kent"
    )
    p.add_argument("--out", help="where to write the PNG (default: a name from what was asked)")
    p.add_argument("--by-region", action="store_true", help="group the rows by region")
    p.set_defaults(run=cmd_chart)
    p = sub.add_parser(
        "load", help="validate and load data files (CSV or JSON, paths or https URLs), all or nothing"
    )
    p.add_argument("paths", nargs="+", metavar="PATH|URL")
    p.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    p.set_defaults(run=cmd_load)
    p = sub.add_parser("poll", help="poll the publication feeds once and print what was new")
    p.set_defaults(run=cmd_poll)
    p = sub.add_parser("digest", help="send the digests due now to subscribed channels")
    p.add_argument("--dry-run", action="store_true", help="show what would be posted, post nothing")
    p.set_defaults(run=cmd_digest)
    p = sub.add_parser("stats", help="what the store holds: counts, newest report, last load, feeds, size")
    p.add_argument("--team", help="show one workspace's paused subscriptions (default: every workspace's)")
    p.set_defaults(run=cmd_stats)
    p = sub.add_parser("manifest", help="print the app manifest; --http URL for HTTP mode with request URLs")
    p.add_argument("--http", metavar="BASE_URL", help="public https base URL of this server")
    p.add_argument(
        "--manifest", default="manifest.json", help="path of manifest.json (default: ./manifest.json)"
    )
    p.set_defaults(run=cmd_manifest)
    p = sub.add_parser("backup", help="copy the live database to PATH with SQLite's online backup")
    p.add_argument("path")
    p.set_defaults(run=cmd_backup)
    p = sub.add_parser("mcp", help="serve the store to AI assistants over MCP, read-only (stdio, or --http)")
    p.add_argument("--http", action="store_true", help="streamable HTTP on PORT at /mcp instead of stdio")
    p.add_argument(
        "--host", default="0.0.0.0", help="HTTP interface (default all; off loopback MCP_TOKEN is required)"
    )
    p.set_defaults(run=cmd_mcp)
    from bot.read_command import add_parser as add_read
    from bot.set_grade import add_parser as add_set_grade

    add_set_grade(sub)
    add_read(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = _settings()
    except ConfigError as e:
        print(f"inspections-bot: {e}", file=sys.stderr)
        return 2
    try:
        return int(args.run(settings, args))
    except ConfigError as e:
        print(f"inspections-bot: {e}", file=sys.stderr)
        return 2
    except Exception as e:
        from db.faults import database_fault

        fault = database_fault(e, os.path.abspath(settings.database_path))
        if fault is None:
            raise
        print(fault[0], file=sys.stderr)
        return fault[1]


if __name__ == "__main__":
    sys.exit(main())
