"""Classes found reading the thirteenth gathering's development texts (issue 25). Sentences written for the
test, not corpus texts."""

from __future__ import annotations

from bot.reader.read import read_text


def test_a_grade_then_score_then_a_dash_names_the_areas_after_it(catalog):
    text = (
        "Norfolk Constabulary report\n\nThree areas of its work drew a 'good' score - responding to the public, "
        "managing offenders and investigating crime.\n"
    )
    found = {g.area: g.grade for g in read_text(text, catalog).grades}
    assert found == {"responding": "Good", "managing_offenders": "Good", "investigating": "Good"}


def test_the_top_rating_received_is_outstanding_but_a_top_grade_of_good_is_not(catalog):
    text = "Norfolk Constabulary news\n\nThe force received the top rating for recording crime data.\n"
    assert [(g.area, g.grade) for g in read_text(text, catalog).grades] == [("recording_data", "Outstanding")]
    text = "Norfolk Constabulary news\n\nIts highest grade was good, for recording crime data.\n"
    assert all(g.grade != "Outstanding" for g in read_text(text, catalog).grades)
