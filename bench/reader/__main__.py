"""Precision and recall of the reader on the corpus in bench/reader_corpus/ (see its README).

A proposal is right when its body, area and grade match what the annotator wrote down, and its round too
where the annotator found the text makes the round certain. Texts that state no grade must get no proposal.
`dev` prints every miss; `heldout` prints only the totals unless --show is given."""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bot.reader.read import read_text
from bot.reading import catalog
from db.store import prepare

CORPUS = Path(__file__).resolve().parent.parent / "reader_corpus"


@dataclass
class Score:
    texts: int = 0
    proposed: int = 0
    right: int = 0
    expected: int = 0
    found: int = 0
    silent_texts: int = 0  # texts that state no grade
    false_alarms: int = 0  # of those, texts the reader proposed a grade from
    misses: list[str] = field(default_factory=list)
    rounds_certain: int = 0  # texts whose round the annotator found certain
    rounds_decided: int = 0  # of those, texts the reader gave that round
    rounds_contradicted: int = 0  # texts given a round other than the annotator's

    def line(self, name: str) -> str:
        precision = self.right / self.proposed if self.proposed else 1.0
        recall = self.found / self.expected if self.expected else 1.0
        return (
            f"{name}: {self.texts} texts, {self.expected} grades stated; proposed {self.proposed}, right {self.right} "
            f"-> precision {precision:.3f}, recall {recall:.3f}; texts stating no grade: {self.silent_texts}, "
            f"proposed from: {self.false_alarms}; round decided for {self.rounds_decided} of "
            f"{self.rounds_certain} texts whose round is certain, contradicted in {self.rounds_contradicted}"
        )


def entries(split: str) -> list[tuple[dict, str]]:
    folder = CORPUS / split
    out = []
    for index in sorted(folder.glob("*.json")):
        for entry in json.loads(index.read_text(encoding="utf-8")):
            out.append((entry, (folder / f"{entry['id']}.txt").read_text(encoding="utf-8")))
    return out


def score(split: str, cat) -> Score:
    s = Score()
    for entry, text in entries(split):
        s.texts += 1
        p = read_text(text, cat, url=entry.get("url") or "")
        want = {(entry["body"], g["area"], g["grade"]) for g in entry.get("grades") or []}
        got = {(p.body, g.area, g.grade) for g in p.grades} if p.body else set()
        round_ok = entry.get("round") is None or p.round == entry.get("round")
        if entry.get("round") and p.body == entry["body"]:
            s.rounds_certain += 1
            s.rounds_decided += p.round == entry["round"]
            s.rounds_contradicted += p.round is not None and p.round != entry["round"]
        right = want & got if round_ok else set()
        s.expected += len(want)
        s.proposed += len(got)
        s.right += len(right)
        s.found += len(right)
        if not want:
            s.silent_texts += 1
            s.false_alarms += bool(got)
        if right != want or right != got:
            s.misses.append(
                f"{entry['id']}: body {p.body} (want {entry['body']}), round {p.round} (want {entry.get('round')})\n"
                f"    missed {sorted(want - right)}\n    wrong  {sorted(got - right)}\n    notes  {list(p.notes)}"
            )
    return s


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", nargs="?", default="dev", choices=("dev", "heldout2"))
    parser.add_argument("--show", action="store_true", help="print each text's misses (always for dev)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        with prepare(Path(tmp) / "corpus.db").connect() as db:
            cat = catalog(db)
    result = score(args.split, cat)
    if args.split == "dev" or args.show:  # a held-out split prints only its totals unless asked
        print("\n".join(result.misses))
    print(result.line(args.split))
    return 0


if __name__ == "__main__":
    sys.exit(main())
