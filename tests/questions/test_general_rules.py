"""The general rules from issue #18's misses: a question about everyday life names no body; bodies outside
what's held here get who inspects them, never another body's grades; a body's strengths and weak spots
are its areas at a grade; rankings by the count of a grade name who is left out; 'I can't answer that yet'
says what the bot covers. Facts are from the shipped data in db/data/; after '!', a fact the answer must
NOT state."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.questions.answers import snapshot
from bot.questions.answers.rankings import rank_answer
from bot.questions.entities import GOOD_OR_BETTER, RI_OR_WORSE
from bot.questions.kinds import (
    AreaQuestion,
    BodyGradesQuestion,
    GradeQuestion,
    HistoryQuestion,
    OutOfScopeQuestion,
    RankQuestion,
    UnanswerableQuestion,
)
from bot.questions.parse import parse_question
from bot.slack.ask import ask
from bot.slack.blocks.help import CANT_ANSWER_EXAMPLES, COVERAGE
from tests.conftest import assert_valid_blocks

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def directory(seeded_template):
    from db.connection import open_db

    db = open_db(seeded_template)
    try:
        return snapshot(db).directory
    finally:
        db.close()


def _answer(db, text: str) -> str:
    msg = ask(db, text, now=NOW)
    assert_valid_blocks(msg)
    return msg["text"] + str(msg["blocks"])


def _check(blob: str, facts: list[str]) -> None:
    for fact in facts:
        if fact.startswith("!"):
            assert fact[1:] not in blob, fact
        else:
            assert fact in blob, fact


# ------------------------------------------------ not about inspections: what the bot covers, no body's card
OFF_TOPIC = [
    ("what's the weather like in manchester tomorrow", "Greater Manchester Police"),
    ("trains from kent to london", "Kent Police"),
    ("is the met gala on tv", "Metropolitan Police Service"),
    ("north wales holiday cottages", "North Wales Police"),
    ("good restaurants in manchester", "Greater Manchester Police"),  # 'good' alone is not a grade asked
    ("how did manchester united do", "Greater Manchester Police"),
    ("best culture events in london", "Police forces"),  # an area's plain word ('culture') alone
    ("fire in london tonight", "London Fire Brigade"),  # a kind word alone
    ("police jobs in kent", "Kent Police"),
    ("weather in wales", "Police forces in Wales"),  # a place alone
    ("who won the football", "Police"),
]


@pytest.mark.parametrize(("text", "not_named"), OFF_TOPIC, ids=[t for t, _ in OFF_TOPIC])
def test_everyday_questions_name_no_body_and_say_what_the_bot_covers(db, directory, text, not_named):
    assert isinstance(parse_question(text, directory), UnanswerableQuestion)
    blob = _answer(db, text)
    _check(blob, ["I can't answer that yet", COVERAGE, *CANT_ANSWER_EXAMPLES, "!" + not_named])


# ------------------------------------------------ ... while a place's name alone still asks about its body
STILL_INSPECTIONS = [
    ("how is manchester doing", GradeQuestion, {"name": "greater-manchester"}),
    ("kent?", GradeQuestion, {"name": "kent"}),
    ("tell me about the met", GradeQuestion, {"name": "metropolitan"}),
    ("is kent police good at responding to 999 calls in bad weather", AreaQuestion, {"name": "kent"}),
    ("how is the met doing on 999 calls this weekend", AreaQuestion, {"area": "responding"}),
    ("how does kent work with probation on managing offenders", AreaQuestion, {"area": "managing_offenders"}),
    ("kent police grades in the news this weekend", GradeQuestion, {"name": "kent"}),  # 'grades'
    ("north wales police", GradeQuestion, {"name": "north-wales"}),
    ("best police forces in the united kingdom", RankQuestion, {"best": True}),  # not a football club
    ("how is cleveland's improvement journey going", GradeQuestion, {"name": "cleveland"}),
    ("how far has kent come since 2021/22", HistoryQuestion, {"name": "kent"}),
]


@pytest.mark.parametrize(("text", "kind", "fields"), STILL_INSPECTIONS, ids=[t[0] for t in STILL_INSPECTIONS])
def test_questions_about_inspections_that_name_a_place_keep_working(directory, text, kind, fields):
    question = parse_question(text, directory)
    assert isinstance(question, kind), question
    for name, value in fields.items():
        assert getattr(question, name) == value, (name, question)


# ------------------------------------------------ outside what's held here: who inspects it, no other grades
OUTSIDE = [
    (
        "south wales fire and rescue service grades",
        "fire and rescue services in Wales",
        ["Chief Fire and Rescue Adviser", "!South Wales Police", "!🟩"],
    ),
    ("north wales fire", "fire and rescue services in Wales", ["!North Wales Police"]),
    ("mid and west wales fire and rescue", "fire and rescue services in Wales", ["!Dyfed-Powys"]),
    ("welsh fire services", "fire and rescue services in Wales", ["not HMICFRS"]),
    ("which fire services in wales are inadequate", "fire and rescue services in Wales", ["!Inadequate"]),
    (
        "is the scottish fire service good at prevention",  # an area doesn't bring it back into scope
        "Scotland",
        ["HMFSI", "!Fire and rescue services rated"],
    ),
    ("northern ireland fire service", "Northern Ireland", ["not inspected by HMICFRS"]),
    ("hmp manchester", "prisons", ["HM Inspectorate of Prisons", "!Greater Manchester Police"]),
    ("which prisons are inadequate", "prisons", ["HM Inspectorate of Prisons", "!Police forces rated"]),
    ("kent probation", "probation services", ["HM Inspectorate of Probation", "!Kent Police"]),
    ("youth offending team in essex", "youth justice services", ["HM Inspectorate of Probation", "!Essex"]),
    ("leicester magistrates court rating", "courts", ["HM Courts & Tribunals Service", "!Leicestershire"]),
    ("cps grades", "the Crown Prosecution Service", ["HMCPSI"]),
    (
        "british transport police grades",
        "British Transport Police",
        ["I hold inspection grades for police forces in England and Wales", "not recorded here"],
    ),
    ("mod police rating", "the Ministry of Defence Police", ["not recorded here"]),
    ("glasgow police rating", "Scotland", ["HMICS"]),  # a city, not a name the store knows
    ("belfast police", "Northern Ireland", ["Criminal Justice Inspection"]),
    ("cardiff fire service", "fire and rescue services in Wales", ["!South Wales Police"]),
    ("gwent fire and rescue", "fire and rescue services in Wales", ["!Kent Fire and Rescue Service"]),
]


@pytest.mark.parametrize(("text", "place", "facts"), OUTSIDE, ids=[t[0] for t in OUTSIDE])
def test_bodies_outside_get_who_inspects_them_never_another_bodys_grades(db, directory, text, place, facts):
    question = parse_question(text, directory)
    assert question == OutOfScopeQuestion(place)
    blob = _answer(db, text)
    _check(blob, ["England and Wales", "fire and rescue service in England", *facts])


# ------------------------------------------------ a body's strengths and weak spots: its areas at a grade
STRENGTHS = [
    (
        "what were north yorkshire police rated good at",
        GOOD_OR_BETTER,
        False,
        [
            "North Yorkshire Police was rated good or better in 5 of 9 areas",
            "Recording data about crime",
            "!Responding to the public",
        ],
    ),
    ("where did kent do well", GOOD_OR_BETTER, False, ["Kent Police was rated good or better"]),
    ("what is thames valley good at", GOOD_OR_BETTER, False, ["rated good or better in 1 of 8 areas"]),
    ("what are cambridgeshire's strengths", GOOD_OR_BETTER, False, ["Police powers and public treatment"]),
    ("is kent good at anything", GOOD_OR_BETTER, True, ["Yes: Kent Police was rated good or better"]),
    ("kent's weak spots", RI_OR_WORSE, False, ["Investigating crime: Requires improvement"]),
    ("what are surrey's weaknesses", RI_OR_WORSE, False, ["Responding to the public"]),
    ("what is essex bad at", RI_OR_WORSE, False, ["Essex Police was rated requires improvement or worse"]),
    ("what does surrey need to improve", RI_OR_WORSE, False, ["rated requires improvement or worse in 3"]),
    ("where is essex weakest", RI_OR_WORSE, False, ["Protecting vulnerable people"]),
    ("what's cleveland strong at", GOOD_OR_BETTER, False, ["Cleveland Police was rated good or better"]),
    (
        "what has kent fire got right",
        GOOD_OR_BETTER,
        False,
        ["Kent Fire and Rescue Service was rated good or better in 8 of 11 areas"],
    ),
    (
        "what went wrong at lincolnshire",
        RI_OR_WORSE,
        False,
        ["Responding to the public: Requires improvement"],
    ),
    ("what should cambs fire improve on", RI_OR_WORSE, False, ["requires improvement or worse"]),
]


@pytest.mark.parametrize(("text", "grades", "yes_no", "facts"), STRENGTHS, ids=[s[0] for s in STRENGTHS])
def test_strengths_and_weak_spots_are_the_bodys_areas_at_those_grades(
    db, directory, text, grades, yes_no, facts
):
    question = parse_question(text, directory)
    assert isinstance(question, BodyGradesQuestion), question
    assert (question.grades, question.yes_no) == (grades, yes_no)
    _check(_answer(db, text), facts)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("did kent do well", GradeQuestion),  # how it did, not which areas
        ("how good is thames valley at protecting vulnerable people", AreaQuestion),  # an area wins
        ("where did kent do well on investigating", AreaQuestion),
        ("where has kent improved", HistoryQuestion),  # improved since: every round
    ],
)
def test_doing_well_with_an_area_or_without_which_asks_how_the_body_did(directory, text, kind):
    assert isinstance(parse_question(text, directory), kind)


# ------------------------------------------------ rankings by the count of one grade
BY_COUNT = [
    (
        "which fire service got the most outstandings",
        {"by_grade": "Outstanding", "fewest": False, "kind": "fire"},
        [
            "Most outstanding grades: fire and rescue services",
            "1. *Lancashire Fire and Rescue Service* — 6 outstanding",
            "left out",
            "Tyne and Wear Fire and Rescue Service",  # no 2023–25 grades recorded: named as left out
        ],
    ),
    (
        "forces with the most inadequate grades",
        {"by_grade": "Inadequate", "fewest": False, "kind": "police"},
        ["1. *Lincolnshire Police* — 4 inadequate", "Kent Police"],
    ),
    (
        "fewest requires improvement",
        {"by_grade": "Requires improvement", "fewest": True},
        [
            "Fewest requires improvement grades: police forces",
            "— 0 requires improvement",
            "fewest first",
            "left out, with no 2023–25 report or its grades not recorded here: Kent Police",
        ],
    ),
    (
        "which forces have the fewest RIs",
        {"by_grade": "Requires improvement", "fewest": True},
        ["1 more also has 0 requires improvement"],
    ),
    ("fewest inadequate grades", {"by_grade": "Inadequate", "fewest": True}, ["more also have 0 inadequate"]),
    (
        "which welsh force has the most requires improvement grades",
        {"by_grade": "Requires improvement"},
        ["1. *Gwent Police* — 3 requires improvement", "North Wales Police"],
    ),
    (
        "which force has the highest number of outstanding grades",  # 'number of' is not 'how many' here
        {"by_grade": "Outstanding"},
        ["1. *Humberside Police* — 3 outstanding"],
    ),
    ("worst forces", {"by_grade": None, "best": False}, ["Worst police forces"]),
    ("top 3 forces by number of outstanding grades", {"by_grade": "Outstanding", "limit": 3}, ["3. *"]),
    (
        "rank fire services by inadequate grades",
        {"by_grade": "Inadequate", "kind": "fire"},
        ["Most inadequate"],
    ),
]


@pytest.mark.parametrize(("text", "fields", "facts"), BY_COUNT, ids=[b[0] for b in BY_COUNT])
def test_rankings_by_the_count_of_a_grade_name_who_is_left_out(db, directory, text, fields, facts):
    question = parse_question(text, directory)
    assert isinstance(question, RankQuestion), question
    for name, value in fields.items():
        assert getattr(question, name) == value, (name, question)
    _check(_answer(db, text), facts)


def test_fewest_of_a_grade_ranks_from_the_smallest_count_and_names_ties_past_the_limit(db):
    snap = snapshot(db)
    most = rank_answer(snap, RankQuestion(None, by_grade="Inadequate", limit=40))
    fewest = rank_answer(snap, RankQuestion(None, by_grade="Inadequate", fewest=True, limit=3))
    counts = [int(r.detail.removeprefix("at least ").split(" ", 1)[0]) for r in most.rows]
    assert counts == sorted(counts, reverse=True) and counts[0] > 0
    assert all(r.detail.startswith("0 inadequate") for r in fewest.rows)
    assert fewest.tied and fewest.tied_at == 0
    assert all(b not in [r.body for r in fewest.rows] for b in fewest.tied)
    # 'most': grades recorded with areas missing rank as a floor ('at least'); 'fewest' leaves them out,
    # since the missing grades could only add to the count
    floors = {r.body for r in most.rows if r.detail.startswith("at least")}
    assert floors and floors <= set(fewest.left_out)
    assert set(fewest.left_out) == set(most.left_out) | floors
    assert "counted as a floor ('at least')" in most.rule and "floor" not in fewest.rule


# ------------------------------------------------ 'I can't answer that yet' says what the bot covers
def test_cant_answer_says_what_the_bot_covers_with_three_questions_it_can(db):
    blob = _answer(db, "what colour is the sky")
    assert len(CANT_ANSWER_EXAMPLES) == 3
    _check(blob, ["I can't answer that yet", "police forces of England and Wales", "fire and rescue"])
    _check(blob, ["services of England", "PEEL", "Engage", *CANT_ANSWER_EXAMPLES])
