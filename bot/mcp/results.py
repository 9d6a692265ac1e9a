"""What each tool returns, as typed models: their JSON schemas are the tools' output schemas.

Every result says which round and report a fact comes from (with its publication date and link), and lists
in `not_recorded` what the store does not hold. A missing grade is null, never filled in."""

from __future__ import annotations

from pydantic import BaseModel, Field


class BodyRef(BaseModel):
    id: str = Field(description="The store's id; pass it to the other tools")
    name: str
    kind: str = Field(description="police or fire")
    country: str
    region: str


class Source(BaseModel):
    """The report a fact comes from."""

    framework: str = Field(description="peel (police) or frs (fire and rescue)")
    round: str = Field(description="inspection round, e.g. 2023-25")
    published: str | None = Field(
        description="publication date (YYYY-MM-DD, or YYYY-MM / YYYY); null if not recorded"
    )
    report_url: str | None = Field(description="HMICFRS's report page; null if not recorded")
    title: str = ""


class Paging(BaseModel):
    page: int
    pages: int
    total: int
    next_page: int | None = Field(description="pass as `page` for more; null on the last page")


class FindBodyResult(BaseModel):
    query: str
    exact: bool = Field(description="true when the name means one body; false: these are candidates")
    matches: list[BodyRef]


class Regrade(BaseModel):
    previous_grade: str
    on: str
    source: str


class AreaGradeOut(BaseModel):
    area: str = Field(description="the store's area key")
    name: str = Field(description="the area as HMICFRS names it in this round")
    grade: str | None = Field(description="null: not recorded here (never guess it)")
    basis: str | None = Field(description="stated (a source says it) or derived (worked out from a source)")
    source_url: str | None
    previous_grade: str | None = Field(description="same area in the previous round, if recorded")
    movement: str | None = Field(description="up, down or same against the previous round")
    regraded: Regrade | None = None


class GradesResult(BaseModel):
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


class ListRow(BaseModel):
    body: BodyRef
    source: Source | None
    grades: list[tuple[str, str]] = Field(description="(area name, grade) pairs that match the filter")
    hmicfrs_counts: dict[str, int] | None = Field(
        default=None, description="set when only HMICFRS's count statement shows the match, not which areas"
    )


class ListResult(BaseModel):
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


class CompareColumn(BaseModel):
    body: BodyRef
    source: Source | None


class CompareRow(BaseModel):
    area: str
    grades: list[str | None] = Field(description="one per body, in the order of `bodies`; null: not recorded")


class CompareResult(BaseModel):
    bodies: list[CompareColumn]
    rows: list[CompareRow]
    not_recorded: list[str]
    notes: list[str] = []


class RankRowOut(BaseModel):
    position: int
    body: BodyRef
    detail: str
    source: Source


class RankResult(BaseModel):
    rule: str = Field(description="how the ranking was made")
    round: str | None
    rows: list[RankRowOut]
    ranked: int
    left_out: list[str] = Field(description="bodies not ranked: no report in that round, or too few grades")
    tied_beyond_limit: list[str] = []
    not_recorded: list[str]
    notes: list[str] = []


class MovementRowOut(BaseModel):
    body: BodyRef
    change: str = Field(description="improved, worse or unchanged")
    before: str
    after: str
    steps: int = Field(description="grade steps up (+) or down (-); whole reports: areas up minus areas down")
    source: Source


class MovementResult(BaseModel):
    area: str | None
    since: str | None
    until: str | None
    rows: list[MovementRowOut]
    paging: Paging
    not_recorded: list[str]
    notes: list[str] = []


class EngageSpell(BaseModel):
    body: BodyRef
    entered: list[str] = Field(description="every date the sources give for moving in, earliest first")
    left: list[str] = Field(description="dates given for moving out; empty while still in")
    current: bool
    sources: list[str]


class EngageResult(BaseModel):
    body: BodyRef | None
    as_of: str
    spells: list[EngageSpell]
    paging: Paging
    not_recorded: list[str]
    notes: list[str] = []


class RecentRowOut(BaseModel):
    body: BodyRef
    source: Source


class RecentResult(BaseModel):
    since: str
    until: str | None
    rows: list[RecentRowOut]
    paging: Paging
    not_recorded: list[str]
    notes: list[str] = []


class Reason(BaseModel):
    about: str = Field(description="the area graded, or the Engage event")
    grade_or_event: str
    date: str | None = None
    basis: str | None = None
    evidence: str | None = Field(description="the sentence on record; null if none was stored")
    source_url: str | None


class ReasonsResult(BaseModel):
    body: BodyRef
    source: Source | None
    reasons: list[Reason]
    not_recorded: list[str]
    notes: list[str] = []
