"""The MCP server: read-only tools, two resources and two prompts over one database file, opened read-only.

A call answers from the result kept for the same tool and arguments while the data version stands
(bot/mcp/cache.py); otherwise it opens its own read-only connection, answers through bot/mcp/tools.py and
bot/mcp/records.py, and turns a bad argument into a tool error that names it. Tools are coroutines that answer
inline: an answer takes well under a millisecond from the cached snapshot, less than the hop to a worker thread
would."""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import Annotated, Literal, TypeVar

import sqlite_utils
from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.exceptions import ResourceError, ToolError
from mcp.server.mcpserver.tools import Tool
from mcp.shared.exceptions import MCPError
from mcp_types import CallToolResult, TextContent, ToolAnnotations
from pydantic import BaseModel, Field

from bot.mcp import arguments as arg
from bot.mcp import records, tools
from bot.mcp.cache import ResultCache
from bot.mcp.results import (
    CompareResult,
    EngageResult,
    FindBodyResult,
    GradesResult,
    ListResult,
    MovementResult,
    RankResult,
    ReasonsResult,
    RecentResult,
    self_contained,
)
from bot.questions import answers
from bot.questions.answers.definitions import GRADE_SOURCE_NOTE
from bot.questions.vocab import COMPARABILITY_CAVEAT, GRADE_MEANING, GRADES
from db.readonly import read_only
from db.version import data_version

T = TypeVar("T")
INVALID_PARAMS = -32602  # JSON-RPC: the prompt's arguments are wrong
Kind = Literal["police", "fire"]
Grade = Literal["Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate"]
BodyName = Annotated[
    str, Field(min_length=1, max_length=120, description="a body's id, name or a name as people type it")
]
Area = Annotated[
    str | None,
    Field(
        default=None,
        max_length=120,
        description="area key (see the areas resource) or words such as '999 calls'",
    ),
]
Round = Annotated[
    str | None, Field(default=None, max_length=20, description="inspection round, e.g. 2023-25")
]
Place = Annotated[
    str | None,
    Field(default=None, max_length=60, description="region or country, e.g. 'north west', 'Wales'"),
]
Page = Annotated[
    int, Field(default=1, ge=1, le=1000, description=f"page of results ({arg.PAGE_SIZE} a page)")
]
READ_ONLY = ToolAnnotations(
    read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False
)

INSTRUCTIONS = (
    "HMICFRS inspection grades of police forces (PEEL) and fire and rescue services in England and Wales, "
    "from a curated store. Every fact comes with its round, publication date and report link: cite them. "
    "A grade that is null or listed in not_recorded is not known here: say so, never fill it in from "
    "elsewhere. Grades from different rounds are not directly comparable. A body's latest round may hold "
    "only some grades so far: pass round (e.g. 2023-25) for an earlier, fuller one. Start with find_body "
    "when a name is ambiguous."
)


def build_server(database_path: str) -> MCPServer:
    """An MCP server answering from the store at `database_path`, which it only ever reads."""

    @contextmanager
    def store() -> Iterator[sqlite_utils.Database]:
        with read_only(database_path) as db:
            yield db

    kept: ResultCache[CallToolResult] = ResultCache()

    def answer(key: Hashable, work: Callable[[sqlite_utils.Database], BaseModel]) -> CallToolResult:
        """The result as structured content, and the same JSON, compact, as text for clients that read only text.

        Kept by `key` (the tool and its arguments) until the data version moves: the same question on the same
        data is answered once. Optional fields at their defaults (no regrade, no notes) are left out: every
        client checks each result against the schema, and a smaller result checks faster. A grade not recorded
        is never left out: it is a required field, null."""
        version = data_version(database_path)
        if version is not None and (found := kept.get(version, key)) is not None:
            return found
        try:
            with store() as db:
                result = work(db)
        except arg.BadArgument as e:
            raise ToolError(str(e)) from None
        made = CallToolResult(
            content=[TextContent(type="text", text=result.model_dump_json(exclude_defaults=True))],
            structured_content=result.model_dump(mode="json", exclude_defaults=True),
        )
        if version is not None:
            kept.put(version, key, made)
        return made

    made_tools: list[Tool] = []

    def tool(title: str) -> Callable[[Callable[..., T]], Callable[..., T]]:
        """Register a tool whose output schema is self-contained (no `$ref`): the same schema, and every client
        checks each result against it (the SDK's client does, with jsonschema) about a quarter faster."""

        def register(fn: Callable[..., T]) -> Callable[..., T]:
            made = Tool.from_function(fn, title=title, annotations=READ_ONLY, structured_output=True)
            if made.fn_metadata.output_schema is not None:
                made.fn_metadata.output_schema = self_contained(made.fn_metadata.output_schema)
            made_tools.append(made)
            return fn

        return register

    @tool("Find a body")
    async def find_body(
        name: Annotated[
            str,
            Field(max_length=120, description="a name as people type it: 'cambs', 'met', 'west mids fire'"),
        ],
    ) -> Annotated[CallToolResult, FindBodyResult]:
        """Find police forces and fire and rescue services by name: ids, kind, country and region.
        exact=false means the name was unclear and `matches` are the candidates."""
        return answer(("find_body", name), lambda db: tools.find_body(db, name))

    @tool("A body's grades")
    async def grades(body: BodyName, round: Round = None) -> Annotated[CallToolResult, GradesResult]:
        """One body's graded areas in its latest round (or the round given): grade, basis, source, movement
        since the previous round, and the report's date and link. Null grades are not recorded here."""
        return answer(("grades", body, round), lambda db: tools.grades(db, body, round))

    @tool("List bodies")
    async def list_bodies(
        kind: Kind = "police",
        area: Area = None,
        grade: Grade | None = None,
        grade_range: Literal["exactly", "or_better", "or_worse"] = "exactly",
        place: Place = None,
        round: Round = None,
        page: Page = 1,
    ) -> Annotated[CallToolResult, ListResult]:
        """Bodies of a kind, optionally in a place, filtered by a grade (or a range: 'Good' or_better) in one
        area or any area, in each one's latest round or the round given. Lists who is not recorded."""
        key = ("list_bodies", kind, area, grade, grade_range, place, round, page)
        return answer(
            key, lambda db: tools.list_bodies(db, kind, area, grade, grade_range, place, round, page)
        )

    @tool("Compare bodies")
    async def compare(
        bodies: Annotated[list[BodyName], Field(min_length=2, max_length=8, description="2 to 8 bodies")],
        area: Area = None,
        round: Round = None,
    ) -> Annotated[CallToolResult, CompareResult]:
        """Bodies side by side, area by area (or on one area), each from its latest round or the round given."""
        return answer(
            ("compare", tuple(bodies), area, round), lambda db: tools.compare(db, bodies, area, round)
        )

    @tool("Rankings")
    async def rankings(
        kind: Kind = "police",
        area: Area = None,
        place: Place = None,
        round: Round = None,
        best: bool = True,
        limit: Annotated[int, Field(default=5, ge=1, le=20)] = 5,
    ) -> Annotated[CallToolResult, RankResult]:
        """The best (or worst) bodies by one area's grade or their whole report, within one round, with the
        rule used stated and the bodies left out named."""
        key = ("rankings", kind, area, place, round, best, limit)
        return answer(key, lambda db: records.rankings(db, kind, area, place, round, best, limit))

    @tool("Movement between rounds")
    async def movement(
        kind: Kind = "police",
        area: Area = None,
        since_round: Round = None,
        until_round: Round = None,
        direction: Literal["any", "improved", "worse", "unchanged"] = "any",
        place: Place = None,
        page: Page = 1,
    ) -> Annotated[CallToolResult, MovementResult]:
        """Which bodies' grades went up, down or stayed the same between two rounds (one area, or every area)."""
        key = ("movement", kind, area, since_round, until_round, direction, place, page)
        return answer(
            key, lambda db: records.movement(db, kind, area, since_round, until_round, direction, place, page)
        )

    @tool("Enhanced monitoring (Engage)")
    async def engage(
        body: Annotated[
            str | None, Field(default=None, max_length=120, description="one body's history")
        ] = None,
        kind: Kind | None = None,
        year: Annotated[
            str | None, Field(default=None, description="only spells that began or ended that year")
        ] = None,
        now_only: bool = False,
        page: Page = 1,
    ) -> Annotated[CallToolResult, EngageResult]:
        """Spells in HMICFRS's enhanced monitoring ('Engage', 'special measures'): one body's history, who is
        in now, or who moved in or out during a year, with the sources' dates and links."""
        today = tools.today()  # "in Engage now" is answered for today: a new day is a new key
        key = ("engage", body, kind, year, now_only, page, today)
        return answer(key, lambda db: records.engage(db, body, kind, year, now_only, page, today))

    @tool("Recent reports")
    async def recent_reports(
        since: Annotated[date, Field(description="ISO date, e.g. 2025-01-01")],
        until: Annotated[date | None, Field(default=None, description="ISO date; default today")] = None,
        kind: Kind | None = None,
        page: Page = 1,
    ) -> Annotated[CallToolResult, RecentResult]:
        """Graded reports published since a date (newest first), with their links."""
        today = tools.today()
        key = ("recent_reports", since, until, kind, page, today)
        return answer(key, lambda db: records.recent_reports(db, since, until, kind, page, today))

    @tool("Reasons on record")
    async def reasons(
        body: BodyName,
        area: Area = None,
        round: Round = None,
        engage: Annotated[
            bool, Field(default=False, description="the Engage events' sentences instead")
        ] = False,
    ) -> Annotated[CallToolResult, ReasonsResult]:
        """The sentences on record behind a body's grades (one area, or all) or its Engage events: what the
        cited source said, stored with the grade. Nothing is summarised or inferred."""
        return answer(
            ("reasons", body, area, round, engage), lambda db: records.reasons(db, body, area, round, engage)
        )

    server: MCPServer = MCPServer(
        "inspections-bot",
        title="HMICFRS inspection grades",
        instructions=INSTRUCTIONS,
        version="0.1.0",
        tools=made_tools,
    )

    @server.resource("inspections://grades", name="grades", mime_type="application/json")
    def grade_definitions() -> str:
        """HMICFRS's five grades and what each means."""
        return json.dumps(
            {
                "grades": [{"grade": g, "meaning": GRADE_MEANING[g]} for g in GRADES],
                "note": GRADE_SOURCE_NOTE,
                "comparability": COMPARABILITY_CAVEAT,
            },
            indent=1,
        )

    @server.resource("inspections://areas", name="areas", mime_type="application/json")
    def areas() -> str:
        """The graded areas of each round (police PEEL and fire), as the store holds them."""
        try:
            with store() as db:
                snap = answers.snapshot(db)
        except FileNotFoundError as e:  # pragma: no cover - the server checks the file at start
            raise ResourceError(str(e)) from None
        return json.dumps(
            [
                {
                    "framework": framework,
                    "round": round_,
                    "areas": [
                        {
                            "area": a["area"],
                            "name": a["name"],
                            "also_called": a["also_called"],
                            "core": bool(a["core"]),
                        }
                        for a in rows
                    ],
                }
                for (framework, round_), rows in sorted(snap.areas.items())
            ],
            indent=1,
        )

    @server.prompt(title="Brief me on a force")
    def brief_me_on_a_force(body: str) -> str:
        """A short briefing on one police force or fire and rescue service, from the store only."""
        with store() as db:
            try:
                who = arg.body(answers.snapshot(db), body)
            except arg.BadArgument as e:
                raise MCPError(INVALID_PARAMS, str(e)) from None
        return (
            f"Brief me on {who.name} (id {who.id}). Use the inspections tools: grades for its latest round, "
            f"engage for its enhanced-monitoring history, and reasons for the sentences behind any Inadequate "
            "or Requires improvement grade. Give the round, publication date and report link for each fact. "
            "Say plainly what is not recorded; do not fill any gap from memory."
        )

    @server.prompt(title="Compare my region")
    def compare_my_region(region: str, kind: str = "police") -> str:
        """Every body of a kind in a region, side by side, from the store only."""
        try:
            where = arg.place(region, "region")
        except arg.BadArgument as e:
            raise MCPError(INVALID_PARAMS, str(e)) from None
        if kind not in ("police", "fire"):
            raise MCPError(INVALID_PARAMS, f"kind: police or fire, not {kind[:20]!r}.")
        noun = "police forces" if kind == "police" else "fire and rescue services"
        label = where.label if where else region
        return (
            f"Compare the {noun} in {label}. Call list_bodies with kind={kind} and place={label!r} to find "
            "them, then compare with their ids (up to 8 at a time). Show each area's grades side by side with "
            "each report's round, date and link, name every grade that is not recorded, and note that grades "
            "from different rounds are not directly comparable."
        )

    return server
