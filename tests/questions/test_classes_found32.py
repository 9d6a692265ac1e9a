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
    # the kind meant said in the present ('I mean police, not fire.'), then the question
    pytest.param(["which fire services in the south west got an inadequate", "no, i mean police not fire. which police in this region got inadequate"], "Police forces in South West rated inadequate", "What “Inadequate” means", id="i-mean-the-kind"),
    # 'special measure' said singular is Engage
    pytest.param(["how is cleveland police", "i heard they was in special measure, true?"], "Enhanced monitoring (Engage): Cleveland Police", "Cleveland Police: PEEL", id="special-measure-singular"),
    # after why one body went into Engage, another named as 'the same': why that one; named alone: its grades
    pytest.param(["was staffordshire police in special measures", "why", "west midlands police - same story?"], "Why: West Midlands Police", "Why: Staffordshire Police", id="same-story-why"),
    pytest.param(["was staffordshire police in special measures", "why", "and city of london police?"], "City of London Police: PEEL", "Why: City of London Police", id="name-alone-after-why-is-grades"),
    # 'who's in engage now' after one body's Engage: everyone in it now
    pytest.param(["has cleveland police been in engage", "so whos actually in engage now"], "in enhanced monitoring (Engage) now: Lincolnshire Police", "Cleveland Police was in", id="whos-in-engage-now"),
    # money asked about Engage is refused; time spent in it is not money
    pytest.param(["how much has all this enhanced monitoring cost the taxpayer"], "budgets and spending", "Enhanced monitoring (Engage)\n", id="money-of-engage-refused"),
    pytest.param(["which force spent longest in special measures"], "Enhanced monitoring (Engage)", "budgets and spending", id="time-spent-in-engage-answered"),
    # after a fire service, 'the other services in the X police area': the force's other fire services
    pytest.param(["how did royal berkshire fire do", "what about the other services in the thames valley police area"], "Compared: Buckinghamshire Fire and Rescue Service, Oxfordshire Fire and Rescue Service", "Thames Valley Police: PEEL", id="other-services-in-force-area"),
    # a correction of a place with the kind said after it: that place's body of that kind
    pytest.param(["are the police any good in worcester", "and the fire lot", "no i meant hereford not worcester for the fire"], "Hereford and Worcester Fire and Rescue Service: Fire", "compare", id="correction-for-the-kind"),
    pytest.param(["how are the police in lincoln", "no i meant derby not lincoln for the fire"], "Derbyshire Fire and Rescue Service: Fire", "Lincolnshire Police: PEEL", id="correction-for-the-fire"),
    # 'who covers <place>' with no kind said: its force and its fire service
    pytest.param(["my aunt lives in truro - who covers her?"], "Truro's fire and rescue service is Cornwall Fire and Rescue Service", "I can't answer", id="who-covers-both-kinds"),
    # a guess after the question that the count answers ('more than half?') is no part of it
    pytest.param(["cumbria fire grades", "how many are requires improvement? more than half?"], "Cumbria Fire and Rescue Service was rated requires improvement in 6 of 11 areas", "I can't answer that", id="guess-the-count-answers"),
    # 'areas for improvement' are the report's findings on record (the reasons), never 'requires improvement' grades
    pytest.param(["what were the areas for improvement for kent police"], "Why: Kent Police", "areas rated requires improvement", id="areas-for-improvement-are-reasons"),
    # 'what day in july was that' of a report whose day is not recorded: the month, and that the day is unknown
    pytest.param(["cumbria fire grades", "what day in july was that"], "the day is not recorded here", "I can't answer that yet", id="day-not-recorded"),
    # 'how many forces were put into engage after 2022' after one body's Engage: every force's spells
    pytest.param(["bucks fire engage dates", "police for bucks", "how many forces were put into engage after 2022"], "Enhanced monitoring (Engage)", "Thames Valley Police", id="how-many-forces-into-engage"),
    # 'which fire services besides bucks cover tvp': the others, with no note that 'besides' was left out
    pytest.param(["which fire services besides bucks cover thames valley police"], "Compared: Oxfordshire Fire and Rescue Service, Royal Berkshire Fire and Rescue Service", "not taken into account", id="besides-in-covering"),
    # a dispute naming an area is a challenge of that grade: its sentence on record, not the card again
    pytest.param(["suffolk police grades", "that's wrong for responding"], "Why: Suffolk Constabulary on responding to the public", "Suffolk Constabulary: PEEL 2023–25\n==", id="dispute-names-area"),
    # classes found in the thirty-third development sets
    # refused though Engage or an area is named: figures, crime itself, counts of work done, people, the far past
    pytest.param(["how many officers have they lost since cleveland police went into engage?"], "I can't answer that", "Enhanced monitoring (Engage)\n", id="figures-with-engage-refused"),
    pytest.param(["has crime gone down in birmingham since west midlands police left special measures?"], "I can't answer that", "Enhanced monitoring (Engage)\n", id="crime-trend-with-engage-refused"),
    pytest.param(["how many fire safety audits did essex fire do last year"], "I can't answer that", "protecting the public through fire regulation\n", id="work-counts-with-area-refused"),
    pytest.param(["kent fire grades", "who actually runs kent fire now"], "named officers and office holders", "Kent Fire and Rescue Service: Fire", id="who-runs-refused"),
    pytest.param(["what were durham police like back in the 90s?"], "the years before HMICFRS graded", "Durham Constabulary: PEEL", id="far-past-refused"),
    pytest.param(["durham police investigating crime last time round? i worked there in the 90s"], "Durham Constabulary", "the years before HMICFRS graded", id="far-past-remark-kept"),
    # who said it, and where, is no part of the question ('someone at nursery said …')
    pytest.param(["how are essex police", "someone at school said they were in special measures?"], "Enhanced monitoring (Engage): Essex Police", "schools and colleges", id="hearsay-frame-dropped"),
    # a name dictation split into two words, or wrote as it sounds
    pytest.param(["shrews berry police grades"], "West Mercia Police: PEEL", "I can't answer that", id="dictation-split-name"),
    pytest.param(["compare kent fire with nor fork fire"], "Norfolk Fire and Rescue Service", "I'm not sure which", id="dictation-split-county"),
    pytest.param(["how are the police in lester"], "Leicestershire Police: PEEL", "I can't answer that", id="dictation-said-as"),
    pytest.param(["ok and leicesters fire service?"], "Leicestershire Fire and Rescue Service", "Leicestershire Police: PEEL", id="dictation-never-eats-a-known-word"),
    # 'y' alone is why; '21/22 vs now' is the grade over time; 'go through it' is Engage; 'side by side with' compares
    pytest.param(["was cleveland police in special measures", "y"], "Why: Cleveland Police", "I can't answer that yet", id="y-alone-is-why"),
    pytest.param(["essex police investigating 21/22 vs now"], "Movement compares with", "I can't answer that", id="round-vs-now-over-time"),
    pytest.param(["was the met in special measures", "did any fire services go through it too"], "London Fire Brigade", "I can't answer that", id="go-through-it-is-engage"),
    pytest.param(["kent police grades", "put the police grades side by side with essex's for me"], "Compared: Kent Police, Essex Police", "I'm not sure which", id="side-by-side-with"),
    # after a fire service, 'compare the force with X' is its force and X's; 'is <town> them too' checks the town
    pytest.param(["northants fire?", "compare the force with leicestershire"], "Compared: Northamptonshire Police, Leicestershire Police", "Leicestershire Fire", id="the-force-says-police"),
    pytest.param(["how did cleveland fire do", "how do the other north east forces compare with us on investigating"], "Durham Constabulary", "I can't answer", id="region-others-not-the-force-alone"),
    pytest.param(["how are west midlands police", "and the fire service there", "is coventry them too"], "Yes: Coventry's fire and rescue service is West Midlands Fire Service", "Enhanced monitoring", id="is-town-them-too"),
    # 'i said X earlier, i meant Y, what are the police like there': the question, of the place meant
    pytest.param(["which fire service covers stafford", "sorry i said stafford earlier i meant stratford upon avon, what are the police like there"], "Stratford-upon-Avon is policed by Warwickshire Police", "Staffordshire Police", id="said-earlier-meant"),
    # 'changed a force's PEEL grade after the report was published' asks for regrades
    pytest.param(["has hmicfrs ever changed a force's peel grade after the report was published?"], "Grades changed after publication", "every graded area", id="changed-a-forces-grade"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_thirty_second_sets(db, turns, must, never):
    text = conversed(db, turns)
    assert must in text
    assert never not in text
