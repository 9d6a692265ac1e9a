"""Classes found on the reader's fourth pass, over the sixth gathering's development set (issue 25): a list
item that states its own grade, the five-point scale as a round cue, and "since the first inspection" (no
next round). Sentences written for the test, not corpus texts."""

from __future__ import annotations

import pytest

from bot.reader.eras import five_point, names_five_point_scale
from bot.reader.read import read_text
from bot.reader.round_words import earlier_inspection_year


def grades(p) -> dict[str, str]:
    return {g.area: g.grade for g in p.grades}


CUMBRIA_TABLE = (
    "Cumbria Fire and Rescue Service has been inspected again.\n\n"
    "'Outstanding' is the best outcome possible, followed by 'Good', 'Adequate', 'Requires Improvement', and "
    "'Inadequate'. CFRS received five 'Good' ratings and six 'Requires Improvements':\n\n"
    "Understanding fires and other risks - Good\n\n"
    "Preventing fires and other risks - Requires improvement\n\n"
    "Protecting the public through fire regulation - Good\n\n"
    "Responding to fires and other emergencies - Good\n\n"
    "Responding to major and multi-agency incidents - Good\n\n"
    "Making best use of resources - Requires improvement\n\n"
    "Future affordability - Good\n\n"
    "Promoting the right values and culture - Requires improvement\n\n"
    "Getting the right people with the right skills - Requires improvement\n\n"
    "Ensuring fairness and promoting diversity - Requires improvement\n\n"
    "Managing performance and developing leaders - Requires improvement\n"
)


def test_a_list_item_that_states_its_own_grade_keeps_it_under_a_heading_naming_another(catalog):
    p = read_text(CUMBRIA_TABLE, catalog)
    got = grades(p)
    assert got["preventing_fire"] == "Requires improvement"
    assert got["values_culture"] == "Requires improvement"
    assert got["understanding_risk"] == "Good"
    assert list(got.values()).count("Good") == 5


def test_a_list_under_a_grade_heading_still_takes_the_headings_grade(catalog):
    text = (
        "Cumbria Fire and Rescue Service was rated in its 2023-25 inspection.\n"
        "It was rated good at:\nUnderstanding fires and other risks\nFuture affordability\n"
    )
    assert grades(read_text(text, catalog)) == {"understanding_risk": "Good", "future_affordability": "Good"}


def test_the_five_point_scale_and_eleven_areas_place_an_undated_fire_story_in_round_3(catalog):
    # rounds 1 and 2 had no 'adequate'; round 4 grades ten core questions; the store holds Cumbria's round 3
    p = read_text(CUMBRIA_TABLE, catalog)
    assert p.round == "2023-25"
    assert any("only that round's fits them" in n for n in p.notes)


def test_without_the_scale_the_same_table_leaves_the_round_to_a_person(catalog):
    text = CUMBRIA_TABLE.replace(
        "'Outstanding' is the best outcome possible, followed by 'Good', 'Adequate', "
        "'Requires Improvement', and 'Inadequate'. ",
        "",
    )
    text = text.replace("CFRS received five 'Good' ratings and six 'Requires Improvements':", "The grades:")
    p = read_text(text, catalog)
    assert p.round is None
    assert any(n.startswith("No round") for n in p.notes)


WEST_SUSSEX = (
    "West Sussex Fire & Rescue Service has made progress, inspectors have said. Five areas were rated 'good' "
    "and six were 'adequate'. The chief fire officer said the service had come a long way since the 2018 "
    "inspection."
)


def test_adequate_counted_rules_out_the_round_after_an_earlier_inspection_that_had_no_adequate(catalog):
    # "since the 2018 inspection" alone would make it fire round 2, which graded without 'adequate'
    p = read_text(WEST_SUSSEX, catalog)
    assert p.round == "2023-25"
    assert p.is_empty


def test_the_round_after_an_earlier_inspection_still_stands_without_the_scale(catalog):
    text = WEST_SUSSEX.replace(" Five areas were rated 'good' and six were 'adequate'.", "")
    p = read_text(text, catalog)
    assert p.round == "2021-22" and p.is_empty  # a round the store does not hold: nothing proposed
    assert any("does not hold" in n for n in p.notes)


def test_since_the_first_inspection_in_2018_is_not_the_round_after_2018(catalog):
    text = (
        "Greater Manchester Fire and Rescue Service is one of the best performing services, the latest "
        "inspection report shows. Ten of those 11 areas have now been rated 'Good', progress made since the "
        "first inspection in 2018, when only three areas received that rating."
    )
    p = read_text(text, catalog)
    assert p.round != "2021-22"
    assert earlier_inspection_year(text.lower(), first=False) is None
    assert earlier_inspection_year(text.lower()) == 2018  # still bounds a round the text names


def test_since_our_2021_inspection_is_still_the_next_round():
    assert earlier_inspection_year("the first since our 2021 inspection", first=False) == 2021


def test_the_scale_is_named_only_with_adequate_in_it():
    assert names_five_point_scale(
        "the areas are scored according to five categories including outstanding, good, adequate, "
        "requires improvement and inadequate."
    )
    assert not names_five_point_scale("graded outstanding, good, requires improvement or inadequate.")
    assert not five_point("the response was not adequate, and two areas were rated good.")
    assert five_point("two areas were rated good and six were 'adequate'.")


def test_an_area_before_the_next_grade_is_that_grades_subject_not_the_last_ones(catalog):
    text = (
        "Northamptonshire Police was inspected in PEEL 2023-25. The way the force collected data about crime "
        'was rated as "outstanding", and use of police powers and treatment of the public were graded as "good".'
    )
    assert grades(read_text(text, catalog)) == {"recording_data": "Outstanding", "police_powers": "Good"}


def test_a_grade_followed_by_its_reason_is_still_a_grade(catalog):
    text = (
        "Northamptonshire Police was inspected in PEEL 2023-25. The investigation of crime was labelled as "
        '"requiring improvement" because some enquiries were not supervised.'
    )
    assert grades(read_text(text, catalog)) == {"investigating": "Requires improvement"}


def test_no_forces_rated_outstanding_is_said_of_no_force(catalog):
    text = (
        "Metropolitan Police news. In July, inspectors found that responding to the public was the "
        "poorest-performing area in its PEEL 2021/22 inspection programme, with no forces assessed as "
        "'outstanding'."
    )
    assert read_text(text, catalog).grades == ()


def test_his_majestys_inspectorate_rules_out_the_rounds_that_ended_before_september_2022(catalog):
    # a story on fire round 2 called its inspection "the first full inspection" of a merged service
    text = (
        "Hampshire and Isle of Wight Fire and Rescue Service was found good at responding to fires and other "
        "emergencies. His Majesty's Inspectorate of Constabulary and Fire and Rescue Services published the "
        "first full inspection of the service as a combined authority."
    )
    p = read_text(text, catalog)
    assert p.round is None and p.is_empty  # not round 1; round 2 the store does not hold is still open
    assert any("His Majesty's" in n and "does not hold" in n for n in p.notes)


def test_her_majestys_inspectorate_and_four_possible_scores_leave_only_the_old_peel(catalog):
    text = (
        "Inspectors have graded Herts Police as Good across the board. Each year every police force is assessed "
        "by Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services; Herts Police was rated Good "
        "- the second-best out of four possible scores - on all counts."
    )
    p = read_text(text, catalog)
    assert p.round == "2014-19" and p.is_empty
    assert any("does not hold" in n for n in p.notes)


def test_her_majestys_inspectorate_and_an_earlier_inspection_make_fire_round_2(catalog):
    text = (
        "Shropshire Fire and Rescue Service has been praised by the watchdog. The report, by Her Majesty's "
        "Inspectorate, said it had become better at protecting the public since its last inspection."
    )
    p = read_text(text, catalog)
    assert p.round == "2021-22" and p.is_empty


def test_the_inspectorates_name_alone_decides_nothing(catalog):
    text = (
        "Shropshire Fire and Rescue Service has been praised by the watchdog. The report, by Her Majesty's "
        "Inspectorate, said it was good at preventing fires."
    )
    assert read_text(text, catalog).round is None


def test_a_report_published_in_a_month_gives_that_month_and_its_round(catalog):
    text = (
        "HMICFRS has now just completed its PEEL assessment on Surrey Police. Its report was published in "
        "December 2023 and rated our local police force as Good in two categories. Reporting data about crime "
        'was categorised as "Requires Improvement."'
    )
    p = read_text(text, catalog)
    assert p.published == "2023-12"
    assert p.round == "2023-25"
    assert grades(p) == {"recording_data": "Requires improvement"}


@pytest.mark.parametrize(
    "said",
    [
        "The findings of the inspection programme will be published in March 2026.",
        "It includes our spotlight report, which we published in March 2023.",
    ],
)
def test_a_month_said_of_another_publication_is_not_the_reports(catalog, said):
    assert read_text(f"Surrey Police was inspected by HMICFRS. {said}", catalog).published is None


def test_a_published_label_with_only_a_month_dates_the_page(catalog):
    text = (
        "2016 PEEL police effectiveness inspection\n\nPublished: March 2017\n\nHMIC assessed how effective "
        "Lincolnshire Police is at keeping people safe and reducing crime."
    )
    p = read_text(text, catalog)
    assert p.round == "2014-19" and p.is_empty


BEDFORDSHIRE = (
    "Bedfordshire Fire and Rescue Service has been rated in a Government inspection. The report follows a "
    "recent inspection, the first since December 2021, which graded the service in 11 key areas. The fire "
    "service said it was disappointed that five of the key areas were placed in 'Requires Improvement'. They "
    "included Preventing Fire and Risk, Public Safety Through Fire Regulation, Responding to Fires and "
    "Emergencies, Best Use of Resources and Promoting Values and Culture."
)


def test_five_of_the_key_areas_placed_in_a_grade_then_they_included_lists_them(catalog):
    got = grades(read_text(BEDFORDSHIRE, catalog))
    assert got == {
        a: "Requires improvement"
        for a in (
            "preventing_fire",
            "fire_regulation",
            "responding_fires",
            "best_use_of_resources",
            "values_culture",
        )
    }


def test_an_inspection_the_first_since_december_2021_is_the_round_after_2021s(catalog):
    assert read_text(BEDFORDSHIRE, catalog).round == "2023-25"
    assert earlier_inspection_year("after a recent inspection, the first since december 2021, which") == 2021


def test_inadequate_counted_is_no_five_point_scale():
    assert not five_point("adequate staffing was noted. two areas were rated inadequate.")
    assert five_point("adequate in six areas.")


def test_this_grade_in_relation_to_takes_the_grade_the_sentence_before_named(catalog):
    text = (
        "Thames Valley Police was graded in its PEEL 2021/22 report.\n\n"
        "An additional grading has been included this year of 'Adequate', which means the expected standards "
        "are being met.\n\nThames Valley Police has received this grade in relation to preventing and "
        "investigating crime, protecting vulnerable people and developing a positive workplace.\n"
    )
    assert grades(read_text(text, catalog)) == {
        "preventing_crime": "Adequate",
        "investigating": "Adequate",
        "protecting_vulnerable": "Adequate",
        "workforce": "Adequate",
    }


def test_this_grade_needs_one_grade_named_just_before(catalog):
    text = (
        "Thames Valley Police was graded in its PEEL 2021/22 report.\n\n"
        "Some areas were good and some adequate.\n\nThe force has received this grade in relation to "
        "protecting vulnerable people.\n"
    )
    assert "protecting_vulnerable" not in grades(read_text(text, catalog))


def test_a_grade_that_has_been_awarded_for_two_areas_names_them_after_it(catalog):
    text = (
        "Thames Valley Police was graded in its PEEL 2021/22 report. A grade of 'Good' has been awarded for two "
        "areas - engaging with and treating the public with fairness and respect, and managing offenders and "
        "suspects."
    )
    assert grades(read_text(text, catalog)) == {"public_treatment": "Good", "managing_offenders": "Good"}


def test_the_areas_for_improvement_named_after_a_count_of_requires_improvement(catalog):
    text = (
        "Oxfordshire Fire and Rescue Service was graded across 11 areas in round 3. It found that the service "
        "was 'adequate' in seven areas and 'requires improvement' in four areas. The area's for improvement "
        "were named as 'best use of resources', 'promoting values and culture', 'promoting fairness and "
        "diversity', and 'managing performance and developing leaders'."
    )
    assert grades(read_text(text, catalog)) == {
        a: "Requires improvement"
        for a in ("best_use_of_resources", "values_culture", "fairness_diversity", "managing_performance")
    }


@pytest.mark.parametrize(
    ("text", "area", "grade"),
    [
        (
            "South Yorkshire Fire and Rescue was inspected in round 3 and rated 'Good' in several key areas, "
            "including the prevention of fires and other risks.",
            "preventing_fire",
            "Good",
        ),
        (
            "Shropshire Fire and Rescue Service, round 3.\n\nGood\n\n- Understanding the fires and other risks\n",
            "understanding_risk",
            "Good",
        ),
        (
            "West Yorkshire Police, PEEL 2021/22. The 'outstanding' areas included how the force disrupts "
            "serious organised crime and how it treats the public.",
            "public_treatment",
            "Outstanding",
        ),
    ],
)
def test_more_ways_of_naming_an_area(catalog, text, area, grade):
    assert grades(read_text(text, catalog)).get(area) == grade


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        # the scale listed without adequate, and His Majesty's: fire round 2
        (
            "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services inspected the Isles of Scilly "
            "Fire and Rescue Service. Grades are given on a scale of Outstanding > Good > Requires improvement > "
            "Inadequate.",
            "2021-22",
        ),
        # "the first comprehensive inspections … in more than 10 years": fire round 1
        (
            "West Yorkshire Fire & Rescue Service will be in the vanguard of the first comprehensive inspections "
            "of England's fire and rescue services in more than 10 years.",
            "2018-19",
        ),
        (
            "Last year, for the first time in 12 years, the fire and rescue sector was independently inspected. "
            "Kent Fire and Rescue Service was one of them.",
            "2018-19",
        ),
        # a service's own third assessment is round 3
        (
            "As part of its third assessment by HMICFRS, Merseyside Fire and Rescue Service was said to be "
            "outstanding in three areas of inspection.",
            "2023-25",
        ),
        (
            "This inspection contains our third assessment of the service's effectiveness and efficiency. We "
            "have measured Devon and Somerset Fire and Rescue Service against the same 11 areas.",
            "2023-25",
        ),
        # an inspection conducted in late 2024
        (
            "The report on Devon and Somerset Fire and Rescue Service, based on an inspection conducted in late "
            "2024, highlights strong performance.",
            "2023-25",
        ),
        # since our previous full inspection in 2019: the round after round 1
        (
            "Suffolk Fire and Rescue Service has made achievements since our previous full inspection in 2019.",
            "2021-22",
        ),
    ],
)
def test_more_round_cues_a_careful_reader_uses(catalog, text, round_):
    assert read_text(text, catalog).round == round_


def test_hmicfrss_third_assessment_of_fire_and_rescue_services_counts_the_covid_inspection(catalog):
    text = (
        "Cornwall Fire and Rescue Service. This is HMICFRS's third assessment of fire and rescue services. It "
        "was rated good at preventing fires."
    )
    assert read_text(text, catalog).round != "2023-25"


@pytest.mark.parametrize(
    "text",
    [
        "Half of police forces have low grades. Of the 43 forces in England and Wales, 22 were judged to be "
        "inadequate or requiring improvement in investigating crime in PEEL 2021/22. The Metropolitan Police is "
        "in special measures.",
        "The figures have emerged from Telegraph analysis of the results of inspections of all 43 forces in "
        "2021/22. The Metropolitan Police was among them. Not a single force was rated as 'outstanding' in "
        "investigating crime.",
    ],
)
def test_a_tally_of_every_force_is_national_and_about_no_one_force(catalog, text):
    p = read_text(text, catalog)
    assert p.body is None and p.is_empty
    assert p.round == "2021-22"
    assert any("it is a national report" in n for n in p.notes)


def test_a_force_story_that_mentions_all_43_forces_in_passing_is_still_the_forces(catalog):
    text = (
        "Kent Police was rated good at investigating crime in its PEEL 2023-25 inspection, which assesses the "
        "performance of all 43 police forces in England and Wales."
    )
    p = read_text(text, catalog)
    assert p.body == "kent" and grades(p) == {"investigating": "Good"}


def test_an_inspection_of_a_regions_response_to_organised_crime_is_thematic(catalog):
    text = (
        "An inspection of the West Midlands regional response to serious and organised crime\n\nWest Midlands "
        "Police was good at sharing intelligence."
    )
    p = read_text(text, catalog)
    assert p.is_empty and any("thematic" in n for n in p.notes)


def test_45_fire_and_rescue_services_were_counted_before_the_2021_merger(catalog):
    text = (
        "Kent Fire and Rescue Service was rated good in all three of its key areas by Her Majesty's Inspectorate, "
        "as part of a rolling programme to inspect all 45 in England."
    )
    p = read_text(text, catalog)
    assert p.round == "2018-19" and p.is_empty


def test_44_fire_and_rescue_services_rule_out_round_1():
    from bot.reader.eras import fire_services_counted
    from bot.reader.rounds import ruled_out

    low = "hmicfrs inspects all 44 fire and rescue services in england."
    assert fire_services_counted(low) == 44
    assert "2018-19" in ruled_out(low, "frs")
    assert fire_services_counted("the visit took all 45 minutes.") is None


GMFRS = (
    "The latest inspection report from His Majesty's Inspectorate of Constabulary and Fire and Rescue Services "
    "into Greater Manchester Fire and Rescue Service praises its progress. The report - published today "
    "(Friday 8 March) - examined 11 different areas."
)


def test_a_weekday_and_the_kings_inspectorate_give_a_year_less_date_its_year(catalog):
    # 8 March fell on a Friday in 2019 and 2024; 'His Majesty's' is after September 2022
    p = read_text(GMFRS, catalog)
    assert p.published == "2024-03-08"
    assert p.round == "2023-25"


def test_a_weekday_that_fits_two_years_gives_no_date(catalog):
    p = read_text(GMFRS.replace("His Majesty's", "HM"), catalog)
    assert p.published is None


def test_a_weekday_before_the_month_and_the_inspectorates_fire_name_give_the_year(catalog):
    # 28 April was a Thursday in 2016 and 2022; the inspectorate took fire into its name in 2017
    text = (
        "In the report issued today (Thursday, April 28), Her Majesty's Inspectorate of Constabulary and Fire & "
        "Rescue Services (HMICFRS) has graded Thames Valley Police across nine areas."
    )
    assert read_text(text, catalog).published == "2022-04-28"


def test_from_is_an_earlier_round_only_next_to_it():
    from bot.reader.rounds import rounds_named

    assert rounds_named("the reports from all services in the 2023-25 inspection round") == [
        ("2023-25", False)
    ]
    assert rounds_named("up from the 2021/22 inspection, it is now good") == [("2021-22", True)]


def test_when_only_rounds_the_store_does_not_hold_are_left_nothing_is_proposed_and_it_says_which(catalog):
    text = (
        "Officials noted that North Yorkshire Fire and Rescue Service is 'good' at keeping people safe, Her "
        "Majesty's Inspectorate of Constabulary and Fire and Rescue Services said. It was rated good at "
        "preventing fires."
    )
    p = read_text(text, catalog)
    assert p.is_empty and p.round is None
    assert any("round 1" in n and "round 2" in n and "does not hold" in n for n in p.notes)


def test_a_label_line_above_the_reports_title_does_not_hide_it(catalog):
    text = (
        "Source · HMICFRS\nPEEL 2023-25: An inspection of Greater Manchester Police\n1 December 2023\n"
        "PEEL Force Inspection\n11 areas for improvement\n"
    )
    assert read_text(text, catalog).published == "2023-12-01"
