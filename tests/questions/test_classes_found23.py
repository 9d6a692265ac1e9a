"""Classes found in the twenty-third development sets and the twenty-second blind sets once scored (written by
people who read only the data), each asked in phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import conversed

CASES = [
    # 'and since?', 'what about now?' after one body: its latest report
    pytest.param(["how did essex police do in 2021/22", "and since then?"], "Essex Police: PEEL 2023–25", "I can't answer that yet", id="since-then"),
    pytest.param(["which areas did west yorkshire get good in", "what about now?"], "West Yorkshire Police: PEEL 2023–25", "I can't answer that yet", id="now-after-no-round"),
    # a round said after an Engage answer asks for that round's grades
    pytest.param(["has staffordshire police been in engage", "what did the 2021/22 peel say"], "Staffordshire Police: PEEL 2021–22", "I can't answer that yet", id="round-after-engage"),
    # 'was that why …' and 'why were we in it' after Engage: why the body went in, from what is on record
    pytest.param(["how did wiltshire police do in 2021/22", "is that why they went into special measures?"], "I can't answer why from what's on record", "every inspection round", id="was-that-why"),
    pytest.param(["when did gloucestershire fire come out of engage", "why were they in there"], "Went into Engage", "I can't answer that yet", id="why-in-there"),
    # the City beside the Met
    pytest.param(["how is the met on investigating crime", "and the city force?"], "City of London Police", "Metropolitan Police Service is rated", id="city-force"),
    pytest.param(["which is better, the met or the city"], "Compared: Metropolitan Police Service, City of London Police", "I'm not sure which", id="met-or-city"),
    # whether a place is a body's: yes or no, then its own body
    pytest.param(["is stockport greater manchester police?"], "Yes: Stockport is policed by Greater Manchester Police.", "No:", id="place-check-yes"),
    pytest.param(["is solihull covered by warwickshire police"], "No: Solihull is policed by West Midlands Police, not Warwickshire Police.", "Warwickshire Police: PEEL", id="place-check-no"),
    pytest.param(["how is merseyside police", "my brother lives in birkenhead, same police?"], "Yes: Birkenhead is policed by Merseyside Police.", "I can't answer", id="same-police"),
    # safety on the streets is no grade
    pytest.param(["is it safe to walk round leicester at night"], "I can't answer that", "Leicestershire Police: PEEL", id="safe-at-night"),
    # 'how many got X for it' after a list on one area: the count at X for that area
    pytest.param(["which forces were inadequate at responding to the public", "how many got good for it"], "rated good for responding to the public", "in at least one area", id="how-many-for-it"),
    # 'names?' after a count
    pytest.param(["how many fire services were outstanding at preventing fires", "names pls"], "rated outstanding for preventing fires", "I can't answer that yet", id="names-after-count"),
    # leaving one out, however it is said
    pytest.param(["which forces were good at investigating crime, leave surrey out"], "other than Surrey Police", "Surrey Police: ", id="leave-out"),
    pytest.param(["inadequate fire services ignoring avon"], "other than Avon Fire and Rescue Service", "I can't answer", id="ignoring"),
    # years spent somewhere are no spending
    pytest.param(["spent 30 years at a station in ipswich, how's the fire service there"], "Suffolk Fire and Rescue Service", "budgets", id="years-spent"),
    # a place said first, in lower case, before a word for its people
    pytest.param(["reading resident asking about police grades"], "Thames Valley Police", "I can't answer that yet", id="place-first-lower-case"),
    # 'richmond (the north yorkshire one not london)': the one meant
    pytest.param(["richmond (the north yorkshire one not london) police"], "North Yorkshire Police", "Metropolitan Police Service", id="the-one-meant"),
    # 'cy2022': the calendar year
    pytest.param(["which forces were in engage at any point in cy2022"], "at any time in 2022", "I can't answer that yet", id="calendar-year"),
    # a grade and its negation said both ways: the grades not negated
    pytest.param(["which forces only got adequate or better - no ri or inadequate anywhere"], "rated adequate or better in every graded area", "for None", id="both-ways"),
    # firemen, marks
    pytest.param(["are the firemen any good in exeter"], "Devon and Somerset Fire and Rescue Service", "Devon and Cornwall Police: PEEL", id="firemen"),
    pytest.param(["how is cumbria police doing", "what marks did the force get in its last but one inspection"], "Cumbria Constabulary", "I can't answer that yet", id="marks"),
    # 'the fire service' in a longer follow-up is the last body's counterpart
    pytest.param(["how is kent police", "ok and how did the fire service over there do in their inspection"], "Kent Fire and Rescue Service", "I can't answer that yet", id="the-fire-service-long"),
    # no Engage spell for a fire service whose police force was in it: said
    pytest.param(["is the fire service in boston, lincolnshire in special measures"], "The police force for the same area has been in it", "Yes:", id="engage-counterpart"),
    pytest.param(["is the fire brigade in exeter still in special measures"], "The police force for the same area has been in it", "Yes:", id="engage-counterpart-still"),
    pytest.param(["were staffs fire ever in engage"], "Not on record", "The police force for the same area", id="engage-no-counterpart"),
    # 'which is better then' after two questions each about one body
    pytest.param(["how did cheshire fire do", "and merseyside fire?", "which is better then"], "Compared: Cheshire Fire and Rescue Service, Merseyside Fire and Rescue Service", "I can't answer that yet", id="which-is-better"),
    # found in review: a negation and an exception in one question keep both; a place check with a second
    # question is left to the split, never answered as the check alone
    pytest.param(["which fire services weren't rated inadequate for anything, apart from avon"], "other than Avon Fire and Rescue Service rated requires improvement or better in every graded area", "in at least one area", id="negation-with-exception"),
    pytest.param(["does thames valley cover slough and how did they do on investigating"], "Read as:", "Yes: Slough", id="check-with-second-question"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_twenty_third_sets(db, turns, must, never):
    text = conversed(db, turns)
    assert must in text
    assert never not in text
