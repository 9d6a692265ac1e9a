"""Precision and recall of the reader on the corpus in bench/reader_corpus/ (see its README).

A proposal is right when its body, area and grade match what the annotator wrote down, and its round too
where the annotator found the text makes the round certain. Texts that state no grade must get no proposal.
Where the annotations say so (dev3's shape: `inspection`, `round_held`, `published`), it also scores the
round (decided, contradicted), the publication date, and "nothing proposed" for other kinds of inspection and
rounds the store does not hold (and whether the proposal says which). SPLIT is a folder under
bench/reader_corpus/ (dev, heldout2, dev3) or a path to a folder of that shape. Development splits print
every miss; any other prints only the totals unless --show is given."""

from __future__ import annotations

import argparse
import json
import re
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
    dated: int = 0  # texts whose annotations say what date the text states (or that it states none)
    dates_right: int = 0
    dates_wrong: int = 0  # a date read that is not the one stated (or where none is stated)
    not_graded_here: int = 0  # texts about another kind of inspection or a round the store does not hold
    nothing_proposed: int = 0  # of those, texts the reader proposed nothing from
    said_which: int = 0  # of those, texts whose proposal says which inspection or round it saw

    def line(self, name: str) -> str:
        precision = self.right / self.proposed if self.proposed else 1.0
        recall = self.found / self.expected if self.expected else 1.0
        return (
            f"{name}: {self.texts} texts, {self.expected} grades stated; proposed {self.proposed}, right {self.right} "
            f"-> precision {precision:.3f}, recall {recall:.3f}; texts stating no grade: {self.silent_texts}, "
            f"proposed from: {self.false_alarms}; round decided for {self.rounds_decided} of "
            f"{self.rounds_certain} texts whose round is certain, contradicted in {self.rounds_contradicted}"
            + (
                f"; dates right {self.dates_right} of {self.dated}, wrong {self.dates_wrong}; other inspections "
                f"and rounds not held: {self.not_graded_here}, nothing proposed {self.nothing_proposed}, "
                f"said which {self.said_which}"
                if self.dated
                else ""
            )
        )


_SAYS_WHICH = re.compile(
    r"\bis an? (?:crime data integrity|custody|joint|thematic|national|revisit)\b|does not hold"
    r"|\bis about enhanced monitoring\b"
)


def same_round(want: str, got: str | None, framework: str | None = "peel") -> bool:
    """The annotator's round and the reader's: the same, or, for PEEL, both before 2021 ('2015-19' for PEEL
    2016 or 2018/19, '2014', '2014-19')."""
    if got is None:
        return False
    return want == got or (framework == "peel" and int(want[:4]) < 2021 and int(got[:4]) < 2021)


def folder_of(split: str) -> Path:
    """A split's folder: a name under bench/reader_corpus/, or a path."""
    named = CORPUS / split
    return named if named.is_dir() else Path(split)


def entries(split: str) -> list[tuple[dict, str]]:
    folder = folder_of(split)
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
        issues: list[str] = []  # round, date and kind misses, printed with the grade misses
        if entry.get("round") and (entry["body"] is None or p.body == entry["body"]):
            s.rounds_certain += 1
            same = same_round(entry["round"], p.round, entry.get("framework"))
            s.rounds_decided += same
            s.rounds_contradicted += p.round is not None and not same
            if not same:
                issues.append(f"round {p.round or 'not decided'} (want {entry['round']})")
        if "published" in entry:
            stated = entry["published"]
            s.dated += 1
            date_right = (p.published or "")[: len(stated or "x")] == stated if stated else not p.published
            s.dates_right += date_right
            s.dates_wrong += bool(p.published) and (not stated or not p.published.startswith(stated))
            if not date_right:
                issues.append(f"date {p.published} (want {stated})")
        if entry.get("inspection") not in (None, "peel", "frs") or entry.get("round_held") is False:
            s.not_graded_here += 1
            s.nothing_proposed += p.is_empty
            said = " ".join(p.notes)
            s.said_which += p.is_empty and bool(_SAYS_WHICH.search(said))
            if not p.is_empty or not _SAYS_WHICH.search(said):
                issues.append(
                    "proposed for another inspection or a round not held"
                    if not p.is_empty
                    else "nothing proposed, but the notes do not say which inspection or round"
                )
        right = want & got if round_ok else set()
        s.expected += len(want)
        s.proposed += len(got)
        s.right += len(right)
        s.found += len(right)
        if not want:
            s.silent_texts += 1
            s.false_alarms += bool(got)
        if right != want or right != got or issues:
            s.misses.append(
                f"{entry['id']}: body {p.body} (want {entry['body']}), round {p.round} (want {entry.get('round')})\n"
                f"    missed {sorted(want - right)}\n    wrong  {sorted(got - right)}\n    notes  {list(p.notes)}"
                + "".join(f"\n    also   {i}" for i in issues)
            )
    return s


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", nargs="?", default="dev", help="dev, heldout2, dev3, or a folder's path")
    parser.add_argument("--show", action="store_true", help="print each text's misses (always for dev)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        with prepare(Path(tmp) / "corpus.db").connect() as db:
            cat = catalog(db)
    result = score(args.split, cat)
    if args.split.startswith("dev") or args.show:  # a held-out split prints only its totals unless asked
        print("\n".join(result.misses))
    print(result.line(args.split))
    return 0


if __name__ == "__main__":
    sys.exit(main())
