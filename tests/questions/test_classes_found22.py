"""Classes found in the twenty-second development sets (written by people who read only the data), each asked
in phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import conversed

CASES = [
    # a pick by name out of the list before the last answer, when the last answer listed none of that name
    pytest.param(["which fire services have been in special measures", "and which police force is in it now", "the gloucestershire one - why did it come out"], "Gloucestershire Fire and Rescue Service", "Gloucestershire Constabulary", id="named-pick-from-the-list-before"),
    # 'the force' after a fire service: the police force there
    pytest.param(["how did norfolk fire do", "and the force's previous report?"], "Norfolk Constabulary: PEEL 2021–22", "I don't have a graded", id="the-force-previous"),
    # a list, then 'were any of them …' in the same message: the list, then Engage of those listed
    pytest.param(["which police forces were inadequate at investigating crime in 2023-25 and were any of them in special measures"], "Enhanced monitoring (Engage)", "I can't answer that yet", id="list-then-any-of-them"),
    pytest.param(["which fire services got requires improvement for responding to fires and have any of those been in engage?"], "Yes, in the past: Buckinghamshire Fire and Rescue Service", "Lincolnshire Police", id="list-then-any-of-those"),
    # 'how did its grades change': every round
    pytest.param(["cleveland: is it in engage and how did its grades change"], "Cleveland Police: every inspection round", "I can't answer", id="grades-change"),
    # 'police not fire': the kind meant, negating no grade
    pytest.param(["which forces were outstanding at police powers? police not fire"], "rated outstanding for police powers", "or better", id="kind-not-kind"),
    # reports that 'dropped' or 'landed' in a month came out then
    pytest.param(["which fire reports landed in june 2025"], "Reports published in June 2025", "got worse", id="landed-in-month"),
    # abbreviations: 'svcs', 'EoE', 'yorks'
    pytest.param(["list the west mids fire svcs"], "West Midlands", "I'm not sure which", id="svcs"),
    pytest.param(["eoe forces rated outstanding for anything"], "East of England", "of the 43", id="eoe"),
    pytest.param(["yorks forces with an inadequate"], "Yorkshire and The Humber", "of the 43", id="yorks"),
    # 'rank/order X by how many <grade>': most of that grade first
    pytest.param(["order the welsh forces by number of requires improvement grades"], "Most requires improvement grades", "at least one area", id="rank-by-count"),
    # a past round's grade said, then 'how is it now': the latest, with the move since
    pytest.param(["gwent was rated inadequate for responding in 2021/22 - how are they doing now?"], "Gwent Police is rated Adequate", "rated Inadequate for responding", id="then-now"),
    # 'names + total': the list says both
    pytest.param(["which forces were good at preventing crime in 2023-25 - names + total"], "rated good for preventing crime", "HMICFRS inspects 43", id="names-plus-total"),
    # a relative's town: 'what about hers' keeps the kind asked before
    pytest.param(["how's kent fire", "my sister is in crawley, what about hers"], "West Sussex Fire and Rescue Service", "Sussex Police", id="relatives-town"),
    # a village said to be near a town: the namesake there, or the town when none is
    pytest.param(["what about the police in bramley near rotherham"], "South Yorkshire Police", "Surrey Police", id="near-namesake"),
    pytest.param(["my aunt lives in wigginton just outside tring, how are the police there"], "Hertfordshire Constabulary", "North Yorkshire Police", id="near-town"),
    # 'when was that report actually put out': the date, however it is asked
    pytest.param(["suffolk fire grades", "when was the suffolk report actually published"], "I can't answer: the date", "I can't answer that yet", id="when-published-long"),
    # what the asker needs the answer for is no part of the question
    pytest.param(["what's the difference between good and adequate? need the exact wording"], "What “Good” means", "not understood", id="need-wording"),
    # 'did either of them …' after two questions each about one body: both
    pytest.param(["how did surrey fire do", "and kent fire?", "did either of them get an inadequate"], "Kent Fire and Rescue Service", "I can't answer that yet", id="either-of-them"),
    # 'which of the N are in engage' of a list N long, asked after a turn about one of them
    pytest.param(["which fire services in the south west got an inadequate", "tell me about cornwall fire", "which of the four are in engage"], "Enhanced monitoring (Engage)", "Lincolnshire Police", id="which-of-the-n-before"),
    # 'the one with the most?' after a list at one grade: the top one's areas at it
    pytest.param(["which fire services got an inadequate in 2023-25", "the one with the most?"], "Avon Fire and Rescue Service: areas rated inadequate", "Most inadequate grades", id="the-one-with-the-most"),
    # 'rest of their 2023-25 grades' after a why: the body's whole card of that round
    pytest.param(["durham police responding to the public", "why", "rest of their 2023-25 grades?"], "Durham Constabulary: PEEL 2023–25", "Compared", id="rest-of-their-round-grades"),
    # 'out of how many' after one body's areas at a grade: that answer, which says of how many
    pytest.param(["where was suffolk fire rated requires improvement?", "out of how many"], "of 11 areas", "HMICFRS inspects 43", id="out-of-how-many"),
    # a pick, then why, when the pick is made by the grade said in the why
    pytest.param(["how did the fire services in the east of england do on values and culture", "the one that got a grade – why was it RI"], "Why: Bedfordshire Fire and Rescue Service", "I can't answer that yet", id="pick-by-grade-then-why"),
    # 'was that always the case': over time
    pytest.param(["how are the police in guildford at responding", "has that always been so"], "Surrey Police: every inspection round", "I can't answer that yet", id="always-the-case"),
    # 'the met's two inadequates – were they inadequate last time too': the body named, area by area over time
    pytest.param(["compare kent and essex police", "essex's two RIs - were they RI last time too"], "Essex Police: every inspection round", "areas rated requires improvement", id="possessive-those-before"),
    # 'the region' after an answer about no one body names no region: answered, never an error
    pytest.param(["what was published in june 2025", "any others in the region with an outstanding?"], "outstanding", "Traceback", id="region-of-no-body"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_twenty_second_sets(db, turns, must, never):
    text = conversed(db, turns)
    assert must in text
    assert never not in text
