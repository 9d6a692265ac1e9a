"""Classes found in the fourteenth gathering's development texts (issue 25). Sentences written for the test,
not corpus texts."""

from __future__ import annotations

from bot.reader.dates import published_date
from bot.reader.read import read_text


def test_a_previous_inspection_between_rounds_gives_the_next_round_the_text_allows(catalog):
    # 2020/21 falls between fire rounds 1 and 2; 'adequate' as a grade rules round 2 out: round 3
    text = (
        "His Majesty's Inspectorate of Constabulary and Fire & Rescue Services said Dorset and Wiltshire Fire "
        "and Rescue Service required improvement in five of 11 areas and was rated adequate in six areas, "
        "including its response to fires and other emergencies. Inspectors were disappointed that issues "
        "raised in a previous inspection during 2020/21 remained."
    )
    found = read_text(text, catalog)
    assert found.round == "2023-25"
    assert found.body == "dorset-and-wiltshire-fire-and-rescue-service"
    assert ("responding_fires", "Adequate") in {(g.area, g.grade) for g in found.grades}


def test_without_the_five_point_scale_a_year_between_rounds_is_followed_by_the_next_round(catalog):
    # nothing rules fire round 2 out, so a previous inspection in 2020/21 makes this round 2, which the store
    # does not hold: nothing proposed, and the round named
    text = (
        "Dorset and Wiltshire Fire and Rescue Service requires improvement, as inspectors found in a previous "
        "inspection during 2020/21."
    )
    found = read_text(text, catalog)
    assert found.round == "2021-22"
    assert not found.grades


def test_a_report_published_yesterday_is_dated_the_day_before_the_story():
    text = "Posted on 16th January 2020\n\nThe latest report, published yesterday, says the service improved."
    assert published_date(text) == "2020-01-15"


def test_a_story_leading_with_the_latest_inspection_carries_the_reports_date():
    text = (
        "Improvement needed in response to the public\n\nGwent Police needs to improve, according to the latest "
        "inspection by HMICFRS.\n\nMay 24, 2024\nBy A Reporter\n\nThe force was told to answer calls faster."
    )
    assert published_date(text) == "2024-05-24"
    assert (
        published_date(text.replace("according to the latest inspection by HMICFRS", "a councillor said"))
        is None
    )
