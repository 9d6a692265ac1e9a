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
    # a pick of the list shown, then another grade asked of it
    pytest.param(["how did the welsh forces do on responding to the public in 2023-25", "the one that requires improvement - what was it good at"], "South Wales Police: areas rated good", "South Wales Police: responding", id="pick-then-other-grade"),
    # 'the other one that required improvement': that body's areas at that grade, never the region's others
    pytest.param(["how did the police in aberystwyth do", "which was the other area that required improvement"], "Dyfed-Powys Police: areas rated requires improvement", "Compared", id="the-other-one-at-grade"),
    # 'what were the rest' after one body's area: its whole card
    pytest.param(["durham police investigating crime", "what were the rest"], "Durham Constabulary: PEEL", "Compared", id="what-were-the-rest"),
    # an area graded only in an earlier round, asked without a round: that round
    pytest.param(["which forces got inadequate for victim service"], "Gloucestershire Constabulary", "0 of the 43", id="area-of-an-earlier-round"),
    # what the asker thought, after the question, is no part of it
    pytest.param(["which forces were graded on service to victims? i think it got dropped"], "PEEL 2021–22", "2025–27", id="remark-thought"),
    # 'the next one' after a round shown: the round after
    pytest.param(["gloucestershire police 2021/22 grades", "were they in engage", "and how did the next one go"], "Gloucestershire Constabulary: PEEL 2023–25", "I can't answer that", id="next-round"),
    # 'can you compare rounds like that': HMICFRS's caveat, never the last body
    pytest.param(["how did cleveland police do", "can you really compare rounds like that"], "not directly comparable between rounds", "I can't answer that", id="rounds-comparable"),
    # a region's Engage, none on record: never a confident none
    pytest.param(["has any force in wales ever been in special measures"], "Not on record", "now: none", id="engage-none-in-place"),
    # 'who came out top' after a side by side on an area: the best of those shown
    pytest.param(["compare fire services in the north west on preventing fires", "so who came out top"], "preventing fires", "Best police forces", id="came-out-top"),
    # abbreviations written out: 'excl.', 'no. of', 'FRSs', a month with a two-digit year
    pytest.param(["excl. Kent, which forces were outstanding for recording data in 23-25"], "apart from Kent Police", "not understood", id="excl"),
    pytest.param(["how many FRSs were in Engage during 2024"], "among fire and rescue services", "I'm not sure which", id="frss"),
    pytest.param(["what came out in Jul 25"], "Reports published in July 2025", "latest 10", id="month-two-digit-year"),
    # a named inspector is a person, not a grade
    pytest.param(["which HMI led the essex inspection"], "named officers", "Essex Police: PEEL", id="named-inspector"),
    # 'the <area> area'
    pytest.param(["which forces were inadequate on the investigating area in 2023-25"], "rated inadequate for investigating crime", "I can't answer that", id="area-word"),
    # 'better or worse than it was in 21/22': the latest, moved from then
    pytest.param(["cleveland police investigating - better or worse than it was in 21/22?"], "PEEL 2023–25", "PEEL 2021–22, published", id="than-it-was-in"),
    # 'how many inadequate grades did the X forces get': grades counted, not forces; and after a list, in total
    pytest.param(["how many good grades did the welsh forces get in 2023-25"], "good grades across the", "police forces in Wales are rated good", id="grades-counted-not-forces"),
    pytest.param(["which welsh forces got an inadequate in 2021/22", "how many inadequate grades in total"], "across the 4 PEEL 2021–22 reports", "I can't answer that", id="grades-in-total-after-list"),
    # a round with no reports yet leads 'I can't answer'
    pytest.param(["any 2025-27 fire grades out yet?"], "I can't answer: fire and rescue 2025–27 grades are not recorded here yet", "Kent Fire", id="round-none-yet-cant"),
    # a pick by name from the list before the last answer, when the last answer doesn't hold it
    pytest.param(["which fire services got inadequate for values and culture", "which police forces are in engage now", "the avon one - what else did it get"], "Avon Fire and Rescue Service: Fire and rescue inspection", "Avon and Somerset Constabulary", id="pick-from-the-list-before"),
    # 'all their areas graded in your data': what is recorded here, never the list of areas
    pytest.param(["how many police forces have all their areas graded in your data"], "have every core grade of their latest PEEL report recorded here", "Areas graded in", id="all-areas-recorded"),
    # 'which one's better at X' after two questions each about one body: the two side by side on X
    pytest.param(["how are the police in leeds", "and sheffield?", "which one's better at investigating crime"], "Compared on investigating crime: West Yorkshire Police, South Yorkshire Police", "over time", id="which-ones-better"),
    # 'the one with the most <grade>s - what were they' after a list: the top one of those shown, its areas
    pytest.param(["which fire services were rated inadequate for preventing fires", "the one with the most inadequates overall - what were they"], "Avon Fire and Rescue Service: areas rated inadequate", "Compared", id="the-one-with-the-most"),
    # 'people' alone is everyone, not the workforce area: 'lots of people here work in hereford'
    pytest.param(["many people here work in hereford - what's the policing like there"], "West Mercia Police: PEEL", "West Mercia Police: building", id="people-alone"),
    # 'which of them got an outstanding anywhere' after a list on one area: any area, not the one listed
    pytest.param(["which north west forces are graded on protecting vulnerable people", "which of them got an outstanding anywhere"], "Lancashire Constabulary", "Compared on protecting vulnerable people", id="outstanding-anywhere"),
    # after a definition, a follow-up that isn't a term alone follows the question before it
    pytest.param(["how did cleveland police do", "what does adequate mean? is it bad", "and the fire service?"], "Cleveland Fire Brigade", "what does", id="definition-then-kind-switch"),
    # 'what are the other two' after one body's areas at a grade, some not recorded: that answer, which says so
    pytest.param(["which areas was lancashire fire outstanding in", "there were six, what are the other two?"], "not recorded here", "Compared", id="the-other-two-unrecorded"),
    # 'the one that was good' of a side by side with an unknown: the one shown good
    pytest.param(["compare cornwall fire, gloucestershire fire and isles of scilly fire on values and culture", "the one that was good - how did it do overall?"], "Isles of Scilly Fire and Rescue Service: Fire and rescue inspection", "Compared", id="the-one-shown-good"),
    pytest.param(["grade northants", "link to the 2021/22 report pls"], "Northamptonshire Police: PEEL 2021–22", "I can't answer that", id="link-to-round-report"),
    pytest.param(["which fire services have zero grades recorded"], "have no core grade recorded here", "Areas graded", id="zero-grades"),
    pytest.param(["when did bucks fire come out of engage", "and what put them in there in the first place?"], "Why: Buckinghamshire Fire and Rescue Service", "Enhanced monitoring (Engage): Buckinghamshire", id="what-put-them-in"),
    pytest.param(["im in newport (south wales), are the police any good"], "Gwent Police", "South Wales Police", id="town-with-country-in-brackets"),
    # a remark after the question that states a grade is a claim to check, kept
    pytest.param(["police in sheffield any good?", "really? i thought they were outstanding"], "(Outstanding)", "I can't answer that", id="claimed-grade-kept"),
    pytest.param(["hi - what are kent fire's current grades?", "ok so how many areas good or better"], "Kent Fire and Rescue Service was rated good or better in", "I can't answer that", id="ok-so-how-many"),
    # 'not overall' declines the whole card, it negates no grade
    pytest.param(["which fire services got outstanding for fire regulation, just that area, not overall"], "rated outstanding for protecting the public through fire regulation", "good or worse", id="not-overall"),
    # one body's regrade: its changes only; a round said keeps it a regrade question
    pytest.param(["has kent police had a regrade"], "No PEEL grade of Kent Police's is recorded here as changed", "Kent Police: PEEL", id="one-body-regrade"),
    pytest.param(["were any 2023-25 grades changed after publication?"], "Grades changed after publication", "report recorded here", id="round-regrade"),
    # what the asker needs it for, after the question
    pytest.param(["which forces are in engage now? need it for a briefing"], "Lincolnshire Police", "not understood", id="need-it-for"),
    # posts cut are a statistic
    pytest.param(["how many officer posts has kent police cut"], "I can't answer that", "Kent Police: PEEL", id="posts-cut"),
    # a round carried to a body with no report of it: that body's latest
    pytest.param(["how did west yorkshire police do", "have they had their 2025-27 inspection yet", "and durham?"], "Durham Constabulary: PEEL 2023–25", "2025–27 grades are not recorded", id="round-not-held-not-carried"),
    # 'what put us in there' after an Engage answer: why it went in
    pytest.param(["when did gloucestershire police come out of engage", "and what put them in there in the first place?"], "Why: Gloucestershire Constabulary", "every inspection round", id="what-put-them-in-engage"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_twenty_first_sets(db, turns, must, never):
    text = conversed(db, turns)
    assert must in text
    assert never not in text
