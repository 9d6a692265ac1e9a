"""Classes found on the reader's fifth pass, over dev7 (issue 25): each a rule a careful reader uses. Sentences
written for the test, not corpus texts."""

from __future__ import annotations

from bot.reader.read import read_text


def grades(p) -> dict[str, str]:
    return {g.area: g.grade for g in p.grades}


def test_the_other_two_is_part_of_a_count_already_given_so_the_counts_still_place_the_round(catalog):
    text = (
        "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services has said Kent Fire and Rescue "
        "Service achieved three 'outstanding' ratings. It was graded 'outstanding' for protecting the public "
        "through fire regulation. The other two 'outstanding' ratings were for understanding the risk of fire and future "
        "affordability. The inspection also recorded five 'good' ratings and three 'adequate' ratings."
    )
    p = read_text(text, catalog)
    assert p.round == "2023-25"
    assert grades(p)["fire_regulation"] == "Outstanding"


def test_the_other_two_alone_is_no_count_and_places_nothing(catalog):
    text = (
        "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services has said Kent Fire and Rescue "
        "Service is outstanding at fire regulation. The other two 'outstanding' ratings were noted too."
    )
    assert read_text(text, catalog).round is None


def test_a_total_of_areas_graded_rules_out_a_round_that_grades_fewer(catalog):
    # fire 2025-27 assesses ten core questions: "graded in 11 areas" can only be 2023-25
    text = (
        "Humberside Fire and Rescue Service was graded in 11 areas by inspectors. His Majesty's Inspectorate "
        "of Constabulary and Fire & Rescue Services rated it outstanding at preventing fires. It was also "
        "rated good in eight other categories and adequate in one."
    )
    p = read_text(text, catalog)
    assert p.round == "2023-25"
    assert grades(p)["preventing_fire"] == "Outstanding"


def test_without_the_total_the_same_text_leaves_the_round_to_a_person(catalog):
    text = (
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services rated Humberside Fire and "
        "Rescue Service outstanding at preventing fires. It was also rated good in eight other categories."
    )
    p = read_text(text, catalog)
    assert p.round is None


def test_the_old_legitimacy_question_marks_peel_before_2021_so_nothing_is_proposed(catalog):
    text = (
        "Inspectors rated Essex Police as 'good' in the way it treats the public and its workforce. The force "
        "is good at preventing crime and anti-social behaviour. It is good at investigating crime."
    )
    p = read_text(text, catalog)
    assert not p.grades
    assert "PEEL before 2021" in " ".join(p.notes)


def test_treating_the_public_alone_is_an_area_of_today_and_is_proposed(catalog):
    text = (
        "Inspectors rated Essex Police as 'good' at treating the public fairly. The force is good at preventing "
        "crime and anti-social behaviour."
    )
    p = read_text(text, catalog)
    assert grades(p).get("preventing_crime") == "Good"


COVID_COUNTED = (
    "His Majesty's Inspectorate of Constabulary and Fire and Rescue Services found Royal Berkshire Fire and "
    "Rescue Service good. It is the third round of inspections of fire and rescue services, after the Service "
    "was first inspected in 2019 and in autumn 2020, a second inspection considered how the Service was "
    "responding to the pandemic."
)


def test_the_third_round_counting_the_covid_inspection_is_fire_round_2(catalog):
    p = read_text(COVID_COUNTED, catalog)
    assert p.round == "2021-22" and not p.grades
    assert "fire and rescue 2021/22 (round 2)" in " ".join(p.notes)


def test_the_third_round_without_the_covid_inspection_is_round_3(catalog):
    text = (
        COVID_COUNTED.split(" It is")[0]
        + " It is the third round of inspections of fire and rescue services."
    )
    assert read_text(text, catalog).round == "2023-25"


HER_MAJESTYS_IN_2024 = (
    "Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services carried out its third full "
    "inspection of Northamptonshire Fire and Rescue Service.{date} The Inspectors found that the service is "
    "good at protecting the public through fire regulation."
)


def test_a_date_in_the_named_round_outweighs_the_inspectorates_old_name(catalog):
    text = HER_MAJESTYS_IN_2024.format(date=" The report was published on 18 September 2024.")
    p = read_text(text, catalog)
    assert p.round == "2023-25"
    assert grades(p) == {"fire_regulation": "Good"}


def test_without_a_date_the_old_name_against_the_named_round_leaves_it_to_a_person(catalog):
    p = read_text(HER_MAJESTYS_IN_2024.format(date=""), catalog)
    assert p.round is None
    assert "Her Majesty's" in " ".join(p.notes)


LOOKING_BACK = (
    "{date}Tyne and Wear Fire and Rescue Service was rated 'Good' by Her Majesty's Inspectorate of Constabulary "
    'and Fire and Rescue Services. The chief said: "During the 2018/19 inspection, we were advised of 14 areas '
    'for improvement and in this most recent inspection report that number is down to eight."'
)


def test_a_round_named_long_before_the_texts_date_is_looked_back_at_not_the_texts_own(catalog):
    p = read_text(LOOKING_BACK.format(date="28 Jul 2022\n\n"), catalog)
    assert p.round == "2021-22" and not p.grades
    assert "2021/22 (round 2)" in " ".join(p.notes)


def test_undated_the_named_round_is_still_the_texts(catalog):
    p = read_text(LOOKING_BACK.format(date=""), catalog)
    assert p.round == "2018-19" and not p.grades


def test_an_inspection_of_the_force_in_a_year_places_the_round(catalog):
    text = (
        "HMICFRS has published its findings from a PEEL inspection of West Mercia Police. The report follows an "
        "inspection of the force in 2024. Alongside our good rating for crime recording, the report recognises "
        "meaningful progress."
    )
    p = read_text(text, catalog)
    assert p.round == "2023-25"
    assert grades(p) == {"recording_data": "Good"}


def test_a_date_in_brackets_after_published_this_week_is_the_reports(catalog):
    text = (
        "In a report published this week (August 14, 2025) by His Majesty's Inspectors of Constabulary and Fire "
        "& Rescue Services, County Durham and Darlington Fire and Rescue Service has been recognised as "
        "'Outstanding' in its ability to protect the public through fire regulation."
    )
    p = read_text(text, catalog)
    assert p.published == "2025-08-14"
    assert p.round == "2023-25"
    assert grades(p) == {"fire_regulation": "Outstanding"}


PROGRESS_SINCE = (
    "London Fire Brigade has made significant improvements since 2022, the fire inspectorate has said. {found} "
    "His Majesty's Inspector Lee Freeman said: \"We have graded it as outstanding in responding to major and "
    'multi-agency incidents."'
)


def test_progress_since_the_year_the_inspectorate_found_something_is_the_round_after_it(catalog):
    text = PROGRESS_SINCE.format(found="In 2022, HMICFRS found that the brigade required improvement.")
    p = read_text(text, catalog)
    assert p.round == "2023-25"
    assert grades(p) == {"major_incidents": "Outstanding"}


def test_progress_since_a_year_alone_leaves_the_round_to_a_person(catalog):
    assert read_text(PROGRESS_SINCE.format(found=""), catalog).round is None


def test_a_grade_before_a_semicolon_list_of_areas_gives_each_area_it(catalog):
    text = (
        "West Mercia Police was adequate at investigating crime; managing offenders and suspects; and preventing "
        "and deterring crime. It required improvement in responding to the public; protecting vulnerable people; "
        "and leadership and force management."
    )
    assert grades(read_text(text, catalog)) == {
        "investigating": "Adequate",
        "managing_offenders": "Adequate",
        "preventing_crime": "Adequate",
        "responding": "Requires improvement",
        "protecting_vulnerable": "Requires improvement",
        "leadership": "Requires improvement",
    }


def test_a_semicolon_before_a_clause_naming_no_area_still_ends_the_grade(catalog):
    text = (
        "West Mercia Police required improvement in responding to the public; inspectors said that protecting "
        "vulnerable people was a strength."
    )
    assert grades(read_text(text, catalog)) == {"responding": "Requires improvement"}


def test_these_three_areas_rated_after_a_list_of_three_gives_each_of_them_the_grade(catalog):
    text = (
        "Staffordshire Police needed to do more in areas such as responding to the public, investigating crime "
        "and protecting vulnerable people, with these three areas rated as 'requires improvement'."
    )
    assert grades(read_text(text, catalog)) == {
        "responding": "Requires improvement",
        "investigating": "Requires improvement",
        "protecting_vulnerable": "Requires improvement",
    }


def test_these_three_areas_after_a_list_of_two_gives_nothing(catalog):
    text = (
        "Staffordshire Police needed to do more in areas such as responding to the public and investigating "
        "crime, with these three areas rated as 'requires improvement'."
    )
    assert grades(read_text(text, catalog)) == {}


def test_understanding_community_risk_is_the_fire_area_understanding_the_risk_of_fire(catalog):
    text = "Kent Fire and Rescue Service was rated 'outstanding' for understanding community risk."
    assert grades(read_text(text, catalog)) == {"understanding_risk": "Outstanding"}


def test_an_old_pillar_phrase_told_of_an_earlier_inspection_does_not_make_the_text_old_peel(catalog):
    text = (
        "Jan 29, 2025\n\nBedfordshire Police was assessed as 'requires improvement' in investigating crime. The "
        "force was previously assessed as 'good' at tackling serious and organised crime."
    )
    p = read_text(text, catalog)
    assert p.round == "2023-25"
    assert grades(p)["investigating"] == "Requires improvement"


def test_an_old_pillar_phrase_graded_now_still_marks_old_peel(catalog):
    text = "Bedfordshire Police was assessed as 'good' at tackling serious and organised crime."
    p = read_text(text, catalog)
    assert not p.grades and "PEEL before 2021" in " ".join(p.notes)


def test_answering_emergency_calls_is_responding_to_the_public(catalog):
    text = "HMICFRS said Gwent Police was inadequate at quickly answering emergency calls and attending incidents."
    assert grades(read_text(text, catalog)) == {"responding": "Inadequate"}


def test_peel_efficiency_2017_is_peel_before_2021(catalog):
    text = (
        "HMICFRS has published the PEEL Efficiency 2017 inspection report for Merseyside Police. The force was "
        "graded as good at planning for the future."
    )
    p = read_text(text, catalog)
    assert not p.grades and "PEEL 2017 (before 2021)" in " ".join(p.notes)


def test_the_first_inspection_in_the_county_since_2019_is_fire_round_2(catalog):
    text = (
        "Derbyshire Fire and Rescue Service has been rated as good by inspectors. HM Inspectorate of Constabulary "
        "and Fire and Rescue Services carried out its first inspection in the county since 2019."
    )
    p = read_text(text, catalog)
    assert p.round == "2021-22" and not p.grades
    assert "fire and rescue 2021/22 (round 2)" in " ".join(p.notes)


LAST_INSPECTED = (
    "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) last inspected Leicestershire "
    "Fire and Rescue Service in December 2018.{count} In the areas of effectiveness, efficiency and people, HMICFRS "
    "graded the Service as 'Requires Improvement'."
)


def test_last_inspected_is_the_texts_own_inspection_when_nothing_later_is_possible(catalog):
    text = LAST_INSPECTED.format(
        count=" This is part of a programme to inspect all 45 fire and rescue services."
    )
    p = read_text(text, catalog)
    assert p.round == "2018-19" and not p.grades
    assert "fire and rescue 2018/19 (round 1)" in " ".join(p.notes)


def test_last_inspected_still_rules_out_round_1_when_a_later_round_is_possible(catalog):
    p = read_text(LAST_INSPECTED.format(count=""), catalog)
    assert p.round != "2018-19" and not p.grades


def test_west_sussex_in_a_fire_text_is_west_sussex_fire_and_rescue_service_not_sussex_police(catalog):
    text = (
        "West Sussex 2021/22\nThis is HMICFRS's second full assessment of fire and rescue services. The extent to "
        "which the service is effective at keeping people safe and secure from fire and other risks requires "
        "improvement."
    )
    p = read_text(text, catalog)
    assert p.body == "west-sussex-fire-and-rescue-service"
    assert p.round == "2021-22" and not p.grades


def test_a_place_in_a_police_text_is_still_the_force(catalog):
    text = "West Sussex officers were rated good at investigating crime by the police inspectorate."
    assert read_text(text, catalog).body == "sussex"


def test_since_the_last_hmicfrs_inspection_in_2022_is_the_round_after_it(catalog):
    text = (
        "HMICFRS found the Metropolitan Police Service was inadequate at investigating crime. Since the last "
        "HMICFRS inspection in 2022, the force has been in enhanced monitoring."
    )
    p = read_text(text, catalog)
    assert p.round == "2023-25"
    assert grades(p) == {"investigating": "Inadequate"}
