"""Classes found in the twenty-second gathering (issue 25). Sentences written for the test, not corpus texts."""

from __future__ import annotations

from bot.reader.dates import published_date, weekday_dates
from bot.reader.read import read_text


def test_the_inspectorates_old_name_and_many_areas_leave_one_held_round(catalog):
    text = (
        "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services has graded Norfolk Constabulary "
        "in nine areas. The force requires improvement at investigating crime, the inspectorate said, and it "
        "was good at building, supporting and protecting its workforce."
    )
    found = read_text(text, catalog)
    assert found.round == "2021-22"
    assert ("investigating", "Requires improvement") in {(g.area, g.grade) for g in found.grades}


def test_the_old_name_alone_never_places_a_pillar_era_text_in_a_held_round(catalog):
    text = (
        "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services has said Norfolk Constabulary is "
        "good at investigating crime and good at building, supporting and protecting its workforce."
    )
    assert read_text(text, catalog).round is None  # (2021/22, or a round before 2021 the store does not hold)


def test_had_been_rated_in_the_years_own_inspection_is_that_inspections_grade(catalog):
    text = (
        "Minutes of the police and crime panel.\n\nThe panel compared the 2024 PEEL inspection with the "
        "previous inspection in 2021. Members noted that Norfolk Constabulary had been rated as good at "
        "protecting vulnerable people and investigating crime in the 2024 inspection."
    )
    found = {(g.area, g.grade) for g in read_text(text, catalog).grades}
    assert ("protecting_vulnerable", "Good") in found


def test_today_in_brackets_sees_the_publication_of_the_report():
    text = (
        "Today (Thursday 14 March 2024) sees the publication of the inspectorate's PEEL inspection report into "
        "Norfolk Constabulary."
    )
    assert published_date(text) == "2024-03-14"


def test_a_weekday_before_a_bracketed_date_is_the_reports_day():
    text = (
        "Inspectors completed their third assessment of the fire service between April and June, with the "
        "findings being published on Thursday (19 October). His Majesty's Inspectorate of Constabulary and Fire "
        "& Rescue Services rated the service as requiring improvement."
    )
    days, _ = weekday_dates(text, range(2021, 2026))
    assert "2023-10-19" in days
