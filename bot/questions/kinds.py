"""The kinds of question the engine answers, as typed values: text goes in, one of these comes out."""

from __future__ import annotations

from dataclasses import dataclass

from bot.questions.words import Place


class UsageError(Exception):
    """The text is not something we can answer; the message says why, and help follows."""

    def __init__(self, problem: str, command: str = "grade"):
        super().__init__(problem)
        self.problem = problem
        self.command = command


@dataclass(frozen=True)
class GradeQuestion:
    """'grade <body> [round]': one body's grades."""

    name: str
    round: str | None = None


@dataclass(frozen=True)
class HelpQuestion:
    """'help' or empty text."""

    command: str = "grade"


@dataclass(frozen=True)
class FilterQuestion:
    """'which forces are inadequate at responding?': bodies whose grade for an area (or any area) is in `grades`.

    No grades means every grade (grouped); no area means any area. round None: each body's latest report;
    'previous': the report before it."""

    area: str | None
    grades: tuple[str, ...]
    kind: str = "police"
    place: Place | None = None
    round: str | None = None
    count: bool = False
    every: bool = False  # every graded area at one of `grades` ('weren't inadequate in anything'), no area
    exclude: tuple[str, ...] = ()  # body ids left out ('apart from sussex, which forces ...')
    at_least: int = 1  # how many areas at one of `grades` ('three or more inadequate grades'), no area
    except_areas: tuple[str, ...] = ()  # areas left out of 'any area' ('apart from crime recording, …')
    among: tuple[str, ...] = ()  # body ids the list is drawn from ('which of those was inadequate on X')


@dataclass(frozen=True)
class GradeCountQuestion:
    """'how many outstanding grades in 2023-25': grades given, across bodies."""

    grades: tuple[str, ...]
    area: str | None = None
    kind: str = "police"
    place: Place | None = None
    round: str | None = None


@dataclass(frozen=True)
class BodyCountQuestion:
    """'how many forces are there' (kind None: police forces and fire services both)."""

    kind: str | None = "police"
    place: Place | None = None


@dataclass(frozen=True)
class RankQuestion:
    """'best forces for investigating crime', 'worst performing fire services'."""

    area: str | None
    best: bool = True
    limit: int = 5
    kind: str = "police"
    place: Place | None = None
    round: str | None = None
    by_grade: str | None = None  # 'most outstanding grades': rank by how many areas got this grade
    fewest: bool = False  # 'fewest requires improvement': by_grade's count, smallest first
    names: tuple[str, ...] = ()  # 'east sussex vs west sussex, which got more goods': only these bodies
    asked_about: str | None = None  # 'is kent fire the best': where this body stands is said


@dataclass(frozen=True)
class RecentQuestion:
    """'latest 5 reports', 'what was published this month', 'reports since 1 June 2025'.

    period is relative ('this_month', 'last_month', 'this_year', 'last_year', 'this_week', 'last_week',
    'days:N') and is resolved against `now` when answering; since/until are ISO dates."""

    limit: int | None = None
    since: str | None = None
    until: str | None = None
    period: str | None = None
    kind: str | None = None
    count: bool = False


@dataclass(frozen=True)
class HistoryQuestion:
    """'how has West Midlands done over time': every round for one body."""

    name: str


@dataclass(frozen=True)
class CompareQuestion:
    """'compare norfolk, suffolk and essex': side by side, area by area (or on the one area asked)."""

    names: tuple[str, ...]
    round: str | None = None
    area: str | None = None
    place: Place | None = None  # 'compare the welsh forces': every body of `kind` there (names empty)
    kind: str = "police"


@dataclass(frozen=True)
class DefinitionQuestion:
    """'what does adequate mean', 'what areas are graded', 'what is police powers'."""

    topic: str  # grade | scale | areas | area | engage
    grade: str | None = None
    area: str | None = None
    kind: str = "police"
    round: str | None = None
    since: str | None = (
        None  # 'graded in 2021-22 that aren't in 2023-25': the areas of both, and what changed
    )


@dataclass(frozen=True)
class UnanswerableQuestion:
    """Text we understand no question in, or a topic the grades held here do not cover."""

    text: str
    topic: str = ""  # 'crime counts': what the question is about that is not held here


@dataclass(frozen=True)
class AreaQuestion:
    """'is thames valley any good at safeguarding': one body, one area.

    `test` holds the grades a yes/no phrasing asks about ('good at' -> good or better); empty when the
    question is not yes/no."""

    name: str
    area: str
    round: str | None = None
    test: tuple[str, ...] = ()


@dataclass(frozen=True)
class BodyGradesQuestion:
    """'which areas did cambridgeshire get inadequate in': one body's areas at the grades asked."""

    name: str
    grades: tuple[str, ...]
    round: str | None = None
    yes_no: bool = False
    pillar: str = ""  # 'effectiveness': only the areas of that pillar of a fire inspection
    every: bool = False  # 'were they adequate across the board': in every area, not in some


@dataclass(frozen=True)
class MonitoringQuestion:
    """'which forces are in engage', 'has the met ever been in special measures'."""

    name: str | None = None
    kind: str | None = None
    now: bool = False  # 'is X still in engage': asks about today
    year: str | None = None  # 'who left engage in 2025': only moves in or out in that year
    during: bool = False  # 'who was in engage during 2023': in it at any time that year, not moves
    place: Place | None = None  # 'which forces in the south west are in engage'
    negated: bool = False  # 'which forces are not in special measures': the bodies not in it now
    names: tuple[str, ...] = ()  # 'were glos police and glos fire both in it at the same time'
    pick: str | None = None  # 'which was in longest', 'the last to come out' (engage_words.PICK_WORDS)
    ended: bool = False  # with year and during: only the spells that had ended by the year's close
    only_now: bool = False  # 'which are currently in it, and since when': today's spells only
    since: str = ""  # with year: 'left' / 'entered' / 'any' from that year on ('who left engage since 2024')
    moved: str = ""  # with year: only moves out ('left') or in ('entered') that year ('who came out in 2024')
    never: bool = False  # with negated: 'which forces have never been in special measures', no spell at all


@dataclass(frozen=True)
class MovementQuestion:
    """'which forces got better at responding since 2021/22': grades for an area between two rounds."""

    area: str | None
    direction: str = "any"  # better | worse | any
    kind: str = "police"
    place: Place | None = None
    since: str | None = None
    until: str | None = None
    # only bodies with one of these grades in the earlier round ('from outstanding'), in the later ('to good')
    start: tuple[str, ...] = ()
    end: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutOfScopeQuestion:
    """'police scotland grades': a body HMICFRS does not inspect."""

    place: str


Question = (
    GradeQuestion
    | HelpQuestion
    | FilterQuestion
    | GradeCountQuestion
    | BodyCountQuestion
    | RankQuestion
    | RecentQuestion
    | HistoryQuestion
    | CompareQuestion
    | DefinitionQuestion
    | UnanswerableQuestion
    | AreaQuestion
    | BodyGradesQuestion
    | MonitoringQuestion
    | MovementQuestion
    | OutOfScopeQuestion
)
