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
    "text",
    [
        "How we inspect fire and rescue services\nWe inspect every service against a framework we publish for each "
        "cycle, and each service is graded outstanding, good, adequate, requires improvement or inadequate.",
        "Custody inspection judgement criteria\nA force that is good… A force that is inadequate…",
        "PEEL 2023–2025\nThis page sets out information specific to the 2023–2025 cycle of PEEL inspections, "
        "including what has changed since the last one.",
        "Inspections of fire and rescue services\nThe categories of graded judgment are:\n- Outstanding\n- Good\n"
        "- Adequate\n- Requires improvement\n- Inadequate",
    ],
)
def test_a_page_explaining_how_inspections_are_done_says_it_is_the_framework(catalog, text):
    p = read_text(text, catalog)
    assert not p.grades
    assert "is a national publication on how the inspections are done" in " ".join(p.notes)


def test_a_forces_report_listing_the_grades_it_uses_is_not_taken_for_the_framework(catalog):
    text = (
        "Kent Police was rated good at investigating crime. The categories of graded judgment are: outstanding, "
        "good, adequate, requires improvement and inadequate."
    )
    assert "how the inspections are done" not in " ".join(read_text(text, catalog).notes)


@pytest.mark.parametrize(
    "by",
    [
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)",
        "the inspectorate",
        "HMICFRS",
    ],
)
def test_an_inspection_by_the_inspectorate_in_a_season_and_year_places_the_round(catalog, by):
    text = (
        f"Norfolk Fire and Rescue Service has welcomed the report of an inspection by {by} in "
        "autumn 2022. Inspectors looked at how the service prevents fires and how it looks after its staff."
    )
    p = read_text(text, catalog)
    assert p.body == "norfolk-fire-and-rescue-service"
    assert p.round == "2021-22"
    assert "does not hold" in " ".join(p.notes)


def test_an_earlier_inspection_by_the_inspectorate_does_not_place_the_round(catalog):
    text = (
        "Norfolk Fire and Rescue Service has improved since the previous inspection by HMICFRS in "
        "autumn 2022, inspectors said."
    )
    assert read_text(text, catalog).round != "2021-22"


@pytest.mark.parametrize(
    "lead",
    [
        "Norfolk Fire and Rescue Service must improve how it looks after its staff, a critical report has found.",
        "A scathing new report by the fire inspectorate has said Norfolk Fire and Rescue Service must improve.",
    ],
)
def test_a_story_whose_news_is_that_a_new_report_has_found_something_is_dated_as_the_report(catalog, lead):
    p = read_text(f"14 March 2023\n{lead}\nInspectors visited the service last autumn.", catalog)
    assert p.published == "2023-03-14"


def test_a_story_that_only_recalls_a_report_keeps_its_date_as_its_own(catalog):
    text = "14 March 2023\nNorfolk Fire and Rescue Service is recruiting. A report last year found it must improve."
    assert read_text(text, catalog).published is None


@pytest.mark.parametrize(
    ("text", "body", "round_"),
    [
        (
            "Kent Police was rated good in three areas and given the new grade of 'adequate' in four others, the "
            "police inspectorate said.",
            "kent",
            "2021-22",
        ),
        (
            "The commissioner told the panel that inspectors now have an additional 'adequate' category, and that "
            "Kent Police was graded adequate in most areas.",
            "kent",
            "2021-22",
        ),
        (
            "Norfolk Fire and Rescue Service received the new adequate grading against five of the inspection's "
            "criteria, the fire inspectorate said.",
            "norfolk-fire-and-rescue-service",
            "2023-25",
        ),
    ],
)
def test_adequate_told_as_a_new_grade_is_the_first_round_graded_on_five_points(catalog, text, body, round_):
    p = read_text(text, catalog)
    assert p.body == body
    assert p.round == round_


def test_adequate_told_as_new_does_not_outweigh_the_texts_date(catalog):
    text = "Published: 5 March 2025\nKent Police was given the new grade of 'adequate' for responding to the public."
    assert read_text(text, catalog).round != "2021-22"


def test_a_reports_weekday_date_in_brackets_places_the_round_but_is_not_its_publication(catalog):
    text = (
        "Chiefs respond to inspectors\nThe fire chiefs' council has read the fire inspectorate's report (Thursday "
        "December 20th), the first look across services inspected by Her Majesty's Inspectorate of Constabulary "
        "and Fire and Rescue Services. Fire and rescue services were found good at responding to fires."
    )
    p = read_text(text, catalog)
    assert p.round == "2018-19"
    assert p.published is None
    assert "does not hold" in " ".join(p.notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The findings are part of the inspectorate's annual PEEL assessment of every force.",
        "The report is one of HMICFRS's annual inspections of police effectiveness, efficiency and legitimacy.",
    ],
)
def test_peel_told_as_annual_is_the_old_round(catalog, sentence):
    p = read_text(f"Kent Police was judged good at keeping people safe. {sentence}", catalog)
    assert p.body == "kent"
    assert p.round == "2014-19"
    assert not p.grades


def test_peel_told_as_no_longer_annual_is_not_the_old_round(catalog):
    text = (
        "Kent Police was judged good at keeping people safe. We now assess forces continually, rather than "
        "through the annual PEEL inspections of previous years."
    )
    assert read_text(text, catalog).round != "2014-19"


def test_a_peel_spotlight_title_is_a_thematic_report(catalog):
    text = (
        "PEEL Spotlight: How well do forces tackle burglary?\nThe commissioner has read the report. Kent Police "
        "has worked hard on burglary."
    )
    p = read_text(text, catalog)
    assert not p.grades
    assert "is a thematic spotlight report" in " ".join(p.notes)


def test_a_spotlight_across_an_old_rounds_inspections_names_that_round(catalog):
    text = (
        "PEEL spotlight report: What we found in the first group of 2018/19 PEEL inspections\nKent Police was "
        "rated good in each pillar."
    )
    p = read_text(text, catalog)
    assert not p.grades
    assert p.round is not None and int(p.round[:4]) < 2021
    assert "before 2021" in " ".join(p.notes)


@pytest.mark.parametrize(
    "sentence",
    [
        "The inspectorate has lifted the service's inadequate grading for efficiency.",
        "The service kept its good rating for effectiveness.",
    ],
)
def test_a_grade_noun_given_to_a_pillar_is_an_old_round_grade(catalog, sentence):
    text = f"Norfolk Fire and Rescue Service has been re-inspected by His Majesty's Inspectorate. {sentence}"
    p = read_text(text, catalog)
    assert p.round == "2021-22"  # His Majesty's rules out round 1; pillars rule out round 3 on
    assert not p.grades


def test_a_story_leading_with_the_forces_new_grade_is_dated_as_the_report(catalog):
    text = (
        "2 June 2022\nSurrey Police has been graded 'good' by the police watchdog for the second time in a row.\n"
        "Inspectors praised its work with victims."
    )
    assert read_text(text, catalog).published == "2022-06-02"


def test_a_grade_recalled_later_in_a_story_does_not_date_the_report(catalog):
    text = (
        "2 June 2022\nSurrey Police is recruiting more officers this summer, the chief constable said today at a "
        "meeting with residents in Guildford, where she set out her plans for the coming year, which include new "
        "patrols in the town centre, more neighbourhood officers in every borough and a new online service for "
        "reporting crime that residents had asked for in last year's survey of public confidence in policing.\n"
        "The force has been graded 'good' by the police watchdog."
    )
    assert read_text(text, catalog).published is None


def test_the_inspectorate_named_hmic_alone_is_a_text_of_the_old_peel_years(catalog):
    text = (
        "HMIC has judged 3 forces as outstanding and 25 as good at keeping people safe, the report said, a fall "
        "on last year's results."
    )
    p = read_text(text, catalog)
    assert p.round is not None and int(p.round[:4]) < 2021
    assert "does not hold" in " ".join(p.notes)


def test_hmic_beside_a_later_name_is_no_cue_to_the_old_years(catalog):
    text = "HMICFRS, once called HMIC, has graded Kent Police good at investigating crime in its PEEL 2023–25 report."
    assert read_text(text, catalog).round == "2023-25"


def test_a_new_report_that_has_rated_the_service_dates_the_story_as_the_report(catalog):
    text = "A NEW report has rated Norfolk Fire and Rescue Service as 'good' at responding to fires."
    p = read_text(text, catalog, url="https://news.example/2024/09/18/norfolk-fire-report/")
    assert p.published == "2024-09-18"


def test_an_address_with_a_dashed_day_gives_the_pages_date(catalog):
    text = "A NEW report has rated Norfolk Fire and Rescue Service as 'good' at responding to fires."
    p = read_text(text, catalog, url="https://tv.example/news/east/2024-09-18/norfolk-fire-report")
    assert p.published == "2024-09-18"


def test_a_text_naming_the_fire_pillars_is_about_fire_though_it_never_says_fire(catalog):
    text = (
        "Minutes\nThe officer told Members that the inspection had ended and its report was released in December 2019. "
        "Inspectors judge three pillars, effectiveness, efficiency and people; the Authority was judged good for people."
    )
    p = read_text(text, catalog)
    assert p.round == "2018-19"
    assert "fire and rescue 2018/19" in " ".join(p.notes)


def test_a_page_listing_the_forces_in_engage_is_a_national_list_not_a_forces_report(catalog):
    text = (
        "Fire and rescue services in Engage\nNorfolk Fire and Rescue Service\nEntered Engage\n2023\nReasons\n- The "
        "service was judged inadequate at preventing fires."
    )
    p = read_text(text, catalog)
    assert not p.grades
    assert "is a national list of the forces or services under enhanced monitoring" in " ".join(p.notes)


def test_a_services_report_rated_across_its_judgement_criteria_is_not_the_framework(catalog):
    text = (
        "An inspection report which rated Norfolk's fire and rescue service as 'good' across all three judgement "
        "criteria has been welcomed by fire chiefs.\nIt was good at effectiveness, efficiency and people."
    )
    assert "how the inspections are done" not in " ".join(read_text(text, catalog).notes)


def test_a_thematic_inspection_that_is_no_spotlight_names_no_peel_round(catalog):
    text = (
        "Published: 2 November 2022\nThe commissioner responds to the thematic inspection of vetting and misconduct "
        "in the police service. Kent Police has work to do."
    )
    assert "about PEEL" not in " ".join(read_text(text, catalog).notes)


def test_a_letter_telling_when_the_inspectorate_conducted_its_inspection_places_the_round(catalog):
    text = (
        "Kent Police: causes of concern letter\nThank you for meeting us last week. In March 2022, we conducted a "
        "victim service assessment as part of our PEEL inspection of Kent Police. We found two causes of concern."
    )
    assert read_text(text, catalog).round == "2021-22"


def test_a_year_when_the_inspectorate_conducted_a_previous_inspection_does_not_place_the_round(catalog):
    text = (
        "Kent Police: letter\nIn March 2022, we conducted our previous inspection of Kent Police. This time we "
        "found it good at investigating crime."
    )
    assert read_text(text, catalog).round != "2021-22"


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
