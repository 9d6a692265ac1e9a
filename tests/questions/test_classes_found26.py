"""Classes found in the twenty-eighth development sets and in the misses left from earlier ones (written by people
who read only the data), each asked in phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import conversed

CASES = [
    # 'which of …' with a grade: those of them at it, never every one side by side
    pytest.param(["which of herts, cambs and suffolk police were inadequate for recording data about crime"], "1 of the 3 police forces asked about is rated inadequate", "Suffolk Constabulary — 🟩", id="which-of-named"),
    pytest.param(["Which East of England forces got an Inadequate for anything in 2023-25?", "so which one was inadequate on crime recording"], "Hertfordshire Constabulary — Inadequate", "Compared on recording", id="which-one-of-the-list"),
    pytest.param(["which forces were outstanding for recording data about crime in 2023-25", "were any of those outstanding for it in 2021/22 as well"], "Graded instead: Gloucestershire Constabulary — Inadequate", "Compared", id="none-of-them-graded-instead"),
    # a Welsh place's fire service is the conversation's kind, not its police force
    pytest.param(["how is gloucestershire fire service rated", "what about the one in monmouth?"], "which HMICFRS does not inspect", "Gwent Police: PEEL", id="welsh-town-fire-kept"),
    # a place people live in, said alone in a conversation about both kinds: both of its bodies
    pytest.param(["moving to harrogate - police and fire ratings please", "how good are the police there", "my wife would rather live in york"], "York's fire and rescue service is North Yorkshire Fire and Rescue Service", "I can't answer", id="living-both-kinds"),
    pytest.param(["brighton police grades", "and the fire service there?", "and crawley?"], "West Sussex Fire and Rescue Service", "Crawley is policed by", id="place-alone-keeps-kind"),
    # crime figures asked mid-conversation are refused, never merged into the last place's grades
    pytest.param(["how is everything in lewisham", "which of these areas has the lowest burglary rate"], "I can't answer that: it asks about crime figures", "Metropolitan Police Service: PEEL", id="figures-not-merged"),
    # a grade as it was on publication, when a regrade replaced it, with the reason stored
    pytest.param(["northamptonshire police on responding to the public in 2023-25", "but wasn't it adequate when it was published?"], "It was rated Adequate when the report was published", "I can't answer", id="regrade-on-publication"),
    # a negative question put before its subject asks; 'in it' after Engage is Engage
    pytest.param(["was gloucestershire police ever in special measures", "and their fire service, weren't they in it as well"], "Gloucestershire Fire and Rescue Service was in enhanced monitoring", "not taken into account", id="werent-they-in-it"),
    pytest.param(["which forces are in engage now", "and fire services - which of them have ever been in it"], "3 have been in it and left", "I can't answer that yet", id="which-ever-in-it"),
    pytest.param(["how did durham police do", "and the fire service round hartlepool", "has any north west force ever been in engage?"], "police forces in North West", "Cleveland Police", id="any-region-force-in-engage"),
    # 'which 4' after a ranking by a grade: the top one's areas at it
    pytest.param(["which fire service had the most requires improvement grades", "which 9"], "Buckinghamshire Fire and Rescue Service: areas rated requires improvement", "I can't answer that yet", id="which-n-after-ranking"),
    pytest.param(["lincolnshire police grades", "prev round?"], "Lincolnshire Police: PEEL 2021–22", "I can't answer that yet", id="prev-round"),
    # 'the X one' of a side-by-side list is the one listed with that name, of the list's kind
    pytest.param(["how did the north east forces do", "fire services in the same region?", "the durham one - anything outstanding?"], "County Durham and Darlington Fire and Rescue Service", "Durham Constabulary: areas", id="the-named-one-of-a-compare"),
    # several bodies asked about Engage 'now': who is in it today, not whether they overlapped
    pytest.param(["are notts and lincs police in special measures at the moment"], "Yes: Lincolnshire Police is in enhanced monitoring (Engage) now; Nottinghamshire Police is not.", "were both in", id="several-now"),
    pytest.param(["East Midlands forces with an inadequate in 2023-25?", "what did lincs get", "is either of them in engage currently"], "Lincolnshire Police is in enhanced monitoring (Engage) now", "I can't answer that yet", id="either-of-them-now"),
    pytest.param(["were notts and lincs police in engage at the same time"], "were both in enhanced monitoring (Engage) from", "is in enhanced monitoring (Engage) now", id="several-together"),
    # 'is X the only <grade>?' after a list: the list at that grade, and who is ruled out by HMICFRS's counts, by name
    pytest.param(["East Midlands police, investigating crime, 2023-25", "is leicestershire the only adequate one?"], "Police forces in East Midlands rated adequate for investigating crime", "Police forces rated adequate in at least one area", id="the-only-grade-of-a-list"),
    pytest.param(["gwent police leadership grade", "and the rest of wales?", "is north wales the only requires improvement one"], "Police forces asked about rated requires improvement for leadership", "Police forces rated requires improvement in at least one area", id="the-only-grade-of-compared"),
    # 'the Humber' is Humberside, not the Herefordshire village; 'which three are missing?' after a card is the card
    pytest.param(["how are the fire and rescue lot round the humber"], "Humberside Fire and Rescue Service", "Hereford and Worcester", id="the-humber"),
    pytest.param(["grade northamptonshire fire", "so which 3 are not recorded?"], "Northamptonshire Fire and Rescue Service: Fire and rescue inspection 2023–25", "I can't answer that yet", id="which-are-missing"),
    # a list of what is recorded, narrowed to a place a follow-up names of it
    pytest.param(["which police forces have nothing recorded for 2021/22", "and how many of those are in wales?"], "3 of the 4 police forces in Wales have nothing at all recorded here", "HMICFRS inspects 4 police forces in Wales", id="recorded-narrowed"),
    # the other kind after one body's Engage spell: its spells and its grades, both (people ask either)
    pytest.param(["was the met ever in special measures", "and the brigade?"], "London Fire Brigade was in enhanced monitoring (Engage)", "I can't answer that yet", id="kind-switch-after-engage-spells"),
    pytest.param(["was the met ever in special measures", "and the brigade?"], "London Fire Brigade: Fire and rescue inspection 2023–25", "I can't answer that yet", id="kind-switch-after-engage-grades"),
    # after a force and its service's Engage: 'the police one' is the force; 'last time' with 'better' is the round before
    pytest.param(["is thames valley police or oxfordshire fire in special measures", "was the police one any better last time?"], "Thames Valley Police: every inspection round", "in enhanced monitoring (Engage) at the same time", id="the-police-one-better-last-time"),
    # a pick from a list by its place, with an area of its own
    pytest.param(["which forces got outstanding for workforce in 2023-25", "the one in yorkshire - what about on leadership?"], "Humberside Police: leadership and force management", "building, supporting and protecting the workforce", id="placed-pick-own-area"),
    # 'anything from the round' mid-conversation: who has that round's report
    pytest.param(["how did norfolk police do", "is there anything from the 2025-27 round yet"], "Police forces with a PEEL 2025–27 report recorded here", "Norfolk Constabulary's 2025–27 grades", id="anything-from-round"),
    # after Engage's list, 'out of it' is Engage; 'their own one' is a place's body of the conversation's kind
    pytest.param(["which police forces are in special measures now", "and which ones have left it since 2024"], "Since 2024, among police forces: ", "Lincolnshire Police: PEEL", id="out-of-it-is-engage"),
    pytest.param(["which fire service covers penzance", "the scillies have their own one, how did it do"], "Isles of Scilly Fire and Rescue Service: Fire and rescue inspection", "Scillies is policed by", id="their-own-one"),
    # 'what got us put in there' (the speaker named) asks why; 'compare them with X police' after a force and its service
    pytest.param(["bucks fire here - were we ever in special measures", "what got us put in there?"], "Why: Buckinghamshire Fire and Rescue Service", "I can't answer that yet", id="what-got-us-put-in"),
    pytest.param(["is suffolk police or suffolk fire in special measures", "how do they compare with essex police"], "Compared: Suffolk Constabulary, Essex Police", "Suffolk Fire and Rescue Service, Suffolk", id="compare-the-police-one"),
    pytest.param(["how are the police in aberystwyth", "and the fire brigade there?", "when did that police report come out?"], "Dyfed-Powys Police", "The latest 10 reports", id="that-police-report"),
    # 'one of their grades got changed after it came out' after one body: its regrades, not how it moved
    pytest.param(["northants police, investigating crime", "i heard one of their grades was changed after publication?"], "Grades changed after publication", "Northamptonshire Police: investigating crime", id="their-grade-changed"),
    # moving from one place to another and asking which is better: both places, side by side (never the origin dropped)
    pytest.param(["we might relocate from derby to leicester next spring - which has the better police?"], "Compared: Derbyshire Constabulary, Leicestershire Police", "not understood", id="moving-from-to-compared"),
    pytest.param(["were moving there from derby, how are the police in leicester"], "Leicester is policed by Leicestershire Police", "Derbyshire", id="moving-from-origin-dropped"),
    # a ranking asked after one body is every body's ranking; 'the X fire lot' beside a place is that place's
    pytest.param(["how did kent fire do", "fair enough - which fire service got the most outstandings then"], "Most outstanding grades: fire and rescue services", "Kent Fire and Rescue Service: areas rated outstanding", id="ranking-after-one"),
    pytest.param(["what about the fire service in hereford", "and gloucesters fire lot?"], "Gloucestershire Fire and Rescue Service", "Hereford and Worcester Fire and Rescue Service: Fire", id="place-fire-lot"),
    # 'what were they best at' when nothing is good or better: its best recorded grade, by area
    pytest.param(["how is the met doing", "what were they best at then"], "Its best recorded grade is Adequate: Police powers and public treatment.", "I can't answer that yet", id="best-at-none-good"),
    # a place's fire service HMICFRS does not inspect, then another place: that place's fire service
    pytest.param(["fire service in swansea?", "and gloucester's?"], "Gloucestershire Fire and Rescue Service", "Gloucestershire Constabulary: PEEL", id="welsh-fire-then-place"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_twenty_eighth_sets(db, turns, must, never):
    text = conversed(db, turns)
    assert must in text
    assert never not in text
