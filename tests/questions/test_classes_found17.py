"""Classes found in the seventeenth development sets (written by people who read only the data), each asked in
phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import said_after as said

FIRE_CULTURE = "which fire services were rated inadequate on values and culture"
OUTSTANDING_MAJOR = "which fire services were outstanding at major incidents"
RESPONDING = "which forces are inadequate at responding to the public"

CASES = [
    # a pick, then a question about what was picked
    pytest.param([FIRE_CULTURE, "the dorset one: why?"], "Why: Dorset and Wiltshire Fire and Rescue Service on promoting the right values and culture", "Avon Fire", id="pick-then-why"),
    pytest.param([RESPONDING, "the surrey one - ever in special measures?"], "Enhanced monitoring (Engage): Surrey Police", "Cambridgeshire", id="pick-then-engage"),
    pytest.param([RESPONDING, "the cambs one, was it worse last time"], "Cambridgeshire Constabulary: responding to the public", "Surrey Police", id="pick-then-movement"),
    # a pick by the region or country the listed body is in
    pytest.param([RESPONDING, "the one in the south west - full grades?"], "Devon and Cornwall Police: PEEL 2023–25", "Surrey Police", id="pick-region-full-grades"),
    pytest.param([OUTSTANDING_MAJOR, "the london one"], "London Fire Brigade", "Merseyside", id="pick-london-one"),
    # the whole card after one body's area
    pytest.param(["kent fire on preventing fires", "the rest of its grades"], "Kent Fire and Rescue Service: Fire and rescue inspection 2023–25", "I can't answer", id="rest-of-its-grades"),
    # a body of the other kind, named with its kind, for comparison: asked alone, on its own areas
    pytest.param(["compare norfolk fire and suffolk fire", "suffolk constabulary 2021/22 for comparison?"], "Suffolk Constabulary", "Suffolk Fire and Rescue Service: no 2021", id="other-kind-for-comparison"),
    # why, typed short or as 'what's behind'
    pytest.param(["london fire brigade engage", "y did they go in"], "Why: London Fire Brigade", "I can't answer", id="y-did"),
    pytest.param(["suffolk fire grades", "whats behind the inadequate?"], "Why: Suffolk Fire and Rescue Service", "areas rated inadequate", id="whats-behind"),
    # idioms: who came out on top is who did better, not a publication or Engage
    pytest.param(["essex vs kent, who came out on top"], "Compared: Essex Police, Kent Police", "I can't answer", id="came-out-on-top"),
    # money asked is budgets, never a card
    pytest.param(["how much money does essex police get each year"], "I can't answer that", "Essex Police: PEEL", id="how-much-money"),
    # a regrade asked with 'a'
    pytest.param(["has hmicfrs ever changed a grade after publication"], "Grades changed after publication", "every graded area", id="changed-a-grade"),
    # after the fifth fresh sets were scored: Engage counted, a pick among one body's areas, movements
    pytest.param(["which police forces have ever been in engage", "how many's that"], "10 police forces have been in it in all", "HMICFRS inspects 43", id="engage-how-many"),
    pytest.param(["essex police grades", "the RI one - was it the same last time"], "Essex Police was rated Adequate for protecting vulnerable people (PEEL 2021–22", "I can't answer", id="pick-area-by-grade"),
    pytest.param(["essex police over time", "which areas went down"], "Essex Police: every inspection round", "I can't answer", id="which-areas-went-down"),
    pytest.param([RESPONDING, "gwent was inadequate on it the time before wasnt it"], "Gwent Police was rated Inadequate for responding to the public (PEEL 2021–22", "areas rated inadequate", id="named-body-on-it-before"),
    pytest.param(["gwent responding to the public 2021-22", "how many forces were inadequate on that in 21/22"], "of the 43 police forces are rated inadequate for responding to the public", "Gwent Police: areas rated", id="how-many-on-that"),
    pytest.param(["which fire services are in engage right now"], "3 have been in it and left (below)", "ask who has left", id="none-now-shows-who-left"),
    pytest.param(["which fire services are in engage right now", "and police?"], "1 police force in enhanced monitoring (Engage) now: Lincolnshire Police. (Only", "have been in it in all", id="now-kept-on-kind-switch"),
    pytest.param(["which fire services are in engage right now", "how long was bucks fire in for"], "Buckinghamshire Fire and Rescue Service was in enhanced monitoring (Engage) from 22 November 2023", "PEEL", id="how-long-in-for"),
    pytest.param(["who was chief constable of staffordshire when it came out of special measures"], "I can't answer that: it asks about named officers", "Enhanced monitoring (Engage)", id="named-person-over-engage"),
    pytest.param(["which forces got nothing lower than adequate"], "rated adequate or better in every graded area", "or worse in every", id="nothing-lower-than"),
    pytest.param(["which fire services were good or outstanding in every area, nothing lower"], "rated good or better in every graded area", "or worse in every", id="nothing-lower"),
    pytest.param(["please set out kent's 2023-25 grades alongside those of essex"], "Compared: Kent Police, Essex Police", "I can't answer", id="set-out-alongside"),
    pytest.param(["kent responding grade + are they in engage"], "Enhanced monitoring (Engage): Kent Police", "not taken into account", id="plus-splits"),
    # what people said of a report, and analysis across grades: refused, never a card
    pytest.param(["essex fire grades", "what did the chief fire officer say in response"], "I can't answer that", "Essex County Fire and Rescue Service: responding", id="reaction-of-a-chief"),
    pytest.param(["what does the police federation make of the kent report"], "I can't answer that", "Kent Police: PEEL", id="reaction-make-of"),
    pytest.param(["is there a correlation between police workforce grades and fire culture grades"], "I can't answer that: it asks about statistical analysis", "Police forces rated", id="correlation"),
    pytest.param(["kent fire grades", "what did the inspectors say"], "Why: Kent Fire and Rescue Service", "I can't answer that", id="inspectors-say-is-why"),
    pytest.param(["was bucks fire in engage", "what were the causes of concern"], "Why: Buckinghamshire Fire and Rescue Service", "I can't answer that", id="causes-of-concern-after-a-body"),
    pytest.param(["what were the causes of concern"], "I can't answer that", "Why:", id="causes-of-concern-alone"),
    pytest.param(["how come scilly fire only got 10 grades"], "Responding to major and multi-agency incidents", "Why:", id="only-ten-grades"),
    pytest.param(["grade south wales police", "is there a newer one out"], "South Wales Police's 2025–27 grades are not recorded here yet", "I can't answer that", id="newer-one-out"),
    # an area not recorded: what HMICFRS's count of that report leaves for it
    pytest.param(["gmp workforce", "and in 21/22?"], "leaves 1 adequate, 5 requires improvement, 1 inadequate for the areas not recorded here", "was rated", id="count-leaves"),
    pytest.param(["police in cardiff", "and the fire service there", "who inspects them then"], "Welsh Government's responsibility", "South Wales Police: PEEL", id="who-inspects-them"),
    pytest.param(["police scotland grades", "so who does inspect them"], "HM Inspectorate of Constabulary in Scotland", "I can't answer that yet", id="who-inspects-scotland"),
    pytest.param(["grade gwent", "what about newport, police and fire"], "policed by Gwent Police", "I have no grades for fire and rescue services in Wales.\nWales", id="place-police-and-fire-follow-up"),
    pytest.param(["which south west forces were inadequate at responding", "what about avon"], "Avon and Somerset Constabulary", "not sure which you mean", id="shared-name-kind-kept"),
    pytest.param(["avon fire grades", "and what about avon's police"], "Avon and Somerset Constabulary", "not sure which you mean", id="shared-name-kind-said"),
    pytest.param(["devon and cornwall police 2021/22", "what else was it inadequate on that time"], "rated inadequate in 3 of 9 areas (PEEL 2021–22", "PEEL 2023–25", id="that-time"),
    pytest.param(["which north east forces avoided any requires improvement or inadequate grade"], "rated adequate or better in every graded area", "rated requires improvement or inadequate", id="avoided-is-a-negation"),
    pytest.param(["my brother reckons kent fire wasnt rated inadequate for anything, is that right"], "Kent Fire and Rescue Service", "Yes:", id="claim-checked"),
    # 'the city' is the asker's own place, never the City of London by itself; 'the city one' after it is
    pytest.param(["im in leeds, which fire service covers the city"], "West Yorkshire Fire and Rescue Service", "London Fire Brigade", id="the-city-is-no-name"),
    pytest.param(["how are city of london police doing", "was the city one better last time"], "City of London Police", "not sure which you mean", id="the-city-one"),
    pytest.param(["swansea - which police force and which fire service cover it"], "Mid and West Wales Fire and Rescue Service", "London Fire Brigade", id="which-force-and-which-fire"),
    pytest.param(["which forces in the west midlands region are inadequate in anything", "the west midlands one - which areas"], "West Midlands Police: areas rated inadequate", "Warwickshire", id="region-named-like-a-body"),
    pytest.param(["which forces got outstanding for anything", "just the ones in the noth west"], "North West", "North Wales Police", id="region-typo-no-body"),
    # the City of London is policed by the City of London Police, not the Met (a data correction)
    pytest.param(["my office is in the city of london, who does police and fire there"], "City of London is policed by City of London Police", "policed by Metropolitan", id="city-of-london-police"),
    pytest.param(["how many forces were outstanding at recording data", "list them"], "• Gwent Police — Outstanding", "I can't answer", id="list-them"),
    pytest.param(["kent police 2021-22", "and the latest round"], "Kent Police: PEEL 2025–27", "I can't answer", id="the-latest-round"),
    pytest.param(["scilly fire grades", "why only 10 areas?"], "not graded in this report", "Why:", id="only-ten-follow-up"),
    pytest.param(["essex police 2021-22", "what about their fire service over the same period?"], "Essex County Fire and Rescue Service: Fire and rescue inspection 2023–25", "no fire and rescue inspection 2021", id="round-the-kind-has"),
    pytest.param(["kent fire - apart from the culture stuff how did they do"], "Kent Fire and Rescue Service: Fire and rescue inspection 2023–25", "Kent Fire and Rescue Service: promoting", id="except-an-area-of-one-body"),
    # after the sixth fresh sets were scored
    pytest.param(["my gran is in bangor (the welsh one) - police any good"], "Bangor is policed by North Wales Police", "Northern Ireland", id="the-welsh-one"),
    pytest.param(["what distinguishes 'good' from 'adequate', and also how many of kent fire's areas were good"], "What “Good” means", "I can't answer that", id="distinguish-and-more"),
    pytest.param(["lincolnshire police 2023-25 grades, and whether it remains in engage"], "Lincolnshire Police: PEEL 2023–25", "I can't answer", id="and-whether"),
    pytest.param(["scilly fire grades", "why only 10 for scilly"], "not graded in this report", "Why:", id="only-ten-for"),
    pytest.param(["compare the south west fire services", "why only 10 for scilly"], "Isles of Scilly Fire and Rescue Service: Fire and rescue inspection", "Why:", id="only-ten-for-a-name"),
    pytest.param(["which forces were outstanding at protecting vulnerable people", "the humberside one - what else did it get"], "Humberside Police: PEEL", "I can't answer", id="what-else-did-it-get"),
    pytest.param(["police in wrexham", "and the fire service", "who checks them then"], "Welsh Government's responsibility", "North Wales Police: PEEL", id="who-checks-them"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_seventeenth_sets(db, turns, must, never):
    _, text = said(db, turns)
    assert must in text
    assert never not in text
