"""Classes of text the third held-out set showed the reader missing, each checked on sentences written for the
test (not copies of corpus texts): a release pasted with its lines cut at a fixed width, texts about several
bodies or none that still say which round they are about, the old PEEL pillars' grades, a year-less
publication date whose year is in the address, the year of this inspection's visit, the year the grade
sentence says the grade was given, "to an outstanding level", and a force's name inside a longer name."""

from __future__ import annotations

import pytest

from bot.reader.dates import published_date
from bot.reader.read import read_text
from bot.reader.round_words import grades_old_pillars
from bot.reader.text import unwrap


def grades(p) -> dict[str, str]:
    return {g.area: g.grade for g in p.grades}


WRAPPED = """Lancashire Constabulary has been praised by the police
inspectorate, which graded its performance across nine areas and
found the force was 'good' in preventing crime, protecting vulnerable
people and managing offenders.
Notes to editors:
- The Lancashire Constabulary PEEL 2021/22 report will be published
on the HMICFRS website at 00:01 on Friday 3 June 2022."""


def test_a_release_pasted_with_its_lines_cut_is_read_sentence_by_sentence(catalog):
    p = read_text(WRAPPED, catalog)
    assert p.body == "lancashire"
    assert p.round == "2021-22"
    assert p.published == "2022-06-03"
    assert grades(p) == {
        "preventing_crime": "Good",
        "protecting_vulnerable": "Good",
        "managing_offenders": "Good",
    }


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police\nRated good at preventing crime\nPublished 3 May 2024",  # a line per block
        "Preventing crime\nGood\nInvestigating crime\nAdequate\nResponding to the public\nGood",  # cell per line
        "The force was rated good at preventing\ncrime.",  # one break is no wrapping
    ],
)
def test_text_with_a_line_per_block_is_left_as_it_is(text):
    assert unwrap(text) == text


@pytest.mark.parametrize(
    ("text", "url", "round_", "said"),
    [
        (
            "FRS inspections 2018/19: the second tranche of reports\n"
            "Essex County Fire and Rescue Service is performing to a good standard.\n"
            "Kent Fire and Rescue Service requires improvement, says the inspectorate.",
            "",
            "2018-19",
            "fire and rescue 2018/19 (round 1), a round the store does not hold",
        ),
        (
            "This overview draws on our first round of fire and rescue inspections, which we carried out "
            "between June 2018 and August 2019, across all services in England.",
            "",
            "2018-19",
            "fire and rescue 2018/19 (round 1), a round the store does not hold",
        ),
        (
            "How police inspections are changing: what every candidate should know about the new framework.",
            "https://blog.example/2025/04/20/new-peel-assessments-for-policing-2025-27",
            "2025-27",
            "PEEL 2025–27",
        ),
    ],
)
def test_a_text_about_several_bodies_or_none_still_says_which_round(catalog, text, url, round_, said):
    p = read_text(text, catalog, url=url)
    assert p.body is None and p.is_empty
    assert p.round == round_
    assert said in p.notes[0]


def test_a_national_report_naming_a_service_says_the_round_it_sums_up(catalog):
    text = (
        "State of Fire and Rescue: the annual assessment of fire and rescue services\n"
        "It is based on the inspections we carried out between June 2018 and August 2019. Surrey Fire and "
        "Rescue Service was among the services graded 'good' for all three pillars."
    )
    p = read_text(text, catalog)
    assert p.is_empty
    assert p.round == "2018-19"
    assert "national report (about fire and rescue 2018/19 (round 1))" in p.notes[0]


@pytest.mark.parametrize(
    ("text", "old"),
    [
        ("Kent Police is the only force graded 'Outstanding' in both Efficiency and Legitimacy.", True),
        ("The force was graded 'Good' in two pillars and 'Requires improvement' in the third.", True),
        ("The force is good in the efficiency of its call handling.", False),
        ("The force is outstanding at recording crime and good in preventing crime.", False),
    ],
)
def test_a_grade_given_to_an_old_peel_pillar(text, old):
    assert grades_old_pillars(text.lower(), "peel") is old


def test_a_letter_on_an_old_peel_assessment_proposes_nothing(catalog):
    text = (
        "The commissioner wrote to the Home Secretary about the annual assessment of Kent Police.\n"
        "Kent Police is the only force to achieve 'Outstanding' in both Efficiency and Legitimacy, and the "
        "force's recent 'Outstanding' grade for crime data integrity is welcome."
    )
    p = read_text(text, catalog)
    assert p.is_empty
    assert "a round the store does not hold" in p.notes[0]


@pytest.mark.parametrize(
    ("text", "url", "published"),
    [
        (
            "The PEEL report into Cambridgeshire Constabulary has been published today (Tuesday 12 March).",
            "https://www.cambs.police.uk/news/2024/march/chiefs-response/",
            "2024-03-12",
        ),
        (  # the address's month is not the text's: the day cannot be given a year
            "The PEEL report into Cambridgeshire Constabulary has been published today (Tuesday 12 March).",
            "https://www.cambs.police.uk/news/2024/april/chiefs-response/",
            None,
        ),
        (
            "Essex Police welcomed the findings.\nThe Essex Police PEEL 2023-25 report will be published on the "
            "HMICFRS website at 00:01 on Friday 25 October 2024.",
            "",
            "2024-10-25",
        ),
        (  # the verb before the report, then the date
            "Inspectors praised the force.\nThe inspectorate published its PEEL 2023-2025 report on the force on "
            "5 March 2025, finding it good at responding to the public.",
            "",
            "2025-03-05",
        ),
    ],
)
def test_a_publication_date_told_in_a_release_or_with_its_year_in_the_address(text, url, published):
    assert published_date(text, url) == published


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        (
            "Following an inspection visit in autumn 2023, today's report found Cambridgeshire Constabulary "
            "good at investigating crime.",
            "2023-25",
        ),
        (
            "West Yorkshire Fire and Rescue Service requires improvement at preventing fires. During our 2021 "
            "inspection, visits were late; we found the same during this inspection.",
            "2023-25",
        ),
        (
            "Buckinghamshire Fire and Rescue Service was rated 'inadequate' at protecting the public through "
            "fire regulation in October 2023.",
            "2023-25",
        ),
        (
            "The force is policed across two counties and the inspectorate, which in 2024 rated Devon and "
            "Cornwall Police inadequate in responding to the public, also found it good at preventing crime.",
            "2023-25",
        ),
    ],
)
def test_the_year_of_this_inspection_or_of_its_grades_fixes_the_round(catalog, text, round_):
    p = read_text(text, catalog)
    assert p.round == round_
    assert p.grades


def test_a_grade_given_in_an_earlier_year_is_history_and_fixes_no_round(catalog):
    text = (
        "In 2019, Cleveland Police was rated inadequate in all areas and put into special measures.\n"
        "Cleveland Police is now good at preventing crime."
    )
    p = read_text(text, catalog)
    assert p.round is None
    assert grades(p) == {"preventing_crime": "Good"}


def test_an_area_done_to_an_outstanding_level_is_graded(catalog):
    text = (
        "09/04/2026\nHMICFRS has published its latest findings on Kent Police.\nThe force has strong "
        "governance, supports and develops its workforce to an outstanding level, and has improved."
    )
    p = read_text(text, catalog)
    assert p.round == "2025-27"
    assert grades(p) == {"workforce": "Outstanding"}


def test_a_good_standard_of_something_is_no_grade(catalog):
    text = "PEEL 2023–2025: Kent Police gives a good standard of service when preventing crime, people said."
    assert not read_text(text, catalog).grades


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Formed from Exeter City Police and Plymouth City Police, Devon and Cornwall Police was rated good "
            "at preventing crime.",
            "devon-and-cornwall",
        ),
        ("On Tuesday Kent Police said it was rated good at preventing crime.", "kent"),
        ("Report Praises City Police Work\nThe force was rated good at preventing crime.", "city-of-london"),
    ],
)
def test_a_force_named_inside_a_longer_name_is_not_that_force(catalog, text, body):
    assert read_text(text, catalog).body == body


@pytest.mark.parametrize(
    ("text", "body", "expected"),
    [
        (  # the other force is named, but given no grade: the grades are the first force's
            "PEEL 2023–25: Dorset Police was rated good at preventing crime. Neighbouring Devon and Cornwall "
            "Police was inspected last year.",
            "dorset",
            {"preventing_crime": "Good"},
        ),
        (  # each force given a grade: whose text it is stays unknown
            "PEEL 2023–25. Essex Police was rated good at preventing crime. Kent Police was rated adequate at "
            "preventing crime.",
            None,
            {},
        ),
        (  # a panel covering a force and a fire service, both graded
            "Essex Police (PEEL 2023–25): good at preventing crime.\nEssex County Fire and Rescue Service "
            "(2023–25): good at preventing fires and other risks.",
            None,
            {},
        ),
    ],
)
def test_grades_in_a_text_naming_two_bodies_belong_to_the_body_they_are_said_of(
    catalog, text, body, expected
):
    p = read_text(text, catalog)
    assert p.body == body
    assert grades(p) == expected


def test_a_peel_spotlight_report_is_a_thematic_report_and_proposes_nothing(catalog):
    text = (
        "PEEL spotlight report: the police response to burglary\nKent Police was good at investigating crime."
    )
    p = read_text(text, catalog)
    assert p.is_empty
    assert "thematic" in p.notes[0]


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        (  # the inspectorate was publishing 2023-25 reports, but this force's came only in 2025
            "Published 12 October 2023\nThe panel discussed the report: Hampshire and Isle of Wight "
            "Constabulary is good at preventing crime.",
            "2021-22",
        ),
        (  # between two rounds: the force's latest report, months before
            "Published 20 October 2025\nThe panel heard that Essex Police is good at preventing crime.",
            "2023-25",
        ),
    ],
)
def test_the_bodys_own_report_dates_fix_the_round_of_a_dated_text(catalog, text, round_):
    p = read_text(text, catalog)
    assert p.round == round_
    assert grades(p) == {"preventing_crime": "Good"}


@pytest.mark.parametrize(
    "table",
    [
        "Area | 2021/22 | 2023-25\nPreventing crime | Requires improvement | Good\nInvestigating crime | Good | Adequate",
        "PEEL 2023–25\nArea | Previous grade | Current grade\nPreventing crime | Requires improvement | Good\n"
        "Investigating crime | Good | Adequate",
    ],
)
def test_a_table_comparing_grades_gives_the_current_column_only(catalog, table):
    p = read_text("Norfolk Constabulary: HMICFRS PEEL inspection results\n" + table, catalog)
    assert p.round == "2023-25"
    assert grades(p) == {"preventing_crime": "Good", "investigating": "Adequate"}


def test_a_row_of_two_grades_with_no_header_saying_which_is_now_gives_nothing(catalog):
    text = "PEEL 2023–25: Norfolk Constabulary\nPreventing crime | Requires improvement | Good"
    assert not read_text(text, catalog).grades


@pytest.mark.parametrize(
    "text",
    [
        "Kent Fire and Rescue Service was rated good at keeping people safe and secure from fire and other "
        "risks, and requires improvement at looking after its people.",
        "Inspectors found Kent Fire and Rescue Service to be good in effectiveness and requires improvement "
        "in efficiency.",
    ],
)
def test_a_fire_service_graded_by_pillar_is_in_a_round_the_store_does_not_hold(catalog, text):
    p = read_text(text, catalog)
    assert p.is_empty
    assert "fire rounds 1 and 2" in p.notes[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kent Police was rated good or outstanding in preventing crime and investigating crime.", {}),
        ("Kent Police should be outstanding at preventing crime, the commissioner said.", {}),
        ("Kent Police aims to be outstanding at investigating crime by 2026.", {}),
        (
            "Kent Police was rated good at preventing crime; nationally, most forces were rated adequate at "
            "investigating crime.",
            {"preventing_crime": "Good"},
        ),
        (  # a wish earlier in the sentence does not undo a grade given
            "Kent Police must be commended: it was rated good at preventing crime.",
            {"preventing_crime": "Good"},
        ),
    ],
)
def test_a_grade_word_not_given_to_this_body_is_no_grade(catalog, text, expected):
    assert grades(read_text("PEEL 2023–25: " + text, catalog)) == expected


def test_a_meetings_date_is_no_publication_date_but_fixes_the_round_by_the_bodys_reports(catalog):
    text = (
        "Police and Crime Panel\nMinutes of the meeting held on 14 November 2023\nThe panel discussed the "
        "HMICFRS PEEL inspection: Hampshire and Isle of Wight Constabulary was rated good at preventing crime."
    )
    p = read_text(text, catalog)
    assert p.published is None
    assert p.round == "2021-22"  # its 2023-25 report came out in 2025
    assert grades(p) == {"preventing_crime": "Good"}


def test_a_text_naming_the_inspectorate_hmic_is_of_the_old_peel_years(catalog):
    text = (
        "Her Majesty's Inspectorate of Constabulary (HMIC) said Gwent Police was good at preventing crime, "
        "in its annual inspection of the 43 forces."
    )
    p = read_text(text, catalog)
    assert p.is_empty
    assert "PEEL before 2021" in p.notes[0] and "does not hold" in p.notes[0]


def test_his_majestys_inspectorate_of_constabulary_is_no_old_name(catalog):
    text = "His Majesty's Inspectorate of Constabulary in 2024 rated Gwent Police good at preventing crime."
    p = read_text(text, catalog)
    assert p.round == "2023-25"
    assert grades(p) == {"preventing_crime": "Good"}


def test_a_table_pasted_a_cell_per_line_in_wrapped_text_keeps_its_cells():
    text = (
        "The inspectorate said the force had improved since the last\ninspection, which found it was "
        "slow to answer\ncalls from the public and to record crime.\nPreventing crime and antisocial\n"
        "behaviour\nGood\nResponding to the public\nAdequate"
    )
    lines = unwrap(text).split("\n")
    assert "Preventing crime and antisocial behaviour" in lines
    assert "Good" in lines and "Adequate" in lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The panel heard that crime data integrity - graded as outstanding - is reviewed to make sure "
            "services to victims stay central.",
            {"recording_data": "Outstanding"},
        ),
        (
            "The chief said they would keep developing our workforce, which was recognised as Good by HMICFRS.",
            {"workforce": "Good"},
        ),
        (
            "Inspectors found that Kent Police requires improvement in building, supporting and protecting its "
            "workforce.",
            {"workforce": "Requires improvement"},
        ),
    ],
)
def test_a_grade_in_a_dashed_aside_or_recognised_as_one(catalog, text, expected):
    assert grades(read_text("PEEL 2023–25: Kent Police. " + text, catalog)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In the first independent inspection of fire and rescue services for 12 years, Kent Fire and Rescue "
        "Service was judged good at preventing fires.",
        "Kent Fire and Rescue Service, inspected for the first time in more than a decade, was judged good at "
        "preventing fires.",
    ],
)
def test_a_fire_services_first_inspection_is_round_one_and_proposes_nothing(catalog, text):
    p = read_text(text, catalog)
    assert p.round == "2018-19" and p.is_empty
