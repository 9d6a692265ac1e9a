"""What each tool returns, as typed models: their JSON schemas are the tools' output schemas.

Every result says which round and report a fact comes from (with its publication date and link), and lists
in `not_recorded` what the store does not hold. A missing grade is null, never filled in."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field


def _nullable_as_type_list(schema: dict[str, Any]) -> None:
    """`anyOf: [{type: string}, {type: null}]` -> `type: [string, null]`: the same schema, and a client
    checks every result against it (the SDK's client does, with jsonschema) a third faster."""
    for prop in schema.get("properties", {}).values():
        options = prop.get("anyOf")
        if not options or len(options) != 2 or {"type": "null"} not in options:
            continue
        other = next(o for o in options if o != {"type": "null"})
        if isinstance(other.get("type"), str) and "$ref" not in other:
            del prop["anyOf"]
            prop.update(other)
            prop["type"] = [other["type"], "null"]


def self_contained(schema: dict[str, Any]) -> dict[str, Any]:
    """The same JSON schema with every local `$ref` replaced by the definition it names, no `$defs`, and no
    `title`s (pydantic's, made from class and field names; the descriptions say what each field means).

    A validator then checks each value where it stands instead of looking each reference up: the SDK's client
    (jsonschema) checks a grades result about a quarter faster. A definition that refers to itself can't be
    written out this way, so it is refused."""
    definitions = schema.get("$defs", {})

    def written_out(node: Any, seen: tuple[str, ...]) -> Any:
        if isinstance(node, list):
            return [written_out(item, seen) for item in node]
        if not isinstance(node, dict):
            return node
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/$defs/"):
            name = ref.removeprefix("#/$defs/")
            if name in seen:
                raise ValueError(f"{name} refers to itself; its schema needs $ref")
            siblings = {k: v for k, v in node.items() if k != "$ref"}
            return {**written_out(definitions[name], (*seen, name)), **written_out(siblings, seen)}
        out = {}
        for keyword, value in node.items():
            if keyword in ("$defs", "title"):
                continue
            if keyword == "properties":  # its keys are field names (one may be "title"), its values schemas
                out[keyword] = {field: written_out(sub, seen) for field, sub in value.items()}
            else:
                out[keyword] = written_out(value, seen)
        return out

    return written_out(schema, ())


class Result(BaseModel):
    """Every result model: its JSON schema is the tool's output schema."""

    model_config = ConfigDict(json_schema_extra=_nullable_as_type_list)


class BodyRef(Result):
    id: str = Field(description="The store's id; pass it to the other tools")
    name: str
    kind: str = Field(description="police or fire")
    country: str
    region: str


class Source(Result):
    """The report a fact comes from."""

    framework: str = Field(description="peel (police) or frs (fire and rescue)")
    round: str = Field(description="inspection round, e.g. 2023-25")
    published: str | None = Field(
        description="publication date (YYYY-MM-DD, or YYYY-MM / YYYY); null if not recorded"
    )
    report_url: str | None = Field(description="HMICFRS's report page; null if not recorded")
    title: str | None = Field(description="the report's title, if recorded")


class Paging(Result):
    page: int
    pages: int
    total: int
    next_page: int | None = Field(description="pass as `page` for more; null on the last page")


class FindBodyResult(Result):
    query: str
    exact: bool = Field(description="true when the name means one body; false: these are candidates")
    matches: list[BodyRef]


class AreaGradeOut(Result):
    area: str = Field(description="the store's area key")
    name: str = Field(description="the area as HMICFRS names it in this round")
    grade: str | None = Field(description="null: not recorded here (never guess it)")
    basis: str | None = Field(description="stated (a source says it) or derived (worked out from a source)")
    source_url: str | None
    previous_grade: str | None = Field(description="same area in the previous round, if recorded")
    movement: str | None = Field(description="up, down or same against the previous round")
    regraded_from: str | None = Field(
        default=None, description="the grade before HMICFRS changed it after publication, if it did"
    )
    regraded_on: str | None = Field(default=None, description="when it was changed")
    regraded_source: str | None = Field(default=None, description="where the change is said")


class GradesResult(Result):
    body: BodyRef
    source: Source | None = Field(description="the report these grades are from; null if none is recorded")
    areas: list[AreaGradeOut]
    hmicfrs_counts: dict[str, int] | None = Field(
        default=None, description="HMICFRS's own count of grades in this report, when a source states it"
    )
    previous_source: Source | None = None
    in_engage_since: str | None = Field(
        default=None, description="in enhanced monitoring (Engage) since this date"
    )
    not_recorded: list[str]
    notes: list[str] = []


class ListRow(Result):
    body: BodyRef
    source: Source | None
    grades: list[tuple[str, str]] = Field(description="(area name, grade) pairs that match the filter")
    hmicfrs_counts: dict[str, int] | None = Field(
        default=None, description="set when only HMICFRS's count statement shows the match, not which areas"
    )


class ListResult(Result):
    kind: str
    area: str | None
    grades: list[str]
    place: str | None
    round: str | None = Field(description="null: each body's latest round")
    rows: list[ListRow]
    paging: Paging
    considered: int = Field(description="bodies of this kind (and place) looked at")
    not_recorded: list[str]
    notes: list[str] = []


class CompareColumn(Result):
    body: BodyRef
    source: Source | None


class CompareRow(Result):
    area: str
    grades: list[str | None] = Field(description="one per body, in the order of `bodies`; null: not recorded")


class CompareResult(Result):
    bodies: list[CompareColumn]
    rows: list[CompareRow]
    not_recorded: list[str]
    notes: list[str] = []


class RankRowOut(Result):
    position: int
    body: BodyRef
    detail: str
    source: Source


class RankResult(Result):
    rule: str = Field(description="how the ranking was made")
    round: str | None
    rows: list[RankRowOut]
    ranked: int
    left_out: list[str] = Field(description="bodies not ranked: no report in that round, or too few grades")
    tied_beyond_limit: list[str] = []
    not_recorded: list[str]
    notes: list[str] = []


class MovementRowOut(Result):
    body: BodyRef
    change: str = Field(description="improved, worse or unchanged")
    before: str
    after: str
    steps: int = Field(description="grade steps up (+) or down (-); whole reports: areas up minus areas down")
    source: Source


class MovementResult(Result):
    area: str | None
    since: str | None
    until: str | None
    rows: list[MovementRowOut]
    paging: Paging
    not_recorded: list[str]
    notes: list[str] = []


class EngageSpell(Result):
    body: BodyRef
    entered: list[str] = Field(description="every date the sources give for moving in, earliest first")
    left: list[str] = Field(description="dates given for moving out; empty while still in")
    current: bool
    sources: list[str]


class EngageResult(Result):
    body: BodyRef | None
    as_of: str
    spells: list[EngageSpell]
    paging: Paging
    not_recorded: list[str]
    notes: list[str] = []


class RecentRowOut(Result):
    body: BodyRef
    source: Source


class RecentResult(Result):
    since: str
    until: str | None
    rows: list[RecentRowOut]
    paging: Paging
    not_recorded: list[str]
    notes: list[str] = []


class Reason(Result):
    about: str = Field(description="the area graded, or the Engage event")
    grade_or_event: str
    date: str | None = None
    basis: str | None = None
    evidence: str | None = Field(description="the sentence on record; null if none was stored")
    source_url: str | None


class ReasonsResult(Result):
    body: BodyRef
    source: Source | None
    reasons: list[Reason]
    not_recorded: list[str]
    notes: list[str] = []
