"""Classes found in the twenty-first development sets (written by people who read only the data), each asked
in phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import conversed

CASES = [
    # a grade word judged ('is RI a fail?'): what the grade means, never a body's areas at it
    pytest.param(["how did dorset police do", "is requires improvement actually bad?"], "What “Requires improvement” means", "Dorset Police: areas", id="grade-judged"),
    # after a definition, 'it' is still the body before it
    pytest.param(["how did dorset police do", "so is adequate ok?", "has it improved"], "Dorset Police: every inspection round", "I can't answer that", id="pronoun-past-a-definition"),
    # a grade word alone after a definition: that word's meaning
    pytest.param(["what does adequate mean", "and inadequate?"], "What “Inadequate” means", "rated inadequate in at least one area", id="definition-follow-up"),
    # 'what does <area> mean' is a definition, not a statistic ('mean' as an average)
    pytest.param(["what does protecting vulnerable people mean"], "The area: protecting vulnerable people", "crime figures", id="area-mean-defined"),
    # further down a ranking just shown
    pytest.param(["which police force got the most outstanding grades in 2023-25", "who came next"], "2. ", "I can't answer", id="next-in-ranking"),
    # 'which ones had N' after a ranking by a grade's count
    pytest.param(["which force got the most inadequate grades in the 2023-25 peel round?", "and which had three"], "rated inadequate in 3 or more areas", "I can't answer", id="which-had-n"),
    # a pick by region of the list as it was answered (its operators too)
    pytest.param(["which police forces have 3 or more inadequate grades in 2023-25", "the west midlands one - was it in engage"], "West Midlands Police", "Lincolnshire Police", id="pick-by-region-of-at-least"),
    # the areas at a grade in the answer shown, asked of another round: every round, area by area
    pytest.param(["greater manchester police grades 2023-25", "the RI ones - what were they last time?"], "Greater Manchester Police: every inspection round", "areas rated requires improvement", id="those-areas-before"),
    # 'in every area' of one body: yes only when every area was
    pytest.param(["was durham police good across the board"], "No: Durham Constabulary was rated good in", "Yes:", id="body-every-area"),
    # 'in the first place' is no place, and 'place' is never repaired into 'police'
    pytest.param(["is LFB still in special measures?", "why did they go in in the first place"], "Why: London Fire Brigade", "City of London", id="first-place"),
    # 'they' after a town's police in a question about Engage: the town's force
    pytest.param(["is the police in swindon in special measures", "why did they go in", "how did they do in the latest peel then"], "Wiltshire Police: PEEL", "I can't answer that", id="town-pronoun-latest"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_twenty_first_sets(db, turns, must, never):
    text = conversed(db, turns)
    assert must in text
    assert never not in text
