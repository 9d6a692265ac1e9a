"""The classes of misses the sixth development sets found, each asked several ways and checked on the shipped
data: first questions through `ask`, follow-ups through the conversation's memory (`follow_up`), what the
answer must say and what it must never say."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.slack.ask import ask
from bot.slack.blocks.plain import to_plain_text
from bot.slack.conversation import follow_up
from tests.conftest import assert_valid_blocks

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def said(db, question: str) -> str:
    message = ask(db, question, now=NOW)
    assert_valid_blocks(message)
    return to_plain_text(message)


FIRST_QUESTIONS = [
    pytest.param("Has anything from the 2025-27 PEEL round been published yet?", "Kent Police — PEEL 2025–27, published 9 April 2026", "every graded area", id="round-reports-from-the-round"),
    # 'last time' in a question of its own is the latest inspection (the round before only in a follow-up)
    pytest.param("what did the met get for investigating crime and managing offenders last time round", "is rated Inadequate for investigating crime (PEEL 2023–25", "rated Requires improvement for", id="last-time-round-latest"),
    pytest.param("Glocestershire constabulary how did they do last time, the one before was dreadful", "Gloucestershire Constabulary: PEEL 2023–25", "Gloucestershire Constabulary: PEEL 2021–22", id="last-time-with-the-one-before"),
    # 'which areas did X improve in' asks how it moved, never its areas needing improvement
    pytest.param("which areas did wiltshire police improve in between 2021-22 and 2023-25?", "every inspection round", "areas rated requires improvement", id="did-improve-is-movement"),
    pytest.param("what areas has essex fire improved on", "every inspection round", "areas rated requires improvement", id="has-improved-is-movement"),
    pytest.param("which areas does wiltshire police need to improve", "areas rated requires improvement or worse", "every inspection round", id="need-to-improve-is-weak-spots"),
    # both kinds said in an Engage question: both kinds answered
    pytest.param("any fire services still in engage atm or is it just police now", "Lincolnshire Police", "0 fire and rescue services", id="engage-both-kinds"),
    # grades changed after publication: the regrades on record, with date and source
    pytest.param("Were any PEEL grades changed after publication?", "Northamptonshire Police — Responding to the public (PEEL 2023–25): Adequate → Requires improvement on 8 August 2024", "not understood", id="regrades-list"),
    pytest.param("any regrades?", "Yes: 1 grade was changed after publication", "not understood", id="regrades-short"),
    pytest.param("has hmicfrs revised any fire grades", "No fire and rescue grade is recorded here as changed after publication", "Northamptonshire", id="regrades-fire-none"),
    # a pillar's areas whose grade is not recorded are listed as such
    pytest.param("northants fire people pillar, how did they do", "Getting the right people with the right skills — not recorded here", "left out", id="pillar-unrecorded-shown"),
    # a report that graded fewer areas than the round's core is complete when all it graded is recorded
    pytest.param("which fire services have every 2023-25 grade recorded", "16 of the 44 fire and rescue services", "15 of the 44", id="complete-by-report-count"),
    # a round said in the first half of two questions holds for the second
    pytest.param("How many forces have all eight core PEEL 2023-25 grades recorded, and how many core grades are missing?", "and 80 are not", "73 core grades are not", id="two-questions-one-round"),
    # what changed between two rounds' areas
    pytest.param("which areas were graded in the 2021-22 PEEL round that aren't in 2023-25?", "In 2021–22, not in 2023–25: Engaging with and treating the public with fairness and respect; Strategic planning, organisational management and value for money; Providing a service to the victims of crime.", "not taken into account", id="areas-dropped-between-rounds"),
    # 'except' before a dash
    pytest.param("welsh forces other than south wales - leadership grade 2023-25?", "Gwent Police — Requires improvement", "South Wales Police —", id="except-before-a-dash"),
    # two bodies, 'which got more X': those bodies ranked by that grade's count
    pytest.param("east sussex fire vs west sussex fire, which got more goods", "1. East Sussex Fire and Rescue Service — 6 good", "I can't answer", id="named-ranked-by-count"),
    pytest.param("List the forces with three or more Inadequate grades in PEEL 2023-25.", "Lincolnshire Police", "Most inadequate grades", id="or-more-is-a-threshold"),
    # 'still' against a time before: every round
    pytest.param("is manchester police still as bad as they were a few years back, they were awful in 2021", "Greater Manchester Police: every inspection round", "not taken into account", id="still-as-bad-history"),
    pytest.param("my late husband was a bobby in durham, they were always outstanding - still are?", "Durham Constabulary: every inspection round", "Read as: which areas", id="always-still-history"),
    pytest.param("are surrey still inadequate at responding", "Yes: Surrey Police is rated Inadequate for responding to the public", "every inspection round", id="still-alone-is-now"),
    # a body against its other kind where it works: each on its own
    pytest.param("notts fire - are we as bad as the police round here?", "Nottinghamshire Police: PEEL 2023–25", "I can't answer", id="as-bad-as-the-local-police"),
    pytest.param("how many fire services do you have a full set of grades for, and which?", "16 of the 44 fire and rescue services have every core grade", "HMICFRS inspects 44", id="full-set-of-grades"),
    pytest.param("Nottinghamshire Police: 2023-25 grades and monitoring history", "Enhanced monitoring (Engage): Nottinghamshire Police", "I can't answer", id="grades-and-monitoring"),
    # a ranking asked in the singular: the one asked for
    pytest.param("which police force is doing worst in the east midlands", "1. Lincolnshire Police", "2. ", id="singular-ranking"),
    pytest.param("which north west brigade has the most outstandings", "1. Lancashire Fire and Rescue Service — 6 outstanding", "2. ", id="singular-ranking-by-count"),
    pytest.param("which forces are the worst at investigating crime", "2. ", "I can't answer", id="plural-ranking-keeps-five"),
    # a body HMICFRS does not inspect, set against one it does: the one it does, and a note
    pytest.param("how do scottish fire and rescue compare to london fire brigade", "HM Fire Service Inspectorate in Scotland", "London Fire Brigade:", id="compare-with-outside-refused"),
    pytest.param("how does the PSNI compare to Merseyside Police", "Criminal Justice Inspection Northern Ireland", "Merseyside Police:", id="compare-with-psni-refused"),
    pytest.param("kent police and police scotland grades", "Scotland: not inspected by HMICFRS, so not compared", "Did you mean", id="outside-named-alongside"),
    pytest.param("which ambulance services are in special measures", "I can't answer that", "Lincolnshire Police", id="ambulance-engage-refused"),
    # who has been in it, and are they out now: every spell, not today's only
    pytest.param("which forces in london have been in special measures and are they out now", "Metropolitan Police Service — from 28 June 2022 to 24 January 2025", "I can't answer", id="been-in-and-out-now"),
    # an area and a movement beat Engage's words
    pytest.param("wiltshire police - has it got better since it was in special measures? responding grade", "up from Inadequate in 2021–22", "Enhanced monitoring", id="movement-beats-engage-words"),
    # 'other than X got ...'
    pytest.param("which forces other than lincolnshire got 4 or more areas requires improvement in 2023-25", "apart from Lincolnshire Police", "not taken into account", id="except-before-got"),
    pytest.param("How many detectives does Leicestershire have?", "I can't answer that", "Leicestershire Police: PEEL", id="detectives-refused"),
    pytest.param("which force is best at answering 999 calls", "4. Sussex Police — Good", "5. ", id="singular-ranking-ties-shown"),
    # typos and short forms: the letter dropped at the end; 'ppl'
    pytest.param("hereford police how they doing on protectin vulnerable ppl", "West Mercia Police on protecting vulnerable people (ppl → people; protectin → protecting)", "I can't answer", id="typo-and-short-form"),
    # a tag question after 'none': whether any did
    pytest.param("none of the fire services round here got inadequate did they? im in shrewsbury", "Yes: Shropshire Fire and Rescue Service was rated inadequate in 1 of 11 areas", "requires improvement or better", id="none-did-they-tag"),
    # compared with its previous inspection: every round (one held for fire, said so)
    pytest.param("how did avon fire do compared with its previous inspection?", "Avon Fire and Rescue Service: every inspection round", "I don't have a graded inspection report", id="compared-with-previous"),
    pytest.param("which force in Yorkshire and the Humber had the most outstanding grades in the last peel", "1. Humberside Police — 3 outstanding", "2. ", id="singular-ranking-place"),
    pytest.param("how is a fire service graded - how many areas?", "11 areas: Understanding the risk", "I can't answer", id="fire-areas-count"),
    pytest.param("which pillar is 'promoting the right values and culture' under", "In the People pillar.", "best first", id="area-pillar"),
    pytest.param("whats the old bill like in brum then", "Brum is policed by West Midlands Police", "I can't answer", id="old-bill-brum"),
    pytest.param("which forces came out of engage in 2024", "3 moved out (West Midlands Police, Wiltshire Police, Staffordshire Police)", "moved in", id="engage-came-out-only"),
    pytest.param("salisbury police any good with domestic abuse victims?? protecting vulnerable i mean", "Wiltshire Police on protecting vulnerable people", "I can't answer that", id="i-mean-is-no-average"),
    pytest.param("how many police forces and fire services does hmicfrs inspect", "43 police forces (39 in England and 4 in Wales) and 44 fire and rescue services", "I can't answer", id="count-both-kinds"),
    pytest.param("ok and how many english forces vs welsh", "39 in England and 4 in Wales", "I can't answer", id="count-england-vs-wales"),
    pytest.param("Staffordshire Police investigating crime 2021-22 vs now?", "up from Inadequate in 2021–22", "was rated Inadequate for investigating crime (PEEL 2021–22", id="round-vs-now"),
    pytest.param("how many domestic abuse cases did gwent handle last year?", "I can't answer that", "Gwent Police:", id="cases-counted-refused"),
    pytest.param("how many shouts did kent fire go to last year", "I can't answer that", "Kent Fire and Rescue Service:", id="shouts-refused"),
    pytest.param("how did thames valley do", "Thames Valley Police: PEEL", "Thame is", id="thames-is-no-thame"),
    # a word near a short name is asked back, never taken ('went' is no Gwent)
    pytest.param("which forces went into special measures in 2022", "4 moved in (Devon and Cornwall Police, Metropolitan Police Service, Wiltshire Police, Staffordshire Police)", "Gwent Police", id="went-is-no-gwent"),
    pytest.param("how many forces improved from inadequate on responding to the public between 2021-22 and 2023-25", "responding to the public, 2021–22 → 2023–25", "5 of the 43 police forces are rated inadequate", id="how-many-improved-is-movement"),
    pytest.param("Yorkshire forces other than Humberside: investigating crime grade in 2023-25?", "apart from Humberside Police", "not taken into account: “except”", id="except-before-colon"),
    pytest.param("how many people died in house fires in bristol this year", "I can't answer that", "Avon and Somerset Constabulary:", id="deaths-refused"),
    pytest.param("ambulance response performance across the north east vs hmicfrs police grades", "hospitals and health services (not inspected by HMICFRS)", "I can't answer that yet", id="ambulance-part-said"),
    pytest.param("failing fire services on culture - who got inadequate for values and culture", "3 of the 44 fire and rescue services are rated inadequate", "requires improvement or worse", id="failing-but-inadequate-said"),
    # an area the report did not grade (its count says so) is said not graded, not unrecorded
    pytest.param("isles of scilly fire - do they get graded on everything?", "Responding to major and multi-agency incidents\n⬜⬜⬜⬜⬜  not graded in this report", "have no grade recorded here", id="not-graded-in-report"),
    pytest.param("Reading MP here - is our police force in Engage / special measures?", "Reading is policed by Thames Valley Police", "Lincolnshire Police", id="reading-mp-here"),
    # county short names as places; a fire comparison keeps to fire
    pytest.param("wheres our fire service worst at - bucks", "Buckinghamshire Fire and Rescue Service: areas rated requires improvement or worse", "Worst fire and rescue services", id="bucks-place"),
    pytest.param("East Sussex Fire and Rescue Service vs West Sussex on understanding risk", "Compared on understanding the risk of fire and other emergencies: East Sussex Fire and Rescue Service, West Sussex Fire and Rescue Service", "Sussex Police", id="fire-comparison-keeps-fire"),
    pytest.param("merseyside police vs merseyside fire", "Merseyside Police: PEEL", "I can't answer", id="both-kinds-named-stay-both"),
    pytest.param("anything out from the 2025-27 round yet", "Kent Police — PEEL 2025–27", "every graded area", id="round-reports-out-yet"),
    # one body named, the other kind asked for where it works: the bodies covering its area, side by side
    pytest.param("which fire services cover devon and cornwall police's patch", "Compared: Cornwall Fire and Rescue Service, Devon and Somerset Fire and Rescue Service, Isles of Scilly Fire and Rescue Service", "Devon and Cornwall Police: PEEL", id="covering-fire-of-force"),
    pytest.param("which police forces share dorset and wiltshire fire's area?", "Compared: Dorset Police, Wiltshire Police", "not understood", id="covering-forces-of-service"),
    pytest.param("thames valley's patch - which FRSs cover it and how did they do in round 3?", "Royal Berkshire Fire and Rescue Service", "Thames Valley Police: PEEL", id="covering-patch-first"),
    pytest.param("who polices the area covered by hereford and worcester fire", "West Mercia Police: PEEL 2023–25", "Hereford and Worcester Fire and Rescue Service: Fire", id="covering-who-polices"),
    pytest.param("what's the fire service for cambs police", "Cambridgeshire Fire and Rescue Service: Fire and rescue inspection 2023–25", "Cambridgeshire Constabulary: PEEL", id="covering-service-for"),
    pytest.param("we cover Truro - how's our response grade looking", "not understood: cover", "Compared", id="covering-needs-both-kinds"),
    # 'apart from X' on Engage's list: everyone is listed, and the rest of the question is answered
    pytest.param("apart from lincolnshire is any force or fire service in special measures rn? when did the last one come out", "The most recent to move out of Engage", "not taken into account", id="engage-apart-from"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "must", "never"), FIRST_QUESTIONS)
def test_first_questions(db, question, must, never):
    text = said(db, question)
    assert must in text
    assert never not in text


CONVERSATIONS = [
    # back to the other kind, asking why: the town's own body, not every body its counterpart covers
    pytest.param(["are the police any good round torquay", "and the fire service?", "back to the cops, why was responding so bad"], "Devon and Cornwall Police", "Avon and Somerset Constabulary", id="why-back-to-the-town-force"),
    pytest.param(["how did devon and cornwall police do", "and the fire service?", "back to the police - why were they inadequate at investigating"], "Why: Devon and Cornwall Police", "Why: Devon and Somerset", id="why-back-to-the-force"),
    # police words that are verbs: 'who polices X' asks for the force
    pytest.param(["What did Shropshire FRS get for making best use of resources", "ok and who polices shropshire, how'd they do on leadership"], "West Mercia Police", "Shropshire Fire and Rescue Service is rated", id="who-polices"),
    # 'the reasoning', 'the rationale' ask why
    pytest.param(["which south west fire services were inadequate at values and culture", "what was the reasoning for avon"], "Why: Avon Fire and Rescue Service", "Read the report (https://hmicfrs.justiceinspectorates.gov.uk/frs-assessments/avon-2023-2025/)\nUnderstanding", id="reasoning-is-why"),
    pytest.param(["how did cambs police do on responding", "whats the rationale"], "Why: Cambridgeshire Constabulary", "I can't answer that", id="rationale-is-why"),
    # the other kind across the region: the region's bodies of that kind, not one counterpart
    pytest.param(["For the South West fire services, what did each get for promoting the right values and culture in 2023-25?", "which were inadequate?", "now the police forces in the region on building, supporting and protecting the workforce"], "Devon and Cornwall Police", "Avon Fire and Rescue Service", id="region-other-kind"),
    pytest.param(["how did essex fire do on preventing fires", "and the police forces in the region?"], "Hertfordshire Constabulary", "Essex County Fire and Rescue Service —", id="region-other-kind-plain"),
    # what the inspectors said about a body named with the last area
    pytest.param(["Which forces got Outstanding for recording data about crime in 2023-25?", "what did the inspectors say about gloucestershire's"], "how and when it records crime", "not recorded here\nPreventing", id="why-named-body"),
    # 'which of those has the most' after a list of bodies with a grade: ranked by how many of it
    pytest.param(["which fire services got an Outstanding somewhere in the 2023-25 round?", "which of those has the most"], "1. Lancashire Fire and Rescue Service — 6 outstanding", "I can't answer", id="most-of-that-grade"),
    pytest.param(["which forces got an inadequate in 2021/22", "who got the most of them"], "inadequate", "I can't answer", id="most-inadequates"),
    # 'of those, which are in the north east' narrows the list; 'the police forces for those two' switches it
    pytest.param(["which fire services are good at major and multi agency incidents", "Of those, which are in the North East?", "and the police forces for those two?"], "Durham Constabulary", "Northumbria Police", id="narrowed-then-switched"),
    # 'for that' / 'for it' is the last area
    pytest.param(["Which forces were rated inadequate for responding to the public in 2023-25?", "Has Suffolk's grade for that improved since 2021-22?", "And which forces were inadequate for it in 2021/22?"], "Police forces rated inadequate for responding to the public", "Suffolk Constabulary: areas rated inadequate", id="for-it-is-the-area"),
    # a typo in a follow-up is repaired
    pytest.param(["surrey police cant even answer the phone. what grade did they get for responding", "what did the inspecters say"], "Why: Surrey Police", "I can't answer that", id="follow-up-typo-repaired"),
    # the other counterpart
    pytest.param(["What grades did the police force covering Worcester receive in its latest PEEL inspection?", "And the fire and rescue service for Worcester?", "And the other fire service in the West Mercia force area?"], "Shropshire Fire and Rescue Service", "West Mercia Police: PEEL", id="the-other-counterpart"),
    # a pick by when each report came out, keeping the area; why about it after
    pytest.param(["which police forces are recorded as inadequate for responding to the public in the 2023-25 round?", "which of those was published first"], "Suffolk Constabulary: responding to the public", "I can't answer", id="pick-published-first"),
    pytest.param(["which fire services were rated outstanding for responding to major and multi-agency incidents in 2023-25?", "which of those was published most recently"], "London Fire Brigade", "The latest 10 reports", id="pick-published-last"),
    # 'the rest of wales' is the others, by name
    pytest.param(["How did South Wales Police do on responding to the public in 2023-25?", "ok the rest of wales then, police, same area"], "Gwent Police", "South Wales Police\n", id="rest-of-wales-others"),
    # the newer round, and back to a list
    pytest.param(["durham constab - weren't they top of the class in 2021? how many outstandings", "and in the newer one?"], "Durham Constabulary: PEEL 2023–25", "I can't answer", id="the-newer-one"),
    pytest.param(["which police forces are recorded as inadequate for responding to the public in the 2023-25 round?", "and suffolk's fire service on responding?", "going back to the police list - which forces were good on responding in that round?"], "Police forces rated good for responding to the public", "I can't answer", id="going-back-to-the-list"),
    # 'the force' after fire services is their force; 'any better' is no list
    pytest.param(["how did devon and cornwall police do on responding", "and the fire service down there?", "has the force got any better on that since 2021/22 then"], "Devon and Cornwall Police: every inspection round", "Police forces: every graded area", id="the-force-any-better"),
    # Engage list, a pick, then the other kind 'still in it'
    pytest.param(["which fire services have been in Engage (enhanced monitoring)?", "which of them came out last", "and police forces still in it?"], "1 police force in enhanced monitoring (Engage) now: Lincolnshire Police", "The most recent to move out", id="other-kind-still-in-it"),
    # the other kind through a town, when the last question had an area of its own kind
    pytest.param(["how good are the police in ipswich at protecting vulnerable people", "and the fire brigade there"], "Suffolk Fire and Rescue Service", "I can't answer", id="town-switch-drops-area"),
    pytest.param(["are the police any good round worcester? mainly worried how they look after vulnerable ppl", "whats the fire service like there", "compare with shropshire's"], "Compared: Hereford and Worcester Fire and Rescue Service, Shropshire Fire and Rescue Service", "I can't answer", id="town-switch-then-compare"),
    # 'how many ...' then 'which of those are in X': which, not how many
    pytest.param(["how many forces got inadequate for responding to the public in the 2023-25 peel round?", "which of those are in the east of england"], "Suffolk Constabulary", "Devon and Cornwall Police", id="how-many-then-which-of-those"),
    # 'and now?' and 'and X back then?'
    pytest.param(["police in grimsby - good at answering 999 calls?", "what about the time before that", "and lincolnshire back then?", "and now?"], "Lincolnshire Police: responding to the public", "I can't answer that", id="back-then-and-now"),
    # 'the good one, what did it get for protection?': picked on the last area, asked of the new one
    pytest.param(["east midlands fire services - how did they do on preventing fires", "the good one, what did it get for protection?"], "Nottinghamshire Fire and Rescue Service: protecting the public through fire regulation", "Northamptonshire", id="pick-then-other-area"),
    # 'is humberside the only one?' after a list
    pytest.param(["list the police forces rated outstanding for preventing crime 2023-25", "is humberside the only one?"], "Lancashire Constabulary", "Humberside Police: PEEL", id="is-x-the-only-one"),
    # 'moved down here from brum': Birmingham is where the person came from
    pytest.param(["are the police any good round truro?? just moved down here from brum", "and the fire service?"], "Cornwall Fire and Rescue Service", "West Midlands Fire Service", id="moved-from-two-words"),
    # a group asked after one body: the group, not the body
    pytest.param(["ok and suffolks fire service for responding?", "and fire services in general - which were inadequate at responding to fires?"], "Fire and rescue services rated inadequate for responding to fires", "Suffolk Fire and Rescue Service: responding", id="in-general-a-group"),
    pytest.param(["list the police forces rated outstanding for preventing crime 2023-25", "what did the inspectors say about humberside", "and which were inadequate at it?"], "Police forces rated inadequate for preventing crime", "Humberside Police: areas rated inadequate", id="which-were-inadequate-at-it"),
    pytest.param(["devon and somerset fire grades", "what about cornwalls lot"], "Cornwall Fire and Rescue Service", "Devon and Cornwall Police", id="place-possessive-without-apostrophe"),
    pytest.param(["essex fire - how did they get on", "and kents?"], "Kent Fire and Rescue Service", "Kent Police", id="possessive-without-apostrophe"),
    # an area only one kind has says the kind; the rest of a place after a turn outside HMICFRS
    pytest.param(["cardiff police grades", "and the fire service", "rest of wales on responding to the public?"], "Gwent Police", "fire and rescue services in Wales", id="area-says-the-kind"),
    # a kind switch drops the last grade filter
    pytest.param(["brighton fire service rating", "which one was the RI", "and the cops?"], "Sussex Police: PEEL 2023–25", "areas rated requires improvement", id="switch-drops-grade"),
    # 'vs 21/22?' after one body on an area: how it moved
    pytest.param(["Met police responding to the public grade now?", "vs 21/22?"], "Metropolitan Police Service: responding to the public", "I can't answer", id="vs-a-round"),
    # 'the worst of those?' after one body: its lowest grade's areas
    pytest.param(["middlesbrough police better or worse than last time?", "fire brigade there?", "the worst of those?"], "Cleveland Fire Brigade: areas rated requires improvement", "Worst police forces", id="worst-of-one-body"),
    # after a question outside HMICFRS, only its place carries
    pytest.param(["how long are crown court waits in leeds", "ok police grades there then"], "West Yorkshire Police", "Courts are run by", id="place-carries-after-outside"),
    # 'which was weakest' picks out of the last answer
    pytest.param(["how did the fire services covering the Devon and Cornwall Police area do on responding to fires?", "which was weakest"], "Cornwall Fire and Rescue Service: responding to fires", "Worst police forces", id="which-was-weakest"),
    # the region's others at a grade, in the conversation's kind
    pytest.param(["kent fire?", "any others in the south east with an outstanding?"], "Fire and rescue services in South East rated outstanding", "Police forces in South East", id="others-in-region-at-grade"),
    # a topic no grade answers is refused, whatever place it names
    pytest.param(["south wales police leadership grade?", "what about responding to the public", "and the knife crime numbers in cardiff?"], "I can't answer that", "South Wales Police: responding", id="refused-topic-with-place"),
    # two bodies, then 'any better than last time?': each one's movement
    pytest.param(["how does north wales police compare with gwent on investigating crime", "any better than last time?"], "Gwent Police: investigating crime", "I can't answer", id="two-bodies-moved"),
    # 'are we any better than X': compare with X
    pytest.param(["how are our police doing in shropshire", "and the fire service?", "are we any better than hereford and worcester"], "Compared: Shropshire Fire and Rescue Service, Hereford and Worcester Fire and Rescue Service", "every inspection round", id="better-than-named"),
    # 'they're' is a pronoun too; 'rubbish at' asks the weak spots
    pytest.param(["humberside police are supposedly amazing?? whats the scoop", "so whats the ONE thing theyre rubbish at"], "Investigating crime", "I can't answer", id="theyre-rubbish-at"),
    # plural areas after one area: every area at that grade
    pytest.param(["headline says Cambridgeshire Constabulary 'outstanding' on police powers - true?", "and the two inadequate areas?"], "Cambridgeshire Constabulary: areas rated inadequate", "police powers and public treatment\n", id="plural-areas-drop-area"),
    # 'whats the story there' asks why
    pytest.param(["which fire services got inadequate for values and culture", "the dorset one - whats the story there"], "Why: Dorset and Wiltshire Fire and Rescue Service", "I can't answer that", id="whats-the-story"),
    # 'publication date?' after one body: its report, whose answer gives the date
    pytest.param(["Did Cumbria Constabulary really get outstanding for its workforce?", "publication date?"], "published on 23 July 2024", "The latest 10 reports", id="publication-date"),
    # a grade said as the pick's noun
    pytest.param(["thames valley's patch - which FRSs cover it and how did they do in round 3?", "which was the inadequate?"], "Buckinghamshire Fire and Rescue Service", "I can't answer", id="which-was-the-inadequate"),
    pytest.param(["which forces were outstanding at anything in 2021-22", "compare cumbria and durham", "who were the good ones"], "Police forces asked about rated good", "I can't answer", id="who-were-the-good-ones"),
    # 'those two' is the last answer's two bodies
    # a follow-up's 'last time' is the round before the one asked about
    pytest.param(["which forces were inadequate at responding to the public", "and last time?"], "PEEL 2021–22", "I can't answer", id="follow-up-last-time-previous"),
    pytest.param(["which police forces share dorset and wiltshire fire's area?", "how were those two on building supporting and protecting the workforce"], "Wiltshire Police", "I can't answer", id="those-two"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CONVERSATIONS)
def test_follow_ups(db, turns, must, never):
    previous = None
    for turn in turns:
        previous = follow_up(db, turn, previous)
    text = said(db, previous)
    assert must in text
    assert never not in text


def test_a_turn_with_no_answer_of_its_own_never_becomes_the_context(db):
    """'what was said' is why now; a follow-up read as a 'body' no name resolves to (asked back) leaves the
    conversation where it was, so 'and the rest of the north west?' is still about fire services."""
    from bot.slack.conversation import converse

    key = ("T1", "C1", "t2")
    asked = [
        converse(db, key, text, NOW)
        for text in (
            "did any fire service get outstanding for culture",
            "what was said",
            "and zzqx flurb?",
            "and the rest of the north west?",
        )
    ]
    assert asked[1].startswith("why lancashire-fire-and-rescue-service")
    assert "cheshire-fire-and-rescue-service" in asked[3]


def test_a_place_picked_out_of_a_list_is_answered_and_the_list_goes_on(db):
    """'how many of those are welsh' narrows the answer, not the conversation: the next turn is about every
    force again, as people mean it."""
    from bot.slack.conversation import converse

    key = ("T1", "C1", "t1")
    asked = [
        converse(db, key, text, NOW)
        for text in (
            "Which forces got Outstanding for recording data about crime in 2023-25?",
            "how many of those are welsh",
            "and who was inadequate on it",
        )
    ]
    assert "Wales" in asked[1]
    assert "Wales" not in asked[2]
    text = said(db, asked[2])
    assert "Hertfordshire Constabulary" in text
    assert "Gwent Police —" not in text
