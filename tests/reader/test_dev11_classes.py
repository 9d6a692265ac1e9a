"""Classes found reading the eleventh gathering's development texts (issue 25). Sentences written for the test,
not corpus texts."""

from __future__ import annotations

from bot.reader.read import read_text


def test_a_dated_story_naming_the_old_inspectorate_is_read_by_its_date(catalog):
    text = (
        "Dorset Police told to improve\n\nPublished 12th Aug 2022\n\n"
        "Her Majesty's Inspectorate of Constabulary has published its report on the force.\n\n"
        'Four "Requires Improvement" - responding to the public, investigating crime, managing offenders, '
        "good use of resources\n"
    )
    found = read_text(text, catalog)
    assert found.round == "2021-22"
    assert {g.area: g.grade for g in found.grades} == {
        "responding": "Requires improvement",
        "investigating": "Requires improvement",
        "managing_offenders": "Requires improvement",
        "use_of_resources": "Requires improvement",
    }


def test_a_claim_about_every_area_rules_out_a_grade_told_of_the_last_inspection(catalog):
    text = (
        "Cumbria Fire and Rescue Service was rated as good or adequate in all categories in its 2023-25 "
        "inspection. Inspectors at the time said there was more to do to respond to fires, which placed the "
        "service in the requires improvement category for responding to fires and other emergencies."
    )
    found = read_text(text, catalog)
    assert found.round == "2023-25"
    assert not [g for g in found.grades if g.grade == "Requires improvement"]


def test_a_list_broken_over_a_line_after_and_is_read_whole(catalog):
    text = (
        "PEEL 2021/22: Cheshire Constabulary\n\nHMICFRS said the areas requiring improvement are responding to "
        "the public; investigating crime, and\nstrategic planning, organisational management and value for money.\n"
    )
    grades = {g.area: g.grade for g in read_text(text, catalog).grades}
    assert grades == {
        "responding": "Requires improvement",
        "investigating": "Requires improvement",
        "use_of_resources": "Requires improvement",
    }


def test_a_fire_story_from_january_2020_is_of_the_first_round_which_is_not_held(catalog):
    text = (
        "Devon and Somerset Fire and Rescue Service inspection\n\n16 January 2020\n\n"
        "The service was rated good at preventing fires and other risks and requires improvement at "
        "responding to fires and other emergencies.\n"
    )
    found = read_text(text, catalog)
    assert not found.grades
    assert "2018/19" in " ".join(found.notes)


def test_a_grade_then_gradings_for_names_the_areas_after_it(catalog):
    text = (
        "PEEL 2021/22: Kent Police\n\nKent Police has received 'Good' gradings for treating the public fairly, "
        "using resources well and developing a positive workforce.\n"
    )
    grades = {g.area: g.grade for g in read_text(text, catalog).grades}
    assert grades == {"public_treatment": "Good", "use_of_resources": "Good", "workforce": "Good"}
