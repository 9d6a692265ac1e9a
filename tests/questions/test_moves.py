"""Follow-ups that move: to the same place's other kind of body, to more bodies, to the region, over time and
to the reasons on record. Asked as a conversation goes (follow_up), answered from the shipped store."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from bot.slack.ask import ask
from bot.slack.blocks.plain import to_plain_text
from bot.slack.conversation import follow_up
from db.load import LoadError, load_rows, parse_text

DATA = Path(__file__).resolve().parents[2] / "db" / "data"


def conversation(db, *turns: str) -> list[str]:
    asked, previous = [], None
    for turn in turns:
        previous = follow_up(db, turn, previous)
        asked.append(to_plain_text(ask(db, previous, shareable=False)))
    return asked


@pytest.mark.parametrize(
    ("first", "then", "expected", "not_expected"),
    [
        ("how did derbyshire police do", "and the fire service?", ["Derbyshire Fire and Rescue Service"], ["Derbyshire Constabulary"]),
        ("grade north yorkshire police", "and the fire service?", ["North Yorkshire Fire and Rescue Service"], ["North Yorkshire Police"]),
        ("devon and cornwall police", "and the fire service?", ["Devon and Somerset Fire", "Cornwall Fire", "Isles of Scilly Fire"], ["Devon and Cornwall Police:"]),
        ("thames valley police", "what about the fire service there?", ["Royal Berkshire", "Oxfordshire Fire", "Buckinghamshire Fire"], []),
        ("kent fire", "and the police?", ["Kent Police"], ["Kent Fire and Rescue Service"]),
        ("grade gwent", "and the fire service?", ["Wales"], ["Gwent Police: PEEL"]),
    ],
)  # fmt: skip
def test_the_fire_service_or_the_police_is_the_same_places_other_kind(
    db, first, then, expected, not_expected
):
    answer = conversation(db, first, then)[-1]
    for text in expected:
        assert text in answer
    for text in not_expected:
        assert text not in answer


def test_a_body_named_in_a_fire_conversation_keeps_the_kind(db):
    _, herts, west_sussex = conversation(db, "essex fire", "and herts?", "and west sussex?")
    assert herts.startswith("Hertfordshire Fire and Rescue Service") and "Constabulary" not in herts
    assert (
        west_sussex.startswith("West Sussex Fire and Rescue Service") and "Sussex Police" not in west_sussex
    )


def test_compare_with_joins_the_last_bodies_on_the_same_area(db):
    _, _, compared = conversation(
        db,
        "grade norfolk",
        "what about responding to the public?",
        "how does that compare with avon and somerset",
    )
    assert "Norfolk Constabulary" in compared and "Avon and Somerset Constabulary" in compared
    assert (
        "compared on responding to the public" in compared.lower() and "Investigating crime" not in compared
    )


def test_the_others_in_the_region_are_the_last_bodys_region_of_its_kind(db):
    _, region = conversation(db, "grade norfolk", "what about the others in the region")
    for force in ("Suffolk Constabulary", "Essex Police", "Bedfordshire Police"):
        assert force in region
    # the others: Norfolk itself is not among them
    assert (
        "Kent Police" not in region
        and "Fire and Rescue" not in region
        and "Norfolk Constabulary" not in region
    )
    _, wales = conversation(db, "grade dyfed powys", "and the rest of wales?")
    assert "Gwent Police" in wales and "North Wales Police" in wales and "Essex" not in wales


def test_has_it_improved_is_the_last_bodys_movement(db):
    _, moved = conversation(db, "grade norfolk", "any better than last time?")
    assert "every inspection round" in moved and "2021–22" in moved and "Norfolk Constabulary" in moved
    _, area_moved = conversation(db, "norfolk responding to the public", "did it get worse?")
    assert "Responding to the public" in area_moved and "Investigating crime" not in area_moved


def _stored_sentences(db) -> set[str]:
    rows = db.execute(
        "SELECT evidence FROM grades UNION SELECT evidence FROM monitoring UNION SELECT sentence FROM reasons"
    ).fetchall()
    return {r[0].strip() for r in rows}


@pytest.mark.parametrize(
    ("first", "why"),
    [("grade cambs", "why"), ("is lincolnshire in engage", "why?"), ("essex fire", "how come?"),
     ("norfolk responding to the public", "why is that")],
)  # fmt: skip
def test_why_gives_only_sentences_in_the_store_each_with_its_link(db, first, why):
    message = ask(db, follow_up(db, why, follow_up(db, first, None)), shareable=False)
    text = to_plain_text(message)
    quoted = re.findall(r"“(.+?)”", text)
    assert quoted, text
    stored = _stored_sentences(db)
    assert [q for q in quoted if q not in stored] == []
    for block in message["blocks"]:
        body = block.get("text", {}).get("text", "")
        if "“" in body:
            assert "|source>" in body  # each sentence carries its source link


def test_why_with_nothing_on_record_says_so_and_links_the_report(db):
    db.execute(
        "UPDATE grades SET evidence = '' WHERE report_id IN (SELECT id FROM reports WHERE body_id = 'norfolk')"
    )
    text = to_plain_text(ask(db, follow_up(db, "why", "grade norfolk"), shareable=False))
    assert "I can't answer why" in text and "no sentence held gives a reason" in text
    assert "peel-reports/norfolk-2023-25" in text


def test_why_shows_accepted_causes_of_concern(db):
    from datetime import UTC, datetime

    from db.reasons import add_reason

    sentence = "It should answer 999 and 101 calls faster."
    add_reason(db, body_id="cambridgeshire", framework="peel", round_="2023-25", kind="area_for_improvement",
               sentence=sentence, source_url="https://example.org/story", added_by="U1", now=datetime.now(UTC),
               area="responding")  # fmt: skip
    text = to_plain_text(ask(db, "why cambs responding to the public grades", shareable=False))
    assert f"Area for improvement: Responding to the public: “{sentence}”" in text


def test_the_force_to_fire_mapping_covers_every_force_and_every_fire_service_once_at_least():
    with (DATA / "force_fire_services.csv").open() as f:
        rows = list(csv.DictReader(f))
    with (DATA / "forces.csv").open() as f:
        forces = {r["id"]: r["country"] for r in csv.DictReader(f)}
    with (DATA / "fire_services.csv").open() as f:
        fire = {r["id"] for r in csv.DictReader(f)}
    assert {r["force_id"] for r in rows} == set(forces)
    assert {r["fire_service_id"] for r in rows if r["fire_service_id"]} == fire
    for r in rows:
        assert r["source_url"].startswith("https://")
        assert bool(r["fire_service_id"]) == (forces[r["force_id"]] == "England"), r  # Welsh: none inspected


def test_a_mapping_row_naming_a_fire_service_as_a_force_is_refused_and_nothing_changes(db):
    before = db.execute("SELECT count(*) FROM force_fire_services").fetchone()[0]
    bad = "force_id,fire_service_id,source_url,note\nkent-fire-and-rescue-service,kent-fire-and-rescue-service,https://x.org,\n"
    with pytest.raises(LoadError, match="not a police force"):
        load_rows(db, parse_text(bad, "bad.csv"), source="test", loaded_by="test")
    assert db.execute("SELECT count(*) FROM force_fire_services").fetchone()[0] == before


@pytest.mark.parametrize(
    ("first", "then", "standalone"),
    [
        ("essex fire", "and devon?", "grade devon-and-somerset-fire-and-rescue-service"),
        ("essex fire", "what about london?", "grade london-fire-brigade"),
        ("essex fire", "and wales?", "welsh fire services"),
        ("essex fire", "ok and on culture?", "essex-county-fire-and-rescue-service the right values and culture"),
        ("grade kent", "and the fire service in essex?", "grade essex-county-fire-and-rescue-service"),
        ("grade norfolk", "compared with kent and essex?", "compare norfolk, kent, essex"),
        ("grade norfolk", "compare kent and essex", "compare kent and essex"),  # names its own bodies
        ("grade norfolk", "what about london?", "compare police forces in London"),
        ("is lincolnshire in engage", "since when?", "is lincolnshire in engage"),
        ("is lincolnshire in engage", "what's the reason", "why is lincolnshire in engage"),
        ("grade norfolk", "which forces have a cause of concern", "which forces have a cause of concern"),
    ],
)  # fmt: skip
def test_moves_as_people_type_them(db, first, then, standalone):
    assert follow_up(db, then, follow_up(db, first, None)) == standalone


@pytest.mark.parametrize(
    ("turns", "standalone"),
    [
        (("devon and cornwall police", "and the fire services down there - how are they at responding to fires?"),
         "compare devon-and-somerset-fire-and-rescue-service, cornwall-fire-and-rescue-service, "
         "isles-of-scilly-fire-and-rescue-service on responding to fires and other emergencies"),
        (("devon and cornwall police", "and the fire service?", "ok back to the police. were they ever put in special measures?"),
         "has devon-and-cornwall been in engage"),
        (("grade north yorkshire police", "what was inadequate last time"),
         "which areas did north-yorkshire get inadequate in the previous round"),
        (("leics police responding to the public", "what about protecting vulnerable people, both rounds"),
         "leicestershire protecting vulnerable people over time"),
        (("grade gwent", "why was it inadequate back then?"), "why gwent inadequate previous grades"),
        (("grade staffordshire fire", "who's the chief fire officer there?"), "who's the chief fire officer there?"),
        (("oxfordshire fire", "when was surrey's report out?"), "when was Surrey Fire and Rescue Service report out?"),
    ],
)  # fmt: skip
def test_a_kind_or_round_asked_for_in_words_moves_there(db, turns, standalone):
    previous = None
    for turn in turns:
        previous = follow_up(db, turn, previous)
    assert previous == standalone


@pytest.mark.parametrize(
    ("then", "standalone"),
    [
        ("and the met?", "grade metropolitan"),  # no fire service is called the Met: it stays the force
        ("and thames valley?", "grade thames-valley"),
        ("and avon and somerset?", "compare avon-fire-and-rescue-service, devon-and-somerset-fire-and-rescue-service"),
        ("and north yorks?", "grade north-yorkshire-fire-and-rescue-service"),
        ("and sussex?", "compare east-sussex-fire-and-rescue-service, west-sussex-fire-and-rescue-service"),
    ],
)  # fmt: skip
def test_a_place_keeps_the_fire_conversation_but_a_forces_own_name_does_not(db, then, standalone):
    assert follow_up(db, then, "essex fire") == standalone


def test_after_a_region_side_by_side_why_and_the_fire_services_are_about_the_bodies_it_showed(db):
    region = follow_up(db, "what about the others in the region", "grade norfolk")
    assert follow_up(db, "why", region) == (
        "why bedfordshire and cambridgeshire and essex and hertfordshire and suffolk grades"
    )
    assert follow_up(db, "and their fire services?", region).startswith(
        "compare bedfordshire-fire-and-rescue-service, cambridgeshire-fire-and-rescue-service"
    )


def test_why_after_a_list_is_about_the_bodies_it_listed_on_its_area(db):
    asked = follow_up(db, "why", "which fire services are inadequate at culture")
    assert asked == (
        "why avon-fire-and-rescue-service and dorset-and-wiltshire-fire-and-rescue-service and "
        "suffolk-fire-and-rescue-service the right values and culture grades"
    )
    text = to_plain_text(ask(db, asked, shareable=False))
    assert (
        "Avon Fire and Rescue Service" in text
        and "Promoting the right values and culture (Inadequate)" in text
    )


@pytest.mark.parametrize(
    ("previous", "text", "meant"),
    [
        (
            "was sussex police good at responding to the public",
            "what was said about it being good",
            "why sussex responding to the public grades",
        ),
        (
            "was london fire brigade ever in special measures",
            "what was that over?",
            "why is london-fire-brigade in engage",
        ),
        ("essex fire", "swindon?", "Swindon fire service grades"),
    ],
)
def test_what_was_said_and_what_was_that_over_ask_why_and_a_place_alone_keeps_the_kind(
    db, previous, text, meant
):
    """'what was that over?' after an Engage answer asks why (it was read as Over, a village in Cheshire,
    once 'fire' was added to find a fire service); a place alone after a fire service is its fire service."""
    assert follow_up(db, text, previous) == meant


@pytest.mark.parametrize(
    ("previous", "text", "meant"),
    [
        (
            "was lincolnshire police ever in special measures",
            "why did LFB go in",
            "why is london-fire-brigade in engage",
        ),
    ],
)
def test_going_in_or_out_asks_why_of_engage(db, previous, text, meant):
    assert follow_up(db, text, previous) == meant


def test_a_kind_word_of_the_bodies_own_kind_keeps_the_pronoun_on_them(db):
    """'what did they get in the 2023-25 peel' after Lincolnshire Police: 'peel' is a police word, so it names
    no other group ('they' are Lincolnshire Police, as before the word was there)."""
    assert follow_up(db, "what did they get in the 2023-25 peel", "why is lincolnshire in engage") in (
        "what did Lincolnshire Police get in the 2023-25 peel",
        "grade lincolnshire 2023-25",  # a round after one body's Engage answer: its grades in that round
    )
    assert follow_up(db, "what did they get in the 2023-25 peel", "grade kent") == (
        "what did Kent Police get in the 2023-25 peel"
    )
