"""Classes found on the reader's sixth pass, over dev8 (issue 25): each a rule a careful reader uses. Sentences
written for the test, not corpus texts."""

from __future__ import annotations

import pytest

from bot.reader.read import read_text

CRIME_RECORDING = (
    "Essex Police is now among the best forces for its crime recording accuracy, His Majesty's Inspectorate of "
    "Constabulary and Fire & Rescue Services said in a report published today. Its recording had been graded "
    "'inadequate' before, but inspectors now judged the force to be 'outstanding' in how it records crime."
)


def test_an_opening_about_crime_recording_accuracy_is_the_crime_data_integrity_inspection(catalog):
    p = read_text(CRIME_RECORDING, catalog)
    assert p.body == "essex"
    assert not p.grades
    assert "crime data integrity" in " ".join(p.notes)


def test_a_peel_story_that_names_crime_recording_accuracy_is_still_read_as_peel(catalog):
    text = (
        "Essex Police has been rated 'outstanding' for recording data about crime in its PEEL inspection, His "
        "Majesty's Inspectorate of Constabulary and Fire & Rescue Services said. Its crime recording accuracy "
        "was praised."
    )
    p = read_text(text, catalog)
    assert p.body == "essex"
    assert {g.area: g.grade for g in p.grades}.get("recording_data") == "Outstanding"


PCC_PAGE = (
    "PEEL Assessment\nIn 2014, HMICFRS introduced their PEEL inspections.\nAs of 2021/22, this is done by way of "
    "a 'continuous improvement model'.\nHMICFRS released their most recent inspection of Merseyside Police "
    "{when}. Inspectors made the following assessment:\n"
)


def test_as_of_a_round_is_when_a_way_of_working_began_and_the_release_month_places_the_round(catalog):
    p = read_text(PCC_PAGE.format(when="in October 2023"), catalog)
    assert p.body == "merseyside"
    assert p.published == "2023-10"
    assert p.round == "2023-25"


def test_as_of_a_round_alone_is_not_taken_as_the_texts_round(catalog):
    p = read_text(PCC_PAGE.format(when="last year"), catalog)
    assert p.round != "2021-22"


@pytest.mark.parametrize(
    "sentence",
    [
        "The findings will be published in March 2026.",
        "We released a thematic report in May 2024 on a different subject.",
    ],
)
def test_a_month_that_is_not_the_reports_release_is_not_its_date(catalog, sentence):
    p = read_text("Merseyside Police was inspected by HMICFRS. " + sentence, catalog)
    assert p.published is None


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "PEEL assessments 2023 to 2025\nThis page sets out information specific to the 2023 to 2025 "
            "inspection cycle. Forces are graded outstanding, good, adequate, requires improvement or inadequate.",
            "",
        ),
        (
            "How we inspect\nWe grade each force as outstanding, good, adequate, requires improvement or inadequate.",
            "https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/what-is-peel/how-we-inspect-peel/",
        ),
    ],
)
def test_the_inspectorates_page_on_how_it_inspects_is_a_national_publication(catalog, text, url):
    p = read_text(text, catalog, url=url)
    assert not p.grades
    assert "national publication" in " ".join(p.notes)


def test_an_inspection_by_the_inspectorate_in_a_season_places_the_round(catalog):
    text = (
        "Following an inspection by His Majesty's Inspectorate of Constabulary and Fire & Rescue Services "
        "(HMICFRS) in summer 2022, Cumbria Fire and Rescue Service has today welcomed its final report."
    )
    p = read_text(text, catalog)
    assert p.round == "2021-22"
    assert not p.grades and "does not hold" in " ".join(p.notes)


def test_peel_named_with_leadership_is_the_old_framework_a_round_not_held(catalog):
    text = (
        "A report from His Majesty's Inspectorate published today graded Devon and Cornwall Police as 'good' "
        "overall at keeping people safe. The reports form part of the annual inspections of police "
        "effectiveness, efficiency, legitimacy and leadership (PEEL)."
    )
    p = read_text(text, catalog)
    assert not p.grades
    assert "PEEL before 2021" in " ".join(p.notes)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("PEEL CDI judgment criteria\nA force that is outstanding records all reported crime.", "national"),
        (
            "PEEL Spotlight: How effectively do the police record crime?\nNorthamptonshire Police responds.",
            "thematic",
        ),
        (
            "Fire chiefs respond\nThe report gives the first overview of inspections of English Fire and Rescue "
            "Services, and finds many good.",
            "national",
        ),
    ],
)
def test_criteria_spotlights_and_overviews_propose_nothing_and_say_what_they_are(catalog, text, said):
    p = read_text(text, catalog)
    assert not p.grades
    assert f"is a {said}" in " ".join(p.notes)


def test_minutes_that_name_the_fire_pillars_and_never_say_fire_are_about_fire(catalog):
    text = (
        "The Head of Prevention advised Members that the Authority's inspection had concluded in the Summer of "
        "2019 and the report was released in December 2019. The inspection is formed of consideration against "
        "three pillars, effectiveness, efficiency and people."
    )
    p = read_text(text, catalog)
    assert not p.grades
    notes = " ".join(p.notes)
    assert "fire and rescue 2018/19" in notes and "PEEL" not in notes
