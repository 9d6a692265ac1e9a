"""Text -> a typed question. Raises UsageError (with help) for text that is not a question we take."""

from __future__ import annotations

import re

from bot.questions.areas import AreaConcept, find_area
from bot.questions.dates import BEFORE, SINCE, YEAR, find_date, period_end
from bot.questions.kinds import (
    BodyCountQuestion,
    CompareQuestion,
    DefinitionQuestion,
    FilterQuestion,
    GradeCountQuestion,
    GradeQuestion,
    HelpQuestion,
    HistoryQuestion,
    Question,
    RankQuestion,
    RecentQuestion,
    UnanswerableQuestion,
    UsageError,
)
from bot.questions.names import Body, Directory
from bot.questions.words import POLICE_PATTERN, find_grades, find_place, mentions_fire

MAX_NAME_LENGTH = 100
_ROUND = re.compile(r"\b(?:in\s+)?(20\d\d)\s*[-/–—]\s*(?:20)?(\d\d)\b")


def extract_round(text: str) -> tuple[str, str | None]:
    """Pull a round like '2021/22' or '2023–25' out of text: ('kent', '2021-22')."""
    match = _ROUND.search(text)
    if not match:
        return text, None
    rest = (text[: match.start()] + text[match.end() :]).strip(" ,")
    return rest, f"{match.group(1)}-{match.group(2)}"


def parse_grade(text: str) -> GradeQuestion | HelpQuestion:
    """The text of `/grade`: a body name, optionally a round."""
    text = " ".join(text.split())
    if not text or text.lower() in {"help", "?", "-h", "--help"}:
        return HelpQuestion("grade")
    name, round_ = extract_round(text)
    if len(name) > MAX_NAME_LENGTH:
        raise UsageError("That's longer than any force or fire service name I know.")
    if not re.search(r"[A-Za-z]", name):
        raise UsageError("Give the name of a police force or fire and rescue service.")
    return GradeQuestion(name, round_)


# ---------------------------------------------------------------- plain-word questions (/inspections, mentions, DMs)

MAX_QUESTION_LENGTH = 300


class NameFinder:
    """Finds bodies named exactly in normalised text, longest name first, by word n-grams (fast)."""

    def __init__(self, directory: Directory):
        self.directory = directory
        self._keys: dict[str, Body] = {}
        for body in directory.bodies:
            for key in Directory._keys_for(body):
                self._keys.setdefault(key, body)
        self._longest = max((len(k.split()) for k in self._keys), default=1)

    def find(self, words: list[str]) -> list[tuple[int, int, Body]]:
        """(first word, end word, body) for every exact name, left to right, never overlapping."""
        found: list[tuple[int, int, Body]] = []
        i = 0
        while i < len(words):
            for n in range(min(self._longest, len(words) - i), 0, -1):
                body = self._keys.get(" ".join(words[i : i + n]))
                if body is not None:
                    found.append((i, i + n, body))
                    i += n
                    break
            else:
                i += 1
        return found


_finder_cache: dict[int, tuple[Directory, NameFinder]] = {}


def name_finder(directory: Directory) -> NameFinder:
    """One NameFinder per directory (directories are cached by answers.directory)."""
    cached = _finder_cache.get(id(directory))
    if cached is None or cached[0] is not directory:
        _finder_cache.clear()
        cached = (directory, NameFinder(directory))
        _finder_cache[id(directory)] = cached
    return cached[1]


_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b", re.I)
_HELP = {"help", "?", "-h", "--help", "what can you do", "what can i ask", "examples", "usage"}
_VERB = re.compile(r"^/?(grade|history|compare)\b\s*(.*)$", re.I | re.S)
_DEFINE_STRONG = re.compile(
    r"\b(?:mean|means|meaning|define|definition|defined|descriptions?\s+of)\b"
    r"|\b(?:what|which)\s+(?:areas|things|parts)\b|\bareas\s+(?:are\s+|get\s+|were\s+)?(?:graded|inspected|assessed)\b"
    r"|\bgrad(?:e|ing)\s+scale\b|\bwhat\s+(?:are\s+)?(?:the\s+)?(?:possible\s+)?grades\b|\bwhat\s+is\s+graded\b"
)
_WHAT_IS = re.compile(r"^(?:what\s+is|what\s+s|whats|what\s+are|explain|describe)\s+(?:an?\s+|the\s+)?(.*)$")
_HISTORY = re.compile(
    r"\b(?:over\s+time|history|historic|historical|every\s+round|all\s+rounds|each\s+round|track\s+record|"
    r"trend|trends|over\s+the\s+years|through\s+the\s+years|improved|improve|got\s+worse|changed|progress)\b"
)
_COMPARE = re.compile(r"\b(?:compare|comparison|versus|vs|v|against|side\s+by\s+side)\b")
_RANK = re.compile(
    r"\b(?:best|worst|top|bottom|rank|ranks|ranking|rankings|ranked|league\s+table|highest|lowest|"
    r"strongest|weakest|leading|poorest)\b"
)
_WORST = re.compile(r"\b(?:worst|bottom|lowest|weakest|poorest)\b")
_COLLECTIVE = re.compile(
    r"\b(?:which|who|list|forces|services|constabularies|brigades|fire\s+services|any|anyone|all|"
    r"everyone|anybody|somewhere|where)\b"
)
_HOW_MANY = re.compile(r"\b(?:how\s+many|number\s+of|count\s+of|count)\b")
_GRADES_NOUN = re.compile(r"\b(?:grades|ratings|gradings|areas)\b")
_REPORTS_NOUN = re.compile(r"\b(?:reports?|publications?|published|inspections)\b")
_TIME = re.compile(
    r"\b(?:published|publication|publications|new|newest|recent|recently|latest|last|since|this\s+month|"
    r"this\s+week|this\s+year|today|yesterday|came\s+out|released|out)\b"
)
_BODIES_NOUN = re.compile(r"\b(?:forces|services|constabularies|bodies|fire\s+services)\b|\bthere\b")
_PREVIOUS = re.compile(
    r"\b(?:last\s+time|previous\s+(?:round|report|inspection)|last\s+round|before\s+that)\b"
)
_NUMBER_WORDS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_LIMIT = re.compile(
    r"\b(?:latest|last|newest|recent|top|bottom|best|worst|first)\s+(\d{1,3}|"
    + "|".join(_NUMBER_WORDS)
    + r")\b|\b(\d{1,3}|"
    + "|".join(_NUMBER_WORDS)
    + r")\s+(?:latest|newest|most\s+recent|recent|best|worst|reports|forces|services)\b"
)
_RELATIVE = (
    (re.compile(r"\bthis\s+month\b"), "this_month"),
    (re.compile(r"\blast\s+month\b|\bprevious\s+month\b"), "last_month"),
    (re.compile(r"\bthis\s+year\b"), "this_year"),
    (re.compile(r"\blast\s+year\b"), "last_year"),
    (re.compile(r"\bthis\s+week\b"), "this_week"),
    (re.compile(r"\blast\s+week\b"), "last_week"),
    (re.compile(r"\btoday\b"), "days:1"),
)
_PAST_N = re.compile(
    r"\b(?:past|last)\s+(\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")\s+(days?|weeks?|months?)\b"
)
_FILLER = frozenset(
    """how did do does doing done is are was were the what whats which show me tell about grade grades graded
    grading rating ratings rated for of in at get got latest report reports inspection inspections peel please
    their its results result performance perform performed has have had on with a an and to by over time history
    compare vs versus v against side could can you i give list all every round rounds over did fare fared
    overall most recent new last previous current currently score scores scored how s been doing whole
    track record trend trends changed improved progress years year""".split()
)
_SEPARATORS = frozenset({"and", "vs", "versus", "v", "with", "against", "or", "to", "compare", "also"})


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _NUMBER_WORDS[text]


def _recent_question(original: str, norm: str, kind: str | None, count: bool) -> RecentQuestion:
    limit_match = _LIMIT.search(norm)
    limit = None
    if limit_match:
        limit = _number(limit_match.group(1) or limit_match.group(2))
    period = next((p for pattern, p in _RELATIVE if pattern.search(norm)), None)
    if m := _PAST_N.search(norm):
        n, unit = _number(m.group(1)), m.group(2).rstrip("s")
        period = f"days:{n * {'day': 1, 'week': 7, 'month': 30}[unit]}"
        limit = None
    since = until = None
    if period is None:
        found, at = find_date(original)
        if found:
            before = original[:at]
            if SINCE.search(before):
                since = found
            elif BEFORE.search(before):
                until = found
            else:  # 'in June 2025', 'in 2025': the whole period
                since, until = found, period_end(found)
    if limit is None and not (period or since or until):
        limit = 10
    return RecentQuestion(min(limit, 50) if limit else None, since, until, period, kind, count)


def _remainder(words: list[str]) -> str:
    return " ".join(w for w in words if w not in _FILLER)


def _compare_names(words: list[str], finder: NameFinder) -> tuple[str, ...]:
    """Every body named (exactly or not) in a compare question, in order."""
    names: list[str] = []
    found = finder.find(words)
    pos = 0
    pieces: list[tuple[int, str]] = []
    for start, end, body in found:
        pieces.append((start, body.id))
        pieces += _loose_pieces(words[pos:start], pos)
        pos = end
    pieces += _loose_pieces(words[pos:], pos)
    for _, name in sorted(pieces):
        if name not in names:
            names.append(name)
    return tuple(names)


def _loose_pieces(words: list[str], offset: int) -> list[tuple[int, str]]:
    pieces: list[tuple[int, str]] = []
    current: list[str] = []
    start = offset
    for i, w in enumerate(words + ["and"]):
        if w in _SEPARATORS or w in _FILLER:
            text = " ".join(current)
            if len(text) >= 3:
                pieces.append((start, text))
            current, start = [], offset + i + 1
        else:
            current.append(w)
    return pieces


def parse_question(text: str, directory: Directory) -> Question:
    """Free text as typed to /inspections, a mention or a DM -> a typed question. Pure: no clock, no store."""
    from bot.questions.names import normalise

    text = " ".join(text.split())
    if not text or text.lower().rstrip("?!. ") in _HELP:
        return HelpQuestion("inspections")
    if len(text) > MAX_QUESTION_LENGTH:
        raise UsageError(
            f"That's {len(text)} characters; I take questions of up to {MAX_QUESTION_LENGTH}.", "inspections"
        )
    if m := _VERB.match(text):
        verb, rest = m.group(1).lower(), m.group(2)
        if verb == "grade":
            return parse_grade(rest)
        rest, round_ = extract_round(rest)
        if verb == "history" and rest.strip():
            return HistoryQuestion(rest.strip())
        if verb == "compare":
            names = _compare_names(normalise(_POSSESSIVE.sub("", rest)).split(), name_finder(directory))
            if len(names) >= 2:
                return CompareQuestion(names, round_)
    stripped, round_ = extract_round(_POSSESSIVE.sub("", text))
    norm = normalise(stripped)
    words = norm.split()
    if not words:
        return UnanswerableQuestion(text)
    fire = mentions_fire(norm)
    kind = "fire" if fire else "police"
    if round_ is None and _PREVIOUS.search(norm):
        round_ = "previous"
    area, _ = find_area(norm, kind)
    grades, _ = find_grades(norm)
    finder = name_finder(directory)
    found = finder.find(words)
    bodies = [b for _, _, b in found]
    place, _ = find_place(norm)
    collective = bool(_COLLECTIVE.search(norm))

    # Definitions first: 'what does adequate mean' names a grade but asks no filter.
    if _DEFINE_STRONG.search(norm) or (
        (m := _WHAT_IS.match(norm)) and not bodies and _only_term(m.group(1), kind)
    ):
        return _definition(norm, kind, round_, grades, area)
    if _HOW_MANY.search(norm):
        if _REPORTS_NOUN.search(norm) and not grades and not area:
            return _recent_question(
                stripped, norm, kind if fire or POLICE_PATTERN.search(norm) else None, True
            )
        if _GRADES_NOUN.search(norm) and grades and not _BODIES_NOUN.search(norm):
            return GradeCountQuestion(grades, area.key if area else None, kind, place, round_)
        if grades:
            return FilterQuestion(area.key if area else None, grades, kind, place, round_, count=True)
        if not area:
            return BodyCountQuestion(kind, place)
    if _COMPARE.search(norm) or len(bodies) >= 2:
        names = _compare_names(words, finder)
        if len(names) >= 2 and not (collective and grades and len(bodies) < 2):
            return CompareQuestion(names, round_ if round_ != "previous" else None)
    if _HISTORY.search(norm) and len(bodies) <= 1 and not (collective and not bodies):
        name = bodies[0].id if bodies else _remainder(words)
        if name:
            return HistoryQuestion(name)
    if _RANK.search(norm) and (not bodies or collective or place):
        limit_match = _LIMIT.search(norm)
        limit = _number(limit_match.group(1) or limit_match.group(2)) if limit_match else 5
        best = not _WORST.search(norm)
        return RankQuestion(area.key if area else None, best, max(1, min(limit, 20)), kind, place, round_)
    if (grades or area) and (collective or not bodies or place):
        return FilterQuestion(area.key if area else None, grades, kind, place, round_)
    if len(bodies) == 1:
        return GradeQuestion(bodies[0].id, round_)
    if _REPORTS_NOUN.search(norm) or _TIME.search(norm) and (YEAR.search(stripped) or _PAST_N.search(norm)):
        return _recent_question(stripped, norm, kind if fire or POLICE_PATTERN.search(norm) else None, False)
    if _TIME.search(norm) and (re.search(r"\bwhat\b|\bwhats\b|\bnew\b", norm)):
        return _recent_question(stripped, norm, kind if fire else None, False)
    rest = _remainder(words)
    if 3 <= len(rest) <= 60 and len(rest.split()) <= 6 and not place:
        return GradeQuestion(rest, round_)
    return UnanswerableQuestion(text)


def _only_term(rest: str, kind: str) -> bool:
    """'what is adequate' / 'what is police powers': the rest names only a grade or an area."""
    rest = re.sub(r"\b(?:grade|grades|rating|area|an|a|the|mean|meant)\b", " ", rest).strip()
    if not rest:
        return False
    grades, spans = find_grades(rest)
    if grades and spans and spans[0] == (0, len(rest)):
        return True
    area, span = find_area(rest, kind)
    return bool(area and span == (0, len(rest)))


def _definition(
    norm: str, kind: str, round_: str | None, grades: tuple[str, ...], area: AreaConcept | None
) -> DefinitionQuestion:
    if re.search(r"\b(?:what|which)\s+(?:areas|things|parts)\b|\bareas\b|\bwhat\s+is\s+graded\b", norm):
        return DefinitionQuestion("areas", kind=kind, round=round_ if round_ != "previous" else None)
    if grades and len(grades) == 1:
        return DefinitionQuestion("grade", grade=grades[0], kind=kind)
    if area:
        return DefinitionQuestion("area", area=area.key, kind=kind)
    return DefinitionQuestion("scale", kind=kind)
