"""A chart request + the snapshot -> a chart spec: plain rows, columns and cells, titles and alt text.

Pure data: no plotting library here, so the spec is tested without one and `ask` never loads one."""

from __future__ import annotations

from dataclasses import dataclass

from bot.questions.answers.snapshot import FRAMEWORK_FOR_KIND, KIND_NOUN, Snapshot, scope
from bot.questions.chart_request import ChartRequest
from bot.questions.names import Body
from bot.questions.vocab import COMPARABILITY_CAVEAT, GRADES, format_date, framework_label, round_label

NOT_RECORDED = "not recorded"
SOURCE_LINE = (
    "Source: HMICFRS inspection reports, via the Inspections bot's researched dataset (every grade has a "
    "source URL). Grades not recorded are left blank, never guessed."
)
DERIVED_NOTE = "† derived: follows with certainty from HMICFRS's count of grades and the other areas' grades."
MAX_ALT_TEXT = 1000


@dataclass(frozen=True)
class Cell:
    """One grade: None when not recorded; applicable False when the round had no such area."""

    grade: str | None
    derived: bool = False
    applicable: bool = True


@dataclass(frozen=True)
class ChartRow:
    label: str
    group: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class ChartSpec:
    """Everything a drawing needs, and the words that describe it."""

    key: str
    title: str
    subtitle: str
    columns: tuple[str, ...]
    rows: tuple[ChartRow, ...]
    grouped: bool
    notes: tuple[str, ...]
    counts: dict[str, int]  # each grade, and NOT_RECORDED
    derived: int
    filename: str

    @property
    def alt_text(self) -> str:
        """The picture in words: what it shows and how many of each grade."""
        shown = ", ".join(f"{g} {self.counts.get(g, 0)}" for g in GRADES)
        text = (
            f"{self.title}. {self.subtitle}. A grid of {len(self.rows)} rows by {len(self.columns)} "
            f"columns. {shown}; not recorded {self.counts.get(NOT_RECORDED, 0)}."
        )
        if self.derived:
            text += f" {self.derived} of the grades are derived from HMICFRS's counts."
        return text if len(text) <= MAX_ALT_TEXT else text[: MAX_ALT_TEXT - 1] + "…"

    @property
    def summary(self) -> str:
        """One line for a message beside the picture."""
        return f"*{self.title}* ({self.subtitle})"


@dataclass(frozen=True)
class ChartProblem:
    """Why no chart could be drawn, with requests that work."""

    message: str
    examples: tuple[str, ...] = ("chart police", "chart fire", "chart wales", "chart kent")
    suggestions: tuple[Body, ...] = ()


def chart_spec(snap: Snapshot, request: ChartRequest) -> ChartSpec | ChartProblem:
    """The spec for a request: one body's areas across rounds, or many bodies in one round."""
    if request.name:
        resolution = snap.resolve(request.name)
        if resolution.body is None:
            return ChartProblem(f"I don't know a force or fire service called “{request.name}”.")
        return body_chart(snap, resolution.body)
    return national_chart(snap, request)


def _data_date(snap: Snapshot) -> str:
    day = snap.last_load.partition("T")[0]
    return f"data as of {format_date(day)}" if day else "data date not recorded"


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _rounds(snap: Snapshot, framework: str) -> list[str]:
    return sorted({r for (f, r) in snap.areas if f == framework})


def pick_round(snap: Snapshot, framework: str, bodies: list[Body]) -> str | None:
    """The newest round that covers at least half the bodies; else the round with the most reports."""
    covered = {r: sum(1 for b in bodies if _report(snap, b, framework, r)) for r in _rounds(snap, framework)}
    enough = [r for r, n in covered.items() if bodies and n * 2 >= len(bodies)]
    if enough:
        return enough[-1]
    best = max(covered.items(), key=lambda kv: (kv[1], kv[0]), default=(None, 0))
    return best[0] if best[1] else None


def _report(snap: Snapshot, body: Body, framework: str, round_: str) -> dict | None:
    return next(
        (r for r in snap.reports.get(body.id, []) if r["framework"] == framework and r["round"] == round_),
        None,
    )


def _cell(graded: dict[str, dict], area: str) -> Cell:
    g = graded.get(area)
    if g is None:
        return Cell(None)
    return Cell(g["grade"], derived=g.get("basis") == "derived")


def national_chart(snap: Snapshot, request: ChartRequest) -> ChartSpec | ChartProblem:
    """Bodies × areas for one round of one framework, optionally one place, optionally grouped by region."""
    framework = FRAMEWORK_FOR_KIND[request.kind]
    bodies = scope(snap, request.kind, request.place)
    noun = KIND_NOUN[request.kind][1]
    if not bodies:
        where = f" in {request.place.label}" if request.place else ""
        return ChartProblem(f"I have no {noun}{where} in the data.")
    rounds = _rounds(snap, framework)
    round_ = request.round or pick_round(snap, framework, bodies)
    if round_ is None or round_ not in rounds:
        known = ", ".join(round_label(r) for r in rounds) or "none"
        return ChartProblem(
            f"There is no {framework_label(framework)} round {round_label(round_)} in the data "
            f"(rounds: {known})."
        )
    areas = snap.areas[(framework, round_)]
    core = [a for a in areas if a["core"]]
    reported = [(b, r) for b in bodies if (r := _report(snap, b, framework, round_))]
    if not reported:
        return ChartProblem(f"No {noun} have a {framework_label(framework)} {round_label(round_)} report.")
    if request.by_region:
        reported.sort(key=lambda br: (br[0].region or br[0].country or "", br[0].name))
    rows = tuple(
        ChartRow(
            b.name,
            (b.region or b.country or "") if request.by_region else "",
            tuple(_cell(snap.grades.get(r["id"], {}), a["area"]) for a in core),
        )
        for b, r in reported
    )
    notes = []
    missing = [b.name for b in bodies if not _report(snap, b, framework, round_)]
    if missing:
        notes.append(f"No {round_label(round_)} report recorded for: " + ", ".join(missing) + ".")
    extra = _extra_areas(snap, areas, [r for _, r in reported])
    if extra:
        notes.append("Also graded in some reports, not shown: " + "; ".join(extra) + ".")
    where = f" in {request.place.label}" if request.place else ""
    title = f"{framework_label(framework)} {round_label(round_)}: grades for {len(rows)} {noun}{where}"
    dates = sorted(r["published"] for _, r in reported if r.get("published"))
    published = f"reports published {format_date(dates[0])} to {format_date(dates[-1])}" if dates else ""
    subtitle = ", ".join(x for x in (published, _data_date(snap)) if x)
    subtitle = _capital(subtitle)
    return _spec(request.key, title, subtitle, tuple(a["name"] for a in core), rows, request.by_region, notes)


def _extra_areas(snap: Snapshot, areas: list[dict], reports: list[dict]) -> list[str]:
    """Non-core areas some reports graded: named in a note rather than drawn as mostly-empty columns."""
    out = []
    for a in areas:
        if a["core"]:
            continue
        n = sum(1 for r in reports if a["area"] in snap.grades.get(r["id"], {}))
        if n:
            out.append(f"{a['name']} ({n})")
    return out


def body_chart(snap: Snapshot, body: Body) -> ChartSpec | ChartProblem:
    """One body: its areas (rows) across its rounds (columns)."""
    framework = FRAMEWORK_FOR_KIND.get(body.kind, "")
    reports = [r for r in snap.reports.get(body.id, []) if r["framework"] == framework]
    if not reports:
        return ChartProblem(f"I have no graded report for {body.name}.")
    order: list[tuple[str, str]] = []  # (area key, name), newest round's order first
    for r in reversed(reports):
        graded = snap.grades.get(r["id"], {})
        for a in snap.areas.get((framework, r["round"]), []):
            if (a["core"] or a["area"] in graded) and a["area"] not in {k for k, _ in order}:
                order.append((a["area"], a["name"]))
    rows = []
    for key, name in order:
        cells = []
        for r in reports:
            in_round = {a["area"] for a in snap.areas.get((framework, r["round"]), [])}
            cells.append(
                _cell(snap.grades.get(r["id"], {}), key) if key in in_round else Cell(None, False, False)
            )
        rows.append(ChartRow(name, "", tuple(cells)))
    columns = tuple(
        f"{round_label(r['round'])}\n{format_date(r['published']) if r.get('published') else 'date not recorded'}"
        for r in reports
    )
    notes = [COMPARABILITY_CAVEAT] if len(reports) > 1 else []
    title = f"{body.name}: {framework_label(framework)} grades by round"
    return _spec(f"chart {body.id}", title, _capital(_data_date(snap)), columns, tuple(rows), False, notes)


def _spec(
    key: str,
    title: str,
    subtitle: str,
    columns: tuple[str, ...],
    rows: tuple[ChartRow, ...],
    grouped: bool,
    notes: list[str],
) -> ChartSpec:
    counts = {g: 0 for g in GRADES} | {NOT_RECORDED: 0}
    derived = 0
    for row in rows:
        for c in row.cells:
            if c.applicable:
                counts[c.grade if c.grade in counts else NOT_RECORDED] += 1
                derived += c.derived
    if derived:
        notes = [*notes, DERIVED_NOTE]
    filename = "-".join(key.split()[1:]).replace("/", "-") or "chart"
    return ChartSpec(
        key=key,
        title=title,
        subtitle=subtitle,
        columns=columns,
        rows=rows,
        grouped=grouped,
        notes=tuple(notes),
        counts=counts,
        derived=derived,
        filename=f"inspections-{filename}.png",
    )
