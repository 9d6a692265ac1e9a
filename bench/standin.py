"""A Slack Web API and response_url stand-in in its own process: `python -m bench.standin`.

Prints its base URL on the first line of stdout, then serves until stdin closes (so it never outlives
the benchmark that started it). `POST /api/bench.count` with `name=<run>` says how many posts reached
`/response/<run>`.
"""

from __future__ import annotations

import sys

from tests.fakes.slack_api import FakeSlackAPI


def main() -> int:
    api = FakeSlackAPI()

    def count(args: dict) -> dict:
        return {"ok": True, "count": len(api.calls_to("response_url:" + str(args.get("name", ""))))}

    api.on("bench.count", count)
    api.start()
    print(api.url, flush=True)
    try:
        sys.stdin.read()
    finally:
        api.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
