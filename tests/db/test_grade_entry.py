"""Grades recorded by hand: the sheet, the checks, saving through the loader, gaps and flags in the store."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from db import subscriptions
from db.flags import add_flag, count_open_flags, list_flags, resolve_flag
from db.gaps import gap_totals, missing_grades
from db.grade_entry import (
    EditRejected,
    GradeEdit,
    SheetError,
    StaleSheet,
    check_edit,
    grade_sheet,
    is_https_url,
    save_edit,
)

SOURCE = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2023-25/"
T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def test_the_sheet_shows_every_area_of_the_round_with_the_stores_grades(db):
    sheet = grade_sheet(db, "cambridgeshire", "2023-25")
    assert (sheet.framework, sheet.round, sheet.report_exists) == ("peel", "2023-25", True)
    assert len(sheet.areas) == 10 and sheet.grades["responding"] == "Inadequate"
    assert grade_sheet(db, "cambridgeshire").round == "2025-27"  # no round: the latest


@pytest.mark.parametrize(
    ("body", "round_", "says"), [("atlantis", "2023-25", "no body"), ("kent", "1999-00", "no round")]
)
def test_a_sheet_for_an_unknown_body_or_round_is_refused(db, body, round_, says):
    with pytest.raises(SheetError, match=says):
        grade_sheet(db, body, round_)


def test_the_version_changes_with_any_grade(db):
    before = grade_sheet(db, "kent", "2023-25")
    save_edit(db, "kent", "2023-25", GradeEdit({"responding": "Good"}, source=SOURCE, evidence="q"), by="U1")
    assert grade_sheet(db, "kent", "2023-25").version != before.version


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        (SOURCE, True),
        ("http://hmicfrs.justiceinspectorates.gov.uk/", False),
        ("https://", False),
        ("https://localhost/x", False),
        ("https://a.org/x y", False),
        ("https://a.org/<@U1>", False),
        ("javascript:alert(1)", False),
        ("", False),
    ],
)
def test_sources_must_be_well_formed_https(url, ok):
    assert is_https_url(url) is ok


@pytest.mark.parametrize(
    ("edit", "fields"),
    [
        (GradeEdit({"responding": "Good"}, source=SOURCE, evidence="q"), set()),
        (GradeEdit({"responding": "Good"}), {"source", "evidence"}),
        (GradeEdit({"responding": None}), set()),  # unchanged: not recorded stays not recorded
        (GradeEdit({"responding": "Great"}, source=SOURCE, evidence="q"), {"responding"}),
        (GradeEdit({"vibes": "Good"}), {"vibes"}),
        (GradeEdit({}, published="2024-13-01"), {"published"}),
        (GradeEdit({}, source="ftp://a.org/x"), {"source"}),
        (GradeEdit({"responding": "Good"}, source=SOURCE, evidence="q" * 2001), {"evidence"}),
    ],
)
def test_edits_are_checked_field_by_field(db, edit, fields):
    assert set(check_edit(grade_sheet(db, "kent", "2023-25"), edit)) == fields


def test_a_rejected_edit_writes_nothing(db):
    with pytest.raises(EditRejected):
        save_edit(db, "kent", "2023-25", GradeEdit({"responding": "Good"}, source=SOURCE), by="U1")
    assert db.execute("SELECT count(*) FROM grade_changes WHERE changed_by != 'seed'").fetchone()[0] == 0
    assert not db.conn.in_transaction


def test_a_stale_edit_writes_nothing_and_names_what_changed(db):
    opened = grade_sheet(db, "kent", "2023-25")
    save_edit(db, "kent", "2023-25", GradeEdit({"responding": "Good"}, source=SOURCE, evidence="q"), by="U1")
    with pytest.raises(StaleSheet) as caught:
        save_edit(
            db,
            "kent",
            "2023-25",
            GradeEdit({"investigating": "Good"}, source=SOURCE, evidence="q"),
            by="U2",
            opened_version=opened.version,
            opened_grades=opened.grades,
        )
    assert caught.value.changed == {"responding": (None, "Good")}
    assert grade_sheet(db, "kent", "2023-25").grades["investigating"] is None


def test_a_new_report_is_added_with_its_date_and_link_and_owed_to_subscribed_channels(db):
    db.execute("UPDATE reports SET added_at = '2020-01-01T00:00:00+00:00'")
    subscriptions.add_subscription(
        db,
        team_id="T1",
        enterprise_id=None,
        channel_id="C1",
        target_kind="all",
        target="",
        cadence="instant",
        created_by="U1",
        now=T0,
    )
    sheet = grade_sheet(db, "essex", "2025-27")
    assert not sheet.report_exists
    area = sheet.areas[0].area
    url = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/essex-2025-27/"
    edit = GradeEdit({area: "Good"}, published="2026-05-20", report_url=url, source=url, evidence="q")
    result = save_edit(db, "essex", "2025-27", edit, by="U1", now=T0 + timedelta(minutes=1))
    assert result.reports_added_keys == ["peel:2025-27:essex"] and len(result.grades_added) == 1
    report = db.execute(
        "SELECT published, report_url, origin FROM reports WHERE report_key = 'peel:2025-27:essex'"
    ).fetchone()
    assert report == ("2026-05-20", url, "load")

    from bot.jobs.digests import plan_digests

    # The new report flows like any load's: its report and grades changes, told as one item in the digest.
    kinds = [
        r[0]
        for r in db.execute(
            "SELECT kind FROM changes WHERE report_id = (SELECT id FROM reports WHERE report_key = 'peel:2025-27:essex') ORDER BY seq"
        )
    ]
    assert kinds == ["report", "grades"]
    assert plan_digests(db, T0 + timedelta(minutes=2)) == len(kinds)


def test_an_existing_reports_details_are_kept_when_only_its_missing_date_is_added(db):
    before = db.execute("SELECT * FROM reports WHERE report_key = 'peel:2023-25:kent'").fetchone()
    save_edit(db, "kent", "2023-25", GradeEdit({}, published="2024-03-01"), by="U1")
    after = db.execute("SELECT * FROM reports WHERE report_key = 'peel:2023-25:kent'").fetchone()
    cols = [c[1] for c in db.execute("PRAGMA table_info(reports)").fetchall()]
    changed = {c for c, a, b in zip(cols, before, after, strict=True) if a != b}
    assert changed == {"published"} and after[cols.index("published")] == "2024-03-01"


def test_gaps_count_only_core_areas_of_recorded_reports(db):
    gaps = missing_grades(db, kind="police", round_="2023-25")
    assert len(gaps) == 13 and sum(len(g["missing"]) for g in gaps) == 80
    assert all(g["core_areas"] == 8 for g in gaps)
    assert "Recording data about crime" not in {m for g in gaps for m in g["missing"]}
    totals = gap_totals(missing_grades(db))
    assert {(t["framework"], t["round"]) for t in totals} >= {("peel", "2023-25"), ("frs", "2023-25")}
    assert {g["framework"] for g in missing_grades(db, kind="fire")} == {"frs"}


def test_flags_are_kept_per_workspace_and_resolved_once(db):
    first = add_flag(
        db,
        team_id="T1",
        user_id="U1",
        body_id="kent",
        framework="peel",
        round_="2023-25",
        area="responding",
        grade_shown="",
        note="missing",
        link="",
    )
    add_flag(
        db,
        team_id="T2",
        user_id="U2",
        body_id="kent",
        framework="peel",
        round_="2023-25",
        area="responding",
        grade_shown="",
        note="other workspace",
    )
    assert [f["id"] for f in list_flags(db, "T1")] == [first] and count_open_flags(db, "T1") == 1
    assert list_flags(db, "T1")[0]["area_name"] == "Responding to the public"
    assert not resolve_flag(db, first, team_id="T2", resolved_by="U9", how="not theirs")
    assert resolve_flag(db, first, team_id="T1", resolved_by="U3", how="added from the report")
    assert not resolve_flag(db, first, team_id="T1", resolved_by="U3", how="twice")
    assert (
        list_flags(db, "T1") == []
        and list_flags(db, "T1", include_resolved=True)[0]["resolution"] == "added from the report"
    )
