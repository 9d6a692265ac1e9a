"""The command line and the only impure entry point: load .env, build settings, open the store, run."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence

from bot.config import ConfigError, Settings, load_settings

log = logging.getLogger("inspections-bot")


def _settings() -> Settings:
    from dotenv import load_dotenv

    load_dotenv(os.environ.get("DOTENV_PATH") or ".env", override=False)
    return load_settings(os.environ)


def cmd_ask(settings: Settings, args: argparse.Namespace) -> int:
    from bot.blocks.plain import to_plain_text
    from bot.engine import ask
    from db.store import prepare

    store = prepare(settings.database_path)
    with store.connect() as db:
        msg = ask(db, " ".join(args.text), shareable=False)
    print(
        json.dumps(msg, indent=2, ensure_ascii=False) if args.json else to_plain_text(msg),
        end="" if not args.json else "\n",
    )
    return 0


def cmd_load(settings: Settings, args: argparse.Namespace) -> int:
    from db.load import LoadError, load_files
    from db.store import prepare

    store = prepare(settings.database_path)
    with store.connect() as db:
        try:
            result = load_files(db, args.paths, loaded_by="command line", dry_run=args.dry_run)
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
    from bot.app import create_app
    from db.store import prepare

    settings.require_slack()
    logs.configure(settings.log_level, [settings.bot_token, settings.signing_secret, settings.app_token])
    store = prepare(settings.database_path)
    app = create_app(settings, store)
    if settings.socket_mode:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        log.info("Starting in Socket Mode")
        SocketModeHandler(app, settings.app_token).start()
        return 0
    from bot.server import make_server

    server = make_server(app, store, args.host, settings.port)
    log.info("Serving HTTP on %s:%s (POST /slack/events, GET /healthz)", args.host, server.effective_port)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


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
    p = sub.add_parser("load", help="validate and load data files (CSV or JSON), all or nothing")
    p.add_argument("paths", nargs="+")
    p.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    p.set_defaults(run=cmd_load)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(_settings(), args))
    except ConfigError as e:
        print(f"inspections-bot: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
