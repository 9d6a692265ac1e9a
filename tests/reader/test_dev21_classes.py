"""Classes found in the twenty-first gathering (issue 25). Sentences written for the test, not corpus texts."""

from __future__ import annotations

from bot.reader.dates import published_date
from bot.reader.kinds import other_inspection
from bot.reader.read import read_text


def test_crime_recording_improved_is_the_crime_data_integrity_inspection():
    text = (
        "The commissioner welcomed the inspectorate's finding that the force has improved in most aspects of "
        "crime recording. It now records 93.1 per cent of all reported crime."
    )
    assert other_inspection(text) == "a crime data integrity inspection"


def test_annual_all_force_inspections_place_a_text_in_the_old_peel_years(catalog):
    text = (
        "Kent Police has been rated good by the inspectorate, which draws on its annual all-force inspections "
        "under the name PEEL. The force was rated good at investigating crime."
    )
    found = read_text(text, catalog)
    assert found.grades == ()
    assert found.round == "2014-19"
    assert any("the store does not hold" in n for n in found.notes)


def test_a_report_released_in_a_month_dates_the_report():
    text = "Our force was praised in the inspection report released in March 2025, which rated it good."
    assert published_date(text) == "2025-03"


def test_pasted_o_bullets_are_a_list_of_grades(catalog):
    text = (
        "Norfolk Constabulary has welcomed its PEEL 2021/22 report.\n\nThe grades are:\n\n"
        "o Investigating crime: Good\no Recording data about crime: Adequate\no Responding to the public: Good\n"
        "o Treatment of the public: Good\no Preventing crime: Good\no Protecting vulnerable people: Good\n"
        "o Managing offenders: Adequate"
    )
    found = {(g.area, g.grade) for g in read_text(text, catalog).grades}
    assert {
        ("investigating", "Good"),
        ("recording_data", "Adequate"),
        ("managing_offenders", "Adequate"),
    } <= found


def test_a_body_named_in_an_aside_in_brackets_is_not_the_texts_subject(catalog):
    text = (
        "Suffolk Constabulary has welcomed its PEEL 2023-25 report (the other forces in the pilot were Norfolk "
        "Constabulary and Essex Police). Inspectors rated it good at investigating crime."
    )
    assert read_text(text, catalog).body == "suffolk"
