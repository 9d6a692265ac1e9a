"""Classes found in the thirty-first development sets and in trying the bot as a newcomer, each asked in
phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import conversed

CASES = [
    # more of a grade than a body named in the question, not only 'than them' after one
    pytest.param(["who has more outstandings than merseyside police"], "Most outstanding grades: police forces", "Merseyside Police: areas rated outstanding", id="more-than-named"),
    pytest.param(["kent fire grades", "anyone got more outstandings than lancs?"], "Lancashire Fire and Rescue Service — 6 outstanding", "Police forces", id="more-than-named-kind-kept"),
    # a body whose latest report graded one area: the ranking of its fuller report's round, never a count of one
    pytest.param(["does any force have more good grades than kent police"], "Most good grades: police forces", "Kent Police: areas rated good", id="more-than-new-round"),
    # a grade challenged with its area named: that area's grade on record, not the reasons for every grade
    pytest.param(["suffolk police grades", "i thought investigating crime was good"], "Investigating crime (Adequate)", "Responding to the public (Inadequate)", id="challenge-names-area"),
    pytest.param(["suffolk police grades", "really? i thought they were good at responding"], "Responding to the public (Inadequate)", "Investigating crime (Adequate)", id="challenge-names-area-after"),
    # a day as a diary says it is never a place misspelt ('weds' is no town, 'thurs' no Thurso)
    pytest.param(["rally in harlow on thurs - which police force is that"], "Harlow is policed by Essex Police", "Scotland", id="weekday-no-place"),
    # 'go backwards' is a grade moving, for the area just named
    pytest.param(["essex police grades", "what did they get the time before", "so did responding go backwards?"], "Movement compares with PEEL 2021–22", "I can't answer that", id="went-backwards"),
    # 'the island one' of a list: the one whose name says isle or isles
    pytest.param(["which fire services cover devon and cornwall police", "the island one please"], "Isles of Scilly Fire and Rescue Service: Fire and rescue inspection", "Devon and Somerset Fire and Rescue Service: Fire", id="island-one"),
    # a body named, asked against its own past ('than it was last time'), after a town: that body over time
    pytest.param(["which force polices ipswich", "is the suffolk fire service any better than it was last time"], "Only one round is recorded here for Suffolk Fire and Rescue Service", "Compared", id="named-against-its-past"),
    # 'moved into it' after Engage, and 'come out in <month>': Engage's dates, never the grades over time
    pytest.param(["when did staffordshire police leave engage", "and when were they moved into it?"], "Enhanced monitoring (Engage): Staffordshire Police", "every inspection round", id="moved-into-it"),
    pytest.param(["devon and cornwall police were in special measures right?", "did they come out in june or july"], "Enhanced monitoring (Engage): Devon and Cornwall Police", "PEEL 2023–25", id="come-out-in-month"),
    # an area only the other kind has, compared with a bare name: the forces, the one covering the service too
    pytest.param(["how's derbyshire fire doing", "compare investigating with nottinghamshire"], "Compared on investigating crime: Derbyshire Constabulary, Nottinghamshire Police", "Derbyshire Fire and Rescue Service", id="area-says-the-kind"),
    # two Welsh towns' fire services (not inspected), then 'the police': each town's force
    pytest.param(["are the fire services in bangor and cardiff any good", "what about the police then"], "Compared: North Wales Police, South Wales Police", "I can't answer that", id="welsh-towns-then-police"),
    # 'what's not recorded for X' after a list at a grade: X's card, every area, not the grade carried
    pytest.param(["which areas was cleveland police worst at", "and what's not recorded for north wales police"], "North Wales Police: PEEL 2023–25", "areas rated requires improvement", id="whats-not-recorded"),
    # 'the north east one' of Engage's list: the one listed in that region; 'what put them in there' is why
    pytest.param(["which forces have ever been in engage", "the north east one, when did it go in"], "Enhanced monitoring (Engage): Cleveland Police", "North Wales", id="region-one-of-engage-list"),
    pytest.param(["have any fire services been in special measures", "the london one - what put them in there"], "Why: London Fire Brigade", "I can't answer", id="region-one-why"),
    # a correction said first, the one meant just before 'not'
    pytest.param(["who does fire in brighton", "no - horsham not brighton"], "West Sussex Fire and Rescue Service", "East Sussex Fire and Rescue Service: Fire", id="correction-x-not-y"),
    # 'the other <region> forces compare with us' after the speaker's fire service: the region's forces
    pytest.param(["we're durham police - how did we do", "what about durham fire", "how do the other north east forces compare with us on responding"], "Compared on responding to the public: Durham Constabulary, Cleveland Police, Northumbria Police", "County Durham and Darlington Fire", id="region-others-with-us"),
    # a claim disputed with no body or grade of its own: the answer on record again, never the claim's words read
    pytest.param(["isles of scilly fire grades", "nonsense, every fire service is graded on eleven areas"], "Isles of Scilly Fire and Rescue Service: Fire and rescue inspection 2023–25", "I can't answer that", id="disputed-holds-ground"),
    pytest.param(["when did wiltshire police come out of engage", "that's not right, it was earlier"], "Enhanced monitoring (Engage): Wiltshire Police", "I can't answer that", id="disputed-engage-date"),
    # 'which of them was best at X' with some of the list not graded there: all side by side, unknowns shown
    pytest.param(["how did the north east fire services do", "which of them was best at preventing fires"], "Compared on preventing fires and other risks: Cleveland Fire Brigade", "I can't answer that", id="best-of-list-with-unknowns"),
    # 'and the fire services up there - which did worst?' after a force: that kind in its region, ranked
    pytest.param(["how did durham police do", "and the fire services up there - which did worst?"], "Worst fire and rescue services in North East", "Durham Constabulary", id="other-kind-in-region-ranked"),
    # after Engage, 'our grades in that inspection round' asks for grades ('in that inspection' is no 'in it')
    pytest.param(["was staffordshire fire ever in special measures", "right and our grades in that inspection round area by area"], "Staffordshire Fire and Rescue Service: Fire and rescue inspection 2023–25", "Enhanced monitoring (Engage)", id="grades-in-that-inspection-after-engage"),
    # 'gm' said with a kind or 'one' is Greater Manchester ('gm' alone may be a greeting)
    pytest.param(["compare merseyside fire and lancashire fire", "and gm's one?"], "Greater Manchester Fire and Rescue Service", "Merseyside Fire and Rescue Service: Fire", id="gm-one"),
    pytest.param(["gm! how did essex police do"], "Essex Police: PEEL", "Greater Manchester", id="gm-greeting"),
    # 'the two forces/reports' after two questions each about one body: those two
    pytest.param(["how did norfolk police do", "and suffolk police?", "compare the two forces on responding to the public"], "Compared on responding to the public: Norfolk Constabulary, Suffolk Constabulary", "of the 43 police forces", id="the-two-forces"),
    # 'compare them on X' after a comparison or a list: those bodies on that area
    pytest.param(["compare norfolk and suffolk police", "compare them on investigating crime"], "Compared on investigating crime: Norfolk Constabulary, Suffolk Constabulary", "I can't answer that", id="compare-them-on-area"),
    pytest.param(["which south west forces got inadequate for anything", "compare those on responding to the public"], "Compared on responding to the public", "I can't answer that", id="compare-those-listed"),
    # a doubt whose claim follows it: about the past, every round; about every area, the whole card
    pytest.param(["cleveland police grades", "really? i heard they were awful a few years ago"], "Cleveland Police: every inspection round", "Why: Cleveland Police", id="doubt-about-the-past"),
    pytest.param(["humberside police grades", "is that right? my mate says they were outstanding at everything"], "Humberside Police: PEEL 2023–25", "Why: Humberside Police", id="doubt-about-every-area"),
    # a switch to the other kind asking 'weren't they in it too': its Engage spells and its grades
    pytest.param(["was staffordshire police in special measures", "what did they get in their latest report", "and their fire service, weren't they in it too"], "Enhanced monitoring (Engage): Staffordshire Fire and Rescue Service", "I can't answer that", id="in-it-too-other-kind"),
    # 'compare with X' after a round asked: the latest reports side by side (the round kept only when said)
    pytest.param(["suffolk police grades", "and in 2021/22?", "compare with norfolk"], "Compared: Suffolk Constabulary, Norfolk Constabulary", "PEEL 2021–22", id="compare-with-after-round-is-latest"),
    pytest.param(["suffolk police grades", "and in 2021/22?", "compare with norfolk in that same round"], "PEEL 2021–22", "PEEL 2023–25", id="compare-with-same-round-kept"),
    # '<town> same?' and 'is that X too?' after one body: whether the town is that body's, said for both kinds
    pytest.param(["how are the police in leeds", "bradford same?"], "Yes: Bradford is policed by West Yorkshire Police", "Bradford fire service", id="town-same"),
    pytest.param(["how did cleveland fire do", "middlesbrough is that cleveland too?"], "Yes: Middlesbrough's fire and rescue service is Cleveland Fire Brigade", "I can't answer", id="is-that-x-too"),
    # classes found in the thirty-first blind sets once scored, in phrasings of our own
    pytest.param(["which fire services in the south east got an inadequate", "police forces?"], "Police forces in South East rated inadequate", "I can't answer that", id="kind-alone"),
    pytest.param(["which fire services in the south east got an inadequate", "no sorry i meant forces"], "Police forces in South East rated inadequate", "I can't answer that", id="meant-the-kind-alone"),
    pytest.param(["how did essex fire do on preventing fires", "overall?"], "Essex County Fire and Rescue Service: Fire and rescue inspection 2023–25", "I can't answer that", id="overall-alone"),
    pytest.param(["compare dorset and wiltshire police", "who does the fire service for both of them"], "Dorset and Wiltshire Fire and Rescue Service", "I can't answer that", id="fire-service-for-them"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_thirty_first_sets(db, turns, must, never):
    text = conversed(db, turns)
    assert must in text
    assert never not in text
