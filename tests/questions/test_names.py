"""Names as people type them resolve to the right body, or to a short list when unclear."""

from __future__ import annotations

import pytest

from bot.questions.answers import directory


@pytest.mark.parametrize(
    ("typed", "body_id"),
    [
        ("cambridgeshire", "cambridgeshire"),
        ("Cambs", "cambridgeshire"),
        ("CAMBRIDGESHIRE CONSTABULARY", "cambridgeshire"),
        ("cambrigeshire", "cambridgeshire"),
        ("the Met", "metropolitan"),
        ("Metropolitan Police Service", "metropolitan"),
        ("GMP", "greater-manchester"),
        ("TVP", "thames-valley"),
        ("thames vally", "thames-valley"),
        ("Avon & Somerset", "avon-and-somerset"),
        ("avon and somerset police", "avon-and-somerset"),
        ("Devon & Cornwall", "devon-and-cornwall"),
        ("Hants", "hampshire"),
        ("dyfed powys", "dyfed-powys"),
        ("north-yorkshire", "north-yorkshire"),
        ("norfok", "norfolk"),
        ("essex fire", "essex-county-fire-and-rescue-service"),
        ("hampshire fire", "hampshire-and-isle-of-wight-fire-and-rescue-service"),
    ],
)
def test_names_people_type_resolve(db, typed, body_id):
    resolution = directory(db).resolve(typed)
    assert resolution.body is not None, resolution.suggestions
    assert resolution.body.id == body_id


@pytest.mark.parametrize(("typed", "includes"), [("west", "west-midlands"), ("cambridge", "cambridgeshire")])
def test_unclear_names_offer_up_to_three_candidates(db, typed, includes):
    resolution = directory(db).resolve(typed)
    assert resolution.body is None
    assert 1 < len(resolution.suggestions) <= 3
    assert includes in {b.id for b in resolution.suggestions}


@pytest.mark.parametrize("typed", ["xyzzy", "", "!!!", "q" * 200])
def test_nonsense_resolves_to_nothing(db, typed):
    resolution = directory(db).resolve(typed)
    assert resolution.body is None and resolution.suggestions == ()


def test_find_all_names_bodies_in_a_sentence_in_order(db):
    found = directory(db).find_all("compare norfolk, suffolk and the met")
    assert [b.id for b in found] == ["norfolk", "suffolk", "metropolitan"]


@pytest.mark.parametrize(
    ("typed", "body"),
    [
        ("south yorks police", "south-yorkshire"),
        ("s yorks", "south-yorkshire"),
        ("notts fire", "nottinghamshire-fire-and-rescue-service"),
        ("glos", "gloucestershire"),
        ("northants police", "northamptonshire"),
        ("west yorks fire", "west-yorkshire-fire-and-rescue-service"),
    ],
)
def test_counties_as_people_shorten_them(db, typed, body):
    resolution = directory(db).resolve(typed)
    assert resolution.body is not None and resolution.body.id == body, resolution.suggestions
