"""Phrasings people type, each with the question it must be understood as and the facts the answer must
state (from the shipped data in db/data/). After '!', a fact the answer must NOT state.

Covers issue #11: one body and one area (yes/no leads, the latest report that graded it), a body's areas at
a grade, a named body winning over place, kind and 'grades' words, several bodies on one area, enhanced
monitoring, movement between rounds, rankings of like with like, bodies outside England and Wales, grade
phrases ('need to improve') and places ('welsh'), follow-ups that keep the question, and 'can't answer'.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.questions.answers import snapshot
from bot.questions.entities import GOOD_OR_BETTER, RI_OR_WORSE
from bot.questions.kinds import (
    AreaQuestion,
    BodyGradesQuestion,
    CompareQuestion,
    DefinitionQuestion,
    FilterQuestion,
    GradeQuestion,
    MonitoringQuestion,
    MovementQuestion,
    OutOfScopeQuestion,
    RankQuestion,
    RecentQuestion,
    UnanswerableQuestion,
)
from bot.questions.parse import parse_question
from bot.slack.ask import ask
from bot.slack.ids import FULL_CARD_ACTION, PICK_BODY_ACTION
from tests.conftest import assert_valid_blocks

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
CAVEAT = "not directly comparable"

# (what people type, the kind of question and the fields it must have, facts in the answer)
PHRASINGS = [
    # ------------------------------------------------ one body, one area
    (
        "is thames valley any good at safeguarding",
        (AreaQuestion, {"name": "thames-valley", "area": "protecting_vulnerable", "test": GOOD_OR_BETTER}),
        [
            "No: Thames Valley Police is rated Inadequate for protecting vulnerable people "
            "(PEEL 2023–25, published 6 December 2023)",
            "Source for this grade",
            "Full card",
            "!Police forces rated good",
        ],
    ),
    (
        "how is the met doing on 999 calls",
        (AreaQuestion, {"name": "metropolitan", "area": "responding", "test": ()}),
        ["rated Requires improvement for responding to the public", "up from Inadequate in 2021–22", CAVEAT],
    ),
    (
        "did cambridgeshire do well at managing offenders",
        (AreaQuestion, {"name": "cambridgeshire", "area": "managing_offenders", "test": GOOD_OR_BETTER}),
        [
            "No: Cambridgeshire Constabulary is rated Inadequate for managing offenders and suspects",
            "!Investigating",
        ],
    ),
    (
        "is kent good at investigating crime",
        (AreaQuestion, {"name": "kent", "area": "investigating"}),
        [
            "I can't say: the grade Kent Police got for investigating crime in PEEL 2023–25",
            "The most recent grade recorded is Requires improvement (PEEL 2021–22",
            "Its latest report (PEEL 2025–27, published 9 April 2026) did not grade investigating crime",
            "is not recorded here",
            "the most recent report that did: PEEL 2021–22",
        ],
    ),
    (
        "is the met still inadequate at investigating",
        (AreaQuestion, {"name": "metropolitan", "area": "investigating", "test": ("Inadequate",)}),
        ["Yes: Metropolitan Police Service is rated Inadequate for investigating crime"],
    ),
    (
        "is lancashire outstanding at preventing crime",
        (AreaQuestion, {"name": "lancashire", "area": "preventing_crime", "test": ("Outstanding",)}),
        ["Yes: Lancashire Constabulary is rated Outstanding for preventing crime and antisocial behaviour"],
    ),
    (
        "how are essex police doing with 999 calls",
        (AreaQuestion, {"name": "essex", "area": "responding"}),
        ["Essex Police is rated Adequate for responding to the public (PEEL 2023–25, published 14 May 2025)"],
    ),
    (
        "what did surrey get for responding to the public",
        (AreaQuestion, {"name": "surrey", "area": "responding"}),
        ["Surrey Police is rated Inadequate for responding to the public"],
    ),
    (
        "rating for cumbria on investigating crime",
        (AreaQuestion, {"name": "cumbria", "area": "investigating"}),
        ["Cumbria Constabulary is rated Good for investigating crime"],
    ),
    (
        "suffolk police 999 calls",
        (AreaQuestion, {"name": "suffolk", "area": "responding"}),
        ["Suffolk Constabulary is rated Inadequate for responding to the public"],
    ),
    (
        "avon and somerset stop and search",
        (AreaQuestion, {"name": "avon-and-somerset", "area": "police_powers"}),
        ["Avon and Somerset Constabulary is rated Good for police powers and public treatment"],
    ),
    (
        "how good is thames valley at protecting vulnerable people",
        (AreaQuestion, {"name": "thames-valley", "test": ()}),
        ["Thames Valley Police is rated Inadequate", "!No:"],
    ),
    (
        "what grade did west yorkshire get for leadership",
        (AreaQuestion, {"name": "west-yorkshire", "area": "leadership"}),
        ["is not recorded here", "The most recent grade recorded is Outstanding (PEEL 2021–22"],
    ),
    (
        "north wales police 999",
        (AreaQuestion, {"name": "north-wales", "area": "responding"}),
        [
            "I can't answer: no grade for responding to the public is recorded here for North Wales Police",
            "!Police forces in Wales",
        ],
    ),
    (
        "essex fire and rescue responding",
        (AreaQuestion, {"name": "essex-county-fire-and-rescue-service", "area": "responding_fires"}),
        ["Essex County Fire and Rescue Service is rated Requires improvement for responding to fires"],
    ),
    (
        "is cambridgeshire outstanding at stop and search",
        (AreaQuestion, {"name": "cambridgeshire", "area": "police_powers", "test": ("Outstanding",)}),
        ["Yes: Cambridgeshire Constabulary is rated Outstanding for police powers and public treatment"],
    ),
    # ------------------------------------------------ one body, one grade
    (
        "which areas did cambridgeshire get inadequate in",
        (BodyGradesQuestion, {"name": "cambridgeshire", "grades": ("Inadequate",)}),
        [
            "Cambridgeshire Constabulary was rated inadequate in 2 of 8 areas",
            "Responding to the public",
            "Managing offenders and suspects",
            "!Police powers and public treatment",
        ],
    ),
    (
        "which areas was thames valley rated requires improvement in",
        (BodyGradesQuestion, {"name": "thames-valley", "grades": ("Requires improvement",)}),
        ["rated requires improvement in 4 of 8 areas", "Investigating crime"],
    ),
    (
        "did cambridgeshire get any outstanding grades",
        (BodyGradesQuestion, {"name": "cambridgeshire", "grades": ("Outstanding",), "yes_no": True}),
        ["Yes: Cambridgeshire Constabulary was rated outstanding in 1 of 8 areas", "Police powers"],
    ),
    (
        "which areas does the met need to improve",
        (BodyGradesQuestion, {"name": "metropolitan", "grades": RI_OR_WORSE}),
        ["rated requires improvement or worse in 7 of 8 areas"],
    ),
    (
        "where does kent need to improve",
        (BodyGradesQuestion, {"name": "kent", "grades": RI_OR_WORSE}),
        ["The most recent fuller report, PEEL 2021–22", "Investigating crime: Requires improvement"],
    ),
    # ------------------------------------------------ a named body wins
    (
        "what grades did lancashire get",
        (GradeQuestion, {"name": "lancashire"}),
        ["Lancashire Constabulary: PEEL 2023–25", "!HMICFRS's grades"],
    ),
    (
        "hampshire fire and rescue",
        (GradeQuestion, {"name": "hampshire-and-isle-of-wight-fire-and-rescue-service"}),
        ["Hampshire and Isle of Wight Fire and Rescue Service", "!Constabulary"],
    ),
    (
        "hampshire fire",
        (GradeQuestion, {"name": "hampshire-and-isle-of-wight-fire-and-rescue-service"}),
        ["Hampshire and Isle of Wight Fire and Rescue Service"],
    ),
    (
        "north yorkshire police grades",
        (GradeQuestion, {"name": "north-yorkshire"}),
        ["North Yorkshire Police"],
    ),
    (
        "west midlands fire service",
        (GradeQuestion, {"name": "west-midlands-fire-service"}),
        ["West Midlands Fire Service"],
    ),
    (
        "tell me about merseyside",
        (GradeQuestion, {"name": "merseyside"}),
        ["Merseyside Police: PEEL 2023–25"],
    ),
    # ------------------------------------------------ several bodies, one area
    (
        "compare norfolk and suffolk on responding",
        (CompareQuestion, {"names": ("norfolk", "suffolk"), "area": "responding"}),
        [
            "Norfolk Constabulary* — 🟧🟧⬜⬜⬜ *Requires improvement",
            "Suffolk Constabulary* — 🟥⬜⬜⬜⬜ *Inadequate",
            "!Investigating",
        ],
    ),
    (
        "compare essex and kent on investigating",
        (CompareQuestion, {"names": ("essex", "kent"), "area": "investigating"}),
        ["Essex Police* — 🟨🟨🟨⬜⬜ *Adequate", "Kent Police* — 🟧🟧⬜⬜⬜ *Requires improvement", CAVEAT],
    ),
    (
        "norfolk vs suffolk on 999 calls",
        (CompareQuestion, {"names": ("norfolk", "suffolk"), "area": "responding"}),
        ["Compared on responding to the public"],
    ),
    (
        "essex v kent 999 response",  # two words for one area side by side are one mention
        (CompareQuestion, {"names": ("essex", "kent"), "area": "responding"}),
        ["Compared on responding to the public"],
    ),
    (
        "how do the welsh forces do at investigating",
        (FilterQuestion, {"area": "investigating", "grades": ()}),
        ["Police forces in Wales: grades for investigating crime", "Dyfed-Powys Police"],
    ),
    (
        "how do london forces compare on investigating",
        (CompareQuestion, {"names": (), "area": "investigating"}),
        ["City of London Police", "Metropolitan Police Service* — 🟥⬜⬜⬜⬜ *Inadequate"],
    ),
    # ------------------------------------------------ enhanced monitoring
    (
        "which forces are in engage",
        (MonitoringQuestion, {"name": None, "kind": "police"}),
        [
            "1 police force in enhanced monitoring (Engage) now: Lincolnshire Police",
            "in since 6 December 2024",
            "published sources",
            "https://hmicfrs.justiceinspectorates.gov.uk/publication-html/lincolnshire-police-moved-into-enhanced-monitoring/",
        ],
    ),
    (
        "who is in special measures",
        (MonitoringQuestion, {"name": None, "kind": None}),
        ["Lincolnshire Police", "London Fire Brigade* — from December 2022 to 6 March 2024"],
    ),
    (
        "which forces have left enhanced monitoring",
        (MonitoringQuestion, {"name": None}),
        ["Metropolitan Police Service* — from 28 June 2022 to 24 January 2025", "Moved out of Engage"],
    ),
    (
        "has the met ever been in special measures",
        (MonitoringQuestion, {"name": "metropolitan"}),
        [
            "Yes, in the past: Metropolitan Police Service was in enhanced monitoring (Engage) from 28 June 2022"
        ],
    ),
    (
        "how long was the Met in Engage",
        (MonitoringQuestion, {"name": "metropolitan"}),
        ["to 24 January 2025 (about 2 years 7 months)"],
    ),
    (
        "has kent ever been in special measures",
        (MonitoringQuestion, {"name": "kent"}),
        ["Not on record: no spell in enhanced monitoring (Engage) is recorded here for Kent Police"],
    ),
    (
        "is devon and cornwall still in engage",
        (MonitoringQuestion, {"name": "devon-and-cornwall", "now": True}),
        [
            "No: Devon and Cornwall Police was in enhanced monitoring",
            "30 July 2025 or 31 July 2025 (sources differ)",
        ],
    ),
    (
        "is lincolnshire in engage",
        (MonitoringQuestion, {"name": "lincolnshire"}),
        ["Yes: Lincolnshire Police is in enhanced monitoring (Engage), since 6 December 2024"],
    ),
    (
        "is any fire service in engage",
        (MonitoringQuestion, {"kind": "fire"}),
        [
            "0 fire and rescue services in enhanced monitoring (Engage) now",
            "Gloucestershire Fire and Rescue Service",
        ],
    ),
    (
        "when did cleveland come out of special measures",
        (MonitoringQuestion, {"name": "cleveland"}),
        ["from April 2019 to 20 September 2023"],
    ),
    (
        "what does engage mean",
        (DefinitionQuestion, {"topic": "engage"}),
        ["Engage: HMICFRS's enhanced monitoring"],
    ),
    # ------------------------------------------------ movement across bodies
    (
        "which forces got better at responding since 2021/22",
        (MovementQuestion, {"area": "responding", "direction": "better", "since": "2021-22"}),
        [
            "10 improved, 4 got worse and 11 stayed the same",
            "Improved (10)",
            CAVEAT,
            "Left out, without a grade",
        ],
    ),
    (
        "who got worse at investigating",
        (MovementQuestion, {"area": "investigating", "direction": "worse"}),
        ["6 improved, 9 got worse and 10 stayed the same", "Got worse (9)", "2021–22 → 2023–25"],
    ),
    ("biggest improvers", (MovementQuestion, {"area": None, "direction": "better"}), ["Improved (", CAVEAT]),
    (
        "which forces declined at investigating crime between 2021/22 and 2023/25",
        (MovementQuestion, {"area": "investigating", "since": "2021-22", "until": "2023-25"}),
        ["Got worse (9)"],
    ),
    (
        "which forces improved at protecting vulnerable people",
        (MovementQuestion, {"area": "protecting_vulnerable", "direction": "better"}),
        ["3 improved, 10 got worse and 9 stayed the same"],
    ),
    (
        "which fire services got worse at preventing fires",
        (MovementQuestion, {"kind": "fire"}),
        ["Only one round of grades for fire and rescue services is recorded here (2023–25)"],
    ),
    # ------------------------------------------------ rankings compare like with like
    (
        "which force is the best in the country",
        (RankQuestion, {"area": None, "best": True}),
        [
            "1. *Humberside Police*",
            "each one's 2023–25 report",
            "left out",
            "Kent Police",
            "!1. *Kent Police*",
        ],
    ),
    (
        "best force for responding",
        (RankQuestion, {"area": "responding"}),
        ["1. *Cumbria Constabulary* — Good"],
    ),
    (
        "which is the worst fire service",
        (RankQuestion, {"best": False, "kind": "fire"}),
        ["1. *Avon Fire and Rescue Service*"],
    ),
    (
        "which force has the most outstanding grades",
        (RankQuestion, {"by_grade": "Outstanding"}),
        ["Most outstanding grades: police forces", "1. *Humberside Police* — 3 outstanding"],
    ),
    (
        "which fire service has the most inadequate grades",
        (RankQuestion, {"by_grade": "Inadequate", "kind": "fire"}),
        ["1. *Avon Fire and Rescue Service* — 4 inadequate"],
    ),
    (
        "best police force in the south east",
        (RankQuestion, {"area": None}),
        ["Best police forces in South East", "Hampshire and Isle of Wight Constabulary"],
    ),
    # ------------------------------------------------ outside England and Wales
    (
        "police scotland grades",
        (OutOfScopeQuestion, {"place": "Scotland"}),
        [
            "HMICFRS inspects police forces in England and Wales and fire and rescue services in England",
            "HM Inspectorate of Constabulary in Scotland (HMICS)",
            "HM Fire Service Inspectorate in Scotland",
        ],
    ),
    ("what are scottish police rated", (OutOfScopeQuestion, {"place": "Scotland"}), ["HMICS"]),
    (
        "nifrs inspection grades",
        (OutOfScopeQuestion, {"place": "Northern Ireland"}),
        ["fire and rescue services in England", "not inspected by HMICFRS"],
    ),
    (
        "how is the scottish fire and rescue service doing",
        (OutOfScopeQuestion, {"place": "Scotland"}),
        ["HMFSI"],
    ),
    ("psni grades", (OutOfScopeQuestion, {"place": "Northern Ireland"}), ["Criminal Justice Inspection"]),
    # ------------------------------------------------ grade phrases and places
    (
        "which welsh forces need to improve",
        (FilterQuestion, {"area": None, "grades": RI_OR_WORSE}),
        ["4 of the 4 police forces in Wales* are rated requires improvement or worse"],
    ),
    (
        "which forces need to improve at 999 calls",
        (FilterQuestion, {"area": "responding", "grades": RI_OR_WORSE}),
        ["Surrey Police* — Inadequate", "Norfolk Constabulary* — Requires improvement"],
    ),
    (
        "which forces are failing",
        (FilterQuestion, {"grades": RI_OR_WORSE}),
        ["rated requires improvement or worse"],
    ),
    (
        "which welsh forces are good at anything",
        (FilterQuestion, {"grades": ("Good",)}),
        ["North Wales Police", "South Wales Police"],
    ),
    (
        "which forces were downgraded on investigating crime",
        (MovementQuestion, {"area": "investigating", "direction": "worse"}),
        ["Got worse (9)"],
    ),
    (
        "which services are good at preventing fires",
        (FilterQuestion, {"area": "preventing_fire", "kind": "fire", "grades": ("Good",)}),
        ["Fire and rescue services rated good for preventing fires and other risks"],
    ),
    (
        "show me the north east forces on investigating",
        (FilterQuestion, {"area": "investigating"}),
        ["Police forces in North East", "Northumbria Police", "!Cumbria"],
    ),
    (
        "do any forces in the east midlands need to improve at 999",
        (FilterQuestion, {"area": "responding", "grades": RI_OR_WORSE}),
        ["Northamptonshire Police", "Leicestershire Police"],
    ),
    (
        "Is West Mercia rated good for managing sex offenders?",
        (AreaQuestion, {"name": "west-mercia", "test": GOOD_OR_BETTER}),
        ["No: West Mercia Police is rated Adequate for managing offenders and suspects"],
    ),
    (
        "is Avon fire and rescue inadequate at anything",
        (BodyGradesQuestion, {"name": "avon-fire-and-rescue-service", "yes_no": True}),
        ["Yes: Avon Fire and Rescue Service was rated inadequate in 4 of 11 areas"],
    ),
    (
        "how does Kent compare with Essex on 999 calls",
        (CompareQuestion, {"names": ("kent", "essex"), "area": "responding"}),
        ["Kent Police* — 🟧🟧⬜⬜⬜ *Requires improvement", "Essex Police* — 🟨🟨🟨⬜⬜ *Adequate"],
    ),
    (
        "when was Lincolnshire put in Engage",
        (MonitoringQuestion, {"name": "lincolnshire"}),
        ["since 6 December 2024"],
    ),
    (
        "compare all welsh forces",
        (CompareQuestion, {"names": ()}),
        ["Compared: Dyfed-Powys Police, Gwent Police, North Wales Police, South Wales Police"],
    ),
    (
        "police forces in the north east",  # a place and nothing else: the bodies there side by side
        (CompareQuestion, {"names": ()}),
        ["Compared: Cleveland Police, Durham Constabulary, Northumbria Police"],
    ),
    (
        "w mercia grades",  # a compass word cut to its letter
        (GradeQuestion, {"name": "west-mercia"}),
        ["West Mercia Police: PEEL 2023–25"],
    ),
    (
        "which forces left engage in 2025",  # a year keeps only moves in or out that year
        (MonitoringQuestion, {"year": "2025"}),
        ["3 moved out (Devon and Cornwall Police, Nottinghamshire Police, Metropolitan Police Service)"],
    ),
    (
        "did kent go into special measures in 2023",
        (MonitoringQuestion, {"name": "kent", "year": "2023"}),
        ["No: published sources recorded here show Kent Police neither moving into nor out of"],
    ),
    (
        "how did suffolk fire do on culture compared to norfolk fire",  # 'compared to' separates names
        (CompareQuestion, {"names": ("suffolk-fire-and-rescue-service", "norfolk-fire-and-rescue-service")}),
        ["Compared on promoting the right values and culture"],
    ),
    (
        "what did hmicfrs publish in march 2025",
        (RecentQuestion, {"since": "2025-03"}),
        ["Reports published in March 2025", "Isles of Scilly Fire and Rescue Service"],
    ),
    (
        "which forces improved the most",
        (MovementQuestion, {"area": None}),
        ["Cheshire Constabulary* — 1 area up, 0 down"],
    ),
    (
        "grades for cumbria in 2021/22 on investigating",  # the round asked is named as such, not 'latest'
        (AreaQuestion, {"name": "cumbria", "round": "2021-22"}),
        ["Its report in the round asked (PEEL 2021–22"],
    ),
    (
        "how did the met do in 2021/22 on investigating",
        (AreaQuestion, {"name": "metropolitan", "round": "2021-22"}),
        ["Metropolitan Police Service was rated Requires improvement for investigating crime (PEEL 2021–22"],
    ),
    (
        "IS THE MET ANY GOOD AT INVESTIGATING CRIME?",
        (AreaQuestion, {"name": "metropolitan", "test": GOOD_OR_BETTER}),
        ["No: Metropolitan Police Service is rated Inadequate for investigating crime"],
    ),
    ("Cambs 999?", (AreaQuestion, {"name": "cambridgeshire", "area": "responding"}), ["rated Inadequate"]),
    (
        "is west mids police still in special measures?",
        (MonitoringQuestion, {"name": "west-midlands", "now": True}),
        ["No: West Midlands Police was in enhanced monitoring (Engage) from 24 November 2023"],
    ),
    # ------------------------------------------------ can't answer yet
    ("who won the football", (UnanswerableQuestion, {}), ["I can't answer that yet", "police forces"]),
]


@pytest.fixture(scope="module")
def directory(seeded_template):
    from db.connection import open_db

    db = open_db(seeded_template)
    try:
        return snapshot(db).directory
    finally:
        db.close()


def _text(msg: dict) -> str:
    return msg["text"] + str(msg["blocks"])


@pytest.mark.parametrize(("text", "expected", "facts"), PHRASINGS, ids=[p[0][:60] for p in PHRASINGS])
def test_phrasings_are_understood_and_answered(db, directory, text, expected, facts):
    kind, fields = expected
    question = parse_question(text, directory)
    assert isinstance(question, kind), question
    for name, value in fields.items():
        assert getattr(question, name) == value, (name, question)
    msg = ask(db, text, now=NOW)
    assert_valid_blocks(msg)
    blob = _text(msg)
    for fact in facts:
        if fact.startswith("!"):
            assert fact[1:] not in blob, fact
        else:
            assert fact in blob, fact


def test_there_are_at_least_a_hundred_phrasings_in_the_tables():
    from tests.questions.test_answers import CASES
    from tests.questions.test_questions import test_questions_parse_to_what_was_asked as parse_table

    parse_cases = parse_table.pytestmark[0].args[1]
    assert len(PHRASINGS) >= 40
    assert len({p[0] for p in PHRASINGS} | {c[0] for c in CASES} | {c[0] for c in parse_cases}) >= 100


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("how is west doing on 999 calls", "how is {} doing on 999 calls"),
        ("is west any good at investigating in 2021/22", "is {} any good at investigating in 2021/22"),
        ("has west ever been in special measures", "has {} ever been in special measures"),
    ],
)
def test_did_you_mean_buttons_keep_the_rest_of_the_question(db, text, kept):
    msg = ask(db, text, now=NOW)
    assert_valid_blocks(msg)
    values = [
        e["value"]
        for b in msg["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"].startswith(PICK_BODY_ACTION)
    ]
    assert kept.format("west-midlands") in values, values
    picked = ask(db, kept.format("west-midlands"), now=NOW)
    assert "West Midlands Police" in _text(picked) and "Did you mean" not in picked["text"]


def test_one_area_answers_offer_the_full_card(db):
    msg = ask(db, "how is the met doing on 999 calls", now=NOW)
    card = [
        e
        for b in msg["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == FULL_CARD_ACTION
    ]
    assert card and card[0]["value"] == "grade metropolitan"
    full = ask(db, card[0]["value"], now=NOW)
    assert "Investigating crime" in str(full["blocks"]) and "Responding to the public" in str(full["blocks"])


# Fragments people combine: names, areas, grades, places, rounds, monitoring and movement words, noise.
FRAGMENTS = [
    "is",
    "did",
    "how",
    "which",
    "forces",
    "fire services",
    "compare",
    "and",
    "vs",
    "on",
    "at",
    "in",
    "thames valley",
    "the met",
    "kent",
    "north wales police",
    "hampshire fire and rescue",
    "west",
    "cambs",
    "essex fire",
    "west midlands",
    "dyfed-powys",
    "999 calls",
    "safeguarding",
    "stop and search",
    "investigating",
    "preventing fires",
    "culture",
    "good",
    "any good",
    "do well",
    "still",
    "inadequate",
    "requires improvement or worse",
    "need to improve",
    "outstanding",
    "welsh",
    "in the north west",
    "scotland",
    "2021/22",
    "2023-25",
    "since 2021/22",
    "engage",
    "special measures",
    "enhanced monitoring",
    "got better",
    "got worse",
    "improved",
    "biggest improvers",
    "best",
    "worst",
    "top 3",
    "latest",
    "how many",
    "what does",
    "mean",
    "<!channel>",
    "<@U123>",
    "&",
    "?",
    "'s",
    "🔥",
    "",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(st.sampled_from(FRAGMENTS), max_size=9).map(" ".join)
    | st.text(max_size=80)
    | st.tuples(st.lists(st.sampled_from(FRAGMENTS), max_size=5), st.text(max_size=20)).map(
        lambda t: " ".join(t[0]) + t[1]
    ),
    st.integers(min_value=0, max_value=3),
)
def test_no_text_crashes_the_engine_or_breaks_block_kit(db, text, page):
    msg = ask(db, text, now=NOW, page=page)
    assert_valid_blocks(msg)
    assert msg["text"].strip()
    blob = msg["text"] + str(msg["blocks"])
    assert "<!" not in blob and "<@" not in blob
    for block in msg["blocks"]:
        for element in block.get("elements", []):
            if element.get("type") == "button":
                assert len(element["value"]) <= 2000


def _readme_examples() -> list[str]:
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    table = readme.split("## Asking questions", 1)[1].split("How a question is read", 1)[0]
    return [q for row in table.splitlines() if row.startswith("| ") for q in re.findall(r"`([^`]+)`", row)]


@pytest.mark.parametrize("example", _readme_examples())
def test_every_readme_example_works_as_written(db, example):
    msg = ask(db, example, now=NOW)
    assert_valid_blocks(msg)
    assert "can't answer" not in msg["text"] and "Did you mean" not in msg["text"], msg["text"]


# Replies with nothing of ours to share: who inspects elsewhere, 'can't answer', a movement with one round.
NO_SHARE = {
    "which fire services got worse at preventing fires",
    "police scotland grades",
    "what are scottish police rated",
    "nifrs inspection grades",
    "how is the scottish fire and rescue service doing",
    "psni grades",
    "who won the football",
}


@pytest.mark.parametrize("text", [p[0] for p in PHRASINGS])
def test_share_buttons_ask_the_same_question_again(db, text):
    msg = ask(db, text, now=NOW)
    share = [b for b in msg["blocks"] if b.get("block_id") == "share"]
    assert bool(share) == (text not in NO_SHARE)
    if not share:
        return
    again = ask(db, share[0]["elements"][0]["value"], shareable=False, now=NOW)
    assert again["blocks"] == [b for b in msg["blocks"] if b.get("block_id") != "share"]


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        ("kent investigating", "The most recent grade recorded is Requires improvement (PEEL 2021–22"),
        (
            "thames valley safeguarding",
            "Thames Valley Police is rated Inadequate for protecting vulnerable people",
        ),
        ("cambridgeshire inadequate", "Cambridgeshire Constabulary was rated inadequate in 2 of 8 areas"),
    ],
)
def test_grade_with_an_area_or_grade_after_the_name_answers_that(db, text, fact):
    from bot.slack.ask import grade_message

    msg = grade_message(db, text)
    assert_valid_blocks(msg)
    assert fact in msg["text"]
