"""The classes of misses the fifth development set found, each asked several ways (typos, voices) and
checked on the shipped data through `ask`: what the answer must say, and what it must never say."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.slack.ask import ask
from bot.slack.blocks.plain import to_plain_text
from tests.conftest import assert_valid_blocks

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def said(db, question: str) -> str:
    message = ask(db, question, now=NOW)
    assert_valid_blocks(message)
    return to_plain_text(message)


LANCS_SIX = "was rated outstanding in 6 of 11 areas (HMICFRS's summary: 6 outstanding, 5 good"
GMP_THREE = "was rated inadequate in 3 of 9 areas (HMICFRS's summary: 1 adequate, 5 requires improvement, 3 inadequate"
CANT = "I can't answer that"

# A body's areas at a grade: HMICFRS's count statement is the whole report; the areas recorded here may be
# fewer, and are never given as if they were all.
COUNTS_ARE_THE_WHOLE_REPORT = [
    pytest.param("lancs fire how many outstandings did they get", LANCS_SIX, "outstanding in 4 of 11", id="counts-lancs"),
    pytest.param("how many outstandings did lancashire fire get", LANCS_SIX, "outstanding in 4 of 11", id="counts-lancs-full-name"),
    pytest.param("lancashire fire and rescue - number of outstanding grades?", "the other 2 are not recorded here", "outstanding in 4 of 11", id="counts-number-of"),
    pytest.param("did lancs frs get any outstandings", "Yes: Lancashire Fire and Rescue Service " + LANCS_SIX, "outstanding in 4 of 11", id="counts-yes-no"),
    pytest.param("GMP 2021-22: count of Inadequate grades and the areas concerned.", GMP_THREE, "inadequate in 2 of 9", id="counts-gmp-round"),
    pytest.param("how many inadequates did greater manchester police get in 2021/22", "the other 1 is not recorded here", "inadequate in 2 of 9", id="counts-gmp-typed-round"),
    pytest.param("how many goods did gmfrs get", "was rated good in 10 of 11 areas", "good in 1 of 11", id="counts-gmfrs"),
    pytest.param("is gloucestershire police rated requires improvement in anything", "Yes: Gloucestershire Constabulary was rated requires improvement in 4 of 9 areas", "None of Gloucestershire", id="counts-glos-yes"),
    pytest.param("glos police still failing?", "requires improvement or worse in 5 of 9 areas", "None of Gloucestershire Constabulary's 1 recorded", id="counts-glos-failing"),
    pytest.param("did hereford and worcester fire get any inadequate grades", "No: none of Hereford and Worcester Fire and Rescue Service's 11 recorded grades is inadequate (Fire and rescue inspection 2023–25, publication date not recorded): 4 good, 7 adequate.", "Yes", id="a-no-says-what-the-grades-were"),
    pytest.param("did cambs fire get anything inadequate", "The other 6 areas are not recorded here, so I can't say for those", "No: ", id="a-partial-record-is-no-plain-no"),
    pytest.param("norfolk fire - any inadequates or RIs?", "in 1 of the 4 areas recorded here, of 11 (Fire and rescue inspection 2023–25, published 8 March 2024); the other 7 are not recorded here", "in 1 of 11 areas", id="a-partial-record-is-a-floor"),
]  # fmt: skip

# A region named in three words or more is the region, never a place inside its name ('Humber').
LONG_REGIONS = [
    pytest.param("police forces in yorkshire and the humber", "Humberside Police", "West Mercia", id="region-not-humber-village"),
    pytest.param("Yorkshire and the Humber fire services - response grades", "North Yorkshire Fire and Rescue Service — Good", "Hereford and Worcester", id="region-fire-area"),
    pytest.param("which forces in yorkshire and the humber are good at investigating", "Police forces in Yorkshire and The Humber", "West Mercia", id="region-good-at"),
    pytest.param("yorkshire and humber fire services on prevention", "Fire and rescue services in Yorkshire and The Humber", "Hereford", id="region-without-the"),
    pytest.param("Which Yorkshire and The Humber force had no Requires improvement or Inadequate grades at all in 2023-25", "North Yorkshire Police", "West Mercia", id="region-negation"),
    pytest.param("any yorkshire and the humber force in engage", "now or in the past, is recorded here for any of the police forces in Yorkshire and The Humber", "West Mercia", id="region-engage"),
]  # fmt: skip

# A quantity measured (minutes, an average, a headcount, a percentage) is not an area's grade, whatever area
# word it carries; a body HMICFRS does not inspect (ambulances) wins over a statistics word.
MEASURED = [
    pytest.param("response times in minutes for essex police?", CANT, "Essex Police is rated", id="measured-minutes"),
    pytest.param("whats the avg response time in mins for west yorks fire last yr?", CANT, "is rated Good", id="measured-avg-mins"),
    pytest.param("Mean response time in minutes to primary fires for Surrey Fire and Rescue, 2024-25?", CANT, "rated Requires improvement", id="measured-mean"),
    pytest.param("average 999 answer time in seconds for kent police", CANT, "Kent Police was rated", id="measured-seconds"),
    pytest.param("what percentage of calls do the met answer", CANT, "Metropolitan Police Service: responding", id="measured-percentage"),
    pytest.param("Police officer FTE headcount for Lancashire Constabulary at 31 March 2025?", CANT, "PEEL 2023–25", id="measured-headcount"),
    pytest.param("number of officers in thames valley police", CANT, "PEEL 2023–25", id="measured-number-of-officers"),
    pytest.param("west mids police staff numbers 2024", CANT, "workforce", id="measured-staff-numbers"),
    pytest.param("ambulance response times london - worst trusts?", "hospitals and health services", "Metropolitan Police Service", id="ambulance-wins-over-statistics"),
    pytest.param("which force has the best average grade", "Best police forces", CANT, id="average-grade-is-a-ranking"),
    pytest.param("how long does it take west mids police to answer 999", CANT, "West Midlands Police on responding", id="how-long-does-it-take"),
    pytest.param("staff sickness rates for kent fire", CANT, "getting the right people", id="rates-over-an-area"),
    pytest.param("detection rate for investigating crime in kent", CANT, "Kent Police: investigating", id="detection-rate"),
    pytest.param("sussex police complaints", "complaints, misconduct and staff records", "Sussex Police: PEEL", id="complaints"),
    pytest.param("met police vetting failures", "complaints, misconduct and staff records", "Metropolitan Police Service: PEEL", id="vetting"),
    pytest.param("what rating did kent get for investigating", "Kent Police: investigating crime", CANT, id="rating-is-no-rate"),
]  # fmt: skip

# The words people use for calling the police are responding to the public, not the workforce ('people').
CALLING = [
    pytest.param("is durham police any good at answering when people call them", "Durham Constabulary is rated Requires improvement for responding to the public", "workforce", id="call-people-call-them"),
    pytest.param("how good are kent police at picking up the phone", "Kent Police: responding to the public", "Kent Police: PEEL", id="call-phone"),
    pytest.param("do west mids police answer the phone when you call", "West Midlands Police: responding to the public", "workforce", id="call-when-you-call"),
    pytest.param("what happens when i call 999 in surrey, are they any good", "Surrey Police is rated Inadequate for responding", "workforce", id="call-999"),
    pytest.param("norfolk police phone answering", "Norfolk Constabulary: responding to the public", "Norfolk Constabulary: PEEL", id="call-phone-answering"),
    pytest.param("is durham police good with its people", "workforce", "responding", id="people-alone-is-still-the-workforce"),
]  # fmt: skip

# ', also ...' starts a second question whatever its first word; 'how many RIs' or 'which area' in a second
# half asks on about the first half's body.
ALSO = [
    pytest.param("cleveland fire brigade on understanding risk, also getting the right people?", "rated Adequate for getting the right people", "Cleveland Police", id="also-second-area"),
    pytest.param("kent fire on preventing fires, also on protection", "rated Outstanding for protecting the public through fire regulation", "Kent Police", id="also-on-area"),
    pytest.param("warwickshire fire response grade, also how many RIs overall?", "Warwickshire Fire and Rescue Service was rated requires improvement in 7 of 11", "Warwickshire Police", id="also-how-many-keeps-body"),
    pytest.param("GMFRS 2023-25: how many areas Good, and which area was Adequate?", "Greater Manchester Fire and Rescue Service was rated adequate in 1 of 11", "Police forces rated adequate", id="which-area-keeps-body"),
    pytest.param("durham police on 999, also are they in engage", "Enhanced monitoring (Engage): Durham Constabulary", "County Durham and Darlington", id="also-engage"),
    pytest.param("is kent in engage and how many forces are in engage", "Lincolnshire Police", "Did you mean", id="how-many-forces-is-its-own"),
]  # fmt: skip


# A number of grades asked for keeps the bodies with that many or more, counted from HMICFRS's statement
# where there is one; 'at least one' is the plain list.
THRESHOLDS = [
    pytest.param("List the forces with three or more Inadequate grades in PEEL 2023-25.", "Nottinghamshire Police — 3 inadequate", "Cambridgeshire Constabulary", id="three-or-more"),
    pytest.param("Fire services with more than two Outstanding grades in the 2023-25 round?", "Lancashire Fire and Rescue Service — 6 outstanding", "Humberside Fire and Rescue Service —", id="more-than-two"),
    pytest.param("Which forces recorded five or more Requires improvement grades in 2023-25?", "Avon and Somerset Constabulary — 5", "Derbyshire Constabulary —", id="five-or-more"),
    pytest.param("fire services inadequate in 3 or more areas?", "Gloucestershire Fire and Rescue Service — 3 inadequate", "Suffolk Fire and Rescue Service —", id="in-n-or-more-areas"),
    pytest.param("forces with 2+ inadequates", "Police forces rated inadequate in 2 or more areas", "at least one area", id="n-plus"),
    pytest.param("which forcs have 3 or more inadequte grades", "West Midlands Police — 3 inadequate", "Surrey Police —", id="typos-and-a-number"),
    pytest.param("any fire service with over 4 requires improvement grades", "rated requires improvement in 5 or more areas", "at least one area", id="over-n"),
    pytest.param("police forces in the north west with more than one outstanding", "Police forces in North West rated outstanding in 2 or more areas", "Merseyside Police —", id="more-than-one-in-a-region"),
    pytest.param("which forces got at least one outstanding", "rated outstanding in at least one area", "or more areas", id="at-least-one-is-the-plain-list"),
    pytest.param("is kent rated inadequate in more than two areas", "not taken into account: “more than two”", "Did you mean", id="a-number-with-no-room-is-said"),
    pytest.param("forces with fewer than two inadequate grades", "not taken into account: “fewer than two”", "Did you mean", id="an-upper-bound-is-said"),
    pytest.param("fire services with at most one requires improvement", "not taken into account: “at most one”", "Did you mean", id="at-most-is-said"),
    pytest.param("which forces have three inadequate grades", "Police forces rated inadequate in 3 or more areas", "at least one area", id="a-bare-number"),
    pytest.param("fire services with 2 outstandings", "Read as: which fire services have 2 or more outstanding grades", "at least one area", id="a-bare-number-with"),
]  # fmt: skip

# What is and isn't recorded here is a question of its own, never a list of grades with a negation: the group
# asked for is named, the others counted.
RECORDED = [
    pytest.param("Which fire and rescue services have nothing at all recorded for 2023-25 - no grades and no counts?", "3 of the 44 fire and rescue services have nothing at all recorded here (no grades and no counts): Derbyshire Fire and Rescue Service, Northumberland Fire and Rescue Service and Tyne and Wear", "Cheshire Fire and Rescue Service", id="nothing-at-all"),
    pytest.param("which fire services do we have no grades for at all - not even counts", "Tyne and Wear Fire and Rescue Service", "Royal Berkshire", id="not-even-counts"),
    pytest.param("which FRSs have nothing on record", "have nothing at all recorded here", "can't answer", id="nothing-on-record"),
    pytest.param("how many of the 43 forces have all eight core 2023-25 grades recorded?", "30 of the 43 police forces have every core grade of their PEEL 2023–25 report recorded here", "Kent Police", id="all-eight-recorded"),
    pytest.param("In the North West region, which forces have all eight 2023-25 core grades recorded?", "2 of the 5 police forces in North West have every core grade", "Cumbria Constabulary", id="all-recorded-in-a-region"),
    pytest.param("How many 2023-25 core PEEL grades are still missing, and which forces have none of the eight?", "core grades are recorded here in all, and 80 are not", "not taken into account", id="how-many-missing"),
    pytest.param("which forces have no 2021/22 grades", "have no core grade recorded here: Cambridgeshire Constabulary (nothing at all)", "Durham Constabulary", id="no-grades-for-a-round"),
    pytest.param("which welsh forces have grades missing", "3 of the 4 police forces in Wales have core grades not recorded here", "Gwent Police (", id="missing-in-wales"),
    pytest.param("which police forces have no grades recorded at all", "Police forces that have no core grade recorded here", "Police forces that have every core grade", id="at-all-is-emphasis"),
    pytest.param("which forces have no inadequate grades", "requires improvement or better in every graded area", "recorded here: police", id="no-with-a-grade-is-a-negation"),
]  # fmt: skip

# 'apart from X': X left out of a list (with the list's kind when X is a county), never answered as X; the
# rest of a place's bodies ('London's other police force') answered as those bodies.
EXCEPT = [
    pytest.param("other than cornwall, which fire services in the south west got an inadequate", "other than Cornwall Fire and Rescue Service rated inadequate", "Cornwall Fire and Rescue Service was rated", id="except-a-county-fire"),
    pytest.param("apart from kent, which services got outstanding for understanding risk", "Humberside Fire and Rescue Service — Outstanding", "Kent Police", id="except-a-place-is-not-asked-about"),
    pytest.param("besides surrey, which fire services are inadequate at anything", "other than Surrey Fire and Rescue Service rated inadequate", "Surrey Fire and Rescue Service —", id="besides"),
    pytest.param("apart from essex, which forces in the east of england are good at investigating", "other than Essex Police", "Essex Police —", id="except-in-a-region"),
    pytest.param("other than the Met, how did London's other police force do in 2023-25", "City of London Police: PEEL 2023–25", "Metropolitan Police Service: PEEL", id="the-place-s-other-force"),
    pytest.param("except for the met, how did the london forces do", "City of London Police: PEEL", "Metropolitan Police Service: PEEL", id="except-the-met"),
]  # fmt: skip

# A kind word said once after two names belongs to each; 'any good' about a force and a fire service asks
# how each did.
KIND_TO_EACH = [
    pytest.param("compare bucks and oxon fire on future affordability", "Buckinghamshire Fire and Rescue Service — 🟧🟧⬜⬜⬜ Requires improvement", "can't answer", id="bucks-and-oxon-fire"),
    pytest.param("west sussex vs east sussex frs on understanding risk", "West Sussex Fire and Rescue Service — 🟩🟩🟩🟩⬜ Good", "Sussex Police", id="vs-frs"),
    pytest.param("norfolk and suffolk fire on prevention", "Compared on preventing fires and other risks: Norfolk Fire and Rescue Service, Suffolk Fire and Rescue Service", "Norfolk Constabulary", id="and-fire"),
    pytest.param("durham and cleveland fire - who did better on protection", "County Durham and Darlington Fire and Rescue Service — 🟩🟩🟩🟩🟩 Outstanding", "Durham Constabulary", id="durham-and-cleveland-fire"),
    pytest.param("lancashire police and fire", "Lancashire Fire and Rescue Service", "Did you mean", id="police-and-fire-still-both"),
    pytest.param("is oxford fire any good? and TVP?", "Read as: grade Thames Valley Police", "get good in", id="any-good-across-kinds-is-each-card"),
]  # fmt: skip

# A question tag ('didnt they', 'werent they') or a question opened by a negative ('didnt the met get...')
# asks for a yes or no: it negates nothing.
TAGS = [
    pytest.param("lancs fire got loads of outstandings didnt they, which bits", "Lancashire Fire and Rescue Service was rated outstanding in 6 of 11", "good or worse", id="tag-didnt-they"),
    pytest.param("glos police were in special measures werent they", "Gloucestershire Constabulary was in enhanced monitoring (Engage) from December 2021", "not taken into account", id="tag-werent-they"),
    pytest.param("met police got inadequate for investigating didnt they", "Metropolitan Police Service is rated Inadequate for investigating crime", "Read as", id="tag-on-one-area"),
    pytest.param("kent fire is outstanding at protection isnt it", "Kent Fire and Rescue Service is rated Outstanding for protecting", "Read as", id="tag-isnt-it"),
    pytest.param("didnt the met get inadequate for investigating", "Metropolitan Police Service is rated Inadequate for investigating crime", "Read as", id="negative-question"),
    pytest.param("didnt they get inadequate, the met", "Metropolitan Police Service was rated inadequate in 2 of 8 areas", "requires improvement or better", id="negative-question-pronoun"),
    pytest.param("which forces didnt get inadequate", "requires improvement or better in every graded area", "rated inadequate in at least one area", id="a-real-negation-still-applies"),
]  # fmt: skip

# A second question asking for a date or the grades ('..., and date its report was published') is answered too.
DATES = [
    pytest.param("Lincolnshire Police: date it entered Engage, and date its 2023-25 report was published?", "Published 14 May 2025", "Did you mean", id="and-date-its-report"),
    pytest.param("when did notts police go into engage and the date of their latest report", "Published 11 July 2024", "Did you mean", id="and-the-date-of"),
    pytest.param("is the met in special measures and its grades", "PEEL 2023–2025: An inspection of Metropolitan Police Service", "Did you mean", id="and-its-grades"),
]  # fmt: skip

# A service graded in fewer areas than the round's (the Isles of Scilly: ten, no major incidents) is complete,
# not a possible member of every list.
FEWER_AREAS = [
    pytest.param("Which fire services in the South West got an inadequate for anything in 2023-25?", "Avon Fire and Rescue Service", "Isles of Scilly", id="scilly-not-missing-one"),
    pytest.param("other than cornwall, which fire services in the south west got an inadequate", "Dorset and Wiltshire Fire and Rescue Service", "Isles of Scilly", id="scilly-except"),
]  # fmt: skip

# Who has a report of a round so far ('PEEL 2025-27 results so far', 'the new round', 'fire round 4 yet').
ROUND_SO_FAR = [
    pytest.param("which forces have PEEL 2025-27 results so far?", "1 of the 43 police forces has a PEEL 2025–27 report recorded here", "can't answer", id="round-results-so-far"),
    pytest.param("has the new peel round started, any reports out yet", "Kent Police — PEEL 2025–27, published 9 April 2026 · Workforce (2025-27 name not yet confirmed): Outstanding", "The latest 10 reports", id="the-new-round"),
    pytest.param("have any fire round 4 (2025-27) grades come out yet?", "I can't answer: fire and rescue 2025–27 grades are not recorded here yet", "I can't answer that", id="fire-round-none-yet"),
    pytest.param("any 2025-27 fire reports out yet", "None of the 44 fire and rescue services has a fire and rescue 2025–27 report", "Kent Police", id="fire-reports-yet"),
    pytest.param("what has come out so far in 2025-27 for police", "Kent Police — PEEL 2025–27", "Fire and rescue", id="come-out-so-far"),
    pytest.param("latest 5 reports", "The latest 5 reports", "recorded here: police", id="latest-reports-unchanged"),
]  # fmt: skip

# 'Did none of X get G?' asks whether any did: who did, or all of them named when none did; 'never' with one
# body is every round.
WHETHER_ANY = [
    pytest.param("did none of the welsh forces get an outstanding in 2023-25?", "Gwent Police — Outstanding: Recording data about crime", "good or worse in every", id="did-none-who-did"),
    pytest.param("did none of the yorkshire forces get an inadequate in 2023-25?", "(Humberside Police, North Yorkshire Police, South Yorkshire Police and West Yorkshire Police) has a recorded grade of inadequate", "requires improvement or better in every", id="did-none-none-did"),
    pytest.param("has no fire service got outstanding for responding to fires", "None of the 44 fire and rescue services has a recorded grade of outstanding for responding to fires", "adequate", id="has-no"),
    pytest.param("did no force get inadequate for police powers", "None of the 43 police forces has a recorded grade of inadequate for police powers", "or better", id="did-no"),
    pytest.param("has essex police never been rated inadequate for anything", "Read as: how has Essex Police done in every round", "requires improvement or better in 9 of 9", id="never-is-every-round"),
    pytest.param("has kent never been outstanding at investigating", "Kent Police: every inspection round", "Did you mean", id="never-one-area"),
    pytest.param("which welsh forces got no outstanding grades", "good or worse in every graded area", "Gwent Police —", id="which-no-is-still-a-negation"),
]  # fmt: skip

# 'And what about their fire service' after a question about a force: the fire service of its place, answered
# second; 'who polices us' is a police word.
OTHER_KIND = [
    pytest.param("is suffolk police any good? and what about their fire service", "Read as: grade Suffolk Fire and Rescue Service", "Did you mean", id="their-fire-service"),
    pytest.param("I sit on the Suffolk police and crime panel - is our force any good? and what about our fire service", "Suffolk Fire and Rescue Service: Fire and rescue inspection 2023–25", "Norfolk", id="our-fire-service"),
    pytest.param("how is kent fire doing, and what about their police", "Read as: grade Kent Police", "Did you mean", id="their-police"),
    pytest.param("is essex police good at investigating and what about the fire service", "Essex County Fire and Rescue Service: Fire and rescue inspection 2023–25", "Did you mean", id="the-fire-service"),
    pytest.param("camden councillor here - who polices us and who does fire, and how are they rated", "Metropolitan Police Service: PEEL 2023–25", "Did you mean", id="who-polices"),
    pytest.param("how is camden policed", "Camden is policed by Metropolitan Police Service", "London Fire Brigade:", id="policed"),
]  # fmt: skip

# A movement from one grade ('slipped from outstanding', 'went from inadequate to something better', 'from good
# to adequate'): only the bodies that had it, and those whose later grade is not recorded named as such.
FROM_GRADE = [
    pytest.param("Which forces slipped from outstanding for preventing crime in 2021-22 to something lower in 2023-25?", "Rated outstanding in 2021–22, but the 2023–25 grade is not recorded here: West Yorkshire Police", "Metropolitan Police Service —", id="slipped-from-outstanding"),
    pytest.param("which forces went from inadequate to something better at responding", "of the 6 police forces rated inadequate in 2021–22", "Cambridgeshire Constabulary — Inadequate ·", id="from-inadequate-to-better"),
    pytest.param("which forces dropped from good to adequate for investigating", "Read as: which police forces got worse at investigating crime from good to adequate", "Nottinghamshire Police — Good → Inadequate", id="from-good-to-adequate"),
    pytest.param("which forces improved from requires improvement at investigating", "rated requires improvement in 2021–22", "Did you mean", id="improved-from"),
    pytest.param("which forces got better at responding since 2021/22", "10 improved, 4 got worse and 11 stayed the same", "rated", id="no-start-grade-unchanged"),
]  # fmt: skip

# Which area has the most of a grade: the areas ranked, never the bodies; grades known only from count
# statements are counted apart.
AREA_COUNTS = [
    pytest.param("Among the area grades you hold for PEEL 2023-25, which area has the most Inadequate grades?", "Responding to the public has the most inadequate grades recorded: 5", "Lincolnshire Police — 4", id="area-most-inadequate"),
    pytest.param("which area has the most inadequate grades", "known only from HMICFRS's count statements, so which areas is not recorded here: ", "1. Lincolnshire Police", id="counts-apart"),
    pytest.param("what area do fire services most often get requires improvement in", "Ensuring fairness and promoting diversity has the most requires improvement grades recorded: 13", "Most requires improvement grades:", id="area-most-often-fire"),
    pytest.param("which areas got the fewest outstanding grades for police", "Areas with the fewest outstanding grades: police forces", "Most outstanding", id="area-fewest"),
    pytest.param("which area do welsh forces get the most good grades in", "Areas with the most good grades: police forces in Wales", "Gwent Police — 0 good", id="area-in-a-region"),
    pytest.param("which force has the most inadequate grades", "1. Lincolnshire Police — 4 inadequate", "Areas with the most", id="a-force-is-still-a-body-ranking"),
]  # fmt: skip

# One body on two areas ('on protection and prevention'): each answered, never the first alone; several bodies
# left out at once; a count of spells in Engage is said, not dropped.
MORE = [
    pytest.param("hows notts fire doing on protection and prevention", "Nottinghamshire Fire and Rescue Service is rated Good for preventing fires", "Did you mean", id="two-areas-one-body"),
    pytest.param("kent police on 999 calls and investigating", "Read as: Kent Police on investigating crime", "Did you mean", id="two-areas-999-and-investigating"),
    pytest.param("cambs police responding and managing offenders grades", "Cambridgeshire Constabulary is rated Inadequate for responding to the public", "PEEL 2023–2025: An inspection", id="two-areas-grades"),
    pytest.param("is durham good at protecting vulnerable people", "No: Durham Constabulary is rated Requires improvement for protecting vulnerable people", "workforce", id="one-area-with-people-in-it"),
    pytest.param("how is essex police at responding to calls", "Essex Police is rated Adequate for responding to the public", "Read as", id="two-words-one-area"),
    pytest.param("list the fire services rated requires improvement at preventing fires, apart from avon and cornwall", "other than Avon Fire and Rescue Service, Cornwall Fire and Rescue Service", "Cornwall Fire and Rescue Service is rated", id="except-two-counties"),
    pytest.param("apart from sussex and surrey, which forces are good at responding", "apart from Surrey Police, Sussex Police", "Sussex Police —", id="except-two-forces"),
    pytest.param("which forces have been in engage more than once", "not taken into account: “more than once”", "Did you mean", id="spells-counted-are-said"),
    pytest.param("im a resident in hull - are the police any good at catching criminals", "Humberside Police on investigating crime", "Read as: grade Humberside", id="catching-criminals"),
    pytest.param("how good are essex police at solving crimes", "Essex Police is rated Adequate for investigating crime", "Read as", id="solving-crimes"),
    pytest.param("peer group comparison - leics, notts, derbys on responding", "Compared on responding to the public: Leicestershire Police, Nottinghamshire Police, Derbyshire Constabulary", "can't answer", id="words-in-a-comparison-are-no-body"),
    pytest.param("compare kent, essex and blah", "not understood: blah", "Did you mean", id="an-unknown-name-in-a-comparison-is-said"),
    pytest.param("when was the last time cleveland police were inspected", "PEEL 2023–2025: An inspection of Cleveland Police  Published 11 April 2025", "PEEL 2021–22", id="the-last-time-inspected-is-the-latest"),
    pytest.param("when was the last time kent fire was inspected", "Kent Fire and Rescue Service: Fire and rescue inspection 2023–25", "Did you mean", id="the-last-time-fire"),
    pytest.param("how did kent do last time", "Kent Police: PEEL 2025–27", "PEEL 2023–25", id="last-time-alone-is-the-latest"),
    pytest.param("how did kent do the time before", "Kent Police: PEEL 2023–25", "PEEL 2025–27", id="the-time-before-is-the-round-before"),
    pytest.param("which forces were in special measures in 2022 and which are now", "1 police force in enhanced monitoring (Engage) now: Lincolnshire Police", "Did you mean", id="and-which-are-now"),
    pytest.param("who was in engage in 2023 and who still is", "in enhanced monitoring (Engage) now: Lincolnshire Police", "Did you mean", id="and-who-still-is"),
    pytest.param("which fire services were in engage during 2024, and which are now?", "0 fire and rescue services in enhanced monitoring (Engage) now", "Did you mean", id="and-which-are-now-fire"),
    pytest.param("what percentage of forces were rated good for police powers", "10 of the 43 police forces are rated good for police powers", "can't answer", id="percentage-of-forces-is-n-of-N"),
    pytest.param("what proportion of fire services are in engage", "Read as: how many of fire services are in engage", "can't answer", id="proportion-of-services"),
    pytest.param("what % of the 43 forces got inadequate for anything", "12 of the 43 police forces are rated inadequate", "can't answer", id="percent-sign"),
    pytest.param("what percentage of calls do the met answer", CANT, "Metropolitan Police Service: responding", id="a-share-of-calls-is-still-a-quantity"),
    pytest.param("is there any force that got outstanding for responding to the public", "None of the 43 police forces has a recorded grade of outstanding for responding", "can't answer", id="is-there-any-force-that"),
    pytest.param("is lincs police in engage and why", "Why: Lincolnshire Police", "Did you mean", id="and-why-engage"),
    pytest.param("cambs police responding grade and why", "Why: Cambridgeshire Constabulary on responding to the public", "Did you mean", id="and-why-area"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("question", "says", "never"),
    COUNTS_ARE_THE_WHOLE_REPORT
    + LONG_REGIONS
    + MEASURED
    + CALLING
    + ALSO
    + THRESHOLDS
    + RECORDED
    + EXCEPT
    + KIND_TO_EACH
    + TAGS
    + DATES
    + FEWER_AREAS
    + ROUND_SO_FAR
    + WHETHER_ANY
    + OTHER_KIND
    + FROM_GRADE
    + AREA_COUNTS
    + MORE,
)
def test_each_class_is_read_as_asked(db, question, says, never):
    text = said(db, question)
    assert says in text, text[:600]
    assert never not in text, text[:600]
