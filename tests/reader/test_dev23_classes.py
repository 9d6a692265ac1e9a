"""Classes found in the twenty-third gathering (issue 25). Sentences written for the test, not corpus texts."""

from __future__ import annotations

from bot.reader.read import read_text


def test_a_storys_date_gives_the_year_of_a_reports_weekday_date(catalog):
    text = (
        "Force praised for crime recording\n\nMar 14, 2024\nBy A Reporter\n\nIn its report published on "
        "Thursday (March 14), the inspectorate said Norfolk Constabulary had improved its crime recording."
    )
    assert read_text(text, catalog).published == "2024-03-14"


def test_a_weekday_date_later_than_the_story_is_never_the_reports(catalog):
    text = (
        "Force braced for report\n\nMar 10, 2024\nBy A Reporter\n\nThe report, to be published on "
        "Thursday (March 14), will look at Norfolk Constabulary."
    )
    assert read_text(text, catalog).published != "2024-03-14"


def test_custody_services_and_detainees_name_a_custody_inspection(catalog):
    text = (
        "A report has found Norfolk Constabulary needs to improve its custody services - an inspection found "
        "unsatisfactory care and safety of detainees.\n\nThere were three causes of concern."
    )
    found = read_text(text, catalog)
    assert not found.grades
    assert "custody inspection" in " ".join(found.notes)


def test_a_revisit_letter_proposes_nothing_and_says_what_it_is(catalog):
    text = (
        "Suffolk Fire and Rescue Service: Causes of concern revisit letter\n\nPublished on: 19 January 2024\n\n"
        "We inspected Suffolk Fire and Rescue Service from May 2023. We issued a cause of concern."
    )
    found = read_text(text, catalog)
    assert not found.grades
    assert "revisit of causes of concern" in " ".join(found.notes)


def test_a_story_on_special_measures_with_no_grades_says_what_it_is_about(catalog):
    text = (
        "Norfolk Constabulary may soon exit special measures\n\nThe county's commissioner believes the force "
        "will leave within months. It has been in special measures since June 2022."
    )
    found = read_text(text, catalog)
    assert not found.grades
    assert "about enhanced monitoring (Engage)" in " ".join(found.notes)


def test_the_integrity_of_crime_data_names_a_crime_data_integrity_inspection(catalog):
    text = (
        "The inspectorate says Norfolk Constabulary is 'Outstanding' in its leadership and culture to meet "
        "National Crime Recording Standards.\nIn its latest report the inspectorate says the force has improved "
        "the integrity of its crime data recording and allocated an overall 'Good' grading."
    )
    found = read_text(text, catalog)
    assert not found.grades
    assert "crime data integrity inspection" in " ".join(found.notes)
