"""The shipped dataset: the seed story's grades, a source for every grade, nothing invented."""

from __future__ import annotations

import csv

from db.seed import DATA_DIR, SEED_FILES

CAMBS_BY_KEY = {
    "police_powers": "Outstanding",
    "preventing_crime": "Good",
    "workforce": "Good",
    "investigating": "Adequate",
    "protecting_vulnerable": "Adequate",
    "leadership": "Requires improvement",
    "responding": "Inadequate",
    "managing_offenders": "Inadequate",
}


def test_cambridgeshire_2023_25_grades_are_the_seed_storys(db):
    rows = db.query(
        "SELECT g.area, g.grade FROM grades g JOIN reports r ON r.id = g.report_id "
        "WHERE r.body_id = 'cambridgeshire' AND r.round = '2023-25'"
    )
    assert {r["area"]: r["grade"] for r in rows} == CAMBS_BY_KEY


def test_every_shipped_grade_has_a_source_url(db):
    missing = db.execute(
        "SELECT count(*) FROM grades WHERE source_url NOT LIKE 'http%://%' OR source_url = ''"
    ).fetchone()[0]
    assert missing == 0
    assert db.execute("SELECT count(*) FROM grades").fetchone()[0] > 700


def test_the_store_holds_every_shipped_grade_row_and_no_other(db):
    shipped = 0
    for name in ("peel_grades.csv", "peel_regrades.csv", "frs_grades.csv"):
        with open(DATA_DIR / name, newline="", encoding="utf-8") as f:
            shipped += sum(1 for row in csv.DictReader(f) if row["grade"])
    assert db.execute("SELECT count(*) FROM grades").fetchone()[0] == shipped


def test_police_and_fire_bodies_share_one_schema(db):
    kinds = dict(db.execute("SELECT kind, count(*) FROM bodies GROUP BY kind").fetchall())
    assert kinds == {"police": 43, "fire": 44}
    frameworks = {r[0] for r in db.execute("SELECT DISTINCT framework FROM reports")}
    assert frameworks == {"peel", "frs"}


def test_recorded_grades_never_exceed_a_reports_count_statement(db):
    for report in db.query("SELECT * FROM reports WHERE graded_total IS NOT NULL"):
        recorded = dict(
            db.execute(
                "SELECT grade, count(*) FROM grades WHERE report_id = ? GROUP BY grade", [report["id"]]
            )
        )
        for grade, column in [
            ("Outstanding", "outstanding"),
            ("Good", "good"),
            ("Adequate", "adequate"),
            ("Requires improvement", "requires_improvement"),
            ("Inadequate", "inadequate"),
        ]:
            if report[column] is not None:
                assert recorded.get(grade, 0) <= report[column], (report["report_key"], grade)


def test_seed_files_are_all_shipped():
    for name in SEED_FILES:
        assert (DATA_DIR / name).is_file()
