"""Text -> typed question: what people type, and what the bot understands it to ask."""

from __future__ import annotations

import pytest

from bot.questions.answers import snapshot
from bot.questions.areas import find_area
from bot.questions.kinds import (
    BodyCountQuestion,
    CompareQuestion,
    DefinitionQuestion,
    FilterQuestion,
    GradeCountQuestion,
    GradeQuestion,
    HelpQuestion,
    HistoryQuestion,
    RankQuestion,
    RecentQuestion,
    UsageError,
)
from bot.questions.parse import extract_round, parse_grade, parse_question
from bot.questions.words import find_grades, find_place

RI_OR_WORSE = ("Requires improvement", "Inadequate")
GOOD_OR_BETTER = ("Outstanding", "Good")


@pytest.fixture
def directory(db):
    return snapshot(db).directory


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("help", HelpQuestion("inspections")),
        ("", HelpQuestion("inspections")),
        ("grade cambs", GradeQuestion("cambs")),
        ("how did Thames Valley do", GradeQuestion("thames-valley")),
        ("Kent's grades in 2021/22", GradeQuestion("kent", "2021-22")),
        ("how did kent do last time", GradeQuestion("kent", None)),  # a question of its own: the latest
        ("how did kent do in the previous round", GradeQuestion("kent", "previous")),
        (
            "which forces are inadequate at responding to the public?",
            FilterQuestion("responding", ("Inadequate",)),
        ),
        ("who is outstanding for police powers", FilterQuestion("police_powers", ("Outstanding",))),
        (
            "forces rated requires improvement or worse for investigating crime",
            FilterQuestion("investigating", RI_OR_WORSE),
        ),
        ("forces rated RI for 999 calls", FilterQuestion("responding", ("Requires improvement",))),
        (
            "which forces need improvement on stop and search",
            FilterQuestion("police_powers", ("Requires improvement",)),
        ),
        (
            "which forces are at least good at safeguarding",
            FilterQuestion("protecting_vulnerable", GOOD_OR_BETTER),
        ),
        ("forces below adequate for sex offenders", FilterQuestion("managing_offenders", RI_OR_WORSE)),
        ("which forces are inadequate at crime recording", FilterQuestion("recording_data", ("Inadequate",))),
        ("which forces are good at ASB", FilterQuestion("preventing_crime", ("Good",))),
        ("who is outstanding for wellbeing", FilterQuestion("workforce", ("Outstanding",))),
        ("which forces are inadequate at value for money", FilterQuestion("leadership", ("Inadequate",))),
        (
            "which forces are inadequate at responding in 2021-22",
            FilterQuestion("responding", ("Inadequate",), round="2021-22"),
        ),
        (
            "fire services inadequate at preventing fires",
            FilterQuestion("preventing_fire", ("Inadequate",), "fire"),
        ),
        ("which fire services are good at culture", FilterQuestion("values_culture", ("Good",), "fire")),
        ("how many forces are inadequate at anything", FilterQuestion(None, ("Inadequate",), count=True)),
        ("how many outstanding grades in 2023–25", GradeCountQuestion(("Outstanding",), round="2023-25")),
        ("how many forces are there", BodyCountQuestion("police")),
        ("compare norfolk, suffolk and essex", CompareQuestion(("norfolk", "suffolk", "essex"))),
        ("norfolk vs suffolk", CompareQuestion(("norfolk", "suffolk"))),
        (
            "compare devon and cornwall and avon and somerset",
            CompareQuestion(("devon-and-cornwall", "avon-and-somerset")),
        ),
        ("how has West Midlands done over time", HistoryQuestion("west-midlands")),
        ("best forces for investigating crime", RankQuestion("investigating")),
        ("worst performing forces", RankQuestion(None, best=False)),
        ("top 3 fire services", RankQuestion(None, limit=3, kind="fire")),
        ("latest 5 reports", RecentQuestion(limit=5)),
        ("what was published this month", RecentQuestion(period="this_month")),
        ("reports since 1 June 2025", RecentQuestion(since="2025-06-01")),
        ("reports published in March 2024", RecentQuestion(since="2024-03", until="2024-03-31")),
        (
            "how many reports were published in 2025",
            RecentQuestion(since="2025", until="2025-12-31", count=True),
        ),
        ("what does adequate mean", DefinitionQuestion("grade", grade="Adequate")),
        ("what does RI mean", DefinitionQuestion("grade", grade="Requires improvement")),
        ("what areas are graded", DefinitionQuestion("areas")),
        ("what is police powers", DefinitionQuestion("area", area="police_powers")),
    ],
)
def test_questions_parse_to_what_was_asked(directory, text, expected):
    assert parse_question(text, directory) == expected


@pytest.mark.parametrize(
    ("text", "region_or_country"),
    [
        ("good or better at protecting vulnerable people in Wales", "Wales"),
        ("which forces in the North West are inadequate", "North West"),
        ("which Eastern forces are good at investigating", "East of England"),
        ("which forces in London are inadequate at anything", "London"),
        ("which forces in the West Midlands are inadequate at responding", "West Midlands"),
    ],
)
def test_places_narrow_filters(directory, text, region_or_country):
    question = parse_question(text, directory)
    assert isinstance(question, FilterQuestion)
    assert question.place is not None and question.place.label == region_or_country


def test_too_long_a_question_is_a_usage_error(directory):
    with pytest.raises(UsageError):
        parse_question("kent " * 100, directory)


@pytest.mark.parametrize(
    ("text", "grades"),
    [
        ("good or better", GOOD_OR_BETTER),
        ("at least adequate", ("Outstanding", "Good", "Adequate")),
        ("requires improvement or worse", RI_OR_WORSE),
        ("below good", ("Adequate", *RI_OR_WORSE)),
        ("needs improvement", ("Requires improvement",)),
        ("inadequate", ("Inadequate",)),
    ],
)
def test_grade_words(text, grades):
    assert find_grades(text)[0] == grades


@pytest.mark.parametrize(
    ("text", "kind", "area"),
    [
        ("101 calls", "police", "responding"),
        ("call handling", "police", "responding"),
        ("rsos", "police", "managing_offenders"),
        ("use of force", "police", "police_powers"),
        ("domestic abuse", "police", "protecting_vulnerable"),
        ("cdi", "police", "recording_data"),
        ("finances", "police", "leadership"),
        ("responding to fires", "fire", "responding_fires"),
        ("diversity", "fire", "fairness_diversity"),
    ],
)
def test_area_synonyms(text, kind, area):
    concept, _ = find_area(text, kind)
    assert concept is not None and concept.key == area


def test_north_wales_is_not_the_north():
    place, _ = find_place("in the north")
    assert place is not None and "North West" in place.regions


def test_grade_parsing_still_works():
    assert parse_grade("kent 2021/22") == GradeQuestion("kent", "2021-22")
    assert extract_round("essex 2023–25") == ("essex", "2023-25")
