"""The MCP server over stdio, driven by the SDK's own client: every tool good and bad, answers checked
against the store itself, and the store left exactly as it was."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from tests.mcp_server.conftest import stdio_session

TOOLS = {
    "find_body",
    "grades",
    "list_bodies",
    "compare",
    "rankings",
    "movement",
    "engage",
    "recent_reports",
    "reasons",
}
CALLS: dict[str, tuple[str, dict[str, Any]]] = {
    "find cambs": ("find_body", {"name": "cambs"}),
    "find hamp": ("find_body", {"name": "hamp"}),
    "grades norfolk": ("grades", {"body": "norfolk", "round": "2023/25"}),
    "grades cheshire": ("grades", {"body": "Cheshire Constabulary", "round": "2023-25"}),
    "grades hamp": ("grades", {"body": "hamp"}),
    "grades northants": ("grades", {"body": "northants", "round": "2023-25"}),
    "grades bad round": ("grades", {"body": "kent", "round": "1999"}),
    "grades no body": ("grades", {}),
    "list inadequate": ("list_bodies", {"area": "investigating", "grade": "Inadequate"}),
    "list wales": ("list_bodies", {"place": "wales"}),
    "list fire page 2": ("list_bodies", {"kind": "fire", "page": 2}),
    "list bad grade": ("list_bodies", {"grade": "Bad"}),
    "list bad place": ("list_bodies", {"place": "atlantis"}),
    "list bad area": ("list_bodies", {"area": "investigatin crime stuff xyz"}),
    "list past last page": ("list_bodies", {"page": 99}),
    "compare": ("compare", {"bodies": ["norfolk", "suffolk"], "round": "2023-25"}),
    "compare one": ("compare", {"bodies": ["norfolk"]}),
    "compare avon": ("compare", {"bodies": ["norfolk", "avon"]}),
    "rank": ("rankings", {"area": "responding", "round": "2023-25", "limit": 3}),
    "rank bad limit": ("rankings", {"limit": 50}),
    "move": ("movement", {"area": "investigating", "since_round": "2021-22", "until_round": "2023-25"}),
    "move backwards": ("movement", {"since_round": "2023-25", "until_round": "2021-22"}),
    "engage cleveland": ("engage", {"body": "cleveland"}),
    "engage norfolk": ("engage", {"body": "norfolk"}),
    "engage bad year": ("engage", {"year": "last year"}),
    "recent": ("recent_reports", {"since": "2025-01-01"}),
    "recent bad date": ("recent_reports", {"since": "yesterday"}),
    "reasons norfolk": ("reasons", {"body": "norfolk", "round": "2023-25"}),
    "reasons engage": ("reasons", {"body": "cleveland", "engage": True}),
    "reasons bad area": ("reasons", {"body": "norfolk", "area": "juggling"}),
}  # fmt: skip


@pytest.fixture(scope="module")
def run(mcp_db: Path) -> dict[str, Any]:
    """One stdio session: list everything, make every call, read the resources and prompts."""

    async def work(session: Any) -> dict[str, Any]:
        out: dict[str, Any] = {"tools": (await session.list_tools()).tools, "calls": {}}
        for key, (name, args) in CALLS.items():
            out["calls"][key] = await session.call_tool(name, args)
        out["resources"] = {
            str(r.uri): json.loads((await session.read_resource(r.uri)).contents[0].text)
            for r in (await session.list_resources()).resources
        }
        out["prompts"] = {p.name for p in (await session.list_prompts()).prompts}
        out["brief"] = await session.get_prompt("brief_me_on_a_force", {"body": "cambs"})
        out["region"] = await session.get_prompt("compare_my_region", {"region": "wales"})
        try:
            await session.get_prompt("brief_me_on_a_force", {"body": "avon"})
        except Exception as e:  # noqa: BLE001 - the SDK raises MCPError; its text is what we check
            out["brief error"] = str(e)
        return out

    return stdio_session(mcp_db, work)


@pytest.fixture(scope="module")
def sql(mcp_db: Path):
    conn = sqlite3.connect(f"file:{mcp_db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row

    def query(text: str, *params: Any) -> list[sqlite3.Row]:
        return conn.execute(text, params).fetchall()

    yield query
    conn.close()


def ok(run: dict, key: str) -> dict:
    result = run["calls"][key]
    assert not result.is_error, result.content[0].text
    return result.structured_content


def error(run: dict, key: str) -> str:
    result = run["calls"][key]
    assert result.is_error, f"{key} should have failed"
    return result.content[0].text


def report(sql, body: str, round_: str) -> sqlite3.Row:
    return sql(
        "SELECT * FROM reports WHERE body_id = ? AND round = ? AND framework IS NOT NULL", body, round_
    )[0]


def test_every_tool_is_listed_read_only_with_valid_json_schemas(run):
    tools = {t.name: t for t in run["tools"]}
    assert set(tools) == TOOLS
    for tool in tools.values():
        Draft202012Validator.check_schema(tool.input_schema)
        assert tool.output_schema is not None, tool.name
        Draft202012Validator.check_schema(tool.output_schema)
        assert tool.description and len(tool.description) > 40, tool.name
        assert tool.annotations.read_only_hint is True and tool.annotations.destructive_hint is False
    assert tools["grades"].input_schema["required"] == ["body"]


def test_every_structured_result_matches_its_tools_output_schema(run):
    schemas = {t.name: t.output_schema for t in run["tools"]}
    for key, (name, _) in CALLS.items():
        result = run["calls"][key]
        if not result.is_error:
            Draft202012Validator(schemas[name]).validate(result.structured_content)


def test_grades_are_the_stores_with_round_date_and_link(run, sql):
    got = ok(run, "grades norfolk")
    row = report(sql, "norfolk", "2023-25")
    stored = {
        r["area"]: r["grade"] for r in sql("SELECT area, grade FROM grades WHERE report_id = ?", row["id"])
    }
    assert {a["area"]: a["grade"] for a in got["areas"] if a["grade"]} == stored
    assert got["source"] == {
        "framework": "peel", "round": "2023-25", "published": row["published"], "report_url": row["report_url"],
        "title": row["title"] or None,
    }  # fmt: skip
    assert got["body"]["id"] == "norfolk"


def test_a_body_with_grades_not_recorded_gets_nulls_and_says_so(run, sql):
    got = ok(run, "grades cheshire")
    row = report(sql, "cheshire", "2023-25")
    stored = {
        r["area"]: r["grade"] for r in sql("SELECT area, grade FROM grades WHERE report_id = ?", row["id"])
    }
    core = sql("SELECT area, name FROM areas WHERE framework = 'peel' AND round = '2023-25' AND core")
    missing = {a["name"] for a in core if a["area"] not in stored}
    assert len(missing) >= 3  # the store really lacks some of Cheshire's grades
    by_area = {a["area"]: a["grade"] for a in got["areas"]}
    assert {k: v for k, v in by_area.items() if v} == stored
    assert {a["name"] for a in got["areas"] if a["grade"] is None} == missing
    assert {f"{name} grade" for name in missing} <= set(got["not_recorded"])
    assert any("not recorded" in n for n in got["notes"])


def test_a_grade_changed_after_publication_says_from_what_when_and_where(run, sql):
    got = ok(run, "grades northants")
    responding = next(a for a in got["areas"] if a["area"] == "responding")
    change = sql(
        "SELECT c.old_grade, c.source FROM grade_changes c JOIN reports r ON r.id = c.report_id "
        "WHERE r.body_id = 'northamptonshire' AND r.round = '2023-25' AND c.area = 'responding' "
        "AND c.old_grade IS NOT NULL ORDER BY c.id DESC"
    )[0]
    assert responding["grade"] == "Requires improvement"
    assert (responding["regraded_from"], responding["regraded_source"]) == (
        change["old_grade"],
        change["source"],
    )
    assert responding["regraded_on"].startswith("2024-08")


@pytest.mark.parametrize(
    ("key", "argument", "says"),
    [
        ("grades hamp", "body", "Did you mean: Hampshire"),
        ("compare avon", "bodies[1]", "Did you mean: Avon and Somerset Constabulary (id avon-and-somerset)"),
        ("grades bad round", "round", "2023-25"),
        ("grades no body", "body", "required"),
        ("list bad grade", "grade", "Outstanding"),
        ("list bad place", "place", "North West"),
        ("list bad area", "area", "investigating"),
        ("list past last page", "page", "last page"),
        ("compare one", "bodies", "at least 2"),
        ("rank bad limit", "limit", "less than or equal to 20"),
        ("move backwards", "until_round", "later round"),
        ("engage bad year", "year", "2024"),
        ("recent bad date", "since", "date"),
        ("reasons bad area", "area", "Areas for police"),
    ],
)
def test_bad_input_is_a_tool_error_naming_the_argument(run, key, argument, says):
    text = error(run, key)
    assert argument in text and says in text, text


def test_find_body_gives_one_body_or_candidates(run):
    cambs = ok(run, "find cambs")
    assert cambs["exact"] is True and [m["id"] for m in cambs["matches"]] == ["cambridgeshire"]
    hamp = ok(run, "find hamp")
    assert hamp["exact"] is False
    assert {m["id"] for m in hamp["matches"]} == {
        "hampshire",
        "hampshire-and-isle-of-wight-fire-and-rescue-service",
    }


def _latest_police_grade(sql, area: str) -> dict[str, str | None]:
    out = {}
    for body in sql("SELECT id FROM bodies WHERE kind = 'police'"):
        reports = sql(
            "SELECT id FROM reports WHERE body_id = ? AND framework = 'peel' AND round IS NOT NULL ORDER BY round DESC",
            body["id"],
        )
        if reports:
            grade = sql("SELECT grade FROM grades WHERE report_id = ? AND area = ?", reports[0]["id"], area)
            out[body["id"]] = grade[0]["grade"] if grade else None
    return out


def test_list_bodies_matches_the_store_and_names_who_is_not_recorded(run, sql):
    got = ok(run, "list inadequate")
    latest = _latest_police_grade(sql, "investigating")
    assert {r["body"]["id"] for r in got["rows"]} == {b for b, g in latest.items() if g == "Inadequate"}
    for r in got["rows"]:
        assert r["grades"] == [["Investigating crime", "Inadequate"]] and r["source"]["round"]
    names = dict(sql("SELECT id, name FROM bodies"))
    for body in (b for b, g in latest.items() if g is None):
        assert any(names[body] in line for line in got["not_recorded"]), body


def test_list_bodies_pages_through_a_whole_kind(run, sql):
    wales = ok(run, "list wales")
    assert {r["body"]["id"] for r in wales["rows"]} == {
        r["id"] for r in sql("SELECT id FROM bodies WHERE kind = 'police' AND country = 'Wales'")
    }
    fire = ok(run, "list fire page 2")
    total = sql("SELECT count(*) FROM bodies WHERE kind = 'fire'")[0][0]
    assert fire["paging"]["page"] == 2 and fire["paging"]["total"] == total
    assert len(fire["rows"]) == min(20, total - 20) and len(fire["rows"]) <= 20


def test_compare_puts_the_stores_grades_side_by_side(run, sql):
    got = ok(run, "compare")
    assert [c["body"]["id"] for c in got["bodies"]] == ["norfolk", "suffolk"]
    names = dict(sql("SELECT area, name FROM areas WHERE framework = 'peel' AND round = '2023-25'"))
    for i, body in enumerate(("norfolk", "suffolk")):
        row = report(sql, body, "2023-25")
        stored = {
            names[r["area"]]: r["grade"] for r in sql("SELECT * FROM grades WHERE report_id = ?", row["id"])
        }
        assert {r["area"]: r["grades"][i] for r in got["rows"] if r["grades"][i]} == stored
        assert got["bodies"][i]["source"]["report_url"] == row["report_url"]


def test_rankings_follow_the_stored_grades_in_one_round(run, sql):
    got = ok(run, "rank")
    assert got["round"] == "2023-25" and len(got["rows"]) == 3 and "Ranked by" in got["rule"]
    for r in got["rows"]:
        stored = sql("SELECT grade FROM grades WHERE report_id = ? AND area = 'responding'",
                     report(sql, r["body"]["id"], "2023-25")["id"])[0]["grade"]  # fmt: skip
        assert r["detail"].startswith(stored)


def test_movement_rows_are_the_two_rounds_stored_grades(run, sql):
    got = ok(run, "move")
    assert got["since"] == "2021-22" and got["until"] == "2023-25" and got["rows"]
    assert any("not directly comparable" in n for n in got["notes"])
    for r in got["rows"]:
        before, after = (
            sql("SELECT grade FROM grades WHERE report_id = ? AND area = 'investigating'",
                report(sql, r["body"]["id"], round_)["id"])[0]["grade"]
            for round_ in ("2021-22", "2023-25")
        )  # fmt: skip
        assert (r["before"], r["after"]) == (before, after)
        assert (
            r["change"] == {True: "improved", False: "worse"}.get(r["steps"] > 0, "unchanged")
            or r["steps"] == 0
        )


def test_engage_history_comes_with_the_sources_dates(run, sql):
    got = ok(run, "engage cleveland")
    events = sql("SELECT event, date, source_url FROM monitoring WHERE body_id = 'cleveland'")
    assert got["spells"]
    assert {d for s in got["spells"] for d in s["entered"]} == {
        e["date"] for e in events if e["event"] == "entered_engage"
    }
    assert {d for s in got["spells"] for d in s["left"]} == {
        e["date"] for e in events if e["event"] == "left_engage"
    }
    assert {u for s in got["spells"] for u in s["sources"]} == {e["source_url"] for e in events}
    none = ok(run, "engage norfolk")
    assert none["spells"] == [] and "not a statement that it was never in Engage" in none["not_recorded"][0]


def test_recent_reports_are_the_stores_dated_reports_since_the_date(run, sql):
    got = ok(run, "recent")
    rows = sql(
        "SELECT published FROM reports WHERE framework IS NOT NULL AND body_id IS NOT NULL AND published >= '2025'"
    )
    expected = [r["published"] for r in rows if (r["published"] + "-12-31")[:10] >= "2025-01-01"]
    assert got["paging"]["total"] == len(expected)
    shown = [r["source"]["published"] for r in got["rows"]]
    assert shown == sorted(shown, reverse=True) and len(shown) == min(20, len(expected))
    undated = sql(
        "SELECT count(*) FROM reports WHERE framework IS NOT NULL AND body_id IS NOT NULL AND published = ''"
    )
    assert str(undated[0][0]) in got["not_recorded"][0]


def test_reasons_are_the_sentences_stored_with_each_grade_and_event(run, sql):
    got = ok(run, "reasons norfolk")
    row = report(sql, "norfolk", "2023-25")
    stored = {
        r["grade"] + "|" + r["evidence"] for r in sql("SELECT * FROM grades WHERE report_id = ?", row["id"])
    }
    assert {r["grade_or_event"] + "|" + (r["evidence"] or "") for r in got["reasons"]} == stored
    assert got["source"]["round"] == "2023-25"
    engage = ok(run, "reasons engage")
    events = sql("SELECT evidence FROM monitoring WHERE body_id = 'cleveland'")
    assert {r["evidence"] for r in engage["reasons"]} == {e["evidence"] or None for e in events}


def test_resources_hold_the_grade_definitions_and_each_rounds_areas(run, sql):
    grades = run["resources"]["inspections://grades"]
    assert [g["grade"] for g in grades["grades"]] == [
        "Outstanding",
        "Good",
        "Adequate",
        "Requires improvement",
        "Inadequate",
    ]
    areas = run["resources"]["inspections://areas"]
    stored = {(r["framework"], r["round"]) for r in sql("SELECT DISTINCT framework, round FROM areas")}
    assert {(a["framework"], a["round"]) for a in areas} == stored
    peel = next(a for a in areas if (a["framework"], a["round"]) == ("peel", "2023-25"))
    assert [a["area"] for a in peel["areas"]] == [
        r["area"]
        for r in sql(
            "SELECT area FROM areas WHERE framework = 'peel' AND round = '2023-25' ORDER BY position"
        )
    ]


def test_prompts_brief_on_a_force_and_compare_a_region(run):
    assert run["prompts"] == {"brief_me_on_a_force", "compare_my_region"}
    assert "Cambridgeshire Constabulary" in run["brief"].messages[0].content.text
    assert "Wales" in run["region"].messages[0].content.text
    assert "Did you mean" in run["brief error"]


def test_a_first_start_without_a_database_creates_and_seeds_it_then_answers(tmp_path):
    missing = tmp_path / "new.db"

    async def work(session: Any) -> Any:
        return await session.call_tool("find_body", {"name": "kent"})

    result = stdio_session(missing, work)
    assert missing.is_file() and not result.is_error
    assert result.structured_content["matches"][0]["id"] == "kent"
