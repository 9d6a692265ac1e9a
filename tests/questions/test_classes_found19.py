"""Classes found in the nineteenth development sets (written by people who read only the data), each asked in
phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import said_after as said

CASES = [
    # what is asked is not recorded: the answer says it can't answer, plainly
    pytest.param(["what did london fire brigade get for preventing fires"], "I can't answer: no grade for preventing fires", "is rated", id="area-not-recorded"),
    pytest.param(["lincolnshire police - which areas were they inadequate in"], "which ones they are, I can't answer", "Lincolnshire Police is rated", id="which-of-a-count"),
    pytest.param(["dyfed powys - what was their other requires improvement"], "so I can't answer which", "Dyfed-Powys Police is rated", id="the-other-of-a-count"),
    # 'most <grade>': grades recorded count as a floor, never a body with none of them on top
    pytest.param(["which welsh force got the most good grades in 2023-25"], "1. South Wales Police — at least 2 good", "1. Gwent Police", id="most-good-floor"),
    # 'only' as an adverb is not 'the only one'
    pytest.param(["any inadequates for cheshire police? only read about two of the grades"], "Cheshire Constabulary", "Police forces rated", id="only-an-adverb"),
    pytest.param(["was kent fire the only service with no requires improvement or inadequate anywhere"], "rated adequate or better in every graded area", "Kent Fire and Rescue Service: areas rated", id="the-only-one-none"),
    # 'apart from <area>' leaves the area out of 'any area'
    pytest.param(["besides crime data, which forces were outstanding at something"], "outstanding in at least one area other than recording data about crime", "Gwent Police", id="except-an-area"),
    # the speaker said first: 'our region', 'apart from us'
    pytest.param(["we're cleveland police. which forces in our region got inadequate for investigating"], "in North East", "Cleveland Police: investigating", id="our-region"),
    pytest.param(["kent fire press office here, apart from us which south east services were good at preventing fires"], "other than Kent Fire and Rescue Service", "Kent Fire and Rescue Service: preventing", id="apart-from-us"),
    pytest.param(["im in truro - how are the police"], "Truro is policed by Devon and Cornwall Police", "I can't answer", id="a-town-is-no-speaker"),
    # a word the bot knows is no third body to compare
    pytest.param(["norfolk vs suffolk police across all areas"], "Compared: Norfolk Constabulary, Suffolk Constabulary", "I can't answer", id="compare-across-areas"),
    # typed by ear: read by how the word sounds, when one word sounds so
    pytest.param(["was cleveland police ever in speshal measures"], "Enhanced monitoring (Engage): Cleveland Police", "I can't answer", id="sounds-like"),
    pytest.param(["good evening - how are essex police doing"], "Essex Police: PEEL", "areas rated good", id="greeting-is-no-grade"),
    # follow-ups
    pytest.param(["which fire services are in engage now", "and which ones were in it before"], "3 fire and rescue services have been in it in all", "I can't answer", id="ones-in-it-before"),
    pytest.param(["kent fire grades", "the link please"], "Kent Fire and Rescue Service: Fire and rescue inspection 2023–25", "not sure which you mean", id="link-please"),
    pytest.param(["how are northants police on answering 999 calls", "was it not adequate at first?"], "regraded from Adequate on 8 August 2024", "areas rated adequate", id="is-it-graded"),
    pytest.param(["essex police on investigating", "were they good at anything?"], "Essex Police", "Essex Police: investigating", id="is-it-good-at-anything"),
    pytest.param(["essex fire grades", "Cleveland Police's 2021-22 grades, and were they in Engage"], "Enhanced monitoring (Engage): Cleveland Police", "Essex", id="two-of-its-own"),
    pytest.param(["which fire services are inadequate for culture", "why dorset and wiltshire - and was it in engage"], "Dorset and Wiltshire Fire and Rescue Service", "Dorset Police", id="why-first-is-merged"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found(db, turns, must, never):
    _, text = said(db, turns)
    assert must in text
    assert never not in text
