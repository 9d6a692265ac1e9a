"""Classes found reading heldout9's misses after it was scored (issue 25). Sentences written for the test, not
corpus texts."""

from __future__ import annotations

import pytest

from bot.reader.read import read_text

HEADED = (
    "Shropshire Fire and Rescue Service inspection 2023-25\n\nGood\n\nUnderstanding the risk of fire and other "
    "emergencies\n\nAdequate\n\nPreventing fires and other risks\n\n{heading}\n\nPromoting the right values and "
    "culture\n\nInadequate\n\nMaking best use of resources\n"
)


@pytest.mark.parametrize(
    "heading", ["Requirs\n\nImprovement", "Requires\n\nImprovement", "Requires Improvment"]
)
def test_a_grade_heading_typed_with_a_slip_or_broken_over_two_lines_heads_its_list(catalog, heading):
    grades = {g.area: g.grade for g in read_text(HEADED.format(heading=heading), catalog).grades}
    assert grades == {
        "understanding_risk": "Good",
        "preventing_fire": "Adequate",
        "values_culture": "Requires improvement",
        "best_use_of_resources": "Inadequate",
    }


def test_a_short_word_near_a_grade_is_no_heading(catalog):
    text = (
        "Shropshire Fire and Rescue Service inspection 2023-25\n\nGood\n\nUnderstanding the risk of fire and other "
        "emergencies\n\nRequired\n\nReading\n\nPromoting the right values and culture\n\n"
        "Getting the right people with the right skills\n"
    )
    grades = {g.area: g.grade for g in read_text(text, catalog).grades}
    assert grades == {"understanding_risk": "Good"}


def test_what_followed_an_earlier_inspection_is_not_this_reports_grade(catalog):
    text = (
        "Northumberland Fire and Rescue Service has been praised in its 2023-25 inspection. The service was told "
        "after its previous inspection that there was more to do to respond to fires, which placed it in the "
        "'requires improvement' category for responding to fires and other emergencies."
    )
    assert not read_text(text, catalog).grades


def test_after_an_earlier_inspection_then_now_is_this_reports_grade(catalog):
    text = (
        "Following its last inspection, Northumberland Fire and Rescue Service has improved and is now rated "
        "good at responding to fires and other emergencies, the 2023-25 inspection found."
    )
    grades = {g.area: g.grade for g in read_text(text, catalog).grades}
    assert grades == {"responding_fires": "Good"}


def test_today_then_a_weekday_date_then_published_dates_the_report(catalog):
    text = (
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) has today (Thursday 22 "
        "September) published its latest inspection of Staffordshire Police under the PEEL programme. The report "
        "rates Staffordshire Police as 'inadequate' in its ability to respond to the public."
    )
    p = read_text(text, catalog)
    assert p.published == "2022-09-22"
    assert p.round == "2021-22"
    assert {g.area: g.grade for g in p.grades} == {"responding": "Inadequate"}


def test_an_area_written_with_a_slip_in_a_later_word_is_that_area(catalog):
    text = (
        "His Majesty's Inspectorate's PEEL 2023-25 report found West Mercia Police to be 'good' in recording date "
        "about crimes. The force was rated 'requiring improvement' in developing a positive workspace."
    )
    grades = {g.area: g.grade for g in read_text(text, catalog).grades}
    assert grades == {"recording_data": "Good", "workforce": "Requires improvement"}


def test_a_slip_in_a_short_area_name_is_not_guessed(catalog):
    text = (
        "His Majesty's Inspectorate's PEEL 2023-25 report found West Mercia Police to be 'good' at preventing "
        "crome, and 'adequate' at investigating crime."
    )
    grades = {g.area: g.grade for g in read_text(text, catalog).grades}
    assert grades == {"investigating": "Adequate"}


def test_a_grade_broken_over_a_line_in_prose_is_one_grade(catalog):
    text = (
        "HMICFRS published its PEEL 2023-25 report on Surrey Police. The inspection also shows that "
        "'Building, supporting and protecting the workforce' now Requires\nImprovement in Surrey."
    )
    grades = {g.area: g.grade for g in read_text(text, catalog).grades}
    assert grades == {"workforce": "Requires improvement"}


def test_a_report_published_earlier_this_week_is_this_ones_counts():
    from bot.reader.counts import grade_counts

    text = (
        "in the peel report, published earlier this week, the force has been graded as good in two areas, "
        "adequate in three areas, requires improvement in three areas and inadequate in one area."
    )
    found = grade_counts(text)
    assert found is not None
    assert dict(found.by_grade) == {"Good": 2, "Adequate": 3, "Requires improvement": 3, "Inadequate": 1}


def test_counts_that_are_exactly_one_stored_reports_grades_place_an_undated_story(catalog):
    # Warwickshire's stored 2023-25 grades are 2 good, 3 adequate, 3 requires improvement and 1 inadequate;
    # 'supporting victims' names an area only 2021/22 graded, which must not decide the round
    text = (
        "In the PEEL report published earlier this week, Warwickshire Police has been graded as good in two "
        "areas, adequate in three areas, requires improvement in three areas and inadequate in one area. "
        "Inspectors said the force is good at preventing crime and anti-social behaviour, as well as supporting "
        "victims."
    )
    p = read_text(text, catalog)
    assert p.round == "2023-25"
    assert {g.area: g.grade for g in p.grades} == {"preventing_crime": "Good"}


NY_STORY = (
    "Thursday, March 20, 2025\n\nNYP fails another inspection\n\n{opening}"
    "The inspection assessed NYP in eight areas, shown below with their grading.\n\n"
    "1). Engaging with and treating the public with fairness and respect: Good\n\n"
    "2). Managing offenders and suspects: Adequate\n"
)


def test_on_a_date_the_inspectorate_published_its_report_dates_the_report(catalog):
    opening = (
        "On 17th March 2023 His Majesty's Inspectorate of Constabulary Fire & Rescue Service (HMICFRS) published "
        "its PEEL Inspection of North Yorkshire Police. "
    )
    p = read_text(NY_STORY.format(opening=opening), catalog)
    assert p.published == "2023-03-17"
    assert p.round == "2021-22"


def test_a_pages_date_does_not_outweigh_the_areas_the_text_grades(catalog):
    p = read_text(
        NY_STORY.format(opening="HMICFRS published its PEEL inspection of North Yorkshire Police. "), catalog
    )
    assert p.round != "2023-25"
