"""Classes found on the reader's third pass over every development set (issue 25): the publisher in a page's
address, minutes told in reported speech, rounds HMICFRS never ran, story dates that are not the report's,
and rounds fixed by the body's own reports in the store. Sentences written for the test, not corpus texts."""

from __future__ import annotations

import pytest

from bot.reader.read import read_text


def grades(p) -> dict[str, str]:
    return {g.area: g.grade for g in p.grades}


MINUTES = (
    "Agenda item\n\nMinutes:\n\nThe Chief Fire Officer presented the report on the service's third round "
    "inspection by HMICFRS. The Service had been judged as good in understanding fire and risk and future "
    "affordability; and requires improvement in preventing fire and risk."
)


@pytest.mark.parametrize(
    ("url", "body"),
    [
        ("https://bedsfireresauth.moderngov.co.uk/mgAi.aspx?ID=1", "bedfordshire-fire-and-rescue-service"),
        ("https://bucksfire.gov.uk/authority/inspection/", "buckinghamshire-fire-and-rescue-service"),
        ("https://www.notts-fire.gov.uk/news/", "nottinghamshire-fire-and-rescue-service"),
    ],
)
def test_minutes_that_never_name_their_service_are_read_by_the_publishers_address(catalog, url, body):
    p = read_text(MINUTES, catalog, url=url)
    assert p.body == body
    assert p.round == "2023-25"


def test_an_address_that_names_no_body_still_gives_none(catalog):
    p = read_text(MINUTES, catalog, url="https://democracy.example-council.gov.uk/mgAi.aspx?ID=1")
    assert p.body is None and not p.grades


def test_minutes_in_reported_speech_give_the_report_presented_its_grades(catalog):
    p = read_text(MINUTES, catalog, url="https://bedsfireresauth.moderngov.co.uk/mgAi.aspx?ID=1")
    assert grades(p) == {
        "understanding_risk": "Good",
        "future_affordability": "Good",
        "preventing_fire": "Requires improvement",
    }


@pytest.mark.parametrize(
    "said",
    [
        "preventing fire and risk had been rated inadequate in 2019 and was now judged good",
        "the Service had been judged inadequate in preventing fire and risk at the last inspection, and was now good",
    ],
)
def test_in_minutes_had_been_set_against_now_is_still_the_earlier_grade(catalog, said):
    text = f"Minutes:\nThe Chief Fire Officer presented the report. Members noted that {said}."
    p = read_text(text, catalog, url="https://bedsfireresauth.moderngov.co.uk/mgAi.aspx?ID=1")
    assert grades(p).get("preventing_fire") != "Inadequate"


def test_outside_minutes_had_been_rated_is_still_an_earlier_grade(catalog):
    text = (
        "Bedfordshire Fire and Rescue Service's third round inspection report is out. The service had been "
        "judged as inadequate in preventing fire and risk."
    )
    assert "preventing_fire" not in grades(read_text(text, catalog))


MISLABELLED = (
    "The West Yorkshire Police PEEL 2020/21 report looks at police effectiveness, efficiency and legitimacy. "
    "The inspection graded the force as adequate at investigating crime."
)


def test_a_peel_round_never_run_is_a_mislabel_and_the_date_decides(catalog):
    # PEEL 2018/19 was the old framework's last round and 2021/22 the next: "PEEL 2020/21" is neither, so
    # the page's date, against the force's own report of 24 November 2021, decides
    p = read_text(MISLABELLED, catalog, url="https://news.example/2021/11/24/west-yorkshire-police-report/")
    assert p.round == "2021-22"
    assert grades(p) == {"investigating": "Adequate"}


def test_a_peel_round_never_run_is_not_read_as_the_old_peel(catalog):
    p = read_text(MISLABELLED, catalog)
    assert p.round != "2014-19"
    assert not any("does not hold" in n for n in p.notes)


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "Inspectors praise Essex fire\nAuthor: A. Writer Published 8th Mar 2024\nThe service was rated good.",
            "",
        ),
        (
            " date 2024-03-13 Kent Police needs to improve, the inspectorate has said. Roy Wilsher yesterday said…",
            "",
        ),
        ("24 July 2025\nThe commissioner welcomed the latest PEEL report on Hampshire Constabulary.", ""),
        ("PEEL 2023-25: Kent Police told to improve\nPublished 12 March 2025\nThe force was rated good.", ""),
        (
            "Kent Police receives an outstanding grade",
            "https://news.example/2017/12/12/kent-police-outstanding/",
        ),
    ],
)
def test_a_storys_own_date_is_not_the_reports_publication(text, url):
    from bot.reader.dates import page_date, published_date

    assert published_date(text, url) is None
    assert page_date(text, url) is not None  # still when it was written: a cue to the round


@pytest.mark.parametrize(
    ("text", "url", "published"),
    [
        (  # the text says the report came out that day
            "Last updated 23rd May 2025\nThe report by HMICFRS, published today (Friday 23rd May), grades it.",
            "",
            "2025-05-23",
        ),
        (
            "20 January 2023\nAs a result, today's report from HMICFRS classes the service as good.",
            "",
            "2023-01-20",
        ),
        ("09/04/2026\nHMICFRS has published its latest findings on Kent Police.", "", "2026-04-09"),
        # the inspectorate's own page, or the report itself by its title
        (
            "Published on: 9 May 2024\nForeword",
            "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/x/",
            "2024-05-09",
        ),
        ("Published: 2025-03-12\nPEEL 2023–2025: An inspection of Kent Police", "", "2025-03-12"),
        # a sentence about the report, wherever it is
        ("Members noted the report.\nThe report was released publicly on 14August 2025.", "", "2025-08-14"),
    ],
)
def test_a_date_the_text_ties_to_the_report_is_its_publication(text, url, published):
    from bot.reader.dates import published_date

    assert published_date(text, url) == published


def test_a_story_date_still_places_the_story_in_its_round(catalog):
    # the story's date is not the report's, but the force's report out by then (28 April 2022) is 2021/22
    text = "Kent Police was rated good at preventing crime, the inspectorate found."
    p = read_text(text, catalog, url="https://news.example/2022/05/03/kent-police-report/")
    assert p.published is None
    assert p.round == "2021-22"
    assert grades(p) == {"preventing_crime": "Good"}


# Rounds from the body's own reports in the store (the shipped data: Hampshire's 2023-25 report graded two
# areas good and six adequate; Kent's 2021/22 report has three areas requiring improvement and one
# outstanding, its 2025-27 report none requiring improvement; its 2023-25 report's grades are not held).


def test_counts_that_are_exactly_one_stored_reports_decide_the_round(catalog):
    text = (
        "Hampshire and Isle of Wight Constabulary was graded across eight areas of policing. Inspectors found "
        "it good in two areas and adequate in six areas. It is good at protecting vulnerable people."
    )
    p = read_text(text, catalog)
    assert p.round == "2023-25"
    assert grades(p) == {"protecting_vulnerable": "Good"}
    assert any("counts" in n for n in p.notes)  # the proposal says how the round was decided


def test_counts_that_rule_out_every_other_round_decide_the_round(catalog):
    text = (
        "While five areas have been rated as good, two areas require improvement and two are adequate. Kent "
        "Police requires improvement at investigating crime, inspectors said."
    )
    p = read_text(text, catalog)
    assert p.round == "2023-25"
    assert grades(p) == {"investigating": "Requires improvement"}


@pytest.mark.parametrize(
    "text",
    [
        # fits Kent's 2021/22 report and its 2023-25 one (whose grades the store lacks): no round
        "Kent Police was rated good in four areas and requires improvement in three. It requires improvement "
        "at investigating crime.",
        # an earlier inspection's counts are not this report's
        "At its previous inspection Hampshire and Isle of Wight Constabulary was good in two areas and adequate "
        "in six areas. It is good at protecting vulnerable people.",
        # fire: nine areas fit the 2025-27 round's ten questions too, and the store holds none of its reports
        "Essex County Fire and Rescue Service was rated good in three areas and requires improvement in six. "
        "It requires improvement at responding to fires and emergencies.",
    ],
)
def test_counts_the_store_cannot_place_in_one_round_decide_nothing(catalog, text):
    p = read_text(text, catalog)
    assert p.round is None
    assert any(n.startswith("No round") for n in p.notes)


def test_counts_are_read_in_the_common_forms():
    from bot.reader.counts import grade_counts

    c = grade_counts(
        "his majesty's inspectorate of constabulary and fire & rescue services graded the force's performance "
        "across nine areas of policing and found it 'inadequate' in three areas, 'requires improvement' in two "
        "areas, 'adequate' in two areas and 'good' in two areas."
    )
    assert c is not None and c.complete
    assert dict(c.by_grade) == {"Inadequate": 3, "Requires improvement": 2, "Adequate": 2, "Good": 2}
    assert grade_counts(
        "six of which require improvement and two others were rated as adequate."
    ).by_grade == (
        ("Requires improvement", 6),
        ("Adequate", 2),
    )
    assert grade_counts("three forces were rated outstanding in two areas.") is None


@pytest.mark.parametrize(
    ("text", "url"),
    [
        (
            "PEEL assessment framework (PAF) 2025-2027\nPublished on: 11 April 2025\nLeadership and force management",
            "",
        ),
        (
            "Police PEEL inspections are changing again. Kent Police will be graded in new ways.",
            "https://blog.example/2025/04/19/new-peel-performance-assessments-for-policing-2025-27",
        ),
        ("HMICFRS releases updated inspection programme and framework for all fire and rescue services", ""),
    ],
)
def test_the_inspection_framework_itself_is_no_inspection_and_says_so(catalog, text, url):
    p = read_text(text, catalog, url=url)
    assert p.is_empty
    assert any("framework" in n and "not an inspection" in n for n in p.notes)


def test_a_report_that_names_the_framework_in_passing_is_still_read(catalog):
    text = (
        "PEEL 2023–2025: An inspection of Kent Police\nWe inspected the force against the PEEL assessment "
        "framework.\nInvestigating crime: Good"
    )
    assert grades(read_text(text, catalog)) == {"investigating": "Good"}


def test_counts_of_more_areas_than_a_round_grades_rule_it_out(catalog):
    # eleven areas: not fire 2025-27 (ten core questions); 'adequate': not rounds 1 or 2; Essex's 2023-25
    # report is in the store
    text = (
        "Essex County Fire and Rescue Service was rated good in three areas and adequate in two but requires "
        "improvement in six. It requires improvement at responding to fires and emergencies."
    )
    p = read_text(text, catalog)
    assert p.round == "2023-25"
    assert grades(p) == {"responding_fires": "Requires improvement"}


@pytest.mark.parametrize(
    "text",
    [
        "Essex County Fire and Rescue Service was rated good in three areas and adequate in two but requires "
        "improvement in six.\n\nThose included responding to fires and emergencies, best use of resources, and "
        "public safety through fire regulation.",
        "Essex County Fire and Rescue Service requires improvement in six areas. These include responding to "
        "fires and emergencies, best use of resources, and public safety through fire regulation.",
    ],
)
def test_a_list_after_a_count_takes_the_counted_grade(catalog, text):
    p = read_text(text, catalog)
    assert grades(p) == {
        "responding_fires": "Requires improvement",
        "best_use_of_resources": "Requires improvement",
        "fire_regulation": "Requires improvement",
    }
    assert all("Those included" in g.quote or "These include" in g.quote for g in p.grades)


@pytest.mark.parametrize(
    "text",
    [
        # the count is of the last inspection: its list is not this report's
        "At its last inspection Essex County Fire and Rescue Service was rated as requiring improvement in six "
        "areas. These include responding to fires and emergencies.",
        "Previously Essex County Fire and Rescue Service was rated as requiring improvement in six areas. These "
        "include responding to fires and emergencies.",
        # the sentence goes on after the count: the list is not plainly the count's
        "Essex County Fire and Rescue Service requires improvement in six areas compared with three last time. "
        "These include responding to fires and emergencies.",
        # not a list: "they were" goes on about something else
        "Essex County Fire and Rescue Service was rated good in five areas. They were pleased with its "
        "response to fires and emergencies.",
        # no count before it
        "Essex County Fire and Rescue Service was inspected. These include responding to fires and emergencies.",
    ],
)
def test_a_list_after_anything_but_a_count_of_this_report_gives_nothing(catalog, text):
    assert read_text(text, catalog).grades == ()


def test_counting_the_covid_inspection_our_third_inspection_is_round_two(catalog):
    text = (
        'Lancashire Fire and Rescue Service was graded good in all areas. HMICFRS said: "This is our third '
        "inspection of fire and rescue services in England. We first inspected the service in July 2018. Our "
        'second inspection, in autumn 2020, considered how the service was responding to the pandemic."'
    )
    p = read_text(text, catalog)
    assert p.round == "2021-22" and p.is_empty  # fire round 2: not held, and said so
    assert any("2021/22 (round 2)" in n and "does not hold" in n for n in p.notes)


def test_a_third_inspection_without_the_covid_one_counted_is_still_round_three(catalog):
    text = "In its third inspection, Cornwall Fire and Rescue Service was rated good at preventing fire and risk."
    assert read_text(text, catalog).round == "2023-25"


def test_a_thematic_report_known_by_its_topic_in_the_address_says_so(catalog):
    text = "HMICFRS has found evidence of misconduct and misogyny across police forces in England and Wales."
    url = "https://news.example/2022/11/investigators-release-report-on-misconduct-and-misogyny-in-police-service"
    p = read_text(text, catalog, url=url)
    assert p.is_empty
    assert any("thematic inspection" in n for n in p.notes)
