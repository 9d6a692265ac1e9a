"""Progress on a terminal: bars show done of total, rate, time left and failures; nothing is drawn when
disabled (stderr not a terminal); a load tells its progress as it validates and writes."""

from __future__ import annotations

import io
from pathlib import Path

from bot.progress import bar, digest_progress, load_progress, write_line
from db import load
from db.load import load_rows, read_files

ROOT = Path(__file__).resolve().parents[1]


def test_a_digest_bar_on_a_terminal_shows_done_of_total_rate_time_left_and_failures():
    shown_on = io.StringIO()
    with bar(None, "Digests", enabled=True, unit="digest", file=shown_on) as shown:
        progress = digest_progress(shown)
        for done in (2, 5, 10):
            progress(done, 10, 1)
    drawn = shown_on.getvalue()
    assert "Digests: 100%" in drawn and "10/10" in drawn
    assert "digest/s" in drawn  # the rate
    assert "<00:00" in drawn  # time left
    assert "failures=1" in drawn


def test_a_disabled_bar_draws_nothing():
    shown_on = io.StringIO()
    with bar(3, "Digests", enabled=False, file=shown_on) as shown:
        digest_progress(shown)(3, 3, 0)
    assert shown_on.getvalue() == ""


def test_lines_written_past_a_bar_reach_stdout_whole(capsys):
    with bar(2, "Reading", enabled=True, file=io.StringIO()) as shown:
        write_line(shown, "[1/2] Kent peel 2023-25: 9 grades proposed")
        shown.update()
    assert capsys.readouterr().out == "[1/2] Kent peel 2023-25: 9 grades proposed\n"


def test_a_load_bar_is_relabelled_when_writing_starts():
    shown_on = io.StringIO()
    with bar(4, "Validating", enabled=True, unit="row", file=shown_on) as shown:
        progress = load_progress(shown)
        progress("validated", 4, 4)
        progress("written", 2, 4)
        progress("written", 4, 4)
    drawn = shown_on.getvalue()
    assert drawn.startswith("\rValidating:") and "Writing: 100%" in drawn and "4/4" in drawn


def test_load_rows_reports_progress_validating_then_writing_up_to_every_row(db, monkeypatch):
    monkeypatch.setattr(load, "PROGRESS_EVERY", 100)
    rows = read_files([str(ROOT / "db" / "data" / "peel_grades.csv")])
    heard: list[tuple[str, int, int]] = []
    load_rows(db, rows, source="again", loaded_by="test", dry_run=True, progress=lambda *a: heard.append(a))
    validated = [done for stage, done, _ in heard if stage == "validated"]
    written = [done for stage, done, _ in heard if stage == "written"]
    assert heard[0][0] == "validated" and heard[-1] == ("written", len(rows), len(rows))
    assert validated == sorted(validated) and validated[-1] == len(rows) and len(validated) > 2
    assert written == sorted(written) and written[-1] == len(rows)
    assert {total for _, _, total in heard} == {len(rows)}


def test_load_rows_without_progress_behaves_as_before(db):
    rows = read_files([str(ROOT / "db" / "data" / "forces.csv")])
    result = load_rows(db, rows, source="again", loaded_by="test", dry_run=True)
    assert result.rows == len(rows)


def test_log_lines_are_written_above_a_drawn_bar_not_through_it(capsys):
    import logging

    from bot.progress import logs_above_bars

    with bar(2, "Digests", enabled=True, file=io.StringIO()), logs_above_bars(True):
        logging.getLogger("bot.slack.digest_pool").warning(
            "Workspace T1 rate limited: holding its digests 30s"
        )
    assert capsys.readouterr().err == "Workspace T1 rate limited: holding its digests 30s\n"
