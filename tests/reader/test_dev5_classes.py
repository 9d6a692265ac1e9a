"""Classes of text the fifth gathering's development set showed the reader missing, each checked on sentences
written for the test (not copies of corpus texts): initials a text defines for a body, a fire round told by
its place in the sequence of inspections, the year of an earlier inspection "of this kind", and the old PEEL
questions' wording."""

from __future__ import annotations

from bot.reader.read import read_text


def grades(p) -> dict[str, str]:
    return {g.area: g.grade for g in p.grades}


def test_initials_the_text_defines_are_that_bodys_not_a_namesakes(catalog):
    text = (
        "Cornwall Fire and Rescue Service (CFRS) was found to require improvement in its latest inspection.\n"
        "Inspectors said CFRS was 'good' at responding to major incidents, and CFRS leaders welcomed the "
        "PEEL-style fire report published on 20 September 2023 for the 2023-25 round."
    )
    p = read_text(text, catalog)
    assert p.body == "cornwall-fire-and-rescue-service"


def test_a_grade_sentence_naming_the_defined_initials_is_that_bodys(catalog):
    text = (
        "Cornwall Fire and Rescue Service (CFRS) was inspected in Round 3.\n"
        "The inspectorate found CFRS performance 'requires improvement' in the following areas:\n"
        "- Preventing fire and risk\n"
        "- Best use of resources"
    )
    p = read_text(text, catalog)
    assert p.body == "cornwall-fire-and-rescue-service"
    assert grades(p) == {
        "preventing_fire": "Requires improvement",
        "best_use_of_resources": "Requires improvement",
    }


FIRST_FIRE = (
    "Dorset and Wiltshire Fire and Rescue Service was graded 'outstanding' for promoting the right values and "
    "culture in the first full assessment of fire and rescue services for a decade."
)
SECOND_PHASE = (
    "Devon and Somerset Fire and Rescue Service was rated good at understanding fire and other risks, the "
    "inspectorate said after its second phase of inspections of every service in England."
)
THIRD_TIME = (
    "Kent Fire and Rescue Service was rated 'good' at preventing fires and other risks. This is the third "
    "time the service has been inspected by the inspectorate."
)


def test_the_first_assessment_of_fire_services_is_round_one_which_is_not_held(catalog):
    p = read_text(FIRST_FIRE, catalog)
    assert p.round == "2018-19" and p.grades == ()


def test_the_second_phase_of_fire_inspections_is_round_two_which_is_not_held(catalog):
    p = read_text(SECOND_PHASE, catalog)
    assert p.round == "2021-22" and p.grades == ()


def test_the_third_time_a_service_is_inspected_is_round_three(catalog):
    p = read_text(THIRD_TIME, catalog)
    assert p.round == "2023-25"
    assert grades(p) == {"preventing_fire": "Good"}


EARLIER_OF_THIS_KIND = (
    "Surrey Fire and Rescue Service was rated 'requires improvement' for understanding fires and other risks. "
    "Its previous inspection of this kind was in June 2018."
)


def test_an_earlier_inspection_of_this_kind_in_2018_makes_it_round_two(catalog):
    p = read_text(EARLIER_OF_THIS_KIND, catalog)
    assert p.round == "2021-22" and p.grades == ()


OLD_QUESTIONS = (
    "Inspectors found Cleveland Police 'requires improvement' at investigating crime and reducing "
    "re-offending, and 'good' at tackling serious and organised crime."
)


def test_the_old_peel_questions_grades_are_for_peel_before_2021_which_is_not_held(catalog):
    p = read_text(OLD_QUESTIONS, catalog)
    assert p.round is not None and p.round < "2021" and p.grades == ()


SCORED = (
    "Avon Fire and Rescue Service was inspected in Round 3. It scored adequate for responding to major "
    "incidents, and was good at ensuring it is affordable both now and in the future."
)


def test_scored_gives_a_grade_and_affordable_both_now_and_later_is_future_affordability(catalog):
    p = read_text(SCORED, catalog)
    assert grades(p) == {"major_incidents": "Adequate", "future_affordability": "Good"}


def test_a_year_less_release_date_takes_its_year_from_the_pages_posting_date():
    from bot.reader.dates import page_date, published_date

    text = "Posted on January 3rd, 2025\nThe report was released on Friday 20 December by the inspectorate."
    assert published_date(text) == "2024-12-20"
    assert page_date("Posted on March 3rd, 2025\nIt was a good report.") == "2025-03-03"


PILLAR_HEADING = (
    "Hereford and Worcester Fire and Rescue Service inspection\n"
    "Effectiveness – good\n"
    "The service was rated 'good' at preventing fires and other risks, and at responding to fires.\n"
    "Efficiency – good use of resources was seen."
)


def test_a_pillar_heading_with_its_grade_is_an_old_fire_round_not_held(catalog):
    p = read_text(PILLAR_HEADING, catalog)
    assert p.grades == ()
    assert any("pillars" in n for n in p.notes)
    # without the heading's grade, the same areas are round 3's and the efficiency line grades nothing
    q = read_text(
        PILLAR_HEADING.replace("Effectiveness – good\n", "") + " It was inspected in Round 3.", catalog
    )
    assert grades(q) == {"preventing_fire": "Good", "responding_fires": "Good"}


def test_the_first_inspection_since_something_is_not_round_one(catalog):
    text = (
        "Kent Fire and Rescue Service was rated 'adequate' at preventing fires and other risks, in the report "
        "published on 12 March 2024. It was the first inspection of the service since the pandemic."
    )
    p = read_text(text, catalog)
    assert p.round == "2023-25"
    assert grades(p) == {"preventing_fire": "Adequate"}
