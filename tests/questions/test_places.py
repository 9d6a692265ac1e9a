"""Places people live (issue #27): a town, city or district answers for its police force and its fire and
rescue service(s), and says so. The places and the right bodies come from the gazetteer's own tables
(db/data/places.csv, place_services.csv), checked against forces.csv and fire_services.csv."""

from __future__ import annotations

import csv
import random
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.questions.answers import snapshot
from bot.questions.kinds import AreaQuestion, GradeQuestion, MonitoringQuestion, OutOfScopeQuestion
from bot.questions.names import normalise
from bot.questions.parse import parse_question
from bot.questions.place_words import EVERYDAY, EVERYDAY_PHRASES, MONTHS
from bot.questions.places import gazetteer
from bot.slack.ask import ask
from bot.slack.conversation import follow_up
from tests.conftest import assert_valid_blocks

DATA = Path(__file__).resolve().parents[2] / "db" / "data"
NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def _csv(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


PLACES = _csv("places.csv")
SERVICES = {(r["county"], r["country"]): r for r in _csv("place_services.csv")}
FORCES = {r["id"]: r["name"] for r in _csv("forces.csv")}
FIRE = {r["id"]: r["name"] for r in _csv("fire_services.csv")}


@pytest.fixture(scope="module")
def db(seeded_template):
    from db.connection import open_db

    db = open_db(seeded_template)
    try:
        yield db
    finally:
        db.close()


@pytest.fixture(scope="module")
def directory(db):
    return snapshot(db).directory


def _answer(db, text: str) -> str:
    msg = ask(db, text, now=NOW, shareable=False)
    assert_valid_blocks(msg)
    return msg["text"] + str(msg["blocks"])


# ---------------------------------------------------------------- the tables


def test_every_place_in_england_and_wales_maps_to_a_force_and_in_england_to_a_fire_service():
    unmapped = [
        (p["name"], p["county"])
        for p in PLACES
        if p["country"] in ("England", "Wales") and (p["county"], p["country"]) not in SERVICES
    ]
    assert unmapped == []
    for row in SERVICES.values():
        assert row["police"] in FORCES, row
        fire = [f for f in row["fire"].split("|") if f]
        if row["country"] == "England":
            assert fire and all(f in FIRE for f in fire), row
        else:  # Welsh fire and rescue services are not inspected by HMICFRS: named, never an id
            assert row["country"] == "Wales" and not fire and row["fire_not_inspected"], row


def test_every_area_people_name_maps_through_a_county_of_the_table(directory):
    aliases = _csv("place_aliases.csv")
    assert aliases
    for row in aliases:
        service = SERVICES[(row["county"], row["country"])]
        assert parse_question(f"{row['name']} police", directory) == GradeQuestion(service["police"])
    assert parse_question("is the fire brigade on teesside any good", directory) == GradeQuestion(
        "cleveland-fire-brigade"
    )


def test_every_fire_service_and_force_of_england_and_wales_has_places():
    assert {r["police"] for r in SERVICES.values()} == set(FORCES)  # the City of London too (its own row)
    assert {f for r in SERVICES.values() for f in r["fire"].split("|") if f} == set(FIRE)


def _plain_places() -> list[dict[str, str]]:
    """Places in England and Wales whose name means them alone: the largest of their name, not a body's
    name or an everyday word (those are tested below)."""
    g = gazetteer()
    body_words = {normalise(n) for n in FORCES.values()} | {normalise(n) for n in FIRE.values()}
    out = []
    for p in PLACES:
        key = normalise(p["name"])
        towns = g.lookup(key)
        if (
            p["country"] in ("England", "Wales")
            and towns
            and (towns[0].name, towns[0].county) == (p["name"], p["county"])
            and key not in EVERYDAY | EVERYDAY_PHRASES | MONTHS
            and not any(key in b.split() or key == b for b in body_words)
        ):
            out.append(p)
    return out


SAMPLE = random.Random(27).sample(_plain_places(), 320)


def test_the_sample_is_drawn_across_england_and_wales():
    assert len(SAMPLE) >= 300
    assert sum(p["country"] == "Wales" for p in SAMPLE) >= 20
    assert len({p["county"] for p in SAMPLE}) >= 80


@pytest.mark.parametrize("place", SAMPLE, ids=lambda p: f"{p['name']} ({p['county']})")
def test_a_place_answers_for_its_police_force_and_its_fire_service(db, directory, place):
    service = SERVICES[(place["county"], place["country"])]
    name = place["name"]
    force = FORCES[service["police"]]
    assert parse_question(f"are the police any good in {name}?", directory) == GradeQuestion(
        service["police"]
    )
    police = _answer(db, f"are the police any good in {name}?")
    assert f"{name} is policed by {force}" in police
    fire_question = parse_question(f"is the fire service in {name} any good", directory)
    fire = _answer(db, f"is the fire service in {name} any good")
    if place["country"] == "England":
        assert fire_question == GradeQuestion(service["fire"])
        possessive = f"{name}'" if name.endswith("s") else f"{name}'s"
        assert f"{possessive} fire and rescue service is {FIRE[service['fire']]}" in fire
    else:
        assert fire_question == OutOfScopeQuestion("fire and rescue services in Wales")
        assert service["fire_not_inspected"] in fire and "which HMICFRS does not inspect" in fire
        assert not any(f in fire for f in FIRE.values())


# ---------------------------------------------------------------- the issue's questions


@pytest.mark.parametrize(
    ("text", "question", "facts"),
    [
        ("are the police any good round worcester?", GradeQuestion("west-mercia"), ["Worcester is policed by West Mercia Police"]),
        ("thinking of moving to cardiff, are the police there any good", GradeQuestion("south-wales"), ["Cardiff is policed by South Wales Police"]),
        ("my nan lives in swindon, is the fire brigade there any good", GradeQuestion("dorset-and-wiltshire-fire-and-rescue-service"), ["Swindon's fire and rescue service is Dorset and Wiltshire Fire and Rescue Service"]),
        ("whats the fire service like in newcastle", GradeQuestion("tyne-and-wear-fire-and-rescue-service"), ["Tyne and Wear Fire and Rescue Service", "Newcastle upon Tyne"]),
        ("sheffield fire and rescue any good?", GradeQuestion("south-yorkshire-fire-and-rescue"), ["Sheffield's fire and rescue service is South Yorkshire Fire and Rescue"]),
        ("is the fire service in oxford any good at stopping fires", None, ["Oxfordshire Fire and Rescue Service", "Oxford's fire"]),
        ("luton police 999 any good?", AreaQuestion("bedfordshire", "responding"), ["Luton is policed by Bedfordshire Police", "Adequate"]),
        ("oxford fire prevention", AreaQuestion("oxfordshire-fire-and-rescue-service", "preventing_fire"), ["Adequate", "Oxford's fire"]),
    ],
)  # fmt: skip
def test_the_issues_questions_reach_the_body_there_and_say_so(db, directory, text, question, facts):
    if question is not None:
        assert parse_question(text, directory) == question
    blob = _answer(db, text)
    for fact in facts:
        assert fact in blob, fact


def test_police_and_fire_asked_together_answer_for_both_one_under_the_other(db):
    blob = _answer(db, "stoke fire brigade were in special measures with the police weren't they")
    assert "Enhanced monitoring (Engage): Staffordshire Police" in blob
    assert "Enhanced monitoring (Engage): Staffordshire Fire and Rescue Service" in blob
    assert "Stoke-on-Trent is policed by Staffordshire Police" in blob
    everything = _answer(db, "how is everything in luton")
    assert "Bedfordshire Police: PEEL 2023–25" in everything
    assert "Bedfordshire Fire and Rescue Service: Fire and rescue inspection 2023–25" in everything


def test_a_place_alone_means_its_police_force(db, directory):
    assert parse_question("worcester", directory) == GradeQuestion("west-mercia")
    assert "Worcester is policed by West Mercia Police" in _answer(db, "/grade worcester")
    assert "Luton's fire and rescue service is Bedfordshire" in _answer(db, "grade luton fire")


def test_monitoring_through_a_place(directory):
    assert parse_question(
        "is the fire brigade in stoke in special measures", directory
    ) == MonitoringQuestion("staffordshire-fire-and-rescue-service", "fire", True)


# ---------------------------------------------------------------- names that are more than one place


def test_a_name_that_only_starts_another_places_is_not_ambiguous(db):
    assert "more than one" not in _answer(db, "how safe is bradford")  # not Bradford-on-Avon
    assert "more than one Newcastle" in _answer(db, "newcastle police")  # upon Tyne, or under Lyme


def test_names_with_a_possessive_or_a_saint(directory):
    assert parse_question("king's lynn police", directory) == GradeQuestion("norfolk")
    assert parse_question("police in saint albans", directory) == GradeQuestion("hertfordshire")
    assert parse_question("stoke on trent fire", directory) == GradeQuestion(
        "staffordshire-fire-and-rescue-service"
    )
    assert parse_question("whats the police like in bishop's stortford", directory) == GradeQuestion(
        "hertfordshire"
    )
    assert parse_question("burton on trent police", directory) == GradeQuestion("staffordshire")
    # 'avon fire' is a body's name, but here the end of a place's
    warwickshire_fire = GradeQuestion("warwickshire-fire-and-rescue-service")
    assert parse_question("stratford on avon fire", directory) == warwickshire_fire
    assert parse_question("avon fire", directory) == GradeQuestion("avon-fire-and-rescue-service")


def test_two_places_compared(db, directory):
    question = parse_question("compare police in leeds and sheffield", directory)
    assert question.names == ("west-yorkshire", "south-yorkshire")
    blob = _answer(db, "how does leicester police compare to nottingham police")
    assert "Leicester is policed by Leicestershire Police" in blob
    assert "Nottingham is policed by Nottinghamshire Police" in blob


def test_london_is_its_two_forces_for_police_and_the_london_fire_brigade_for_fire(db, directory):
    assert parse_question("whats the fire brigade like in london", directory) == GradeQuestion(
        "london-fire-brigade"
    )
    assert "London's fire and rescue service is London Fire Brigade" in _answer(db, "fire service in london")
    assert "City of London Police" in _answer(db, "police in london")


def test_an_ambiguous_name_goes_to_the_larger_place_and_says_which(db, directory):
    assert parse_question("police in swindon", directory) == GradeQuestion("wiltshire")
    blob = _answer(db, "police in swindon")
    assert "There is more than one Swindon: I took the largest" in blob
    assert "I took the largest, Swindon in Wiltshire. For Swindon in Gloucestershire" in blob
    assert parse_question("newport police", directory) == GradeQuestion("gwent")
    assert "There is more than one Newport" in _answer(db, "newport police")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("swindon gloucestershire police", "gloucestershire"),
        ("police in newport isle of wight", "hampshire"),
        ("newport iow fire service", "hampshire-and-isle-of-wight-fire-and-rescue-service"),
        ("newport wales police", "gwent"),
    ],
)
def test_the_question_can_pick_the_other_place_by_its_county_or_country(db, directory, text, body):
    assert parse_question(text, directory) == GradeQuestion(body)
    assert "more than one" not in _answer(db, text)


@pytest.mark.parametrize(
    ("text", "body", "never"),
    [
        (
            "richmond north yorks fire service",
            "north-yorkshire-fire-and-rescue-service",
            "London Fire Brigade",
        ),
        ("st ives cambridgeshire police", "cambridgeshire", "Devon and Cornwall Police"),
    ],
)
def test_a_place_beside_a_county_that_covers_no_place_of_that_name_is_that_countys(
    db, directory, text, body, never
):
    """The table lacks Richmond in North Yorkshire and St Ives in Cambridgeshire: the county named answers,
    never the other place of that name (which compared two bodies nobody asked about)."""
    assert parse_question(text, directory) == GradeQuestion(body)
    assert never not in _answer(db, text)


def test_london_boroughs_the_gazetteer_lacks_are_the_met_and_the_london_fire_brigade(db, directory):
    assert parse_question("police in lewisham", directory) == GradeQuestion("metropolitan")
    blob = _answer(db, "is the fire brigade in camden any good")
    assert "Camden's fire and rescue service is London Fire Brigade" in blob


# ---------------------------------------------------------------- Wales, Scotland, Northern Ireland


def test_a_welsh_place_has_a_force_but_its_fire_service_is_not_inspected(db, directory):
    assert parse_question("police in wrexham", directory) == GradeQuestion("north-wales")
    blob = _answer(db, "fire brigade in aberystwyth any good")
    assert "Mid and West Wales Fire and Rescue Service, which HMICFRS does not inspect" in blob
    assert "Dyfed-Powys Police" not in blob
    both = _answer(db, "how are the services in llandudno")
    assert "Llandudno is policed by North Wales Police" in both
    assert "North Wales Fire and Rescue Service, which HMICFRS does not inspect" in both


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("are the police any good in paisley", "Scotland"),
        ("is the fire service in kilmarnock any good", "Scotland"),
        ("police in omagh", "Northern Ireland"),
        ("how good is the fire brigade in newry", "Northern Ireland"),
    ],
)
def test_a_place_in_scotland_or_northern_ireland_gets_who_inspects_them(db, directory, text, country):
    assert parse_question(text, directory) == OutOfScopeQuestion(country)
    blob = _answer(db, text)
    assert f"is in {country}" in blob
    assert not any(name in blob for name in [*FORCES.values(), *FIRE.values()])


# ---------------------------------------------------------------- words that are places only sometimes


@pytest.mark.parametrize(
    "text",
    [
        "how do forces deal with 999 calls",
        "which forces are good at reading crime data",
        "what was published in march 2025",
        "street crime grades for kent",
        "how has sale of the met done over time",
        "which fire services are good at preventing fires",
        "what does requires improvement mean",
        "which forces got better since 2021/22",
        "best police force",
        "how are west midlands police at stopping crime",
        "grades for the whole of england",
    ],
)
def test_everyday_words_that_are_places_do_not_make_a_place_question(directory, text):
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    assert find_entities(text, directory, name_finder(directory)).towns.towns == ()


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("police in Street", "avon-and-somerset"),
        ("Is Reading police any good", "thames-valley"),
        ("march police", "cambridgeshire"),
        ("how is the fire service near deal", "kent-fire-and-rescue-service"),
    ],
)
def test_an_everyday_word_is_a_place_with_a_capital_or_where_words(directory, text, body):
    question = parse_question(text, directory)
    assert getattr(question, "name", None) == body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("birmingam police", "west-midlands"),
        ("whats the fire service like in sheffeild", "south-yorkshire-fire-and-rescue"),
        ("how good are the police in cardif", "south-wales"),
    ],
)
def test_a_large_towns_name_one_letter_out_is_read_as_it(db, directory, text, body):
    assert parse_question(text, directory) == GradeQuestion(body)
    assert "is policed by" in _answer(db, text) or "fire and rescue service is" in _answer(db, text)


@pytest.mark.parametrize(
    "text",
    [
        "which forces are good in working with partners",
        "how are the police at dealing with feeling unsafe",
        "which forces are in survey results",
        "police in leads",  # short words are too often other words
    ],
)
def test_ordinary_words_one_letter_from_a_town_are_not_places(directory, text):
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    assert find_entities(text, directory, name_finder(directory)).towns.towns == ()


@pytest.mark.parametrize(
    ("text", "body"),
    [("durham", "durham"), ("essex fire", "essex-county-fire-and-rescue-service"), ("kent", "kent")],
)
def test_a_place_that_is_also_a_bodys_name_keeps_the_body(db, directory, text, body):
    assert parse_question(text, directory) == GradeQuestion(body)
    assert "policed by" not in _answer(db, text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("is the fire service in kent any good", "kent-fire-and-rescue-service"),
        ("whats the fire brigade like in essex", "essex-county-fire-and-rescue-service"),
        ("fire service in durham", "county-durham-and-darlington-fire-and-rescue-service"),
    ],
)
def test_fire_asked_of_a_place_named_like_its_force_is_its_fire_service(db, directory, text, body):
    assert parse_question(text, directory) == GradeQuestion(body)
    assert "fire and rescue service is" in _answer(db, text)


def test_two_fire_services_compared_by_place_one_named_like_a_force(directory):
    question = parse_question(
        "how does the fire service in sunderland compare to the one in durham", directory
    )
    assert question.names == (
        "tyne-and-wear-fire-and-rescue-service",
        "county-durham-and-darlington-fire-and-rescue-service",
    )


@pytest.mark.parametrize(
    "text",
    [
        "is the ambulance service in leeds good",
        "how good is the hospital in sheffield",
        "ofsted rating for schools in luton",
    ],
)
def test_a_place_with_a_service_hmicfrs_does_not_inspect_is_no_police_question(db, text):
    blob = _answer(db, text)
    assert not any(name in blob for name in [*FORCES.values(), *FIRE.values()])


# ---------------------------------------------------------------- follow-ups


@pytest.mark.parametrize(
    ("turns", "last", "facts"),
    [
        (["are the police any good round worcester?", "what about the fire service?"], "Worcester fire service grades", ["Hereford and Worcester Fire and Rescue Service"]),
        (["worcester police grades", "and swindon?"], "Swindon police grades", ["Swindon is policed by Wiltshire Police"]),
        (["luton police 999 any good?", "and in swindon?"], "Swindon police responding to the public", ["Wiltshire Police is rated"]),
        (["whats the fire service like in newcastle", "and sheffield?"], "Sheffield fire service grades", ["South Yorkshire Fire and Rescue"]),
        (["cardiff police", "what about the fire service?"], "Cardiff fire service", ["South Wales Fire and Rescue Service, which HMICFRS does not inspect"]),
        (["is kent police any good", "and luton?"], "Luton police grades", ["Luton is policed by Bedfordshire Police"]),
        (["which fire services are inadequate at culture", "and sheffield?"], "Sheffield fire service the right values and culture", ["South Yorkshire Fire and Rescue is rated"]),
    ],
)  # fmt: skip
def test_follow_ups_carry_the_place(db, turns, last, facts):
    previous = None
    for text in turns:
        previous = follow_up(db, text, previous)
    assert previous == last
    blob = _answer(db, previous)
    for fact in facts:
        assert fact in blob, fact


# ---------------------------------------------------------------- loading


def test_the_gazetteer_is_read_on_first_place_question_not_at_start_up(db_path):
    """Start-up and a grade card never read the gazetteer (nor import the module that reads it); a
    free-text question does, once."""
    script = (
        "import sys\n"
        "import bot.__main__, bot.slack.app\n"
        "from db.connection import Store\n"
        "from bot.slack.ask import ask\n"
        f"store = Store({str(db_path)!r})\n"
        "with store.connect() as db:\n"
        "    ask(db, 'grade cambridgeshire')\n"
        "    loaded = [m for m in ('db.gazetteer', 'bot.questions.places') if m in sys.modules]\n"
        "    assert not loaded, loaded\n"
        "    ask(db, 'police in luton')\n"
        "    assert 'db.gazetteer' in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
