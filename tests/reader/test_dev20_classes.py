"""Classes found in the twentieth gathering and in the misses left in earlier held-out sets once scored (issue
25). Sentences written for the test, not corpus texts."""

from __future__ import annotations

from bot.reader.counts import grade_counts
from bot.reader.read import read_text
from bot.reader.rounds import rounds_named


def test_counts_said_in_the_past_tense_are_read():
    counts = grade_counts("inspectors found the service required improvement in three of the 11 areas.")
    assert counts is not None and dict(counts.by_grade) == {"Requires improvement": 3}


def test_a_list_of_areas_before_its_grade_gives_each_area(catalog):
    text = (
        "Inspectors visited Leicestershire Fire and Rescue Service. Overall – making best use of resources; "
        "future affordability; and promoting the right values and culture – were all judged to require "
        "improvement."
    )
    found = {(g.area, g.grade) for g in read_text(text, catalog).grades}
    assert {a for a, g in found if g == "Requires improvement"} >= {
        "best_use_of_resources",
        "future_affordability",
        "values_culture",
    }


def test_national_risks_place_a_fire_text_in_the_old_rounds_and_nothing_is_proposed(catalog):
    text = (
        "Essex County Fire and Rescue Service was found to be good at responding to fires and other emergencies "
        "and national risks, and outstanding at promoting the right values and culture."
    )
    found = read_text(text, catalog)
    assert found.grades == ()
    assert any("national risks" in n for n in found.notes)


def test_from_one_year_to_another_is_the_rounds_span_not_an_earlier_round():
    assert rounds_named("The PEEL inspection, carried out from 2023 to 2025, found …") == [("2023-25", False)]
    assert rounds_named("Up from 2021/22, when it required improvement") == [("2021-22", True)]


def test_a_rounds_own_wording_of_an_area_both_rounds_grade_places_an_undated_text(catalog):
    text = (
        "Inspectors said Warwickshire Police is good at preventing and deterring crime and reducing "
        "reoffending, while it requires improvement in how it investigates crime."
    )
    assert read_text(text, catalog).round == "2023-25"


def test_an_old_pillar_grade_told_as_earlier_does_not_place_the_text_in_an_old_round(catalog):
    text = (
        "Cheshire Fire and Rescue Service was rated good in six areas after an inspection by His Majesty's "
        "Inspectorate. It was previously given a rating of 'requires improvement' for its effectiveness and "
        "efficiency in 2022, but was praised for how it looked after its people. The latest inspection, carried "
        "out in 2024, rated the service good at preventing fires and other risks."
    )
    found = read_text(text, catalog)
    assert found.round == "2023-25"
    assert ("preventing_fire", "Good") in {(g.area, g.grade) for g in found.grades}
