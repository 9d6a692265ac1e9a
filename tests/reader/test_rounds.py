"""The round and the date as a careful reader reads them: every common form of a date, round words and
ordinals, 'since our 2021 inspection', conflicts and missing cues (no round, and why), rounds the store does
not hold and inspections that are not PEEL or the fire round (nothing proposed, and what it is)."""

from __future__ import annotations

import pytest

from bot.reader.dates import page_date, parse_date
from bot.reader.read import read_text


def grades(p) -> dict[str, str]:
    return {g.area: g.grade for g in p.grades}


@pytest.mark.parametrize(
    ("text", "url", "published"),
    [
        ("Published 8th Mar 2024\nEssex Fire and Rescue Service", "", "2024-03-08"),
        ("The report was released publicly on 14August 2025.", "", "2025-08-14"),
        ("09/04/2026\nKent Police", "", "2026-04-09"),
        ("Posted April 14th 2025 by the newsdesk", "", "2025-04-14"),
        ("Norfolk County Council, 7 March 2024 15:23\nInspectors say", "", "2024-03-07"),
        ("Published: 2025-03-12", "", "2025-03-12"),  # ISO is year first, never read day first
        ("Kent Police story", "https://news.example/2024/11/29/kent-police-rated/", "2024-11-29"),
        ("Kent Police was inspected in March 2025 and visited on 3 May 2024.", "", None),
    ],
)
def test_a_pages_date_in_any_common_form(text, url, published):
    # the page's own date: the report's publication date only where the text ties it to the report
    # (tests/reader/test_third_pass_classes.py)
    assert page_date(text, url) == published


def test_a_date_that_is_no_date_is_not_read():
    assert parse_date("31/02/2024") is None


@pytest.mark.parametrize(
    ("text", "url", "round_"),
    [
        (
            "Cornwall Fire and Rescue Service: Round 3 report. It was rated good at preventing fires.",
            "",
            "2023-25",
        ),
        (
            "In its third inspection, Cornwall Fire and Rescue Service was rated good at preventing fires.",
            "",
            "2023-25",
        ),
        (
            "Cornwall Fire and Rescue Service was rated good at preventing fires, its best since our 2021 inspection.",
            "",
            "2023-25",
        ),
        (
            "Kent Police is the first force inspected in the 2025–27 round. It is good at leadership.",
            "",
            "2025-27",
        ),
        (
            "Kent Police is good at investigating crime.",
            "https://www.kentonline.co.uk/news/2024/11/29/kent-police-rated/",
            "2023-25",
        ),
        (
            "Published 9 April 2026\nKent Police supports its workforce to an outstanding level.",
            "",
            "2025-27",
        ),
    ],
)
def test_every_cue_to_the_round(catalog, text, url, round_):
    assert read_text(text, catalog, url=url).round == round_


@pytest.mark.parametrize(
    ("text", "why"),
    [
        (
            "Kent Police PEEL 2021/22 and PEEL 2023-25 report: it is good at investigating crime.",
            "names more than one round as its own",
        ),
        (
            "Published 8 March 2024\nKent Police PEEL 2025–27 report: it is good at investigating crime.",
            "before that round began",
        ),
        (
            "Cornwall Fire and Rescue Service is good at preventing fires in round 3, its first inspection "
            "since 2025.",
            "but also an earlier inspection in 2025",
        ),
        (
            "Kent Police is good at investigating crime and responding to the public.",
            "names no round and states no date",
        ),
        ("Published 1 October 2025\nKent Police is good at investigating crime.", "falls in no one round"),
    ],
)
def test_conflicting_or_missing_cues_give_no_round_and_say_why(catalog, text, why):
    p = read_text(text, catalog)
    assert p.round is None
    assert any(n.startswith("No round:") and why in n and "choose the round" in n for n in p.notes), p.notes


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Published 20 June 2019\nDorset and Wiltshire Fire and Rescue Service was rated good at preventing "
            "fires, protecting the public through fire regulation, and responding to fires.",
            "fire and rescue 2018/19 (round 1)",
        ),
        (
            "Dorset and Wiltshire Fire and Rescue Service, in its first round inspection, was rated good at "
            "preventing fires and outstanding at responding to fires.",
            "fire and rescue 2018/19 (round 1)",
        ),
        (
            "Kent Police PEEL 2017: the force is good at investigating crime and outstanding at preventing crime.",
            "PEEL 2017 (before 2021)",
        ),
        (
            "Published 4 June 2026\nKent Fire and Rescue Service was rated good at preventing fires.",
            "fire and rescue 2025–27 (round 4)",
        ),
    ],
)
def test_a_round_the_store_does_not_hold_proposes_nothing_and_is_named(catalog, text, said):
    p = read_text(text, catalog)
    assert p.grades == () and p.unmatched == ()
    assert any(said in n and "a round the store does not hold" in n for n in p.notes), p.notes


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Kent Police: crime data integrity inspection 2019\nKent Police is outstanding at recording crime.",
            "a crime data integrity inspection",
        ),
        (
            "Inspection of Kent Police custody suites\nPublished 2 May 2024\nKent Police is good at responding "
            "to the public.",
            "a custody inspection",
        ),
        (
            "Joint targeted area inspection of Kent\nKent Police is good at protecting vulnerable people.",
            "a joint inspection",
        ),
        (
            "A thematic inspection of how Kent Police handles stalking\nKent Police is good at investigating crime.",
            "a thematic inspection",
        ),
        ("State of Policing 2025\nKent Police is outstanding at investigating crime.", "a national report"),
    ],
)
def test_an_inspection_that_is_not_peel_proposes_nothing_and_says_what_it_is(catalog, text, kind):
    p = read_text(text, catalog)
    assert p.grades == () and p.round is None
    assert any(f"this is {kind}, not a PEEL inspection" in n for n in p.notes), p.notes


def test_a_grade_a_sentence_gives_another_kind_of_inspection_is_left_out(catalog):
    text = (
        "PEEL 2023–2025: An inspection of Kent Police\nKent Police is good at investigating crime.\n"
        "In its crime data integrity inspection the force was graded outstanding at recording crime."
    )
    p = read_text(text, catalog)
    assert grades(p) == {"investigating": "Good"}
    assert any("crime data integrity inspection" in n for n in p.notes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Published 8th Mar 2024\nEssex County Fire and Rescue Service was rated outstanding both for "
            "understanding and preventing fires.",
            {"understanding_risk": "Outstanding", "preventing_fire": "Outstanding"},
        ),
        (
            "Kent Police PEEL 2021/22 report: the force is good at investigating and preventing crime.",
            {"investigating": "Good", "preventing_crime": "Good"},
        ),
    ],
)
def test_one_phrase_grading_two_areas_gives_both(catalog, text, expected):
    assert grades(read_text(text, catalog)) == expected


def test_a_2025_27_report_proposes_the_rounds_areas(catalog):
    text = (
        "PEEL 2025–2027: An inspection of Kent Police\nPublished 9 April 2026\n"
        "Leadership and force management: Good\n"
    )
    p = read_text(text, catalog)
    assert (p.round, grades(p)) == ("2025-27", {"leadership": "Good"})


def test_cues_that_conflict_over_a_round_the_store_does_not_hold_propose_nothing(catalog):
    text = (
        "Cornwall Fire and Rescue Service's 2021/22 report is out. It required improvement in its 2018/19 "
        "assessment.\nIt requires improvement at understanding the risk of fire and other emergencies."
    )
    p = read_text(text, catalog)
    assert p.round is None and p.grades == ()
    assert "fire and rescue 2021/22 (round 2) and fire and rescue 2018/19 (round 1) are rounds" in p.notes[0]


def test_a_round_in_the_title_is_the_reports_though_the_body_names_an_older_one(catalog):
    text = (
        "Cornwall Fire and Rescue Service 2023-25 inspection\nPublished 3 June 2024\n"
        "The service is good at preventing fires. In our 2021/22 inspection, we found it required improvement."
    )
    p = read_text(text, catalog)
    assert (p.round, grades(p)) == ("2023-25", {"preventing_fire": "Good"})


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "Surrey Fire and Rescue Service was the only service in this tranche to be judged 'Inadequate' for the "
            "Efficiency pillar. It was also 'Inadequate' at protecting the public through fire regulation.",
            "fire and rescue 2018/19 (round 1) and fire and rescue 2021/22 (round 2) are rounds",
        ),
        (
            "Kent Police is 'good' at effectively reducing crime and keeping people safe, and good at "
            "investigating crime.",
            "PEEL before 2021",
        ),
        (
            "West Midlands Fire Service rated outstanding\nThis is the first report completed by HMICFRS into the "
            "Service since the inspection programme recommenced in 2018. It is outstanding at responding to fires.",
            "fire and rescue 2018/19 (round 1)",
        ),
        ("Kent 2015\nKent Police is good at investigating crime.", "PEEL 2015 (before 2021)"),
    ],
)
def test_the_old_frameworks_and_old_programmes_are_rounds_the_store_does_not_hold(catalog, text, said):
    p = read_text(text, catalog)
    assert p.grades == ()
    assert said in " ".join(p.notes) and "does not hold" in " ".join(p.notes), p.notes


@pytest.mark.parametrize(
    ("text", "round_"),
    [
        (
            "Staffordshire Police improved following the PEEL inspection in 2022. It is good at investigating crime.",
            "2021-22",
        ),
        ("PEEL 202325: An inspection of Suffolk Constabulary\nIt is good at investigating crime.", "2023-25"),
    ],
)
def test_the_year_of_this_inspection_and_a_round_that_lost_its_dash(catalog, text, round_):
    assert read_text(text, catalog).round == round_


def test_an_earlier_inspections_year_is_not_this_ones_but_makes_it_the_round_after(catalog):
    text = (
        "Kent Police improved after the previous PEEL inspection in 2022. It is good at investigating crime."
    )
    assert read_text(text, catalog).round == "2023-25"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Report on an unannounced inspection visit to police custody suites in Cheshire by HM Inspectorate of "
            "Prisons\nCheshire Constabulary was good at treating detainees.",
            "a custody inspection",
        ),
        (
            "Response to HMICFRS report: An inspection of vetting, misconduct, and misogyny in the police service\n"
            "Warwickshire Police was found good at vetting.",
            "a thematic inspection",
        ),
        (
            "HMICFRS State of Fire & Rescue report\nStaffordshire Fire and Rescue Service was good.",
            "a national report",
        ),
    ],
)
def test_other_kinds_of_inspection_as_people_title_them(catalog, text, kind):
    p = read_text(text, catalog)
    assert p.grades == () and any(kind in n for n in p.notes), p.notes


def test_a_text_naming_no_body_still_says_what_kind_of_report_it_is(catalog):
    p = read_text("State of Policing: The annual assessment of policing in England and Wales 2023", catalog)
    assert p.body is None and p.notes == (
        "Nothing proposed: it names no police force or fire and rescue service that HMICFRS grades; "
        "it is a national report.",
    )


def test_an_earlier_annual_peel_inspection_says_nothing_of_which_old_round_follows(catalog):
    text = "Kent Police has substantially improved its crime recording since our 2017 inspection. It is good."
    p = read_text(text, catalog)
    assert p.round is None


def test_what_an_inspector_says_of_every_force_is_no_old_pillar(catalog):
    text = (
        "Published 12 March 2025\nThe HM Inspector said: I am pleased with the performance of Kent Police in "
        "keeping people safe and reducing crime. The force is good at investigating crime."
    )
    p = read_text(text, catalog)
    assert (p.round, grades(p)) == ("2023-25", {"investigating": "Good"})


def test_another_inspection_named_in_passing_does_not_make_the_text_that_inspection(catalog):
    text = (
        "Published 12 March 2025\nFollowing a thematic inspection last year, Kent Police is now rated good at "
        "investigating crime."
    )
    assert grades(read_text(text, catalog)) == {"investigating": "Good"}
