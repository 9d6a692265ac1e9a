"""Areas by what people say: every area's people-words checked against each other, so that no phrase
resolves to two areas and no phrase of one area is taken by a shorter phrase of another inside it
('treating people fairly' is police powers and public treatment, not the workforce's 'people')."""

from __future__ import annotations

from itertools import product

import pytest

from bot.questions.areas import AREA_CONCEPTS, find_area

KINDS = ("police", "fire")


def _phrases(kind: str) -> list[tuple[str, str]]:
    """(phrase as matched, the area key it belongs to) for every phrase of every area of this kind."""
    return [(p.replace("-", " "), c.key) for c in AREA_CONCEPTS if c.kind == kind for p in c.phrases]


@pytest.mark.parametrize("kind", KINDS)
def test_no_phrase_belongs_to_two_areas_of_the_same_kind(kind):
    owners: dict[str, set[str]] = {}
    for phrase, key in _phrases(kind):
        owners.setdefault(phrase, set()).add(key)
    shared = {p: sorted(keys) for p, keys in owners.items() if len(keys) > 1}
    assert not shared, shared


@pytest.mark.parametrize("kind", KINDS)
def test_every_phrase_resolves_to_its_own_area_alone_and_in_a_question(kind):
    wrong = []
    for phrase, key in _phrases(kind):
        for text in (phrase, f"how good are they at {phrase}", f"{phrase} grades please"):
            found, _ = find_area(text, kind)
            if found is None or found.key != key:
                wrong.append((text, key, found.key if found else None))
    assert not wrong, wrong


@pytest.mark.parametrize("kind", KINDS)
def test_a_phrase_holding_another_areas_phrase_resolves_to_its_own_area(kind):
    """The collisions that matter: 'treating people fairly' holds the workforce's 'people'."""
    phrases = _phrases(kind)
    collisions = []
    for (outer, outer_key), (inner, inner_key) in product(phrases, phrases):
        if outer_key != inner_key and f" {inner} " in f" {outer} ":
            found, span = find_area(outer, kind)
            if found is None or found.key != outer_key or span != (0, len(outer)):
                collisions.append((outer, outer_key, inner, inner_key))
    assert not collisions, collisions


# What people say, in their words, and the area they mean.
PEOPLE_SAY = [
    ("police", "how good are suffolk police at treating people fairly", "police_powers"),
    ("police", "do they treat people with respect", "police_powers"),
    ("police", "treating the public fairly and with respect", "police_powers"),
    ("police", "fair treatment of black people", "police_powers"),
    ("police", "are they respectful to the public", "police_powers"),
    ("police", "racial profiling in stop and search", "police_powers"),
    ("police", "how do humberside police treat people", "police_powers"),
    ("police", "are they fair to the public", "police_powers"),
    ("police", "how do the met treat their staff", "workforce"),
    ("police", "how do they look after their people", "workforce"),
    ("police", "treating staff fairly", "workforce"),
    ("police", "looking after officers", "workforce"),
    ("police", "staff morale", "workforce"),
    ("police", "protecting vulnerable people", "protecting_vulnerable"),
    ("police", "answering 999 calls from people", "responding"),
    ("police", "offender management", "managing_offenders"),
    ("police", "management of the force", "leadership"),
    ("police", "service to victims", "victim_service"),
    ("fire", "treating people fairly", "fairness_diversity"),
    ("fire", "getting the right people", "right_people"),
    ("fire", "home fire safety visits", "preventing_fire"),
    ("fire", "fire safety inspections of businesses", "fire_regulation"),
    ("fire", "performance management", "managing_performance"),
    ("fire", "best use of resources", "best_use_of_resources"),
]


@pytest.mark.parametrize(("kind", "text", "key"), PEOPLE_SAY, ids=[t for _, t, _ in PEOPLE_SAY])
def test_what_people_say_finds_the_area_they_mean(kind, text, key):
    found, _ = find_area(text, kind)
    assert found is not None and found.key == key, (text, found)
