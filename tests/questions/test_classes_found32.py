"""Classes found in the thirty-second development sets and the thirty-first blind sets once scored, each asked
in phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import conversed

CASES = [
    # a place said bare for context, then its fire service named: that fire service alone, no police card
    pytest.param(["doing a project on emergency services in kent, how did kent fire do"], "Kent Fire and Rescue Service: Fire and rescue inspection", "Kent Police: PEEL", id="place-context-then-fire"),
    pytest.param(["kent police vs kent fire"], "Kent Police", "I can't answer", id="both-kinds-still-compared"),
    # 'last' typed short before the time it names
    pytest.param(["who polices norwich", "and the fire service", "were the police beter las time"], "PEEL 2021–22", "Norfolk Constabulary: PEEL 2023–25", id="last-typed-short"),
    # after one body's Engage, another body named with its kind's word: its spells and its grades
    pytest.param(["is cleveland police in special measures", "what about the durham force"], "Enhanced monitoring (Engage): Durham Constabulary", "I can't answer that", id="engage-then-body-with-kind-word"),
    pytest.param(["is cleveland police in special measures", "what about the durham force"], "Durham Constabulary: PEEL", "Cleveland Police: PEEL", id="engage-then-body-grades-too"),
    # a short count shows each one's grades, as the list would; a long one names them
    pytest.param(["how many fire services in the south west got an inadequate"], "Inadequate: ", "I can't answer", id="short-count-shows-grades"),
    # a switch to the other kind naming a place inside the last body's patch: that place's body alone
    pytest.param(["how did devon and cornwall police do", "does the isles of scilly have its own fire service"], "Isles of Scilly Fire and Rescue Service: Fire", "Cornwall Fire and Rescue Service", id="switch-narrowed-to-place"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_thirty_second_sets(db, turns, must, never):
    text = conversed(db, turns)
    assert must in text
    assert never not in text
