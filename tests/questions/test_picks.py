"""Follow-ups that pick out of what the last answer showed, and the classes a fresh blind set's development
part found: a kind switch asking 'worse or better', a fire service's own 'x and y' name, a person who 'just
moved here'. Asked as a conversation goes (follow_up), answered from the shipped store."""

from __future__ import annotations

import pytest

from bot.questions.picks import pick, written
from bot.slack.conversation import follow_up
from tests.questions.test_classes_found6 import said
from tests.questions.test_moves import conversation

DEVON_FIRE = "compare devon-and-somerset-fire-and-rescue-service, cornwall-fire-and-rescue-service, isles-of-scilly-fire-and-rescue-service"


@pytest.mark.parametrize(
    ("then", "standalone"),
    [
        ("which of those three had an inadequate?", "which areas did cornwall-fire-and-rescue-service get inadequate in"),
        ("whats the inadequate one", "which areas did cornwall-fire-and-rescue-service get inadequate in"),
        ("which one got an inadequate", "which areas did cornwall-fire-and-rescue-service get inadequate in"),
        ("the second one?", "grade cornwall-fire-and-rescue-service"),
        ("and the last one", "grade isles-of-scilly-fire-and-rescue-service"),
    ],
)  # fmt: skip
def test_a_pick_out_of_a_side_by_side_is_about_the_bodies_picked(db, then, standalone):
    first = follow_up(db, "and the fire service?", follow_up(db, "devon and cornwall police", None))
    assert first == DEVON_FIRE
    assert follow_up(db, then, first) == standalone


def test_the_worst_and_best_of_a_list_are_picked_on_the_grades_it_showed(db):
    listed = "compare police forces in the north east on investigating crime"
    worst = follow_up(db, "the worst of those?", listed)
    best = follow_up(db, "and which of them is best", listed)
    assert worst != best
    answer = conversation(db, listed, "the worst of those?")[-1]
    assert "Cleveland Police" in answer


def test_a_pick_that_fits_nothing_shown_is_left_to_the_other_rules():
    grades = {"a": ("Good",), "b": ("Adequate",)}
    assert (
        pick("which of those had an inadequate", ("a", "b"), lambda b, _: grades[b], ("Inadequate",), None)
        == ()
    )
    assert pick("which of those", ("a", "b"), lambda b, _: grades[b], (), None) is None  # picks on nothing
    assert pick("the worst of those", ("a",), lambda b, _: grades[b], (), None) is None  # one body: no pick
    assert pick("the worst of those", ("a", "b"), lambda b, _: grades[b], (), None) == ("b",)
    assert written(("a", "b"), (), "", None) == "compare a, b"


def test_the_other_kind_worse_or_better_than_last_time_is_its_movement(db):
    turns = (
        "are the police any good round truro",
        "and the fire service?",
        "ok and the cops, worse or better than last time?",
    )
    assert (
        follow_up(db, turns[2], follow_up(db, turns[1], follow_up(db, turns[0], None)))
        == "history devon-and-cornwall"
    )


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("hereford and worcester", "Hereford and Worcester Fire and Rescue Service"),
        ("compare essex fire and devon & somerset", "Compared: Essex County Fire and Rescue Service, Devon and Somerset Fire and Rescue Service\n"),
        ("how are the police in tyne and wear", "Northumbria Police"),  # the police: the place, not the service
        ("devon and somerset police", "Compared: Devon and Cornwall Police, Avon and Somerset Constabulary"),
        ("dorset and wiltshire police", "Compared: Dorset Police, Wiltshire Police"),  # two forces' own names
    ],
)  # fmt: skip
def test_a_fire_services_x_and_y_name_is_the_service_unless_the_police_are_asked_for(db, text, heading):
    assert heading in conversation(db, text)[0]


def test_a_person_who_just_moved_asks_how_the_police_are_not_how_they_moved(db):
    answer = conversation(db, "are the police any good round truro?? just moved down here")[0]
    assert "Devon and Cornwall Police: PEEL" in answer
    assert "every inspection round" not in answer


def test_a_switch_after_a_pair_named_service_goes_to_the_force_covering_both(db):
    turns = conversation(
        db,
        "shropshire fire",
        "how does that stack up against hereford & worcester",
        "and the police force covering both?",
    )
    assert (
        "Hereford and Worcester Fire and Rescue Service" in turns[1] and "West Mercia Police" not in turns[1]
    )
    assert turns[2].startswith("West Mercia Police")


def test_in_the_region_in_a_follow_up_is_the_last_questions_region(db):
    assert follow_up(db, "which forces in the region are good at investigating crime", "grade kent") == (
        "which forces in South East are good at investigating crime"
    )
    turns = conversation(db, "NYFRS grades", "is west yorks the only one in the region with an RI?")
    assert "Fire and rescue services in Yorkshire and The Humber" in turns[1]


@pytest.mark.parametrize(
    "text",
    ["Has any force been graded in the 2025-27 PEEL round yet?", "which forces have been inspected in the 2025-27 round", "which forces have 2025-27 grades"],
)  # fmt: skip
def test_a_rounds_reports_are_listed_when_asked_who_has_been_inspected_in_it(db, text):
    answer = conversation(db, text)[0]
    assert "2025–27" in answer and "Kent Police" in answer
    assert "PEEL 2023–25" not in answer


def test_who_has_no_reports_in_a_round_is_never_answered_with_who_has(db):
    answer = conversation(db, "Which forces have no 2021/22 PEEL grades on record?")[0]
    assert "Reports published in the 2021–22 round" not in answer


@pytest.mark.parametrize(
    "text",
    ["durham constabulary - did they get worse on investigating crime compared with 2021?", "has durham got worse at investigating crime since its 2021/22 peel"],
)  # fmt: skip
def test_worse_since_a_rounds_first_year_is_that_bodys_movement_not_a_comparison(db, text):
    answer = conversation(db, text)[0]
    assert "Durham Constabulary" in answer and "down from Good in 2021–22" in answer
    assert "Compared" not in answer and "not taken into account" not in answer


def test_a_yes_no_follow_up_without_a_body_asks_about_the_last_one_however_long(db):
    turns = (
        "what did lincs police get in the 2023-25 peel",
        "so was responding to the public one of the inadequate ones?",
    )
    asked = follow_up(db, turns[1], follow_up(db, turns[0], None))
    assert asked.startswith("lincolnshire responding to the public")


def test_a_pick_in_another_round_shows_every_one_with_unknowns_said(db):
    listed = "In PEEL 2023-25, which forces were graded inadequate for responding to the public?"
    asked = follow_up(db, "how many of them were also inadequate at it in 2021/22?", listed)
    assert asked.startswith("which of cambridgeshire, devon-and-cornwall") and asked.endswith("2021-22")
    text = said(db, asked)  # those of them inadequate then, and those whose grade is not recorded, by name
    assert "1 of the 5 police forces asked about" in text and "Devon and Cornwall Police" in text
    assert "not recorded here" in text and "Suffolk Constabulary" in text
    fire = follow_up(db, "and fire services - anyone inadequate for responding to fires?", asked)
    assert (
        fire == "which fire services are inadequate at responding to fires and other emergencies"
    )  # no 2021-22


def test_the_met_and_a_forces_initials_say_police_in_a_fire_conversation(db):
    assert (
        follow_up(db, "and gmp?", "grade essex-county-fire-and-rescue-service") == "grade greater-manchester"
    )


@pytest.mark.parametrize(
    "text",
    [
        "how long does lincolnshire fire take to get to a 999 call on average",
        "what are essex police's 999 response times",
        "how quickly do the met answer 999 calls",
        "how fast does essex fire respond",
        "average wait for 101 in kent",
    ],
)
def test_response_times_are_figures_not_held_even_though_responding_is_an_area(db, text):
    answer = conversation(db, text)[0]
    assert answer.startswith("I can't answer that: it asks about response times")
    assert "Requires improvement" not in answer and "Inadequate" not in answer


def test_responding_as_a_grade_is_still_answered(db):
    assert conversation(db, "how good is the met at answering 999 calls")[0].startswith(
        "Metropolitan Police Service: responding to the public"
    )


@pytest.mark.parametrize("then", ["is that the only one?", "any others?", "anyone else", "is that all?"])
def test_is_that_the_only_one_after_a_list_is_the_list_with_who_is_not_recorded(db, then):
    listed = "which forces were inadequate for preventing crime in 2023-25"
    assert follow_up(db, then, listed) == listed
    answer = conversation(db, listed, then)[-1]
    assert "Nottinghamshire Police" in answer and "not recorded here" in answer


def test_a_challenged_grade_is_shown_again_with_its_regrade(db):
    answer = conversation(
        db, "northants police responding to the public 2023-25?", "I thought it was adequate?"
    )[-1]
    assert "Northamptonshire Police" in answer and "force supplied incorrect data" in answer


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("any of the east of england services outstanding at anything?", "Fire and rescue services in East of England"),
        ("which services in the south west are inadequate", "Fire and rescue services in South West"),
        ("which police services are outstanding", "Police forces rated outstanding"),
        ("how good is the service to victims in kent", "Kent Police"),
    ],
)  # fmt: skip
def test_services_alone_are_fire_and_rescue_services(db, text, heading):
    assert conversation(db, text)[0].startswith(heading)


# Follow-ups as the classes found by the fifth sets (dev and, after scoring, blind) read: the turns, and the
# question the last one asks, standing alone.
@pytest.mark.parametrize(
    ("turns", "standalone"),
    [
        pytest.param(*(("humberside police preventing crime grade 23-25?", "and the time before?"), "humberside preventing crime and antisocial behaviour 2021-22"), id="dev5"),
        pytest.param(*(("when did the met come out of engage", "and london fire brigade, were they ever in it?"), "has london-fire-brigade been in engage"), id="dev5"),
        pytest.param(*(("how did GM fire do in 23-25", "back to gmp - investigating crime, 21-22 vs 23-25?"), "greater-manchester investigating crime over time"), id="dev5"),
        pytest.param(*(("leicestershire fire", "are those the only bad ones?"), "which areas did leicestershire-fire-and-rescue-service get requires improvement or inadequate in"), id="dev5"),
        pytest.param(*(("leicestershire fire", "what were the bad ones"), "which areas did leicestershire-fire-and-rescue-service get requires improvement or inadequate in"), id="dev5"),
        pytest.param(*(("kent 2023-25", "what's the source for the 25-27 outstanding"), "why kent outstanding 2025-27 grades"), id="dev5"),
        pytest.param(*(("Has any force been graded in the 2025-27 PEEL round yet?", "what about leadership in that one?", "and kent's 2023-25 grades?"), "grade kent 2023-25"), id="dev5"),
        pytest.param(*(("grade norfolk", "any better than last time?"), "history norfolk"), id="dev5"),
        pytest.param(*(("staffordshire police responding to the public 2021/22", "what about the rest of their areas, better or worse overall?"), "history staffordshire"), id="other-areas-or-challenge"),
        pytest.param(*(("merseyside managing offenders 2023-25", "what else went down between the two?"), "history merseyside"), id="other-areas-or-challenge"),
        pytest.param(*(("northants police responding to the public 2023-25?", "I thought it was adequate?"), "why northamptonshire responding to the public 2023-25 grades"), id="other-areas-or-challenge"),
        pytest.param(*(("grade kent", "are you sure?"), "why kent grades"), id="other-areas-or-challenge"),
        pytest.param(*(("leics police investigating crime", "and the rest of the east mids on that one in 21/22?"), "compare derbyshire, lincolnshire, northamptonshire, nottinghamshire on investigating crime 2021-22"), id="blind5"),
        pytest.param(*(("TVP protecting vulnerable people grade?", "what did the inspectors actually say"), "why thames-valley protecting vulnerable people grades"), id="blind5"),
        pytest.param(*(("merseyside frs - where did they get outstanding?", "anything in the report text on why?"), "why merseyside-fire-and-rescue-service grades"), id="blind5"),
        pytest.param(*(("Nottinghamshire Police: 2023-25 grades and monitoring history", "the RI one?"), "which areas did nottinghamshire get requires improvement in 2023-25"), id="blind5"),
        pytest.param(*(("who was the last one to come out?", "and which fire services have been in Engage, per your data?"), "and which fire services have been in Engage, per your data?"), id="blind5"),
    ],
)  # fmt: skip
def test_follow_ups_read_as_the_classes_found_ask(db, turns, standalone):
    previous = None
    for turn in turns:
        previous = follow_up(db, turn, previous)
    assert previous == standalone


# First questions of those classes: what the answer must say, and what it must never say.
@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        pytest.param(*("fire services in yorkshire and the humber", "Humberside Fire and Rescue Service", "Hereford and Worcester"), id="long-region"),
        pytest.param(*("which forces in yorkshire and humber are good at investigating crime", "Yorkshire and The Humber", "West Mercia"), id="long-region"),
        pytest.param(*("how are the police in humber", "Humberside Police", "West Mercia"), id="long-region"),
        pytest.param(*("frome fire service - any good? moving there from bristol", "Devon and Somerset Fire and Rescue Service", "Avon Fire"), id="moving-from"),
        pytest.param(*("moving from leeds to york, how are the police", "North Yorkshire Police", "West Yorkshire Police"), id="moving-from"),
        pytest.param(*("sussex police 999 response was rated inadequate last time - what is it now", "Sussex Police is rated Good for responding to the public", "was rated Inadequate for responding"), id="blind5"),
        pytest.param(*("who had the most outstandings across the 11 areas in 23/25", "Lancashire Fire and Rescue Service", "Humberside Police"), id="blind5"),
        pytest.param(*("which 2023-25 PEEL reports came out in december 2023", "Reports published in December 2023", "Avon and Somerset"), id="blind5"),
    ],
)  # fmt: skip
def test_first_questions_of_the_classes_found(db, text, expected, not_expected):
    answer = conversation(db, text)[0]
    assert expected in answer and not_expected not in answer


def test_a_pick_when_the_last_answer_showed_one_body_is_never_read_as_its_movement(db):
    turns = conversation(db, "how r essex fire doing", "and suffolk?", "which of those two is worse")
    assert "every inspection round" not in turns[-1]
    assert turns[-1].startswith("I can't answer that")
