"""Classes found in the nineteenth development sets (written by people who read only the data), each asked in
phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import conversed
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
    pytest.param(["lester police any good"], "Leicester is policed by Leicestershire Police", "I can't answer", id="sounds-like-a-place"),
    pytest.param(["which forces got inadequate for investigating in the dataset"], "rated inadequate for investigating crime", "Datchet", id="dataset-is-no-place"),
    pytest.param(["good evening - how are essex police doing"], "Essex Police: PEEL", "areas rated good", id="greeting-is-no-grade"),
    # follow-ups
    pytest.param(["which fire services are in engage now", "and which ones were in it before"], "3 fire and rescue services have been in it in all", "I can't answer", id="ones-in-it-before"),
    pytest.param(["kent fire grades", "the link please"], "Kent Fire and Rescue Service: Fire and rescue inspection 2023–25", "not sure which you mean", id="link-please"),
    pytest.param(["how are northants police on answering 999 calls", "was it not adequate at first?"], "regraded from Adequate on 8 August 2024", "areas rated adequate", id="is-it-graded"),
    pytest.param(["essex police on investigating", "were they good at anything?"], "Essex Police", "Essex Police: investigating", id="is-it-good-at-anything"),
    pytest.param(["essex fire grades", "Cleveland Police's 2021-22 grades, and were they in Engage"], "Enhanced monitoring (Engage): Cleveland Police", "Essex", id="two-of-its-own"),
    pytest.param(["which fire services are inadequate for culture", "why dorset and wiltshire - and was it in engage"], "Dorset and Wiltshire Fire and Rescue Service", "Dorset Police", id="why-first-is-merged"),
    # after a ranking that showed one body: that body is what follows asks about
    pytest.param(["which fire service in the south east did best", "how many outstandings did it get"], "Kent Fire and Rescue Service", "Police forces rated", id="after-the-best-one"),
    pytest.param(["which welsh force did best at protecting vulnerable people", "and in 2021/22?"], "Best police forces in Wales", "South Wales Police: PEEL 2021", id="best-again-in-a-round"),
    pytest.param(["lfb engage", "did their next inspection show they got better"], "London Fire Brigade", "future inspections", id="next-inspection-past"),
    pytest.param(["essex fire on culture", "which ones were good"], "Essex County Fire and Rescue Service: areas rated good", "promoting the right values", id="which-ones-at-a-grade"),
    pytest.param(["kent police on investigating 2021-22", "which area was their inadequate in 2023-25"], "PEEL 2023–25", "PEEL 2021–22, published", id="which-at-grade-round-said"),
    pytest.param(["which police forces have been in engage", "the west mids exit - when was it"], "Enhanced monitoring (Engage): West Midlands Police", "I can't answer", id="region-named-body-in-engage"),
    pytest.param(["who is in engage right now", "how many have been in it ever"], "have been in it in all", "HMICFRS inspects 43", id="how-many-in-it-ever"),
    pytest.param(["how are cumbria police", "what does requires improvement actually mean"], "What “Requires improvement” means", "Cumbria Constabulary: areas", id="definition-mid-conversation"),
    pytest.param(["kent police grades", "where did that outstanding come from"], "Why: Kent Police", "areas rated outstanding", id="where-did-it-come-from"),
    pytest.param(["humberside fire grades", "is that the best fire service"], "ranks 2nd of the", "Humberside Fire and Rescue Service: Fire and rescue", id="is-that-the-best"),
    pytest.param(["is the met the worst police force"], "No: Metropolitan Police Service ranks 2nd", "Metropolitan Police Service: PEEL", id="is-x-the-worst"),
    pytest.param(["what is essex police the best at"], "Essex Police: areas rated good or better", "ranks", id="what-is-it-best-at"),
    pytest.param(["for my homework: are the police any good near me? it's middlesbrough"], "Middlesbrough is policed by Cleveland Police", "Police forces rated", id="where-said-after"),
    pytest.param(["are the police any good in hereford these days? my uncle says they've been struggling"], "West Mercia Police: PEEL", "areas rated requires improvement", id="hearsay-after-the-question"),
    pytest.param(["essex fire got an outstanding didnt they? which was it"], "Essex County Fire and Rescue Service: areas rated outstanding", "Essex County Fire and Rescue Service: Fire and rescue inspection", id="said-again-is-one-question"),
    pytest.param(["durham police grades 2023-25"], "HMICFRS graded 10 areas in this report", "I can't answer", id="areas-graded-count"),
    pytest.param(["has cumbria fire improved since last time"], "so I can't answer whether it improved", "▲", id="one-round-held"),
    pytest.param(["kent fire - how did they do on preventing fires? and on fire regulation?"], "Kent Fire and Rescue Service: protecting the public through fire regulation", "I can't answer that yet", id="and-another-area"),
    # Engage's 'why' when the sources say when, not why: said plainly; a source that gives a reason is shown as it is
    pytest.param(["is notts police in engage", "why did they go in"], "I can't answer why from what's on record", "Read the report (", id="engage-why-not-on-record"),
    pytest.param(["was london fire brigade in engage", "why"], "culture, discrimination, bullying", "I can't answer why", id="engage-why-on-record"),
    # the one body in Engage now is what 'their', 'reason?' point to
    pytest.param(["who's in special measures at the moment", "their latest peel grades"], "Lincolnshire Police: PEEL 2023–25", "I can't answer", id="the-one-in-engage"),
    # a grade typed as its capital letter
    pytest.param(["west midlands police grades", "which 3 were I"], "3 of West Midlands Police's 8 areas were rated inadequate", "I can't answer that yet", id="letter-grade"),
    pytest.param(["west midlands police grades", "exit date from engage?"], "Enhanced monitoring (Engage): West Midlands Police", "I can't answer", id="exit-date"),
    pytest.param(["north yorkshire police grades", "publication dates for both rounds?"], "North Yorkshire Police: every inspection round", "I can't answer", id="pub-dates-both"),
    # after the nineteenth sets were scored
    pytest.param(["which forces left engage in may 2024"], "Staffordshire Police", "Metropolitan Police Service", id="a-month-is-no-name"),
    pytest.param(["bognor police grades"], "Bognor Regis is policed by Sussex Police", "I can't answer", id="town-short-form"),
    pytest.param(["how many of the 43 forces have a full set of the eight core 2023-25 grades"], "30 of the 43 police forces have every core grade", "HMICFRS inspects 43", id="full-set-of-n-core"),
    pytest.param(["bucks fire engage", "why were they put in it"], "I can't answer why from what's on record", "Enhanced monitoring (Engage): Buckinghamshire", id="engage-why-grade-beside-is-context"),
    pytest.param(["surrey police grades", "got a link to their report?"], "Surrey Police: PEEL 2023–25", "not sure which", id="link-anywhere"),
    pytest.param(["lincolnshire fire grades", "any concerns flagged for them?"], "Why: Lincolnshire Fire and Rescue", "areas have no grade recorded here", id="concerns-flagged"),
    pytest.param(["essex fire grades", "does it cover southend as well"], "Southend-on-Sea's fire and rescue service is Essex County Fire and Rescue Service", "southern", id="place-in-a-follow-up-no-typo"),
    pytest.param(["which police forces have been in engage", "whats staffordshire's story"], "Enhanced monitoring (Engage): Staffordshire Police", "I can't answer", id="story-after-engage"),
    pytest.param(["kent fire on responding to fires", "what were they outstanding in then"], "Kent Fire and Rescue Service: areas rated outstanding", "Kent Fire and Rescue Service: responding", id="what-were-they-at-a-grade"),
    pytest.param(["essex police grades", "and last time?", "which ones were good"], "Essex Police was rated good in 3 of 9 areas (PEEL 2021–22", "PEEL 2023–25", id="at-a-grade-keeps-the-previous-round"),
    pytest.param(["cumbria police - which areas were good", "and the lowest?"], "Cumbria Constabulary", "Worst police forces", id="the-lowest-of-one-body"),
    pytest.param(["essex police on responding", "so how many areas are RI now"], "Essex Police: areas rated requires improvement", "How many requires improvement grades", id="how-many-of-one-body"),
    pytest.param(["lincs police 2021/22", "which areas were inadequate", "lincs fire too?"], "Lincolnshire Fire and Rescue", "in the round asked", id="kind-switch-drops-a-round-not-held"),
    pytest.param(["which fire services were inadequate for values and culture", "the 2nd one - what else did it get"], "Dorset and Wiltshire Fire and Rescue Service: Fire and rescue inspection 2023–25", "Avon Fire", id="ordinal-digits"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found(db, turns, must, never):
    _, text = said(db, turns)
    assert must in text
    assert never not in text


# the question before last: 'which of the two' and 'going back to the first'
EARLIER = [
    pytest.param(["east sussex fire grades", "and west sussex", "which of the two got a requires improvement"], "West Sussex Fire and Rescue Service: areas rated requires improvement", id="which-of-the-two"),
    pytest.param(["which fire services were inadequate for values and culture", "is suffolk police in engage", "going back to your first list - the avon one, what else did it get"], "Avon Fire and Rescue Service", id="back-to-the-first-list"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must"), EARLIER)
def test_the_question_before_last_is_kept(db, turns, must):
    text = conversed(db, turns)
    assert must in text
    assert "I can't answer that" not in text
