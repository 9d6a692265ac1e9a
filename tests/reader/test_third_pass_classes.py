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
