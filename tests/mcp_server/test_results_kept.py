"""What keeps a grades call cheap without changing an answer: results kept until the data changes, and output
schemas written out without references. Driven by the SDK's own client, connected in this process."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from pydantic import BaseModel

from bot.mcp.results import GradesResult, Result, self_contained
from db.connection import Store
from db.load import load_rows, parse_text

SRC = "https://hmicfrs.justiceinspectorates.gov.uk/test-source/"
REGRADE = (
    "force_id,round,area,grade,basis,source_url,evidence\n"
    f"norfolk,2023-25,responding,Inadequate,stated,{SRC},test regrade\n"
)


def in_process(db_path: Path, work: Callable[[Any], Awaitable[Any]]) -> Any:
    """The SDK's ClientSession on a server built in this process (the SDK's in-memory transport)."""
    from mcp.client import Client

    from bot.mcp.server import build_server

    async def go() -> Any:
        async with Client(build_server(str(db_path)), mode="legacy") as client:
            return await work(client.session)

    return asyncio.run(asyncio.wait_for(go(), 60))


def responding(result: Any) -> dict:
    assert not result.is_error, result.content[0].text
    return next(a for a in result.structured_content["areas"] if a["area"] == "responding")


def test_a_load_in_another_connection_reaches_the_next_call_without_a_restart(db_path: Path):
    async def work(session: Any) -> tuple[dict, dict, dict]:
        ask = {"body": "norfolk", "round": "2023-25"}
        first = responding(await session.call_tool("grades", ask))
        again = responding(await session.call_tool("grades", ask))
        with Store(db_path).connect() as db:  # as `inspections-bot load` would, from its own connection
            load_rows(db, parse_text(REGRADE, "regrade.csv"), source="regrade.csv", loaded_by="test",
                      now=datetime(2026, 5, 1, tzinfo=UTC))  # fmt: skip
        after = responding(await session.call_tool("grades", ask))
        return first, again, after

    first, again, after = in_process(db_path, work)
    assert first["grade"] == "Requires improvement"
    assert again == first
    assert after["grade"] == "Inadequate"


def test_a_real_server_process_answers_a_load_from_another_process_on_its_next_call(db_path: Path):
    from tests.mcp_server.conftest import stdio_session

    async def work(session: Any) -> tuple[dict, dict]:
        ask = {"body": "norfolk", "round": "2023-25"}
        before = responding(await session.call_tool("grades", ask))
        responding(await session.call_tool("grades", ask))  # kept by the server now
        with Store(db_path).connect() as db:  # this test process is not the server's
            load_rows(db, parse_text(REGRADE, "regrade.csv"), source="regrade.csv", loaded_by="test",
                      now=datetime(2026, 5, 1, tzinfo=UTC))  # fmt: skip
        return before, responding(await session.call_tool("grades", ask))

    before, after = stdio_session(db_path, work)
    assert (before["grade"], after["grade"]) == ("Requires improvement", "Inadequate")


def test_a_bad_argument_is_still_an_error_the_second_time(db_path: Path):
    async def work(session: Any) -> list[Any]:
        return [await session.call_tool("grades", {"body": "atlantis police"}) for _ in range(2)]

    results = in_process(db_path, work)
    assert all(r.is_error and "body:" in r.content[0].text for r in results)


def test_every_output_schema_is_written_out_without_references(db_path: Path):
    async def work(session: Any) -> Any:
        return (await session.list_tools()).tools

    for tool in in_process(db_path, work):
        text = str(tool.output_schema)
        assert "$ref" not in text and "$defs" not in text, tool.name
        Draft202012Validator.check_schema(tool.output_schema)


GOOD = {
    "body": {"id": "x", "name": "X Police", "kind": "police", "country": "England", "region": "London"},
    "source": {"framework": "peel", "round": "2023-25", "published": None, "report_url": None, "title": "T"},
    "areas": [
        {"area": "a", "name": "A", "grade": None, "basis": None, "source_url": None, "previous_grade": None,
         "movement": None},
    ],
    "not_recorded": ["A grade"],
}  # fmt: skip
BAD = {
    "missing grade": {**GOOD, "areas": [{k: v for k, v in GOOD["areas"][0].items() if k != "grade"}]},
    "grade a number": {**GOOD, "areas": [{**GOOD["areas"][0], "grade": 3}]},
    "source title a number": {**GOOD, "source": {**GOOD["source"], "title": 1}},
    "no body": {k: v for k, v in GOOD.items() if k != "body"},
    "body missing region": {**GOOD, "body": {k: v for k, v in GOOD["body"].items() if k != "region"}},
}


@pytest.mark.parametrize("case", [None, *BAD], ids=["good", *BAD])
def test_the_written_out_schema_accepts_and_refuses_what_pydantics_does(case: str | None):
    instance = GOOD if case is None else BAD[case]
    original = GradesResult.model_json_schema()
    written_out = self_contained(original)
    verdict = not list(Draft202012Validator(original).iter_errors(instance))
    assert verdict == (case is None)
    assert not list(Draft202012Validator(written_out).iter_errors(instance)) == verdict


def test_a_field_called_title_is_kept_and_a_model_that_refers_to_itself_is_refused():
    schema = self_contained(GradesResult.model_json_schema())
    assert "title" in schema["properties"]["source"]["anyOf"][0]["properties"]

    class Node(Result):
        children: list[Node]

    class Tree(BaseModel):
        root: Node

    with pytest.raises(ValueError, match="Node refers to itself"):
        self_contained(Tree.model_json_schema())


def test_results_kept_are_bounded_and_dropped_when_the_data_moves():
    from bot.mcp.cache import ResultCache

    kept: ResultCache[str] = ResultCache(max_entries=2)
    assert kept.get("v1", "a") is None
    kept.put("v1", "a", "A")
    kept.put("v1", "b", "B")
    assert kept.get("v1", "a") == "A"  # now the most recently used
    kept.put("v1", "c", "C")
    assert (kept.get("v1", "a"), kept.get("v1", "b"), kept.get("v1", "c")) == ("A", None, "C")
    assert kept.get("v2", "a") is None and len(kept) == 0
    kept.put("v1", "a", "stale")  # built on the data before: not kept
    assert kept.get("v2", "a") is None
