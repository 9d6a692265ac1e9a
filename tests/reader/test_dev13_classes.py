"""Classes found reading the held-out texts of earlier gatherings after they were scored (issue 25). Sentences
written for the test, not corpus texts."""

from __future__ import annotations

from bot.reader.read import read_text

# Humberside Police's 2023-25 grades as the store holds them: three outstanding, four good (two of them derived
# from HMICFRS's count), one requires improvement
HUMBERSIDE = (
    "Inspectors found Humberside Police outstanding in three areas and good in four others. The force was "
    "outstanding at preventing crime, protecting vulnerable people and developing a positive workplace. It was "
    "judged good at responding to the public and managing offenders. The way it investigates crime requires "
    "improvement."
)


def test_counted_and_stated_grades_that_are_one_stored_report_fix_its_round(catalog):
    found = read_text(HUMBERSIDE, catalog)
    assert found.round == "2023-25"
    assert any("only that round's fits them" in n for n in found.notes)


def test_the_same_grades_stated_one_by_one_without_a_count_leave_the_round_to_a_person(catalog):
    text = HUMBERSIDE.replace(
        "Inspectors found Humberside Police outstanding in three areas and good in four others. ",
        "Humberside Police has had its report. ",
    )
    assert read_text(text, catalog).round is None


def test_the_first_report_since_a_year_is_the_round_after_that_years(catalog):
    text = (
        "Humberside Police was told its investigations require improvement. The report is the first since "
        "2022."
    )
    assert read_text(text, catalog).round == "2023-25"
