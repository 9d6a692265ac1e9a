"""`inspections-bot read PATH|URL|- [--source URL] [--json] [--load [--dry-run]] [--add-areas]` and
`inspections-bot read --gaps [--load]`: read published text, show what it states against what the store holds,
and record it through the same loader as the grade form and `set-grade`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from bot.config import Settings

if TYPE_CHECKING:  # the parser imports this module for every command: keep the store off `ask`'s cold start
    import sqlite_utils

    from bot.reader import Proposal

TYPES = {".pdf": "application/pdf", ".html": "text/html", ".htm": "text/html", ".xhtml": "text/html"}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "read",
        help="read a report, press release or news story and propose the grades it states, each with its quote",
    )
    p.add_argument(
        "what", nargs="?", metavar="PATH|URL|-", help="a file (HTML, PDF, text), an https URL, or - for stdin"
    )
    p.add_argument("--source", help="the https link the text comes from (for a file or stdin)")
    p.add_argument("--json", action="store_true", help="print one JSON object")
    p.add_argument(
        "--load", action="store_true", help="record the proposed grades (the quote is the evidence)"
    )
    p.add_argument(
        "--dry-run", action="store_true", help="with --load: show what would change, write nothing"
    )
    p.add_argument(
        "--add-areas", action="store_true", help="add the areas the round lacks, in the text's words"
    )
    p.add_argument(
        "--gaps", action="store_true", help="read the page of every stored report with missing grades"
    )
    p.set_defaults(run=cmd_read)


def _proposal(db: sqlite_utils.Database, args: argparse.Namespace, settings: Settings) -> Proposal:
    from bot.jobs.downloads import MAX_DOCUMENT_BYTES, FetchError
    from bot.reading import read_document, read_pasted, read_url

    what = args.what
    if what.lower().startswith(("https://", "http://")):
        return read_url(db, what, allow_http=settings.allow_http_loads)
    if what == "-":
        text = sys.stdin.read(MAX_DOCUMENT_BYTES + 1)
        if len(text) > MAX_DOCUMENT_BYTES:
            raise FetchError(f"the text is over the {MAX_DOCUMENT_BYTES:,}-character limit")
        return read_pasted(db, text, source_url=args.source or "")
    path = Path(what)
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        raise FetchError(f"the file is {size:,} bytes; the limit is {MAX_DOCUMENT_BYTES:,}")
    data = path.read_bytes()
    kind = TYPES.get(path.suffix.lower(), "text/plain")
    return read_document(db, data, kind, source_url=args.source or "")


def _with_source(proposal: Proposal, source: str | None) -> Proposal:
    from dataclasses import replace

    return replace(proposal, source_url=source) if source else proposal


def cmd_read(settings: Settings, args: argparse.Namespace) -> int:
    from bot.jobs.downloads import FetchError
    from bot.reader.extract import ExtractError
    from db.store import prepare

    if args.gaps == bool(args.what):
        print("inspections-bot read: give one PATH, URL or -, or --gaps", file=sys.stderr)
        return 2
    if args.dry_run and not args.load:
        print("inspections-bot read: --dry-run goes with --load", file=sys.stderr)
        return 2
    with prepare(settings.database_path).connect() as db:
        if args.gaps:
            return read_gaps(db, args, settings)
        try:
            proposal = _with_source(_proposal(db, args, settings), args.source)
        except (FetchError, ExtractError, OSError) as e:
            print(f"inspections-bot read: could not read {args.what}: {e}", file=sys.stderr)
            return 1
        if args.json:
            print(json.dumps(proposal.to_json(), indent=2, ensure_ascii=False))
        else:
            print(describe(db, proposal))
        return record(db, proposal, args) if args.load else 0


def describe(db: sqlite_utils.Database, proposal: Proposal) -> str:
    """The proposal as lines for a terminal, each grade against what the store holds now."""
    from bot.questions.vocab import framework_label, round_label
    from db.grade_entry import SheetError, grade_sheet

    if proposal.body is None:
        return "\n".join(proposal.notes) or "Nothing proposed."
    round_ = (
        f"{framework_label(proposal.framework or '')} {round_label(proposal.round)}"
        if proposal.round
        else "round not certain"
    )
    lines = [f"{proposal.body_name} · {round_} · published {proposal.published or 'date not stated'}"]
    if proposal.source_url:
        lines.append(f"Source: {proposal.source_url}")
    held: dict[str, str | None] = {}
    names: dict[str, str] = {}
    if proposal.round:
        try:
            sheet = grade_sheet(db, proposal.body, proposal.round)
            held = sheet.grades
            names = {a.area: a.name for a in sheet.areas}
        except SheetError:
            pass
    for g in proposal.grades:
        now = held.get(g.area)
        status = "new" if now is None else "same" if now == g.grade else f"different (store: {now})"
        lines.append(f"  {names.get(g.area, g.area)}: {g.grade}  [{status}]\n      “{g.quote}”")
    for c in proposal.conflicts:
        lines.append(f"  {names.get(c.area, c.area)}: CONFLICT, the text states {' and '.join(c.grades)}")
        lines += [f"      “{q}”" for q in c.quotes]
    for u in proposal.unmatched:
        lines.append(f"  Unmatched (no such area in this round): “{u.wording}”: {u.grade}\n      “{u.quote}”")
    if proposal.not_found:
        lines.append("Nothing found for: " + ", ".join(names.get(a, a) for a in proposal.not_found))
    lines += list(proposal.notes)
    return "\n".join(lines)


def record(db: sqlite_utils.Database, proposal: Proposal, args: argparse.Namespace) -> int:
    """Write the proposal through the grade form's loader (or, with --dry-run, only show the diff)."""
    from bot.reading import proposal_edit
    from db.grade_entry import EditRejected, LoadError, SheetError, changes, save_edit

    try:
        sheet, edit = proposal_edit(db, proposal, add_areas=args.add_areas)
    except SheetError as e:
        print(f"Nothing recorded: {e}.", file=sys.stderr)
        return 1
    diff = changes(sheet, edit)
    if not diff:
        print("Nothing to record: the store already holds every grade proposed.")
        return 0
    print(("Would record" if args.dry_run else "Recording") + f" for {sheet.body_name} {sheet.round}:")
    for area, (old, new) in diff.items():
        print(f"  {area}: {old or 'not recorded'} → {new}")
    if args.dry_run:
        return 0
    try:
        result = save_edit(db, sheet.body_id, sheet.round, edit, by="command line (read)")
    except EditRejected as e:
        print(f"Nothing recorded: {e}", file=sys.stderr)
        return 1
    except LoadError as e:
        print(f"Nothing recorded:\n{e}", file=sys.stderr)
        return 1
    print(result.summary())
    return 0


def read_gaps(db: sqlite_utils.Database, args: argparse.Namespace, settings: Settings) -> int:
    """Read the page of every stored report that lacks core grades; a failing fetch is reported and skipped."""
    from dataclasses import replace

    from bot.jobs.downloads import FetchError
    from bot.progress import bar, on_terminal, write_line
    from bot.reader.extract import ExtractError
    from bot.reading import read_url
    from db.catalog import gap_reports_with_links

    reports = [r for r in gap_reports_with_links(db) if r["missing"]]
    failed = 0
    print(f"{len(reports)} reports with missing core grades and a link.")
    with bar(len(reports), "Reading", enabled=on_terminal(), unit="report") as shown:
        for i, r in enumerate(reports, start=1):
            head = f"[{i}/{len(reports)}] {r['body_name']} {r['framework']} {r['round']}"
            try:
                proposal = read_url(db, r["report_url"], allow_http=settings.allow_http_loads)
            except (FetchError, ExtractError) as e:
                failed += 1
                write_line(shown, f"{head}: skipped, {e}")
                shown.update()
                continue
            if proposal.body != r["body_id"] or proposal.round not in (None, r["round"]):
                write_line(shown, f"{head}: skipped, the page reads as {proposal.body} {proposal.round}")
                shown.update()
                continue
            proposal = replace(proposal, round=r["round"])
            write_line(shown, f"{head}: {len(proposal.grades)} grades proposed")
            if args.load and proposal.grades:
                with shown.external_write_mode():  # record() prints its diff: clear the bar around it
                    record(db, proposal, args)
            shown.update()
    print(f"Done: {len(reports) - failed} read, {failed} failed.")
    return 0
