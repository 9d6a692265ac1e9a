"""Score the question engine on held-out phrasings: `python -m bench.heldout [--show]`.

The phrasings in phrasings.json were written by someone who had not read the parser, the way people type
in Slack, each with what a right answer must (and must not) say, worked out from db/data/ alone. Each one
is asked through the same path as `inspections-bot ask`, on a fresh copy of the shipped data, and its
plain-text answer is checked. This measures the engine; it is not a test (nothing here was tuned to it
before it was first scored).
"""

from __future__ import annotations

import csv
import json
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
_NOW = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)  # one conversation's turns are asked a moment apart
ROOT = HERE.parents[1]


def _scope(text: str, case: dict) -> str:
    """The part of an answer that must-not-include applies to: the group asked about, not the others."""
    if case.get("kind") == "movement":
        worse = any(w in case["q"].lower() for w in ("worse", "down", "declin"))
        head = "got worse (" if worse else "improved ("
        start = text.find(head)
        text = text[start:] if start >= 0 else text
        ends = [
            i for i in (text.find(h, 1) for h in ("got worse (", "stayed the same", "improved (")) if i > 0
        ]
        return text[: min(ends)] if ends else text
    if case.get("kind") == "monitoring" and "moved out" in text:
        return text[: text.find("moved out")]
    return text


# What an answer says when it did not simply answer: it could not, it asks which was meant, or it shows how it
# read the question. A miss that says none of these is wrong without saying so.
_CANT = (
    "can't answer",
    "cannot answer",
    "i have no grades for",
    "not covered",
    "don't cover",
    "doesn't cover",
)
_SAYS_SO = (*_CANT, "did you mean", "read as", "i'm not sure which", "not sure what")


def says_so(text: str) -> bool:
    """Whether a (lower-cased) answer says it could not answer, asks which was meant, or shows its reading."""
    return any(s in text for s in _SAYS_SO)


def _fails(text: str, case: dict, area_names: set[str]) -> list[str]:
    fails = [s for s in case["must_include"] if s.lower() not in text]
    if case.get("expect") == "cant_answer" and not any(s in text for s in _CANT):
        fails.append("an answer, not 'I can't answer that'")
    scoped = _scope(text, case)
    scoped = scoped.replace(case["q"].lower(), "")  # echoing the question back states nothing
    fails += [f"not {s}" for s in case["must_not_include"] if s.lower() in scoped]
    if case.get("kind") == "one_area" and (n := sum(a in text for a in area_names)) > 2:
        fails.append(f"{n} areas shown, not one")
    return fails


def score(
    show: bool = False, file: str = "phrasings.json", context: bool = True
) -> tuple[int, int, dict[str, list[int]], int]:
    """(right, asked, right and asked by kind, wrong without saying so). A conversations file is asked turn
    by turn: with `context`, each turn follows on from the ones before it, as in a Slack thread or DM;
    without, each starts afresh. `file` is a name in this folder or a path."""
    from bot.slack.ask import ask
    from bot.slack.blocks.plain import to_plain_text
    from db.store import prepare

    with (ROOT / "db" / "data" / "areas.csv").open() as f:
        area_names = {row["name"].lower() for row in csv.DictReader(f)}
    cases = json.loads((HERE / file).read_text())  # HERE / an absolute path is that path
    conversations = [c["turns"] for c in cases] if cases and "turns" in cases[0] else [[c] for c in cases]
    store = prepare(Path(tempfile.mkdtemp()) / "heldout.db")
    right = asked = silent = 0
    by_kind: dict[str, list[int]] = {}
    with store.connect() as db:
        for n, turns in enumerate(conversations):
            for i, case in enumerate(turns):
                question = case["q"]
                if context and len(turns) > 1:
                    # as the app asks in a thread: a turn it can't answer leaves the conversation where it was
                    from bot.slack.conversation import converse

                    question = converse(db, ("THELDOUT", f"C{n}", "thread"), case["q"], _NOW)
                text = to_plain_text(ask(db, question, shareable=False)).lower()
                fails = _fails(text, case, area_names)
                kind = case.get("kind") or f"turn {i + 1}"
                right += not fails
                asked += 1
                silent += bool(fails) and not says_so(text)
                tally = by_kind.setdefault(kind, [0, 0])
                tally[0] += not fails
                tally[1] += 1
                if fails or show:
                    shown = case["q"] if question == case["q"] else f"{case['q']} -> {question}"
                    mark = "ok  " if not fails else ("FAIL" if says_so(text) else "SILENT")
                    print(mark, kind, "|", shown, "|", "; ".join(fails))
    return right, asked, by_kind, silent


def main() -> int:
    files = [a for a in sys.argv[1:] if a.endswith(".json")] or ["phrasings.json"]
    for file in files:
        right, asked, by_kind, silent = score("--show" in sys.argv, file, "--no-context" not in sys.argv)
        print(f"\n{file}: {right}/{asked} answered right; {silent} wrong without saying so")
        for kind, (ok, n) in by_kind.items():
            print(f"  {kind}: {ok}/{n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
