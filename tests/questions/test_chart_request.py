"""Chart requests in plain words, and the chart spec built from the shipped data (no plotting library)."""

from __future__ import annotations

import pytest

from bot.questions.answers import snapshot
from bot.questions.answers.chart import NOT_RECORDED, ChartProblem, ChartSpec, chart_spec
from bot.questions.chart_request import parse_chart_request
from bot.questions.vocab import GRADES


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("chart", "chart police"),
        ("heatmap", "chart police"),
        ("Heat map please", "chart police"),
        ("show me all police forces", "chart police"),
        ("show me every fire and rescue service", "chart fire"),
        ("chart fire", "chart fire"),
        ("chart wales", "chart police wales"),
        ("chart police 2021/22", "chart police 2021-22"),
        ("chart police by region", "chart police by region"),
        ("show me a chart of fire services in the north west", "chart fire north west"),
        ("chart kent", "chart kent"),
        ("kent chart", "chart kent"),
        ("chart essex fire", "chart essex fire"),
    ],
)
def test_chart_requests_are_recognised(text, key):
    request = parse_chart_request(text)
    assert request is not None and request.key == key


@pytest.mark.parametrize(
    "text",
    [
        "grade kent",
        "which forces are inadequate at responding?",
        "what is the picture",
        "compare kent and essex",
        "",
    ],
)
def test_other_questions_are_not_chart_requests(text):
    assert parse_chart_request(text) is None


def test_police_chart_is_43_forces_by_the_8_core_areas_in_hmicfrs_order(db):
    snap = snapshot(db)
    spec = chart_spec(snap, parse_chart_request("chart police"))
    assert isinstance(spec, ChartSpec)
    assert len(spec.rows) == 43 and len(spec.columns) == 8
    core = [a["name"] for a in snap.areas[("peel", "2023-25")] if a["core"]]
    assert list(spec.columns) == core
    assert spec.title.startswith("PEEL 2023–25")
    assert "data as of" in spec.subtitle
    # Every cell is counted once, as a grade or as not recorded.
    assert sum(spec.counts.values()) == 43 * 8
    cambs = next(r for r in spec.rows if r.label == "Cambridgeshire Constabulary")
    assert [c.grade for c in cambs.cells] == [
        "Outstanding", "Good", "Inadequate", "Adequate", "Adequate", "Inadequate", "Good", "Requires improvement",
    ]  # fmt: skip


def test_alt_text_counts_each_grade_and_the_unrecorded(db):
    spec = chart_spec(snapshot(db), parse_chart_request("chart police"))
    for grade in GRADES:
        assert f"{grade} {spec.counts[grade]}" in spec.alt_text
    assert f"not recorded {spec.counts[NOT_RECORDED]}" in spec.alt_text
    assert spec.counts[NOT_RECORDED] > 0  # the shipped data has gaps, and the picture says so
    assert len(spec.alt_text) <= 1000


def test_derived_grades_are_marked_and_explained(db):
    spec = chart_spec(snapshot(db), parse_chart_request("chart police"))
    marked = sum(c.derived for r in spec.rows for c in r.cells)
    assert marked == spec.derived > 0
    assert any(n.startswith("† derived") for n in spec.notes)


def test_region_grouping_and_a_place(db):
    grouped = chart_spec(snapshot(db), parse_chart_request("chart police by region"))
    groups = [r.group for r in grouped.rows]
    assert grouped.grouped and groups == sorted(groups) and "Wales" in groups
    wales = chart_spec(snapshot(db), parse_chart_request("chart wales"))
    assert {r.label for r in wales.rows} == {
        "Dyfed-Powys Police", "Gwent Police", "North Wales Police", "South Wales Police",
    }  # fmt: skip


def test_a_named_round_and_one_body_across_rounds(db):
    older = chart_spec(snapshot(db), parse_chart_request("chart police 2021/22"))
    assert older.title.startswith("PEEL 2021–22") and len(older.columns) == 9
    kent = chart_spec(snapshot(db), parse_chart_request("chart kent"))
    assert kent.title.startswith("Kent Police") and kent.columns[0].startswith("2021–22")
    assert any("not directly comparable" in n for n in kent.notes)
    # An area the round did not have is 'not graded that round', not 'not recorded'.
    assert any(not c.applicable for r in kent.rows for c in r.cells)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("chart police 2019/20", "no PEEL round 2019–20"),
        ("chart fire wales", "no fire and rescue services in Wales"),
        ("chart atlantis", "don't know a force or fire service called “atlantis”"),
    ],
)
def test_charts_that_cannot_be_drawn_say_why(db, text, problem):
    spec = chart_spec(snapshot(db), parse_chart_request(text))
    assert isinstance(spec, ChartProblem) and problem in spec.message
