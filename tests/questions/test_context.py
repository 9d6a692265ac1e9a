"""Follow-ups keep what they leave out from the conversation's last question; a full question starts afresh."""

from __future__ import annotations

import pytest

from bot.questions.answers import snapshot
from bot.questions.context import follow
from bot.slack.ask import ask
from bot.slack.blocks.plain import to_plain_text


def conversation(db, *turns: str) -> list[str]:
    """Each turn as it stands alone, asked one after another in one conversation."""
    directory = snapshot(db).directory
    asked, previous = [], None
    for turn in turns:
        previous = follow(turn, directory, previous)
        asked.append(previous)
    return asked


def answer(db, question: str) -> str:
    return to_plain_text(ask(db, question, shareable=False))


def test_the_issues_conversation_after_grade_norfolk(db):
    _, area, older, other = conversation(
        db, "grade norfolk", "what about investigating crime?", "and in 2021/22?", "and suffolk?"
    )
    assert answer(db, area).startswith("Norfolk Constabulary: investigating crime")
    assert "2021–22" in answer(db, older) and answer(db, older).startswith(
        "Norfolk Constabulary: investigating"
    )
    suffolk = answer(db, other)
    assert suffolk.startswith("Suffolk Constabulary: investigating crime") and "Norfolk" not in suffolk


def test_a_comparison_then_an_area_is_the_two_side_by_side_on_it(db):
    _, on_area = conversation(db, "compare norfolk and suffolk", "on responding to the public")
    text = answer(db, on_area)
    assert "Norfolk Constabulary" in text and "Suffolk Constabulary" in text
    assert (
        text.startswith("Compared on responding to the public") and "investigating crime" not in text.lower()
    )


@pytest.mark.parametrize(
    ("first", "then", "expected"),
    [
        ("how did wiltshire do", "is it in engage?", "is Wiltshire Police in engage?"),
        ("grade kent", "how has it changed over time?", "how has Kent Police changed over time?"),
        ("what was published in august 2025", "and july?", "what was published in july 2025"),
        ("which forces are inadequate at responding to the public", "and in wales?", None),
    ],
)
def test_follow_ups_written_as_questions_that_stand_alone(db, first, then, expected):
    _, asked = conversation(db, first, then)
    if expected is not None:
        assert asked == expected
    else:
        assert "wales" in asked.lower() and "responding" in asked.lower()


@pytest.mark.parametrize(
    ("first", "then"),
    [
        ("grade kent", "how did cumbria do at managing offenders"),  # names everything: afresh
        ("grade kent", "which fire services are in engage"),
        ("grade kent", "help"),
        ("grade kent", "grade essex"),
    ],
)
def test_a_question_that_names_everything_starts_afresh(db, first, then):
    assert conversation(db, first, then)[1] == then


def test_short_rounds_and_plural_grades_are_understood_in_a_follow_up(db):
    _, _, older = conversation(db, "how did tvp do at investigating crime", "ok and the met", "in 21/22?")
    assert "2021" in older and "metropolitan" in older.lower()
    _, most = conversation(
        db, "which fire services got the most inadequate grades", "and the most outstandings?"
    )
    assert "outstanding" in most.lower() and "fire" in most.lower()


def test_a_follow_up_with_no_conversation_is_just_the_question(db):
    assert conversation(db, "what about investigating crime?") == ["what about investigating crime?"]


def test_an_area_whose_label_names_an_older_round_still_follows_on(db):
    _, asked = conversation(db, "grade durham", "what about leadership?")
    assert answer(db, asked).startswith("Durham Constabulary: leadership and force management")


def test_that_after_a_body_and_area_is_the_area_when_the_question_names_a_group(db):
    _, _, group = conversation(
        db, "grade durham", "what about leadership?", "which of the welsh forces are good at that"
    )
    text = answer(db, group)
    assert "leadership and force management" in text.lower() and "Durham" not in text
