"""Classes found reading heldout6's misses after it was scored (issue 25): each a rule a careful reader uses.
Sentences written for the test, not corpus texts."""

from __future__ import annotations

import pytest

from bot.reader.counts import grade_counts
from bot.reader.read import read_text


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("It was rated good in five areas, while the other six were rated adequate.", {"Good": 5, "Adequate": 6}),
        ("It was rated good in five areas and requiring improvement in another six.",
         {"Good": 5, "Requires improvement": 6}),
        ("It received an 'adequate' grade for seven areas and 'requires improvement' for four.",
         {"Adequate": 7, "Requires improvement": 4}),
        # the rest of a count already given is no count of its own
        ("It was outstanding in three areas; the other two 'outstanding' ratings went to a neighbour.",
         {"Outstanding": 3}),
    ],
)  # fmt: skip
def test_counts_read_the_remainder_and_the_grade_noun(sentence, counts):
    found = grade_counts(sentence.lower())
    assert found is not None and dict(found.by_grade) == counts


def test_told_to_improve_in_some_areas_is_not_the_number_graded():
    found = grade_counts("told to improve in six areas. it was good in five areas.")
    assert found is not None and found.total is None


def test_an_undated_story_whose_counts_are_one_stored_reports_takes_its_round(catalog):
    text = (
        "West Sussex Fire and Rescue Service was inspected by the inspectorate, which rated the service good in "
        "five areas, including preventing fires, while the other six were rated adequate."
    )
    p = read_text(text, catalog)
    assert p.body == "west-sussex-fire-and-rescue-service"
    assert p.round == "2023-25"
    assert {g.area: g.grade for g in p.grades} == {"preventing_fire": "Good"}


def test_counts_the_store_contradicts_decide_no_round(catalog):
    text = (
        "West Sussex Fire and Rescue Service was inspected by the inspectorate, which rated the service good in "
        "three areas, including preventing fires, while the other eight were rated requires improvement."
    )
    assert read_text(text, catalog).round is None


CARRIED = (
    "Cumbria Fire and Rescue Service was found to be good at understanding the risk of fire and other "
    "emergencies. It also earned this rating for how it responds to major and multi-agency incidents."
)


def test_this_rating_earned_for_more_areas_carries_the_last_sentences_grade(catalog):
    grades = {g.area: g.grade for g in read_text(CARRIED, catalog).grades}
    assert grades == {"understanding_risk": "Good", "major_incidents": "Good"}


def test_areas_that_need_improving_after_a_count_of_them_require_improvement(catalog):
    text = (
        "The inspectorate rated Cumbria Fire and Rescue Service good in five areas and requiring improvement in "
        "another six. The chief said work had started. Areas that need to be improved include preventing fires "
        "and making best use of resources."
    )
    grades = {g.area: g.grade for g in read_text(text, catalog).grades}
    assert grades == {
        "preventing_fire": "Requires improvement",
        "best_use_of_resources": "Requires improvement",
    }


def test_areas_to_improve_with_no_count_of_them_state_no_grade(catalog):
    text = (
        "The inspectorate published its report on Cumbria Fire and Rescue Service. Areas that need to be "
        "improved include preventing fires and making best use of resources."
    )
    assert not read_text(text, catalog).grades


def test_old_pillar_grades_in_a_list_make_a_numbered_round_with_the_old_name_unsaveable(catalog):
    text = (
        "Her Majesty's Inspectorate of Constabulary and Fire & Rescue Services judged Merseyside Fire and Rescue "
        "Service as:\n- Good at effectively keeping people safe and secure from fire and other risks\n"
        "- Outstanding at efficiently keeping people safe and secure from fire and other risks\n"
        "It was rated outstanding at preventing fires. This is the third time HMICFRS has inspected the service."
    )
    p = read_text(text, catalog)
    assert p.round is None and not p.grades
    assert "2021/22 (round 2)" in " ".join(p.notes)


def test_an_area_typed_with_a_slip_in_a_list_is_that_area(catalog):
    text = (
        "His Majesty's Inspectorate published its PEEL 2023-25 report on Northamptonshire Police.\n"
        "- Preventing crime - adequate\n- Developing a positive workspace - adequate\n"
    )
    grades = {g.area: g.grade for g in read_text(text, catalog).grades}
    assert grades == {"preventing_crime": "Adequate", "workforce": "Adequate"}


def test_a_label_far_from_every_area_stays_unmatched(catalog):
    text = (
        "His Majesty's Inspectorate published its PEEL 2023-25 report on Northamptonshire Police.\n"
        "- Preventing crime - adequate\n- Developing a negative attitude - adequate\n"
    )
    p = read_text(text, catalog)
    assert {g.area for g in p.grades} == {"preventing_crime"}


def test_considered_a_grade_in_an_area_states_it(catalog):
    text = (
        "His Majesty's Inspectorate published its 2023-25 report on Isles of Scilly Fire and Rescue Service. "
        "The service is considered adequate in preventing fires and other risks."
    )
    grades = {g.area: g.grade for g in read_text(text, catalog).grades}
    assert grades == {"preventing_fire": "Adequate"}
