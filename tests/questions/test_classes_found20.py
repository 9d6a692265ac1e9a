"""Classes found in the twentieth development sets (written by people who read only the data), each asked in
phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import conversed
from tests.conftest import said_after as said

CASES = [
    # 'the only area … didn't get good': that body's areas below good, never every body's list
    pytest.param(["was fire regulation the only area notts fire wasn't good at"], "Nottinghamshire Fire and Rescue Service was rated adequate or worse in 1 of 11 areas", "Fire and rescue services rated", id="the-only-area-not"),
    pytest.param(["was protecting vulnerable people the only thing cleveland police got RI for"], "Cleveland Police was rated requires improvement in 2 of", "Police forces rated", id="the-only-area"),
    # 'nothing below good': good or better everywhere
    pytest.param(["which fire services had nothing below good"], "rated good or better in every graded area", "rated good in every graded area", id="nothing-below"),
    # 'apart from <area>, where else did X get <grade>': that body's areas at the grade
    pytest.param(["besides responding, where else was cleveland police requires improvement"], "Cleveland Police: areas rated requires improvement", "Cleveland Police: responding", id="where-else-apart-from"),
    # what the asker read or heard, after the question, is no part of it
    pytest.param(["how good are the police in boston? i heard theyre in special measures"], "Lincolnshire Police: PEEL", "Enhanced monitoring (Engage): Lincolnshire", id="heard-after-the-question"),
    # a count of what a force did is a statistic, never its card
    pytest.param(["number of stop searches by kent police in 2024"], "I can't answer that: it asks about crime figures", "Kent Police: PEEL", id="number-of-searches"),
    # pillars are fire's: the fire areas
    pytest.param(["what areas come under the people pillar"], "Fire and rescue inspection 2023–25: 11 areas", "PEEL 2023–25: 8 areas", id="pillar-is-fire"),
    # Engage with nothing on record: not a confident no
    pytest.param(["has essex fire ever been in engage"], "Not on record", "No: published sources", id="engage-not-on-record"),
    # 'why' when the stored sentences only name the grade
    pytest.param(["why did west yorkshire police get RI for the workforce"], "I can't answer why from what's on record: the sentence", "I can't answer that", id="why-only-the-grade"),
    # a grade said to be unrecorded leads with 'I can't answer'
    pytest.param(["which areas was cambridgeshire police good at in 2021/22"], "I can't answer: no grades from Cambridgeshire Constabulary's report", "latest report", id="round-not-recorded"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found(db, turns, must, never):
    _, text = said(db, turns)
    assert must in text
    assert never not in text


# Each asked as the app asks a thread: the conversation kept in the store (`converse`).
FOLLOW_UPS = [
    # the grades again, or the latest round, after an answer that showed neither
    pytest.param(["when did gloucestershire fire leave special measures", "grades?"], "Gloucestershire Fire and Rescue Service: Fire and rescue inspection 2023–25", id="grades-after-engage"),
    pytest.param(["what did essex police get in 2021/22", "and this round?"], "Essex Police: PEEL 2023–25", id="this-round"),
    pytest.param(["why was the met put in engage", "what did they get last time"], "Metropolitan Police Service: PEEL 2023–25", id="last-time-after-engage"),
    # 'which of the two did better on X' after two bodies: side by side on X
    pytest.param(["norfolk and suffolk police", "which of the two forces did better at responding"], "Compared on responding to the public: Norfolk Constabulary, Suffolk Constabulary", id="which-of-two-shown"),
    pytest.param(["which fire services were outstanding at preventing fires", "hows many is that"], "outstanding for preventing fires", id="hows-many"),
    # a body's count, areas at a grade, a ranking's top one; 'gone downhill' is how it moved
    pytest.param(["how has west midlands police done over time", "what were the two inadequates in 21/22"], "West Midlands Police: areas rated inadequate", id="what-were-the-n-grades"),
    pytest.param(["which south west fire service got the most goods", "in what?"], "areas rated good", id="in-what-after-most"),
    pytest.param(["cleveland police 2021/22", "so gone downhill since?"], "Cleveland Police: every inspection round", id="downhill"),
    # 'we' after one body: the asker speaks for it
    pytest.param(["how did devon and cornwall police do", "are we still in engage"], "Enhanced monitoring (Engage): Devon and Cornwall Police", id="we-in-engage"),
    pytest.param(["norfolk fire grades", "how did we do on preventing fires"], "Norfolk Fire and Rescue Service: preventing fires and other risks", id="we-on-an-area"),
    # 'how many <grade>s is that' after one body: its count
    pytest.param(["essex police on investigating", "how many goods did they get"], "Essex Police: areas rated good", id="how-many-of-a-grade"),
    # 'when was the original report published' after one area: that area's answer, dated
    pytest.param(["how did cumbria do at responding", "when was the original report published"], "Cumbria Constabulary's PEEL 2023–25 report was published on 23 July 2024", id="original-report-date"),
    # a report's date asked after a pick
    pytest.param(["compare the yorkshire fire services on preventing fires", "the one that got outstanding - when was it out?"], "I can't answer: the date Humberside Fire and Rescue Service's", id="pick-then-when-published"),
    # leaving Engage is no report coming out; 'the inadequate one about' asks why, not which
    pytest.param(["was the met in special measures", "and when did they come out"], "to 24 January 2025", id="came-out-of-engage"),
    pytest.param(["how did shropshire fire do", "what was the inadequate one about"], "Why: Shropshire Fire and Rescue Service", id="inadequate-one-about"),
    # 'is that the best in X' after one body: where it ranks there, in its kind, on the area asked
    pytest.param(["merseyside fire grades", "is that the best in the north west?"], "where Merseyside Fire and Rescue Service ranks", id="is-that-the-best"),
    pytest.param(["how did kent police do on investigating", "are they the worst in the south east for it?"], "Worst police forces in South East for investigating crime", id="worst-for-it"),
    # a town in an Engage follow-up keeps the conversation's kind; a tag question negates nothing
    pytest.param(["kent fire grades", "was bucks in special measures"], "Enhanced monitoring (Engage): Buckinghamshire Fire and Rescue Service", id="town-engage-kind-kept"),
    pytest.param(["oxfordshire fire grades", "bucks was in engage wasn't it?"], "Enhanced monitoring (Engage): Buckinghamshire Fire and Rescue Service", id="tag-question"),
    # the other kind's bodies with an area of their own keep that area
    pytest.param(["compare south wales and gwent police", "compare lancashire fire and merseyside fire on best use of resources"], "Compared on making best use of resources", id="other-kind-own-area"),
    # 'which of them got the most <grade>s' after two to six bodies: those ranked by that count
    pytest.param(["compare kent, essex and sussex police", "which of them got the most goods"], "Most good grades", id="most-of-them"),
    # 'the X one, how did it do overall': its whole card
    pytest.param(["which fire services got outstanding for responding to major incidents?", "the midlands one, how did it do overall"], "Staffordshire Fire and Rescue Service: Fire and rescue inspection 2023–25", id="pick-overall"),
    # found after the twentieth blind score
    pytest.param(["compare oxfordshire, bucks and royal berks fire", "the one with the inadequate - was it in special measures?"], "Enhanced monitoring (Engage): Buckinghamshire Fire and Rescue Service", id="pick-with-then-engage"),
    pytest.param(["which fire services have been in engage", "why was the bucks one in"], "Why: Buckinghamshire Fire and Rescue Service", id="why-was-it-in"),
    pytest.param(["why did wiltshire police go into engage", "how did they do in the latest peel then"], "Wiltshire Police: PEEL 2023–25", id="latest-peel-after-why"),
    pytest.param(["why did northants police get RI for responding", "and the rest of that report?"], "Northamptonshire Police: PEEL 2023–25", id="rest-of-that-report"),
    pytest.param(["compare gwent and gloucestershire police", "which one was in special measures", "why did they go in"], "Why: Gloucestershire Constabulary", id="which-one-in-engage-then-why"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must"), FOLLOW_UPS)
def test_follow_ups_found(db, turns, must):
    assert must in conversed(db, turns)


def test_engage_explained_with_its_routine_level(db):
    _, text = said(
        db, ["for a glossary: what does hmicfrs mean by engage, is it the same as special measures"]
    )
    assert "What Engage (enhanced monitoring) means" in text
    assert "Scan" in text


def test_when_a_report_was_published_is_said_first_or_said_not_recorded(db):
    _, text = said(db, ["when was cumbria police's report published"])
    assert text.startswith("Cumbria Constabulary's PEEL 2023–25 report was published on 23 July 2024.")
    _, text = said(db, ["what's the publication date of kent's 2023-25 peel"])
    assert text.startswith("I can't answer: the date Kent Police's PEEL 2023–25 report was published")
    # typed as people type it, and read as another form: the date is still said first, from the words typed
    from bot.slack.ask import ask
    from bot.slack.blocks.plain import to_plain_text

    text = to_plain_text(ask(db, "whens the durham police report published"))
    assert text.startswith("Durham Constabulary's PEEL 2023–25 report was published on 17 November 2023.")
    text = to_plain_text(ask(db, "when did lancashire fire's report come out and were they good at anything"))
    assert (
        "Lancashire Fire and Rescue Service's Fire and rescue inspection 2023–25 report was published" in text
    )


def test_a_body_against_the_rest_of_its_place(db):
    _, text = said(db, ["how does gwent's crime recording compare with the rest of wales"])
    assert (
        "Compared on recording data about crime: Gwent Police, Dyfed-Powys Police, North Wales Police" in text
    )
    _, text = said(db, ["essex fire vs the rest of the east of england"])
    assert "Bedfordshire Fire and Rescue Service" in text and "Kent Fire and Rescue Service" not in text


def test_after_the_blind_score_single_questions(db):
    _, text = said(db, ["north west forces except GMP - responding grades 23-25"])
    assert "other than Greater Manchester Police" in text
    _, text = said(db, ["south west forces except A&S - how were they graded on responding in 23-25"])
    assert "other than Avon and Somerset Constabulary" in text
    _, text = said(db, ["what's the difference between being in engage and scan"])
    assert "What Engage (enhanced monitoring) means" in text


def test_how_many_each_and_the_time_before(db):
    _, text = said(db, ["kent fire v essex fire - how many goods did each get"])
    assert "Most good grades" in text and "Essex County Fire and Rescue Service" in text
    _, text = said(db, ["the met on investigating crime, last time compared to the time before"])
    assert "▼ down from Requires improvement in 2021–22" in text
