"""Classes found in the thirtieth development sets (written by people who read only the data), each asked in
phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import conversed

CASES = [
    # a round's span after Engage's list asks for that round's grades, not Engage ('get in 2021-22')
    pytest.param(["which police forces have been in special measures", "what did staffs get in 2021-22"], "Staffordshire Police: PEEL 2021–22", "Enhanced monitoring (Engage): Staffordshire", id="round-after-engage-list"),
    # a correction replaces the one not meant each time the last question said it, never inside an id
    pytest.param(["was the met ever in special measures", "and the brigade?", "sorry i meant kent fire not london"], "Kent Fire and Rescue Service: Fire and rescue inspection 2023–25", "London Fire Brigade: Fire and rescue inspection", id="correction-each-time"),
    # a count of a thing no grade counts is refused, never a card
    pytest.param(["how many drones does the met have"], "I can't answer that", "Metropolitan Police Service: PEEL", id="count-of-unknown-thing"),
    pytest.param(["is leeds safer than bradford"], "I can't answer that", "West Yorkshire Police: PEEL", id="safer-is-crime"),
    # 'the four' after a region's services were listed is those four, of the list's kind
    pytest.param(["how did the north east fire services do in 2023-25", "the cleveland one please", "did any of the four get an inadequate"], "fire and rescue services asked about", "Police forces", id="the-n-of-a-region"),
    # 'the other <region> services' at a grade: each of the region's, those not at it named too
    pytest.param(["how did cheshire fire do", "any of the other north west services outstanding at anything?"], "Not rated outstanding in any area: Cheshire Fire and Rescue Service", "I can't answer", id="others-in-region-named"),
    # who is asking, said in a sentence of its own before a question that names its own subject
    pytest.param(["Good morning. I chair the Dyfed-Powys police and crime panel. Which fire services in the south west got inadequate for anything?"], "Fire and rescue services in South West rated inadequate", "Dyfed-Powys Police: PEEL", id="intro-sentence-dropped"),
    pytest.param(["Hi. I live in Harrogate. How are the police here rated?"], "North Yorkshire Police", "I can't answer", id="intro-place-kept"),
    # 'compare w X' after Engage asks for a comparison, whatever else it says of Engage
    pytest.param(["is lincs police in special measures", "compare w leicestershire, they werent in engage were they"], "Compared: Lincolnshire Police, Leicestershire Police", "Enhanced monitoring (Engage): Leicestershire", id="compare-after-engage"),
    # the region said the other way round; the City's force as Londoners call it
    pytest.param(["fire services in humber and yorkshire with an outstanding"], "Fire and rescue services in Yorkshire and The Humber", "Humberside Fire and Rescue Service: areas", id="humber-and-yorkshire"),
    pytest.param(["how did the met do", "and the city lot?"], "City of London Police: PEEL", "I'm not sure which you mean", id="the-city-lot"),
    # 'on what grounds' asks why; 'am i right …' and '… who does fire there' are second questions
    pytest.param(["was cleveland police ever in special measures", "when did they go in and on what grounds"], "Why: Cleveland Police", "I can't answer", id="on-what-grounds"),
    pytest.param(["norfolk police grades and am i right they were in engage once"], "Norfolk Constabulary: PEEL 2023–25", "I can't answer that", id="am-i-right-second"),
    pytest.param(["thames valley police grades", "aylesbury is ours for policing yes? and who does fire there"], "Thames Valley Police: PEEL", "I can't answer", id="who-does-fire-there"),
    # after Wales's fire services (not inspected), 'who inspects them' asks of them; the talk stays on the police
    pytest.param(["how are the police in newport", "and the fire service there", "who checks them then"], "not inspected by HMICFRS", "Gwent Police: PEEL", id="who-inspects-welsh-fire"),
    pytest.param(["how are the police in newport", "and the fire service there", "and the rest of wales?"], "Dyfed-Powys Police", "I can't answer that", id="welsh-fire-detour"),
    # 'that police report' after a place's force and then its fire service: the force's report
    pytest.param(["how are the police in lowestoft", "and the fire service there?", "when did that police report come out?"], "Suffolk Constabulary's PEEL 2023–25 report was published", "Suffolk Fire and Rescue Service: Fire", id="that-police-report-after-fire"),
    # a list shown, then 'any of those in engage?' with no verb; 'end up in it' is Engage
    pytest.param(["which fire services cover thames valley police", "any of those in engage?"], "Buckinghamshire Fire and Rescue Service", "13 police forces and fire and rescue services", id="any-of-those-in-engage"),
    pytest.param(["which fire services cover thames valley police", "any of those in engage?", "why did bucks end up in it"], "say about Engage", "Why: Thames Valley Police", id="end-up-in-it"),
    # names people use: 'D&S' for Devon and Somerset's fire service, 'Avon police' for Avon and Somerset's force
    pytest.param(["avon fire or d&s, which did better"], "Compared: Avon Fire and Rescue Service, Devon and Somerset Fire and Rescue Service", "I'm not sure", id="d-and-s"),
    # a body's reports put against its Engage spells, when asked which came first
    pytest.param(["was gloucestershire police in special measures", "was the report before or after they went in"], "its PEEL 2021–22 report (published 27 October 2021) came before it went in", "I can't answer that", id="report-before-or-after-engage"),
    # the reports' dates of the bodies just shown; more of a grade than the body just asked about
    pytest.param(["compare norfolk and suffolk police", "when were both reports published?"], "Norfolk Constabulary: PEEL 2023–25, published 23 September 2024", "The latest 2 reports", id="dates-of-the-two"),
    pytest.param(["durham police grades", "which forces got more outstandings than them"], "Police forces rated outstanding in 2 or more areas", "I can't answer that", id="more-than-them"),
    # a name said with its kind is no body of the other kind in the list; 'the police' asked over time is the place's force
    pytest.param(["how do the fire services in exeter and leicester compare", "was the devon and cornwall police one any better in the previous round"], "Devon and Cornwall Police", "Devon and Somerset Fire and Rescue Service: Fire", id="named-one-of-other-kind"),
    pytest.param(["how are the police in lowestoft", "what about the fire brigade", "were the police any better last time round?"], "Suffolk Constabulary: PEEL 2021–22", "Suffolk Constabulary: PEEL 2023–25", id="the-police-over-time"),
    # 'what else did X get' names its body; 'the X one' after 'why' of one of a list is of that list
    pytest.param(["which fire services were outstanding for fire regulation", "why kent", "what else did merseyside get"], "Merseyside Fire and Rescue Service: Fire and rescue inspection", "Kent Fire and Rescue Service: Fire", id="what-else-did-x-get"),
    pytest.param(["which fire services were rated inadequate on values and culture", "why avon", "the east anglia one"], "Suffolk Fire and Rescue Service", "Avon Fire and Rescue Service", id="pick-after-why"),
    # 'does that cover X as well' after one body: whether the place is that body's; 'aswell' is 'as well'
    pytest.param(["swindon fire?", "does that cover bournemouth aswell"], "Yes: Bournemouth's fire and rescue service is Dorset and Wiltshire Fire and Rescue Service", "Enhanced monitoring", id="does-that-cover"),
    # 'has any force had a grade changed after …' mid-conversation asks of every body
    pytest.param(["kent police grades", "has any force had a grade changed after the report came out"], "Grades changed after publication", "Kent Police: every inspection round", id="any-regrade-mid-conversation"),
    # a scene set in a sentence of its own, then a question pointing back to it; a remark after that names nothing
    pytest.param(["doing a piece tonight on lincolnshire police being in special measures. how did they do in their last peel inspection?"], "Lincolnshire Police: PEEL 2023–25", "Enhanced monitoring", id="scene-then-question"),
    pytest.param(["my nan is worried about burglaries in hull. how are the police there rated?"], "Humberside Police: PEEL", "I can't answer that", id="scene-topic-not-asked"),
    pytest.param(["is oxfordshire's fire service any good? we rent a thatched cottage in the village"], "Oxfordshire Fire and Rescue Service: Fire and rescue inspection", "I can't answer that", id="remark-after-question"),
    # 'didn't X get …? why?' asks why it did: the grade asked, never the others
    pytest.param(["norfolk police grades", "didnt norfolk get an outstanding? why?"], "Recording data about crime (Outstanding)", "(Requires improvement)", id="why-after-negative-question"),
    # classes found in the thirtieth blind sets once scored, in phrasings of our own
    pytest.param(["norfolk police grades", "and 2021?"], "Norfolk Constabulary: PEEL 2021–22", "I can't answer that", id="round-first-year-alone"),
    pytest.param(["norfolk police grades", "what about 2021 22"], "Norfolk Constabulary: PEEL 2021–22", "I can't answer that", id="round-with-a-space"),
    pytest.param(["when did staffordshire police leave special measures", "are you sure? what date exactly"], "Enhanced monitoring (Engage): Staffordshire Police", "I'm not sure which you mean", id="what-date-exactly"),
    pytest.param(["cornwall fire grades", "no, i meant the one that covers exeter"], "Devon and Somerset Fire and Rescue Service", "Devon and Cornwall Police: PEEL", id="meant-the-one-covering"),
    pytest.param(["how did the fire services in the south west do", "the cornish one"], "Cornwall Fire and Rescue Service", "I can't answer that", id="demonym-pick"),
    pytest.param(["was staffordshire police ever in special measures", "why did they go in", "did staffordshire fire go through the same thing?"], "Enhanced monitoring (Engage): Staffordshire Fire and Rescue Service", "I can't answer that", id="same-thing-is-engage"),
    pytest.param(["was cleveland police in special measures", "what did cleveland get in their latest one"], "Cleveland Police: PEEL 2023–25", "Enhanced monitoring (Engage): Cleveland", id="what-did-they-get-after-engage"),
    pytest.param(["compare kent and essex fire", "which of them has more fire stations"], "crime figures and other statistics", "Compared:", id="more-stations-refused"),
    pytest.param(["on call crew in telford - what did our service get in the last inspection?"], "Shropshire Fire and Rescue Service: Fire", "West Mercia Police: PEEL", id="firefighter-our-service"),
    pytest.param(["devon and cornwall police - out of special measures yet?", "why did they go in", "and now?"], "Devon and Cornwall Police: PEEL 2023–25", "I can't answer that", id="and-now-after-why-engage"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_thirtieth_sets(db, turns, must, never):
    text = conversed(db, turns)
    assert must in text
    assert never not in text
