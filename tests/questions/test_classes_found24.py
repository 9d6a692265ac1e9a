"""Classes found in the twenty-fourth development sets and the twenty-third blind sets once scored (written by
people who read only the data), each asked in phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import conversed

CASES = [
    # 'bar X', 'barring X', 'save for X': X left out, wherever the clause stands
    pytest.param(["bar cumbria, who else was good at investigating crime"], "other than Cumbria Constabulary", "Cumbria Constabulary: investigating", id="bar-first"),
    pytest.param(["which forces in the east midlands got requires improvement for responding, bar lincs"], "other than Lincolnshire Police", "Lincolnshire Police: responding", id="bar-last"),
    pytest.param(["save for avon, which fire services were inadequate at preventing fires"], "other than Avon Fire and Rescue Service", "Avon Fire and Rescue Service: preventing", id="save-for"),
    pytest.param(["barring dyfed-powys, which welsh forces have a good grade"], "other than Dyfed-Powys Police", "None of Dyfed-Powys", id="bar-hyphenated-name"),
    pytest.param(["the bar council said what about kent police"], "Kent Police", "other than Kent", id="bar-as-a-noun"),
    # 'apart from X what did Y get': Y's grades, X named first
    pytest.param(["apart from investigating crime what did cleveland police get"], "Cleveland Police: PEEL 2023–25", "Cleveland Police: investigating crime", id="apart-from-area-what"),
    # the store's own gaps
    pytest.param(["which peel 2021-22 reports are missing a publication date"], "no publication date recorded here for their PEEL 2021–22 report", "The latest 10 reports", id="undated-reports"),
    pytest.param(["fire services with zero area level grades recorded"], "have no core grade recorded here", "The latest 10 reports", id="zero-area-level-grades"),
    # fire rounds by number
    pytest.param(["has the fourth fire inspection round begun"], "fire and rescue 2025–27", "I can't answer that yet", id="fourth-round"),
    pytest.param(["norfolk fire in round 3?"], "Norfolk Fire and Rescue Service: Fire and rescue inspection 2023–25", "I can't answer that yet", id="round-three"),
    # crime itself, station closures and parts of a force are no grade
    pytest.param(["what is crime like round bolton these days"], "I can't answer that", "Greater Manchester Police: PEEL", id="crime-like"),
    pytest.param(["are they closing the fire station in my village"], "station closures", "Fire and rescue inspection 2023–25", id="station-closure"),
    pytest.param(["west midlands police grades per district please"], "grades for part of a force or service", "West Midlands Police: PEEL", id="per-district"),
    # an occasion is no topic
    pytest.param(["durham police grades please, its for the budget debate"], "Durham Constabulary", "budgets and spending", id="budget-occasion"),
    # 'same story?' after Engage: Engage again for the body the follow-up names
    pytest.param(["when was wiltshire police in special measures", "and the fire service down there, same story?"], "Enhanced monitoring (Engage): Dorset and Wiltshire Fire and Rescue Service", "Fire and rescue inspection 2023–25", id="same-story-engage"),
    # never in Engage: no spell at all, not only out of it now
    pytest.param(["which south west forces have never been in engage"], "have never been in enhanced monitoring", "Devon and Cornwall Police, Dorset", id="never-in-engage"),
    # a remark after the question is no part of it
    pytest.param(["which forces in the north west have never been in special measures? gmp obviously was"], "have never been in enhanced monitoring", "Enhanced monitoring (Engage): Greater Manchester Police", id="remark-obviously"),
    pytest.param(["what did essex police get in 2023-25? only heard about the investigating bit"], "Essex Police: PEEL 2023–25", "Essex Police: investigating crime", id="remark-heard-about"),
    # whose office the speaker works in names the body
    pytest.param(["hi, I work for the chief fire officer at Cornwall - what did HMICFRS grade us?"], "Cornwall Fire and Rescue Service", "named officers", id="speaker-office"),
    # 'what for?' after Engage
    pytest.param(["has cleveland police been in engage", "what for?"], "Why: Cleveland Police", "I can't answer that yet", id="what-for"),
    # why in Engage: the grades on record around the spell, as context
    pytest.param(["why did the met go into engage"], "Grades on record around its time in Engage", "I can't answer that yet", id="engage-grades-around"),
    # a Welsh town's fire service named alone
    pytest.param(["how is the fire service in wrexham"], "no grades for North Wales Fire and Rescue Service", "Mid and West Wales", id="welsh-town-fire"),
    # a town said for its county picks from the list shown
    pytest.param(["which fire services have ever been in engage", "the gloucester one - how did it do"], "Gloucestershire Fire and Rescue Service: Fire and rescue inspection", "Gloucestershire Constabulary", id="town-for-county-pick"),
    # a change told, then which areas changed
    pytest.param(["suffolk police slipped from mostly good to mostly adequate didn't they, which areas changed"], "Suffolk Constabulary: every inspection round", "areas rated good", id="change-told"),
    # 'in what areas?' after a list at a grade: the one listed's areas at it
    pytest.param(["which fire services in the north east got an outstanding grade", "in which areas?"], "areas rated outstanding", "Areas graded in", id="in-what-areas"),
    # 'the one with two' after a list at a grade: the body with that many areas at it
    pytest.param(["which south west forces got requires improvement for anything in 2023-25", "the one with two - which areas"], "Devon and Cornwall Police: PEEL 2023–25", "I can't answer that yet", id="the-one-with-n"),
    # 'are either of them …' after two questions each about one body
    pytest.param(["how did notts police do", "and derbyshire?", "were either of them in special measures"], "Nottinghamshire Police and Derbyshire Constabulary", "I can't answer that yet", id="either-of-them-engage"),
    # the kind a claim is muddled with is no part of the question
    pytest.param(["how's the fire service in plymouth", "my brother says the police went into special measures, or is he confusing it with the fire lot"], "Enhanced monitoring (Engage): Devon and Cornwall Police", "Devon and Somerset Fire and Rescue Service: Fire", id="muddled-with"),
    # 'and by the next inspection?' after Engage: every round
    pytest.param(["was cleveland police ever in special measures", "what got them put there", "and by the next inspection?"], "Cleveland Police: every inspection round", "future inspections", id="by-the-next-inspection"),
    # found after the twelfth set's blind score (its misses, as classes, in phrasings of our own)
    pytest.param(["which forces in the north west and yorkshire got inadequate for anything"], "North West and Yorkshire and The Humber", "I can't answer", id="two-regions"),
    pytest.param(["did cleveland police get better?? my dad said they were inadequate before"], "Cleveland Police: every inspection round", "areas rated inadequate", id="remark-what-it-was"),
    pytest.param(["essex police latest grades pls - deadline in 15 mins"], "Essex Police: PEEL 2023–25", "response times", id="deadline-remark"),
    pytest.param(["what's the newest fire report you hold"], "Fire and rescue inspection 2023–25", "The latest 10 reports", id="newest-one-report"),
    pytest.param(["I heard that Kent fire was the only service outstanding at preventing fires; is that right?"], "rated outstanding for preventing fires", "I'm not sure which", id="heard-that-claim"),
    pytest.param(["english fire services that didn't get a single good"], "any grade but good", "adequate or worse", id="not-a-single-good"),
    pytest.param(["how is durham police", "and cleveland police?", "put them side by side on investigating"], "Compared on investigating crime", "I can't answer that yet", id="side-by-side"),
    pytest.param(["cleveland police were in special measures weren't they, what grades did they have then"], "Enhanced monitoring (Engage): Cleveland Police", "I can't answer that yet", id="tag-then-question"),
    pytest.param(["how is kent police", "wat were their grades in 2021/22"], "Kent Police: PEEL 2021–22", "I can't answer that yet", id="wat"),
    pytest.param(["how is cumbria police", "what proportion of their staff are women"], "I can't answer that", "Cumbria Constabulary: PEEL", id="workforce-share"),
    pytest.param(["any statements from the chief constable of kent about it"], "I can't answer that", "Kent Police: PEEL", id="statements-from"),
    pytest.param(["which forces got inadequate for recording data about crime", "full herts breakdown pls"], "Hertfordshire Constabulary: PEEL 2023–25", "Hertfordshire Constabulary: recording data", id="full-breakdown"),
    # found in the twenty-fifth development sets
    pytest.param(["my neighbour reckons kent fire are in special measures"], "Enhanced monitoring (Engage): Kent Fire and Rescue Service", "Compared:", id="neighbour-says"),
    pytest.param(["has the chief constable commented publicly on the cleveland report"], "I can't answer that", "Cleveland Police: PEEL", id="commented-publicly"),
    pytest.param(["how is suffolk fire", "oops i meant police not fire. which east of england forces got an inadequate"], "Police forces in East of England", "Fire and rescue services in East of England", id="meant-police-not-fire"),
    pytest.param(["compare essex fire w/ kent fire"], "Compared: Essex County Fire and Rescue Service, Kent Fire and Rescue Service", "I can't answer that yet", id="w-slash"),
    pytest.param(["how did the fire people in leeds do"], "West Yorkshire Fire and Rescue Service", "West Yorkshire Police", id="fire-people"),
    pytest.param(["are the police any good in bangor"], "Bangor is policed by North Wales Police", "Northern Ireland", id="namesake-in-scope"),
    pytest.param(["how is durham police", "how does that compare with its last one"], "Durham Constabulary: every inspection round", "I can't answer that yet", id="compare-with-last-one"),
    pytest.param(["how is sussex police", "what about west sussex fire, same area isn't it"], "West Sussex Fire and Rescue Service", "Sussex Police: PEEL", id="same-area-remark"),
    pytest.param(["when's cleveland police next due an inspection"], "future inspections", "Cleveland Police: PEEL", id="next-due"),
    pytest.param(["when did wiltshire police go into engage", "and out again?"], "Enhanced monitoring (Engage): Wiltshire Police", "I can't answer that yet", id="out-again"),
    pytest.param(["any outstandings for kent police in 2023-25", "and in 2021/22 essex got what"], "Essex Police: PEEL 2021–22", "areas rated outstanding", id="got-what"),
    pytest.param(["when did cleveland police go into engage", "what grades had put them in there"], "Why: Cleveland Police", "I can't answer that yet", id="what-had-put-them-there"),
    pytest.param(["which police forces are in special measures rn", "what were their grades"], "Lincolnshire Police: PEEL 2023–25", "I can't answer that yet", id="their-after-a-list-of-one"),
    pytest.param(["which police forces got the most inadequate grades", "list lincolnshires four"], "Lincolnshire Police: areas rated inadequate", "I can't answer that yet", id="list-its-n"),
    pytest.param(["my cousin lives in bangor, county down - how are the police there"], "Northern Ireland", "North Wales Police: PEEL", id="namesake-county-said"),
    pytest.param(["how is gloucestershire fire", "has it been in special measures", "ah the police then. why were they put in it"], "Why: Gloucestershire Constabulary", "Why: Gloucestershire Fire", id="the-police-then"),
    pytest.param(["when was cleveland police in engage", "compare their latest report with durham's"], "Compared: Cleveland Police, Durham Constabulary", "I can't answer that yet", id="compare-their-report-with"),
    # which bodies cover more than one of the other kind's areas (force_fire_services.csv)
    pytest.param(["do any fire brigades cover more than one police force"], "London Fire Brigade: City of London Police, Metropolitan Police Service", "I can't answer that yet", id="fire-covering-several-forces"),
    pytest.param(["apart from london fire brigade, which fire services cover two forces"], "other than London Fire Brigade", "London Fire Brigade: City", id="covering-except"),
    pytest.param(["which forces are split between several fire services"], "Northumbria Police: Northumberland Fire and Rescue Service, Tyne and Wear Fire and Rescue Service", "I can't answer that yet", id="forces-with-several-fire-services"),
    pytest.param(["how good are derbyshire police", "my nan lives in chesterfield, same lot for her?"], "Yes: Chesterfield is policed by Derbyshire Constabulary.", "I can't answer that yet", id="same-lot"),
    # a correction asks the last question again, of the one meant (a body, a place's body, an area)
    pytest.param(["what did cleveland police get for responding", "sorry, i meant durham not cleveland"], "Durham Constabulary: responding to the public", "Cleveland Police:", id="correction-body"),
    pytest.param(["how is the fire service in exeter", "oops I meant Truro, not Exeter"], "Cornwall Fire and Rescue Service", "Devon and Somerset Fire and Rescue Service:", id="correction-place"),
    pytest.param(["how did kent police do on investigating", "no i meant preventing crime not investigating"], "Kent Police: preventing crime and antisocial behaviour", "Kent Police: investigating", id="correction-area"),
    pytest.param(["give me essex police's grades", "what was the grade for investigating crime specifically?"], "Essex Police: investigating crime", "Police forces: grades", id="the-grade-for-x-specifically"),
    pytest.param(["which fire services were rated inadequate for values and culture", "the suffolk one - which police forces does it cover?"], "Suffolk Constabulary", "I can't answer that yet", id="pick-which-forces-it-covers"),
    pytest.param(["leaving aside leadership, what did durham police get in 2023-25"], "Durham Constabulary: PEEL 2023–25", "Durham Constabulary: leadership", id="leaving-aside"),
    pytest.param(["what judgement did truro get for promoting the right values and culture"], "Cornwall Fire and Rescue Service", "Devon and Cornwall Police:", id="place-kind-by-area"),
    # a name taken back as it is typed ('- no, X', ', sorry, I mean X')
    pytest.param(["compare durham with cleveland - no, northumbria"], "Compared: Durham Constabulary, Northumbria Police", "Cleveland Police", id="taken-back-no"),
    pytest.param(["compare kent fire with essex's fire service - sorry, I mean surrey's"], "Compared: Kent Fire and Rescue Service, Surrey Fire and Rescue Service", "Essex County Fire", id="taken-back-sorry-i-mean"),
    pytest.param(["is there any public confidence polling for kent police"], "public surveys and polls", "Kent Police: PEEL", id="polling"),
    pytest.param(["how did kent and essex fire do", "sorry i meant on preventing fires"], "Compared on preventing fires", "I'm not sure which", id="meant-on-area"),
    pytest.param(["how is surrey fire", "has any fire service ever been in special measures"], "Enhanced monitoring (Engage)", "Surrey Fire and Rescue Service: Fire", id="any-service-is-a-group"),
    # found trying the change as a newcomer: 'whos' without its apostrophe, after an exception
    pytest.param(["apart from kent, whos outstanding at anything"], "other than Kent Police", "I can't answer that yet", id="whos"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_twenty_fourth_sets(db, turns, must, never):
    text = conversed(db, turns)
    assert must in text
    assert never not in text
