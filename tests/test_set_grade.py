"""`inspections-bot set-grade`: one grade from the shell through the same path as the admins' form."""

from __future__ import annotations

import shutil

import pytest

from db.connection import Store
from tests.conftest import run_cli as run

SOURCE = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/greater-manchester-2023-25/"


@pytest.fixture
def workdir(tmp_path, seeded_template):
    shutil.copyfile(seeded_template, tmp_path / "inspections.db")
    return tmp_path


def test_set_grade_records_a_grade_with_its_source_and_history(workdir):
    result = run(
        "set-grade",
        "greater manchester",
        "2023-25",
        "Responding to the public",
        "requires-improvement",
        "--source",
        SOURCE,
        "--evidence",
        "The force requires improvement at responding to the public.",
        cwd=workdir,
    )
    assert result.returncode == 0, result.stderr
    assert "1 grades added" in result.stdout
    assert "greater-manchester 2023-25 responding: Requires improvement" in result.stdout
    with Store(workdir / "inspections.db").connect() as db:
        grade = db.execute(
            "SELECT g.grade, g.source_url, g.evidence FROM grades g JOIN reports r ON r.id = g.report_id "
            "WHERE r.body_id = 'greater-manchester' AND r.round = '2023-25' AND g.area = 'responding'"
        ).fetchone()
        change = db.execute(
            "SELECT old_grade, new_grade, changed_by, source FROM grade_changes ORDER BY id DESC"
        ).fetchone()
        load = db.execute("SELECT loaded_by, source FROM loads ORDER BY id DESC").fetchone()
    assert grade == (
        "Requires improvement",
        SOURCE,
        "The force requires improvement at responding to the public.",
    )
    assert change == (None, "Requires improvement", "command line", SOURCE)
    assert load == ("command line", f"grade form: {SOURCE}")
    again = run("ask", "grade greater manchester 2023-25", cwd=workdir)
    assert "Requires improvement" in again.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (
            ["kent", "2023-25", "responding", "good", "--source", "http://x.org/a", "--evidence", "q"],
            "https://",
        ),
        (
            ["kent", "2023-25", "responding", "brilliant", "--source", SOURCE, "--evidence", "q"],
            "not a grade",
        ),
        (["kent", "2023-25", "vibes", "good", "--source", SOURCE, "--evidence", "q"], "no area"),
        (["kent", "1999-00", "responding", "good", "--source", SOURCE, "--evidence", "q"], "no round"),
        (["atlantis", "2023-25", "responding", "good", "--source", SOURCE, "--evidence", "q"], "no force"),
        (["kent", "2023-25", "responding", "good", "--source", SOURCE, "--evidence", " "], "Quote"),
    ],
)
def test_set_grade_refuses_bad_input_and_changes_nothing(workdir, args, says):
    result = run("set-grade", *args, cwd=workdir)
    assert result.returncode == 1 and "Nothing was changed" in result.stderr and says in result.stderr
    with Store(workdir / "inspections.db").connect() as db:
        assert db.execute("SELECT count(*) FROM grade_changes WHERE changed_by != 'seed'").fetchone()[0] == 0
