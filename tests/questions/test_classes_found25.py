"""Classes found in the twenty-seventh development sets and in the misses left from earlier ones (written by people
who read only the data), each asked in phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import conversed

CASES = [
    # the speaker, said once, is who 'our' and 'us' are turns later, after other bodies
    pytest.param(["kent police here - what did we get for investigating", "and essex?", "where can i read our report"], "Kent Police: PEEL 2025–27", "Essex Police: PEEL", id="our-report-later"),
    pytest.param(["I'm on the TVP performance team. which of our areas came out inadequate?", "how did hampshire do", "were we better in 2021/22"], "Thames Valley Police", "Hampshire and Isle of Wight Constabulary: every", id="works-for-team"),
    pytest.param(["what did we get for culture? norfolk fire", "and suffolk fire?", "compare us on preventing fires"], "Compared on preventing fires", "I can't answer that yet", id="compare-us-on-area"),
    # 'of us' is a group, never the speaker alone
    pytest.param(["what did devon and somerset fire get", "and cornwall fire?", "and the scilly one", "which of the three of us had the most goods"], "Isles of Scilly Fire and Rescue Service — 7 good", "I can't answer that yet", id="the-three-of-us"),
    pytest.param(["how did shropshire fire do", "compare with hereford and worcester", "which police force covers both of us"], "West Mercia Police", "I can't answer that yet", id="both-of-us"),
    # 'compare X' naming one body compares it with the last one
    pytest.param(["how did herts fire do on preventing fires", "compare beds fire"], "Compared: Hertfordshire Fire and Rescue Service, Bedfordshire Fire and Rescue Service", "Compared on preventing", id="compare-one-named"),
    # the others of a place beside a named body
    pytest.param(["compare essex fire with the other fire services in the east of england"], "Norfolk Fire and Rescue Service", "I'm not sure which", id="other-services-in-region"),
    pytest.param(["how does north wales police compare with others in its region"], "Gwent Police", "I'm not sure which", id="others-in-its-region"),
    pytest.param(["how is kent police", "how do the other forces in the south east compare with essex"], "Compared: Essex Police", "I can't answer that yet", id="region-compare-stands-alone"),
    # the same day (or month) as another's report
    pytest.param(["which forces had a peel report out the same day as lincolnshire"], "Reports published on 14 May 2025", "I can't answer that yet", id="same-day-as"),
    pytest.param(["besides kent fire, which fire services were published the same day"], "Lancashire Fire and Rescue Service", "I can't answer that yet", id="besides-same-day"),
    # a hedge before the question, an aside after it
    pytest.param(["apologies if this is a silly question, but which is better at responding, cheshire or merseyside police?"], "Compared on responding to the public", "I can't answer that yet", id="hedge-before"),
    pytest.param(["a quick one - how did dorset police do"], "Dorset Police: PEEL 2023–25", "not understood", id="quick-one"),
    pytest.param(["which fire services are outstanding at understanding risk? curious whether essex is"], "Kent Fire and Rescue Service", "Essex County Fire and Rescue Service: understanding", id="curious-whether"),
    # names as initials, Welsh names, 'Royal' places
    pytest.param(["D&W fire - grades?"], "Dorset and Wiltshire Fire and Rescue Service", "I'm not sure which", id="initials"),
    pytest.param(["how did heddlu de cymru do"], "South Wales Police: PEEL", "I'm not sure which", id="welsh-name"),
    pytest.param(["how good is the fire service in leamington spa"], "Warwickshire Fire and Rescue Service", "not understood", id="royal-dropped"),
    pytest.param(["adequate - defn?"], "Adequate", "I can't answer that yet", id="def-at-end"),
    # after Engage
    pytest.param(["which police forces have been in special measures", "why staffordshire?"], "Why: Staffordshire Police", "Staffordshire Police: PEEL 2023–25\n", id="why-x-after-engage"),
    pytest.param(["why did cleveland police go into engage", "what did their 2021/22 report say then"], "Cleveland Police: PEEL 2021–22", "I can't answer that yet", id="what-did-report-say"),
    pytest.param(["is devon and cornwall police in engage", "and gloucestershire police's fire service?"], "Gloucestershire Fire and Rescue Service", "Enhanced monitoring (Engage): Gloucestershire Constabulary", id="kind-switch-after-engage"),
    pytest.param(["bucks fire engage dates", "police for bucks", "how many forces were put into engage after 2022"], "Enhanced monitoring (Engage)", "Thames Valley Police", id="group-engage-after-place"),
    # a correction of a turn before the last, with a question after it
    pytest.param(["how did the met do", "and why were london fire brigade in engage", "i meant city of london police not the met - how did they do?"], "City of London Police: PEEL 2023–25", "I can't answer that yet", id="meant-with-question"),
    # 'out here' is where the last body is; 'which N areas' is of the last body
    pytest.param(["grade cumbria fire", "who does the policing up here"], "Cumbria Constabulary", "I can't answer that yet", id="policing-up-here"),
    pytest.param(["what did avon fire get", "which 4 areas were the inadequate ones"], "Avon Fire and Rescue Service: areas rated inadequate", "Police forces rated", id="which-n-areas"),
    # a round said alone, after a turn no rule read it against, is the last body's (a last resort)
    pytest.param(["how did essex police do", "hmm ok - and the one b4?"], "Essex Police: PEEL 2021–22", "I can't answer that yet", id="round-alone-last-resort"),
    pytest.param(["grade cambs fire", "previous round?"], "Cambridgeshire Fire and Rescue Service", "PEEL", id="no-earlier-fire-round-guessed"),
    # a place checked says the other kind's body there too
    pytest.param(["how is the fire service in leeds", "and bradford, same lot?"], "It is policed by West Yorkshire Police", "I can't answer that yet", id="place-check-other-kind"),
    # after one body's Engage answer, another named alone: its spells and its grades
    pytest.param(["when was staffordshire police in special measures", "and cleveland?"], "Enhanced monitoring (Engage): Cleveland Police", "Staffordshire Police: PEEL", id="engage-then-name-alone"),
    pytest.param(["when was staffordshire police in special measures", "and cleveland?"], "Cleveland Police: PEEL 2023–25", "I can't answer that yet", id="engage-then-name-alone-grades"),
    pytest.param(["was the met in engage", "is anybody still in it now"], "Lincolnshire Police", "Metropolitan Police Service was in", id="anybody-still-in"),
    # the reasons, in more words
    pytest.param(["were west midlands police in special measures", "what led to that"], "Why: West Midlands Police", "I can't answer that yet", id="what-led-to-that"),
    pytest.param(["was wiltshire police in engage", "what did they do wrong"], "Why: Wiltshire Police", "I can't answer that yet", id="what-did-they-do-wrong"),
    # the report's publication, not Engage: the regrade on record
    pytest.param(["northamptonshire police grades", "why does responding say requires improvement? it was adequate when the report came out"], "Changed 8 Aug 2024", "Engage", id="when-the-report-came-out"),
    # a publication date asked after an area answer: that report's date
    pytest.param(["which fire services were inadequate on culture", "when was the dorset and wilts report published?"], "Dorset and Wiltshire Fire and Rescue Service's Fire and rescue inspection 2023–25 report was published is not recorded", "promoting the right values and culture (", id="published-after-area"),
    # Engage back then is Engage, not the round before
    pytest.param(["gmp on investigating crime in 2021/22", "were they in engage back then"], "Enhanced monitoring (Engage): Greater Manchester Police", "investigating crime", id="engage-back-then"),
    pytest.param(["how did leicestershire police do in 2021/22", "any other east midlands force ever been in special measures"], "2 police forces in East Midlands have been in it", "Compared:", id="region-engage"),
    pytest.param(["grade scilly fire", "why only ten?"], "HMICFRS graded 10 of 11 areas", "Why:", id="why-only-n"),
    # a district of a two-tier county is a place; a group of regions narrows a list
    pytest.param(["how are the police in babergh"], "Babergh is policed by Suffolk Constabulary", "I can't answer that yet", id="district"),
    pytest.param(["which forces were inadequate at investigating crime", "how many of them are in the north"], "in North rated inadequate for investigating crime", "HMICFRS inspects", id="list-narrowed-to-the-north"),
    # 'which of those …' Engage after a list: the listed bodies, and the conversation stays on the list
    pytest.param(["which fire services were inadequate for values and culture", "which of those were in special measures"], "Spells in enhanced monitoring (Engage) of Avon Fire and Rescue Service", "Lincolnshire Police — in since", id="which-of-those-engage"),
    pytest.param(["which forces were inadequate for responding in 2023-25", "which of those have been in engage", "same for 2021/22"], "Police forces rated inadequate for responding to the public", "Devon and Cornwall Police: PEEL 2021–22", id="list-kept-after-engage"),
    # a year before any round held is asked as such
    pytest.param(["were lancashire police rated in 2016"], "no PEEL 2016 report is held here", "Lancashire Constabulary: PEEL 2023–25", id="year-before-rounds"),
    pytest.param(["which police forces in the south eats got inadequate for anything"], "South East", "Avon and Somerset", id="compass-slip"),
    # question words misspelt; 'which one got the most' after a list is the one at the top
    pytest.param(["wich forces are outstanding at anything"], "Police forces rated outstanding", "not understood: wich", id="wich"),
    pytest.param(["which forces got outstanding for anything", "wich one got the most", "wat were there grades"], "Humberside Police: PEEL 2023–25", "I can't answer that yet", id="one-with-the-most-then-theirs"),
    pytest.param(["is gmp in engage", "wen did they go in"], "Enhanced monitoring (Engage): Greater Manchester Police", "I can't answer that yet", id="wen"),
    # 'and are they out now' after Engage reasons
    pytest.param(["was gmp in special measures", "what for", "and are they out now"], "It is not in it now", "Greater Manchester Police: PEEL", id="out-now"),
    # 'compare with the rest of the region' keeps the last body beside them
    pytest.param(["how did essex police do", "how does that compare with the rest of the eastern region"], "Compared: Essex Police, Bedfordshire Police", "I can't answer that yet", id="compare-with-rest"),
    # found in the twenty-seventh blind sets once scored: roles and greetings before a question
    pytest.param(["Good morning. Analyst to the chief constable at Kent Police - what did we get for investigating?"], "Kent Police: investigating crime", "workforce", id="greeting-then-role"),
    pytest.param(["im a parish councillor in norfolk (tiny village). how did norfolk fire do at their last inspection?"], "Norfolk Fire and Rescue Service: Fire and rescue inspection", "Compared", id="role-then-own-question"),
    pytest.param(["camden councillor here - who polices us and how are they rated"], "Metropolitan Police Service", "I can't answer that yet", id="council-role-us-is-the-place"),
    pytest.param(["what were surrey police's grades from the 2021/22 peel round"], "Surrey Police: PEEL 2021–22", "every inspection round", id="grades-from-a-round"),
    pytest.param(["when did lincolnshire police go into engage", "any other east mids forces been in engage?", "how long were they in for"], "Nottinghamshire Police was in enhanced monitoring", "I can't answer that yet", id="how-long-the-other-one"),
    pytest.param(["how is hertfordshire fire rated?", "and the police?", "has either been in special measures"], "Hertfordshire Fire and Rescue Service or Hertfordshire Constabulary", "Lincolnshire Police — in since", id="either-of-two-kinds"),
    # 'haven't been in' is never at any time; 'name the forces that …' asks which
    pytest.param(["name the forces in the north west that havent been in special measures"], "have never been in enhanced monitoring (Engage)", "not taken into account", id="havent-been"),
    pytest.param(["which fire services in the south west hasnt been in engage"], "have never been in enhanced monitoring (Engage)", "I can't answer that yet", id="hasnt-been"),
    pytest.param(["how good are leicestershire police", "sorry i ment the fire service not police"], "Leicestershire Fire and Rescue Service", "London Fire Brigade", id="i-ment"),
    pytest.param(["northants police grades", "wasn't responding originally adequate? what happened there"], "regraded from Adequate on 8 August 2024", "I can't answer that yet", id="what-happened-there"),
    pytest.param(["how many outstandings did kent fire get", "in which areas"], "Kent Fire and Rescue Service: areas rated outstanding", "Areas graded in", id="in-which-areas-after-a-count"),
    pytest.param(["how did essex police do", "has anything come out of the 2025-27 police round yet"], "has a PEEL 2025–27 report recorded here", "Essex Police's 2025–27 grades", id="anything-come-out"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_twenty_seventh_sets(db, turns, must, never):
    text = conversed(db, turns)
    assert must in text
    assert never not in text
