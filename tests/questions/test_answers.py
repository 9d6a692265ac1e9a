"""Questions in plain words -> answers with the right facts, checked against the shipped data."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from slack_sdk.models.blocks import Block

from bot.slack.ask import ask
from bot.slack.blocks.help import CANT_ANSWER_EXAMPLES, QUESTION_EXAMPLES
from bot.slack.blocks.lists import line_sections
from bot.slack.blocks.plain import to_plain_text
from tests.conftest import assert_valid_blocks

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)

# question -> facts the answer must state (and, after '!', facts it must not)
CASES = [
    ("grade cambs", ["Cambridgeshire Constabulary: PEEL 2023–25", "12 March 2024", "Outstanding"]),
    ("how did Thames Valley do", ["Thames Valley Police: PEEL 2023–25", "6 December 2023"]),
    ("Kent's grades in 2021/22", ["Kent Police: PEEL 2021–22", "28 April 2022"]),
    ("how did kent do last time", ["Kent Police: PEEL 2025–27"]),  # a question of its own: the latest
    ("how did kent do in the previous round", ["Kent Police: PEEL 2023–25"]),
    (
        "which forces are inadequate at responding to the public?",
        [
            "5 of the 43 police forces",
            "Cambridgeshire Constabulary",
            "Devon and Cornwall Police",
            "Suffolk Constabulary",
            "Surrey Police",
            "Warwickshire Police",
            "For responding to the public, 5 police forces' grades are not recorded here",
            "!Essex Police —",
        ],
    ),
    (
        "who is outstanding for police powers",
        ["1 of the 43 police forces is rated outstanding", "Cambridgeshire"],
    ),
    (
        "forces rated requires improvement or worse for investigating crime",
        [
            "20 of the 43",
            "Metropolitan Police Service — Inadequate",
            "Thames Valley Police — Requires improvement",
        ],
    ),
    (
        "good or better at protecting vulnerable people in Wales",
        # Dyfed-Powys's grade is not recorded, but its count statement (6 adequate, 2 RI) rules it out
        [
            "None of the 4 police forces in Wales",
            "1 more has its grade for protecting vulnerable people not recorded",
        ],
    ),
    (
        "compare norfolk, suffolk and essex",
        [
            "Norfolk Constabulary",
            "Suffolk Constabulary",
            "Essex Police",
            "Recording data about crime",
            "23 September 2024",
        ],
    ),
    (
        "best forces for investigating crime",
        ["1. Cumbria Constabulary — Good", "Ranked by the grade for investigating crime"],
    ),
    ("worst performing forces", ["1. Lincolnshire Police", "Ranked by the average grade", "count statement"]),
    (
        "what was published this month",
        ["November 2026", "The newest is Kent Police's, published 9 April 2026"],
    ),
    ("latest 5 reports", ["9 April 2026 — Kent Police", "14 August 2025", "!24 July 2025"]),
    (
        "reports since 1 June 2025",
        ["10 June 2025 — Warwickshire Police", "27 June 2025 — Gwent Police", "!14 May 2025"],
    ),
    (
        "how has West Midlands done over time",
        [
            "West Midlands Police: every inspection round",
            "PEEL 2021–22",
            "PEEL 2023–25",
            "not directly comparable",
            "3 inadequate",
        ],
    ),
    ("what does adequate mean", ["some of the characteristics of good performance", "Adequate ◀"]),
    ("what areas are graded", ["PEEL 2023–25", "Responding to the public", "Recording data about crime"]),
    (
        "what areas are graded for fire services",
        ["Preventing fires and other risks", "Fire and rescue inspection 2023–25"],
    ),
    ("how many forces are inadequate at anything", ["12 of the 43 police forces", "Lincolnshire Police"]),
    ("how many outstanding grades in 2023–25", ["At least 17 outstanding grades", "count statement"]),
    (
        "fire services inadequate at preventing fires",
        [
            "2 of the 44 fire and rescue services",
            "Avon Fire and Rescue Service",
            "Hertfordshire Fire and Rescue Service",
        ],
    ),
    ("top 3 fire services", ["1. Lancashire Fire and Rescue Service", "6 outstanding, 5 good"]),
    ("west", ["Did you mean", "West Midlands Police", "West Mercia Police"]),
    ("what's the weather like", ["I can't answer that yet", *CANT_ANSWER_EXAMPLES]),
    ("how many forces are there in wales", ["4 police forces in Wales", "Gwent Police"]),
    ("how many forces are there", ["43 police forces"]),
    ("compare norfolk and sufolk", ["Compared: Norfolk Constabulary, Suffolk Constabulary"]),
    ("how many reports were published in 2025", ["29 inspection reports published in 2025"]),
    ("which forces in London are inadequate at investigating", ["Metropolitan Police Service", "1 of the 2"]),
    ("who is RI or worse at 999 calls in the North West", ["police forces in North West", "!Cambridgeshire"]),
    ("what does RI mean", ["Requires improvement ◀"]),
    ("help", ["/inspections <question>", "compare norfolk, suffolk and essex"]),
    ("history west-midlands", ["West Midlands Police: every inspection round"]),
    ("compare norfolk, suffolk", ["Compared: Norfolk Constabulary, Suffolk Constabulary"]),
    ("<!channel> who are you <@U123>", ["who are you", "!<!channel>", "!<@U123>"]),
]


def _text(msg: dict) -> str:
    return msg["text"] + str(msg["blocks"])


@pytest.mark.parametrize(("question", "facts"), CASES, ids=[c[0][:50] for c in CASES])
def test_answers_state_the_facts(db, question, facts):
    msg = ask(db, question, now=NOW)
    assert_valid_blocks(msg)
    raw, plain = _text(msg), to_plain_text(msg)
    for fact in facts:
        if fact.startswith("!<"):  # Slack markup must never appear unescaped in what is sent
            assert fact[1:] not in raw, fact
        elif fact.startswith("!"):
            assert fact[1:] not in plain, fact
        else:
            assert fact in plain or fact in raw, fact


def _latest_peel_grades(db, grade: str, area: str) -> set[str]:
    """Forces whose latest PEEL report records `grade` for `area`, straight from SQL."""
    rows = db.execute(
        "SELECT b.name FROM bodies b JOIN reports r ON r.body_id = b.id AND r.framework = 'peel' "
        "JOIN grades g ON g.report_id = r.id AND g.area = ? AND g.grade = ? "
        "WHERE r.round = (SELECT max(round) FROM reports WHERE body_id = b.id AND framework = 'peel')",
        [area, grade],
    ).fetchall()
    return {r[0] for r in rows}


AREA_QUESTIONS = {
    "responding": "responding to the public",
    "investigating": "investigating crime",
    "protecting_vulnerable": "protecting vulnerable people",
    "managing_offenders": "managing offenders",
    "police_powers": "police powers",
    "preventing_crime": "preventing crime",
    "workforce": "the workforce",
    "leadership": "leadership",
}


@pytest.mark.parametrize("grade", ["Inadequate", "Outstanding", "Good"])
@pytest.mark.parametrize("area", list(AREA_QUESTIONS))
def test_filter_lists_exactly_the_forces_the_data_grades_so(db, grade, area):
    expected = _latest_peel_grades(db, grade, area)
    msg = ask(db, f"which forces are {grade.lower()} at {AREA_QUESTIONS[area]}?", now=NOW)
    assert_valid_blocks(msg)
    listed = {
        line.split("*")[1]
        for b in msg["blocks"]
        if b["type"] == "section"
        for line in b["text"]["text"].split("\n")
        if line.startswith("• *")
    }
    assert listed == expected
    assert f"*{len(expected)} of the 43 police forces*" in str(msg["blocks"]) or not expected


def test_inadequate_responding_in_2023_25_counts_cambridgeshire_and_devon(db):
    expected = {
        r[0]
        for r in db.execute(
            "SELECT b.name FROM grades g JOIN reports r ON r.id = g.report_id JOIN bodies b ON b.id = r.body_id "
            "WHERE r.round = '2023-25' AND g.area = 'responding' AND g.grade = 'Inadequate'"
        )
    }
    assert {"Cambridgeshire Constabulary", "Devon and Cornwall Police"} <= expected
    msg = ask(db, "which forces were inadequate at responding to the public in 2023-25", now=NOW)
    text = str(msg["blocks"])
    assert f"*{len(expected)} of the 43 police forces*" in text
    assert all(name in text for name in expected)
    assert "PEEL 2023–25 report" in text


@pytest.mark.parametrize(
    "body_id", ["cambridgeshire", "norfolk", "suffolk", "essex", "surrey", "durham", "cumbria"]
)
def test_one_force_question_shows_every_recorded_grade(db, body_id):
    name, latest = db.execute(
        "SELECT b.name, max(r.round) FROM bodies b JOIN reports r ON r.body_id = b.id WHERE b.id = ?",
        [body_id],
    ).fetchone()
    grades = db.execute(
        "SELECT a.name, g.grade FROM grades g JOIN reports r ON r.id = g.report_id "
        "JOIN areas a ON a.framework = r.framework AND a.round = r.round AND a.area = g.area "
        "WHERE r.body_id = ? AND r.round = ?",
        [body_id, latest],
    ).fetchall()
    msg = ask(db, f"how did {name} do", now=NOW)
    text = str(msg["blocks"])
    for area, grade in grades:
        assert f"*{area}*" in text and grade in text


@pytest.mark.parametrize(
    "example", [q for _, questions in QUESTION_EXAMPLES for q in questions] + list(CANT_ANSWER_EXAMPLES)
)
def test_every_advertised_example_gets_a_real_answer(db, example):
    msg = ask(db, example, now=NOW)
    assert_valid_blocks(msg)
    assert "can't answer" not in msg["text"] and "Did you mean" not in msg["text"]


@pytest.mark.parametrize("question", [c[0] for c in CASES])
def test_share_value_round_trips_through_ask(db, question):
    msg = ask(db, question, now=NOW)
    share = [b for b in msg["blocks"] if b.get("block_id") == "share"]
    if not share:
        return
    value = share[0]["elements"][0]["value"]
    again = ask(db, value, shareable=False, now=NOW)

    # a repaired question shares the text as read, which is then read as typed: no 'Read as' line again
    def shown(blocks):
        return [b for b in blocks if b.get("block_id") != "share" and "Read as:" not in str(b)]

    assert shown(again["blocks"]) == shown(msg["blocks"])


def test_long_lists_stay_within_block_kit_limits(db):
    msg = ask(db, "how did fire services do at responding to fires", now=NOW)
    assert_valid_blocks(msg)
    msg = ask(db, "reports since 2020", now=NOW)
    assert_valid_blocks(msg)
    blocks = line_sections([f"• line {i} " + "x" * 200 for i in range(2000)])
    assert len(blocks) <= 21 and "and" in blocks[-1]["elements"][0]["text"]
    for block in blocks:
        Block.parse(block).validate_json()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.text(max_size=120)
    | st.sampled_from(["<!channel>", "<@U123> grade kent", "<!here|here> worst", "&lt;"])
)
def test_any_text_gets_a_valid_reply_with_no_live_mention(db, text):
    msg = ask(db, text, now=NOW)
    assert_valid_blocks(msg)
    blob = msg["text"] + str(msg["blocks"])
    assert "<!" not in blob and "<@" not in blob and "<#" not in blob
