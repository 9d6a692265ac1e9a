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
