"""Enhanced monitoring (Engage) beyond 'who is in it': one spell picked out of the list, bodies in it at the
same time, only today's spells, spells of a year that had ended by its close; asked first and as follow-ups,
on the shipped data."""

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
    # two bodies at the same time: the overlap, or a plain no
    pytest.param("were glos police and glos fire both in special measures at the same time?", "Yes: Gloucestershire Constabulary and Gloucestershire Fire and Rescue Service were both in enhanced monitoring (Engage) from 12 July 2022 to 20 September 2023", "Compared", id="overlap-yes"),
    pytest.param("was gmp in engage at the same time as the met", "from 28 June 2022 to 28 October 2022", "not recorded", id="overlap-as-the-met"),
    pytest.param("did cleveland and nottinghamshire police overlap in special measures", "No: Cleveland Police and Nottinghamshire Police were each in enhanced monitoring (Engage), but never at the same time", "Yes:", id="overlap-never"),
    pytest.param("were kent police and the met both in engage", "no spell in enhanced monitoring (Engage) for Kent Police", "Yes:", id="overlap-one-never-in"),
    # one spell picked out of the list
    pytest.param("which force was in special measures longest", "In Engage longest, among police forces recorded here: Cleveland Police", "Metropolitan Police Service, from", id="longest-police"),
    pytest.param("longest spell in enhanced monitoring for a fire service?", "Gloucestershire Fire and Rescue Service, from 12 July 2022", "London Fire Brigade, from December", id="longest-fire"),
    pytest.param("who came out of special measures most recently", "The most recent to move out of Engage, among police forces and fire and rescue services recorded here: Gloucestershire Fire and Rescue Service", "Devon and Cornwall Police, from 14", id="last-out-any"),
    pytest.param("which police force was the last to leave engage", "recorded here: Devon and Cornwall Police, from 14 October 2022", "Gloucestershire Fire", id="last-out-police"),
    pytest.param("which was the first fire service put in engage", "The first to move into Engage, among fire and rescue services recorded here: Gloucestershire Fire and Rescue Service", "Buckinghamshire Fire and Rescue Service, from 22", id="first-in-fire"),
    pytest.param("any FRS in engage right now? if not who was the last one out", "0 fire and rescue services in enhanced monitoring (Engage) now: none", "Devon and Cornwall", id="now-and-last-out"),
    # today's spells only
    pytest.param("Which police forces are currently in HMICFRS's Engage phase, and since when?", "1 police force in enhanced monitoring (Engage) now: Lincolnshire Police", "Nottinghamshire Police", id="currently-only-now"),
    pytest.param("who's in special measures atm", "Lincolnshire Police — in since 6 December 2024", "Metropolitan Police Service —", id="atm-only-now"),
    # a year's spells that had ended by its close
    pytest.param("Which forces were in Engage at some point in 2023 but had exited by 31 Dec 2023?", "2 (Cleveland Police, Gloucestershire Constabulary)", "West Midlands Police —", id="ended-by-year-end"),
    # since a year: who moved (or was in it) from then on
    pytest.param("which police forces left Engage since the start of 2024?", "Since 2024, among police forces: 6 moved out", "Cleveland Police —", id="left-since-year"),
    pytest.param("apart from lincolnshire, has any other force been put into engage since the start of 2024?", "2 moved in (Lincolnshire Police, Nottinghamshire Police)", "Cleveland Police —", id="entered-since-year"),
    # a round named 'when they were in special measures' asks for that round's grades
    pytest.param("how did gmp do in 2021/22 when they were in special measures", "Greater Manchester Police: PEEL 2021–22", "Enhanced monitoring", id="round-when-in-engage"),
    pytest.param("which police forces were in special measures in 2023 and then left that year", "Cleveland Police, Gloucestershire Constabulary", "Metropolitan Police Service —", id="ended-within-year"),
]  # fmt: skip


@pytest.mark.parametrize(("question", "must", "never"), FIRST_QUESTIONS)
def test_engage_first_questions(db, question, must, never):
    text = said(db, question)
    assert must in text
    assert never not in text


CONVERSATIONS = [
    pytest.param(["which fire services have been in engage", "which of those was in longest?"], "In Engage longest, among fire and rescue services recorded here: Gloucestershire Fire and Rescue Service", "Cleveland", id="pick-longest"),
    pytest.param(["which police forces are in special measures", "who was the last one to come out?"], "recorded here: Devon and Cornwall Police", "Gloucestershire Fire and Rescue Service, from", id="pick-last-out-kind-kept"),
    pytest.param(["which fire services have been in engage", "which one got out first"], "The first to move out of Engage, among fire and rescue services recorded here: London Fire Brigade", "Cleveland", id="pick-first-out"),
    pytest.param(["who is in special measures", "since when"], "Lincolnshire Police — in since 6 December 2024", "Nottinghamshire Police —", id="since-when-list"),
    pytest.param(["which fire services have been in engage", "which was in longest", "what finally got them out?"], "remaining equality, diversity and inclusion cause of concern closed", "Cleveland", id="why-after-pick"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CONVERSATIONS)
def test_engage_follow_ups(db, turns, must, never):
    previous = None
    for turn in turns:
        previous = follow_up(db, turn, previous)
    text = said(db, previous)
    assert must in text
    assert never not in text


WRITTEN = [
    pytest.param(["is kent in engage", "and essex?"], "has Essex Police been in engage? and what are Essex Police's grades", id="body-named"),
    # the other kind named after one body's Engage: its grades, as the writers of four sets read it
    pytest.param(["was the met in special measures and when did it come out", "and london fire brigade?"], "been in engage? and what are London Fire Brigade's grades", id="other-kind-named"),
    pytest.param(["Is Lincolnshire Police still in special measures?", "and Lincs fire?"], "what are Lincolnshire Fire and Rescue's grades", id="other-kind-named-lincs"),
    pytest.param(["was the met in special measures", "was london fire brigade in it too?"], "london", id="other-kind-named-in-it"),
    pytest.param(["which police forces left engage in 2025?", "and the year before?"], "which police forces moved into or out of engage in 2024", id="year-before"),
    pytest.param(["which police forces left engage in 2025?", "and the year before?", "and fire services?"], "which fire and rescue services moved into or out of engage in 2024", id="kind-switch"),
    pytest.param(["which fire services moved into or out of engage in 2024", "is that the only one?"], "which fire and rescue services moved into or out of engage in 2024", id="only-one-again"),
    pytest.param(["which fire services were in special measures in 2023", "what about 2022"], "which fire and rescue services were in engage during 2022", id="another-year"),
    pytest.param(["which fire services have been in engage", "which forces are still in it now, and since when?"], "which police forces are in engage now", id="still-in-now-kind-said"),
    pytest.param(["gmp grades. go", "what about 2021/22 when they were in special measures"], "2021/22", id="round-when-in-engage-follow-up"),
    pytest.param(["which fire services have been in engage", "and how many officers does the met have now"], "how many officers", id="staff-numbers-not-engage"),
    pytest.param(["which fire services have been in Engage", "which of them came out last", "And police forces that left Engage since the start of 2024?"], "police forces that left Engage since the start of 2024", id="own-group-stands-alone"),
    pytest.param(["wasnt cleveland in special measures for years", "and cleveland fire brigade's overall result"], "grade cleveland-fire-brigade", id="grades-asked-not-engage"),
    # the reasons after a list: the bodies it showed, whether the list was Engage's or the regrades'
    pytest.param(["which forces are in engage now", "and what did they say?"], "why is lincolnshire in engage", id="reasons-after-engage-list"),
    pytest.param(["which forces are in engage now", "the reasons"], "why is lincolnshire in engage", id="reasons-alone-after-engage-list"),
    pytest.param(["which forces were regraded", "reason?"], "why northamptonshire", id="reason-after-regrades"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "written"), WRITTEN)
def test_engage_follow_ups_written(db, turns, written):
    previous = None
    for turn in turns:
        previous = follow_up(db, turn, previous)
    assert written in previous
    assert_valid_blocks(ask(db, previous, now=NOW))
