"""Classes found in the nineteenth gathering's development texts (issue 25). Sentences written for the test,
not corpus texts."""

from __future__ import annotations

from bot.reader.read import read_text


def test_an_undated_text_is_placed_by_an_area_name_only_one_round_uses_even_ungraded(catalog):
    # 'leadership and force management' is named only by PEEL 2023-25; it is not graded here, but it places
    # the text, whose own grades ('investigating crime', 'preventing crime') both rounds grade
    text = (
        "Lancashire Constabulary has been assessed as 'inadequate' at investigating crime, inspectors said. "
        "The commissioner said the report found the force good at preventing crime, while it still has work to "
        "do on leadership and force management."
    )
    found = read_text(text, catalog)
    assert found.round == "2023-25"
    assert ("investigating", "Inadequate") in {(g.area, g.grade) for g in found.grades}


def test_a_fire_text_is_never_placed_by_area_names_when_one_fire_round_is_known(catalog):
    # the store knows one fire round only: its area names can't tell a 2018/19 story from a 2023-25 one
    text = (
        "Inspectors said Essex County Fire and Rescue Service requires improvement at preventing fires and "
        "other risks, and that promoting the right values and culture was a strength."
    )
    found = read_text(text, catalog)
    assert found.round is None
    assert any("No round" in n for n in found.notes)


def test_an_aside_between_the_verb_and_the_grade_keeps_the_grade(catalog):
    text = (
        "Inspectors said Kent Fire and Rescue Service was, however, good at responding to major incidents and "
        "managing performance and developing leaders."
    )
    found = {(g.area, g.grade) for g in read_text(text, catalog).grades}
    assert ("major_incidents", "Good") in found
    assert ("managing_performance", "Good") in found
