"""Every answer the engine gives to the questions it is measured on, dumped to one file:
`python -m bench.answers_golden OUTPUT`.

The gate for making the engine faster: dump before, change, dump again, and the two files must be
byte-identical (`cmp`). Dumped are the engine mix and the typo'd questions (bench/engine_mix.py), the
conversation bench's turns, every question and conversation in bench/heldout/*.json (conversations asked
turn by turn, each turn merged with the one before, as bench/heldout does), and a sample of the robustness
suite's generated questions, each with how the engine read it and the whole answer. The whole message is
written (its plain text, which carries the 'Read as' line, and its blocks as JSON, which carry the
'did you mean' buttons), answered for a fixed `now`, so only the engine can change it. Everything is asked
twice in one process, and the second pass must give the same answers as the first (a cache that changes
an answer fails here).
"""

from __future__ import annotations

import io
import json
import random
import sys
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
ROBUSTNESS_SAMPLE = 1000


def _conversations() -> Iterator[tuple[str, list[str]]]:
    """(source, turns) for every question the benches and held-out sets ask; a lone question is one turn."""
    from bench import conversation, engine_mix

    for kind, texts in engine_mix.QUESTIONS.items():
        for text in texts:
            yield f"engine {kind}", [text]
    for right, typed in engine_mix.TYPOS:
        yield "engine typo", [right]
        yield "engine typo", [typed]
    for first in conversation.FIRST:
        for then in conversation.FOLLOW:
            yield "conversation", [first, then]
    for path in sorted((HERE / "heldout").glob("*.json")):
        for case in json.loads(path.read_text()):
            turns = case["turns"] if "turns" in case else [case]
            yield f"heldout {path.name}", [turn["q"] for turn in turns]


def _answer(db, text: str) -> str:
    from bot.slack.ask import ask
    from bot.slack.blocks.plain import to_plain_text

    try:
        msg = ask(db, text, shareable=False, now=NOW)
    except Exception as e:  # noqa: BLE001 - a question that raises is an answer to keep the same too
        return f"RAISED {e.__class__.__name__}: {e}"
    return to_plain_text(msg) + "\n" + json.dumps(msg, sort_keys=True, ensure_ascii=False)


def dump(db, out) -> int:
    """Write every answer from `db` to `out`; the number of questions asked."""
    from bench import robustness
    from bot.questions.answers import directory as load_directory
    from bot.questions.kinds import UsageError
    from bot.questions.understand import understand
    from bot.slack.conversation import follow_up

    asked = 0
    for source, turns in _conversations():
        previous = None
        for i, text in enumerate(turns):
            question = text
            if len(turns) > 1:
                question = previous = follow_up(db, text, previous)
            out.write(f"### {source} | turn {i + 1} | {text} -> {question}\n{_answer(db, question)}\n")
            asked += 1
    directory = load_directory(db)
    cases = list(robustness.cases(directory))
    for case in random.Random(22).sample(cases, min(ROBUSTNESS_SAMPLE, len(cases))):
        try:
            read = repr(understand(case.text, directory))
        except UsageError as e:
            read = f"UsageError: {e}"
        out.write(f"### robustness | {case.text}\n{read}\n{_answer(db, case.text)}\n")
        asked += 1
    return asked


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.splitlines()[1].strip(), file=sys.stderr)
        return 2
    from db.store import prepare

    first, again = io.StringIO(), io.StringIO()
    store = prepare(Path(tempfile.mkdtemp(prefix="golden-")) / "golden.db")
    with store.connect() as db:
        asked = dump(db, first)
        dump(db, again)  # the same store, in the same process: what is cached by now must change nothing
    Path(sys.argv[1]).write_text(first.getvalue(), encoding="utf-8")
    print(f"{asked} questions answered into {sys.argv[1]}", file=sys.stderr)
    if first.getvalue() != again.getvalue():
        print("answers changed when asked a second time in the same process", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
