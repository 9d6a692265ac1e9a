"""The baseline server: a Bolt app whose /grade only acks, on the same waitress server as the bot.

Run as `python -m bench.bare_app` with the same environment as `python -m bot serve`.
"""

from __future__ import annotations

import os
import sys

from slack_bolt import Ack, App
from slack_sdk import WebClient

from bot.slack.server import make_server
from db.connection import Store


def main() -> int:
    app = App(
        client=WebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"]),
        signing_secret=os.environ["SLACK_SIGNING_SECRET"],
        process_before_response=False,
    )

    @app.command("/grade")
    def only_ack(ack: Ack) -> None:
        ack()

    server = make_server(app, Store(os.environ["DATABASE_PATH"]), "127.0.0.1", int(os.environ["PORT"]))
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
