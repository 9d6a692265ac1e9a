"""The reader's rules, each on a text written the way reports, press releases and news write grades."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.reader.read import read_text


def grades(p) -> dict[str, str]:
    return {g.area: g.grade for g in p.grades}


KENT_REPORT = """PEEL 2023–2025: An inspection of Kent Police
Published 12 March 2025
Responding to the public: Requires improvement
Investigating crime: Good
"""


def test_a_report_summary_gives_body_round_date_and_each_grade_with_its_line(catalog):
    p = read_text(KENT_REPORT, catalog)
    assert (p.body, p.framework, p.round, p.published) == ("kent", "peel", "2023-25", "2025-03-12")
    assert grades(p) == {"responding": "Requires improvement", "investigating": "Good"}
    assert {g.quote for g in p.grades} == {
        "Responding to the public: Requires improvement",
        "Investigating crime: Good",
    }
    assert "leadership" in p.not_found and "responding" not in p.not_found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "HMICFRS rated Kent Police as 'inadequate' for 'managing offenders' and 'responding to the public'.",
            {"managing_offenders": "Inadequate", "responding": "Inadequate"},
        ),
        (
            "Kent Police was rated good at investigating crime, adequate at protecting vulnerable people and "
            "requires improvement in responding to the public.",
            {
                "investigating": "Good",
                "protecting_vulnerable": "Adequate",
                "responding": "Requires improvement",
            },
        ),
        ("For Kent Police, investigating crime was graded outstanding.", {"investigating": "Outstanding"}),
        (
            "Kent Police is rated requires improvement in the category of leadership and force management.",
            {"leadership": "Requires improvement"},
        ),
        (
            "Kent Police is the only force rated outstanding for protecting vulnerable people.",
            {"protecting_vulnerable": "Outstanding"},
        ),
        ("Kent Police – Responding to the public – Good", {"responding": "Good"}),
        (
            "Kent Police\nPolice powers and public treatment | Adequate\nInvestigating crime | Good",
            {"police_powers": "Adequate", "investigating": "Good"},
        ),
        ("Kent Police\nOutstanding: police powers and public treatment", {"police_powers": "Outstanding"}),
        (
            "Kent Police was graded as follows:\nGood\n- Investigating crime\n- Managing offenders and suspects\n"
            "Inadequate\n- Responding to the public",
            {"investigating": "Good", "managing_offenders": "Good", "responding": "Inadequate"},
        ),
        (
            "Investigating crime and managing offenders were rated inadequate at Kent Police, while responding to "
            "the public was judged good.",
            {"investigating": "Inadequate", "managing_offenders": "Inadequate", "responding": "Good"},
        ),
    ],
)
def test_every_common_form_of_stating_a_grade(catalog, text, expected):
    p = read_text(text + "\nPEEL 2023–25", catalog)
    assert p.body == "kent"
    assert grades(p) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kent Police is good at investigating crime, up from requires improvement in 2021/22.",
        "Kent Police, previously rated inadequate for investigating crime, is now good at it: investigating crime was rated good.",
        "Kent Police improved from requires improvement to good for investigating crime.",
    ],
)
def test_an_earlier_inspections_grade_is_not_the_new_reports(catalog, text):
    p = read_text(text + "\nPEEL 2023–25 inspection", catalog)
    assert grades(p) == {"investigating": "Good"}


def test_prose_that_uses_grade_words_as_words_states_no_grade(catalog):
    text = (
        "Kent Police has made good progress in protecting vulnerable people and has outstanding work to do on "
        "investigating crime. It has adequate resources for responding to the public. No area was rated inadequate."
    )
    p = read_text(text, catalog)
    assert p.grades == () and p.body == "kent"
    assert p.notes and "Nothing proposed" in p.notes[0]


def test_counts_without_areas_propose_nothing_and_say_so(catalog):
    p = read_text(
        "Kent Police was rated good in two areas, adequate in four and requires improvement in two.", catalog
    )
    assert p.grades == ()
    assert any("counts" in n for n in p.notes)


def test_a_text_about_several_bodies_proposes_nothing_and_names_them(catalog):
    text = "Norfolk Constabulary and Suffolk Constabulary were both rated good at investigating crime."
    p = read_text(text, catalog)
    assert p.body is None and p.grades == ()
    assert "several" in p.notes[0] and "Norfolk" in p.notes[0] and "Suffolk" in p.notes[0]


def test_a_thematic_text_that_names_no_body_proposes_nothing(catalog):
    p = read_text(
        "Across England and Wales, 12 forces were rated inadequate for responding to the public.", catalog
    )
    assert p.body is None and p.grades == ()
    assert "names no police force or fire and rescue service" in p.notes[0]


def test_a_grade_sentence_about_another_body_is_not_this_bodys(catalog):
    text = KENT_REPORT + "By comparison, Essex Police was rated outstanding for managing offenders."
    assert "managing_offenders" not in grades(read_text(text, catalog))


def test_two_grades_for_one_area_are_a_conflict_not_a_choice(catalog):
    text = KENT_REPORT + "Investigating crime: Adequate\n"
    p = read_text(text, catalog)
    assert "investigating" not in grades(p)
    (conflict,) = p.conflicts
    assert conflict.area == "investigating" and set(conflict.grades) == {"Good", "Adequate"}
    assert len(conflict.quotes) == 2


def test_an_area_the_round_lacks_is_unmatched_with_the_texts_words(catalog):
    text = (
        "PEEL 2025–2027: An inspection of Kent Police\nResponding to the public: Good\n"
        "Tackling violence against women and girls: Adequate\n"
    )
    p = read_text(text, catalog)
    assert p.round == "2025-27" and p.grades == ()
    unmatched = {u.wording: (u.grade, u.suggested_area) for u in p.unmatched}
    assert unmatched == {
        "Responding to the public": ("Good", "responding"),
        "Tackling violence against women and girls": ("Adequate", ""),
    }


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Cambridgeshire Police was rated good for investigating crime.", "cambridgeshire"),
        (
            "Cambridgeshire Fire and Rescue Service was rated good for preventing fires.",
            "cambridgeshire-fire-and-rescue-service",
        ),
        ("The Met was rated inadequate for investigating crime.", "metropolitan"),
        ("GMP was rated good for investigating crime.", "greater-manchester"),
        (
            "Chief Fire Officer: our fire service in Staffordshire was rated good at promoting the right values and culture.",
            "staffordshire-fire-and-rescue-service",
        ),
    ],
)
def test_names_as_people_write_them_and_a_fire_service_is_never_its_countys_force(catalog, text, body):
    assert read_text(text, catalog).body == body


@pytest.mark.parametrize(
    ("text", "url", "round_"),
    [
        ("Kent Police PEEL 2023 to 2025 inspection.", "", "2023-25"),
        ("Kent Police PEEL 2021/22 report.", "", "2021-22"),
        (
            "Kent Police inspection report.",
            "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2023-25/",
            "2023-25",
        ),
        ("Kent Police report. Published: 4 May 2022.", "", "2021-22"),
        (
            "Kent Police, rated good in its 2023-25 inspection, was previously inspected in 2021/22.",
            "",
            "2023-25",
        ),
        ("Kent Police report.", "", None),
    ],
)
def test_round_from_the_text_its_address_or_its_date(catalog, text, url, round_):
    assert read_text(text, catalog, url=url).round == round_


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Published 12 March 2025\nPEEL 2023–2025: An inspection of Kent Police", "2025-03-12"),
        ("Thursday 6 February 2025\nKent Police's PEEL report has been published today.", "2025-02-06"),
        # a story's or a copy's own date is not the report's (tests/reader/test_third_pass_classes.py)
        ("Published 12 March 2025\nKent Police", None),
        (" date 2025-10-31 HM Inspectorate of Constabulary", None),
        ("Kent Police was inspected in March 2025.", None),
    ],
)
def test_publication_date_only_when_the_text_states_it(catalog, text, published):
    assert read_text(text, catalog).published == published


_NO_GRADE_WORDS = st.text(
    alphabet=st.sampled_from(list("abcdefhijklmnprstuvwxyz ,.:|-\n'")), max_size=400
)  # no g, o, q: no grade word


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Kent Police",
                "investigating crime",
                "responding to the public",
                "rated",
                "for",
                "at",
                ":",
                "|",
                "\n",
                "2023-25",
                "was",
                "previously",
            ]
        ),
        max_size=30,
    ),
    _NO_GRADE_WORDS,
)
def test_never_proposes_a_grade_the_text_does_not_state(catalog, pieces, noise):
    text = " ".join(pieces) + noise
    p = read_text(text, catalog)
    assert p.grades == () and p.conflicts == ()


def test_a_services_own_page_that_names_no_body_is_read_by_its_address(catalog):
    text = "HMICFRS rated us as 'Good' in all areas. This means we are 'Good' at:\n- Preventing fires and other risks.\n- Future affordability."
    p = read_text(text, catalog, url="https://www.notts-fire.gov.uk/about-us/hmicfrs/")
    assert p.body == "nottinghamshire-fire-and-rescue-service"
    assert grades(p) == {"preventing_fire": "Good", "future_affordability": "Good"}


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "SYFRS was rated adequate for understanding the risk of fire and other emergencies.",
            "south-yorkshire-fire-and-rescue",
        ),
        ("WMP was rated inadequate for investigating crime.", "west-midlands"),
    ],
)
def test_initials_people_write_name_the_body(catalog, text, body):
    assert read_text(text, catalog).body == body


def test_what_the_previous_report_found_and_what_goes_on_about_it_are_not_new_grades(catalog):
    text = (
        "PEEL 2023 to 2025: Wiltshire Police was rated 'Adequate' at building and supporting the workforce. "
        "This is a vast improvement from the previous report that found Wiltshire Police to be 'Inadequate' in "
        "responding to the public. It was also found to 'Require Improvement' in building, supporting and "
        "protecting the workforce and investigating crime."
    )
    p = read_text(text, catalog)
    assert grades(p) == {"workforce": "Adequate"} and p.conflicts == ()


def test_one_wording_for_two_areas_names_both(catalog):
    text = "Kent Police PEEL 2021/22: the report graded the force as 'Adequate' in the areas of preventing and investigating crime."
    assert grades(read_text(text, catalog)) == {"preventing_crime": "Adequate", "investigating": "Adequate"}


def test_a_round_is_taken_from_the_areas_only_one_round_grades_when_the_text_has_no_date(catalog):
    text = "Kent Police was graded inadequate in strategic planning and requires improvement in investigating crime."
    assert read_text(text, catalog).round == "2021-22"
    dated = read_text("Published 1 May 2024\n" + text, catalog)
    # a page's date (when a story was written) against areas only 2021/22 graded: no round, and why
    assert dated.round is None
    assert "the areas it grades are 2021-22's" in " ".join(dated.notes)


def test_a_table_pasted_a_cell_per_line_pairs_each_area_with_the_grade_under_it(catalog):
    text = (
        "PEEL 2021/22: HMICFRS graded North Yorkshire Police as follows:\n"
        "Engaging with and treating the public with fairness and respect\nGood\n"
        "Responding to the public\nRequires Improvement\n"
        "Strategic planning, organisational management and value for money\nInadequate\n"
    )
    assert grades(read_text(text, catalog)) == {
        "public_treatment": "Good",
        "responding": "Requires improvement",
        "use_of_resources": "Inadequate",
    }


def test_a_new_clause_ends_what_a_grade_covers(catalog):
    text = (
        "Suffolk Fire and Rescue Service: the inspectors rated the service as good at preventing fires and risk, "
        "and that it met requirements for responding to major incidents."
    )
    assert grades(read_text(text, catalog)) == {"preventing_fire": "Good"}


def test_a_round_that_opens_a_sentence_in_a_text_comparing_with_the_last_inspection_is_the_earlier_one(
    catalog,
):
    text = (
        "Cheshire Constabulary has now been graded 'outstanding' for how it protects vulnerable people.\n"
        "The chief constable said a great deal had been achieved since the last inspection.\n"
        "In 2021/22, inspectors found three areas that required improvement."
    )
    p = read_text(text, catalog)
    assert p.round is None and {g.area: g.grade for g in p.grades} == {"protecting_vulnerable": "Outstanding"}
