"""`load`: validated first, written all or nothing, idempotent, with history of changed grades."""

from __future__ import annotations

import json

import pytest

from db.load import LoadError, load_files

GRADES_HEADER = "force_id,round,area,grade,basis,source_url,evidence\n"
SRC = "https://example.org/source"


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _snapshot(db):
    return {t: db[t].count for t in ("reports", "grades", "grade_changes")}


def test_the_shipped_data_holds_northamptonshires_regrade(db):
    grade = db.execute(
        "SELECT g.grade FROM grades g JOIN reports r ON r.id=g.report_id "
        "WHERE r.report_key='peel:2023-25:northamptonshire' AND g.area='responding'"
    ).fetchone()
    assert grade == ("Requires improvement",)
    history = db.execute(
        "SELECT old_grade, new_grade, effective_on, source FROM grade_changes c JOIN reports r ON r.id = c.report_id "
        "WHERE r.report_key='peel:2023-25:northamptonshire' AND c.area='responding'"
    ).fetchall()
    assert history == [
        ("Adequate", "Requires improvement", "2024-08-08", "https://northantspfcc.org.uk/?p=25963")
    ]


def test_changing_a_grade_records_old_and_new(db, tmp_path):
    path = _write(
        tmp_path, "g.csv", GRADES_HEADER + f"cambridgeshire,2023-25,responding,Adequate,stated,{SRC},x\n"
    )
    result = load_files(db, [path], loaded_by="U0ADMIN")
    assert result.grades_changed == ["cambridgeshire 2023-25 responding: Inadequate → Adequate"]
    change = next(db.query("SELECT * FROM grade_changes WHERE changed_by = 'U0ADMIN'"))
    assert (change["old_grade"], change["new_grade"]) == ("Inadequate", "Adequate")


def test_loading_the_same_file_twice_changes_nothing(db, tmp_path):
    path = _write(tmp_path, "g.csv", GRADES_HEADER + f"kent,2023-25,responding,Good,stated,{SRC},x\n")
    first = load_files(db, [path], loaded_by="cli")
    snapshot = _snapshot(db)
    loads = db.execute("SELECT count(*) FROM loads").fetchone()[0]
    second = load_files(db, [path], loaded_by="cli")
    assert first.changed and not second.changed
    assert _snapshot(db) == snapshot
    assert db.execute("SELECT count(*) FROM loads").fetchone()[0] == loads


@pytest.mark.parametrize(
    ("row", "message"),
    [
        (f"nowhere,2023-25,responding,Good,stated,{SRC},x", "unknown body 'nowhere'"),
        (f"kent,2023-25,responding,Brilliant,stated,{SRC},x", "grade: 'Brilliant' must be one of"),
        (f"kent,2023-25,juggling,Good,stated,{SRC},x", "unknown area 'juggling'"),
        (f"kent,1999-00,responding,Good,stated,{SRC},x", "unknown round '1999-00'"),
        ("kent,2023-25,responding,Good,stated,javascript:alert(1),x", "source_url"),
        (f"kent,2023-25,responding,Good,stated,{SRC}", "expected 7 columns, found 6"),
    ],
)
def test_a_bad_file_loads_nothing_and_names_file_line_and_value(db, tmp_path, row, message):
    good = f"kent,2023-25,investigating,Good,stated,{SRC},x\n"
    path = _write(tmp_path, "bad.csv", GRADES_HEADER + good + row + "\n")
    before = _snapshot(db)
    with pytest.raises(LoadError) as err:
        load_files(db, [path], loaded_by="cli")
    assert "bad.csv, line 3" in str(err.value)
    assert message in str(err.value)
    assert _snapshot(db) == before


def test_a_dry_run_reports_the_diff_and_changes_nothing(db, tmp_path):
    path = _write(
        tmp_path, "g.csv", GRADES_HEADER + f"cambridgeshire,2023-25,responding,Good,stated,{SRC},x\n"
    )
    before = _snapshot(db)
    result = load_files(db, [path], loaded_by="cli", dry_run=True)
    assert result.grades_changed == ["cambridgeshire 2023-25 responding: Inadequate → Good"]
    assert "would change" in result.summary()
    assert _snapshot(db) == before


def test_json_files_load_reports_and_grades_together(db, tmp_path):
    data = {
        "reports": [
            {
                "force_id": "kent",
                "round": "2025-27",
                "published": "2026-04-09",
                "report_url": "https://example.org/kent",
            }
        ],
        "grades": [
            {"force_id": "kent", "round": "2025-27", "area": "workforce", "grade": "Good", "source_url": SRC}
        ],
    }
    path = _write(tmp_path, "kent.json", json.dumps(data))
    result = load_files(db, [path], loaded_by="cli")
    assert result.reports_updated == ["peel:2025-27:kent"]
    assert result.grades_changed == ["kent 2025-27 workforce: Outstanding → Good"]


def test_a_new_round_with_new_area_names_needs_no_new_schema(db, tmp_path):
    areas = _write(
        tmp_path,
        "areas.csv",
        "framework,round,area,name,also_called\npeel,2027-29,public_trust,Earning public trust,\n",
    )
    reports = _write(
        tmp_path,
        "reports.csv",
        "force_id,round,published,report_url\nsuffolk,2027-29,2028-01-10,https://example.org/s\n",
    )
    grades = _write(
        tmp_path, "grades.csv", GRADES_HEADER + f"suffolk,2027-29,public_trust,Good,stated,{SRC},x\n"
    )
    result = load_files(db, [areas, reports, grades], loaded_by="cli")
    assert result.areas_added == ["peel 2027-29 public_trust"] and len(result.reports_added) == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("{not json", "not valid JSON"),
        ("a,b,c\n1,2,3\n", "unrecognised columns"),
        ("[1,2]", "JSON data file"),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_message(db, tmp_path, text, message):
    with pytest.raises(LoadError, match=message):
        load_files(db, [_write(tmp_path, "x.csv", text)], loaded_by="cli")


def test_hostile_text_is_stored_as_text_and_changes_nothing_else(db, tmp_path):
    evil = "'; DROP TABLE grades; --"
    path = _write(tmp_path, "g.csv", GRADES_HEADER + f'kent,2023-25,responding,Good,stated,{SRC},"{evil}"\n')
    load_files(db, [path], loaded_by=evil)
    assert db.execute("SELECT evidence FROM grades WHERE evidence = ?", [evil]).fetchone()
    assert db.execute("SELECT count(*) FROM grades").fetchone()[0] > 700
