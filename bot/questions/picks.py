"""Follow-ups that pick out of what the last answer showed: 'which of those three had an inadequate?',
'the worst of those?', 'which of the three is best on protection', 'the second one'.

The last answer showed several bodies (side by side, or a list). The pick is made on their grades as shown,
and written as a question that stands on its own, about the bodies picked. None: the text is no pick, or
nothing in the last answer fits (it is then left to the other follow-up rules, which say how they read it).
Pure: the grades come from the caller."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.questions.vocab import GRADES

# 'which of those', 'of them', 'which one', 'the inadequate one', 'the worst of those', 'the second one'
_FROM_LAST = re.compile(
    r"\b(?:which|what|who)(?:\s+one)?\s+of\s+(?:those|these|them|the\s+(?:two|three|four|five|six|\d+|lot))\b"
    r"|\b(?:of|among|amongst|out\s+of)\s+(?:those|these|them|the\s+(?:two|three|four|five|six|\d+))\b"
    r"|\bwhich\s+(?:one|ones)\b|\bthe\s+(?:[\w-]+\s+){0,2}ones?\b(?!\s+(?:of|in|for)\b)"
    # 'which was the inadequate?', 'who were the good ones': a grade said as the pick's noun
    r"|\b(?:which|who)\s+(?:was|were|is|are|got)\s+the\s+(?:outstanding|good|adequate|inadequate|ri|"
    r"requires\s+improvement)\b(?!\s+(?:at|for|in|on)\b)"
    # 'which was weakest', 'who did best': a superlative said of the last answer's bodies
    r"|^\W*(?:(?:and|so|ok|then)\s+)?(?:which|who)\s+(?:was|is|were|are|did|came\s+out|looks?)\s+(?:the\s+)?(?:worst|weakest|best|"
    r"strongest|lowest|highest|poorest)\W*$",
    re.I,
)
# 'the good one', 'the inadequate ones': one picked by a grade it was shown with
THE_ONE = re.compile(r"\bthe\s+(?:[\w-]+\s+){1,2}ones?\b", re.I)
_ORDINAL = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1}
_ORDINAL |= {"1st": 0, "2nd": 1, "3rd": 2, "4th": 3, "5th": 4}  # 'the 2nd one'
_NTH = re.compile(r"\bthe\s+(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+one\b", re.I)
_WORST = re.compile(r"\b(?:worst|weakest|poorest|lowest|bottom|least\s+good)\b", re.I)
_BEST = re.compile(r"\b(?:best|strongest|highest|top)\b", re.I)
_OVERALL = re.compile(r"\b(?:overall|in\s+all|all\s+round|across\s+the\s+board)\b", re.I)

_MOST = re.compile(
    r"\b(?:the\s+)?(most|fewest|least)\b(?!\s+(?:recent|recently|time|of\s+the\s+time)\b)", re.I
)

Grades = Callable[[str, "str | None"], tuple[str, ...]]  # (body id, area concept key or None) -> grades shown


def is_pick(text: str) -> bool:
    """Whether the follow-up picks out of the last answer's bodies."""
    return bool(_FROM_LAST.search(text) or _NTH.search(text))


_THE_ONE_SHOWN = re.compile(r"\bthe\s+one\s+(?:that|which|who|with)\b|\bthe\s+\w+\s+one\b", re.I)


def pick(
    text: str, shown: Sequence[str], grades: Grades, asked: tuple[str, ...], area: str | None
) -> tuple[str, ...] | None:
    """The ids of the bodies `text` picks out of `shown` (in the order shown); None when it picks on nothing
    it can see (no grade, superlative or ordinal) or `shown` has fewer than two bodies.

    `asked`: the grades the follow-up names; `area`: the area it is about (its own, or the last one's)."""
    if len(shown) < 2 or not is_pick(text):
        return None
    nth = _NTH.search(text)
    if nth:
        index = _ORDINAL[nth.group(1).lower()]
        return (shown[index],) if -len(shown) <= index < len(shown) else None
    if asked:
        matched = tuple(b for b in shown if set(grades(b, area)) & set(asked))
        if len(matched) == 1 and _THE_ONE_SHOWN.search(text):
            return (
                matched  # 'the one that was good': the one the answer showed so (unknowns were shown as such)
            )
        if any(not grades(b, area) for b in shown):
            return tuple(shown)  # some have no grade recorded there: all side by side, unknowns shown as such
        return matched
    worst, best = bool(_WORST.search(text)), bool(_BEST.search(text))
    if worst == best:
        return None
    on = None if _OVERALL.search(text) else area
    if on and any(not grades(b, on) for b in shown):
        return tuple(shown)  # 'which of them was best at X' with some not graded there: all, unknowns shown
    scored = {b: _score(grades(b, on), worst=worst) for b in shown}
    if not any(scored.values()):
        return None
    top = max(scored.values())
    return tuple(b for b in shown if scored[b] == top)


def _score(grades: tuple[str, ...], *, worst: bool) -> tuple[int, ...]:
    """Worst first: the most inadequate grades, then requires improvement, ...; best first: the most
    outstanding, then good, ... (counts of the grades shown, so a body with none shown scores nothing)."""
    order = tuple(reversed(GRADES)) if worst else GRADES
    return tuple(grades.count(g) for g in order)


def written(picked: tuple[str, ...], asked: tuple[str, ...], area_words: str, round_: str | None) -> str:
    """The pick as a question that stands alone: one body's area or grades, or the picked side by side."""
    when = f" {round_}" if round_ else ""
    if len(picked) == 1:
        body = picked[0]
        if area_words:
            return f"{body} {area_words}{when}"
        if asked:
            return f"which areas did {body} get {' or '.join(g.lower() for g in asked)} in{when}"
        return f"grade {body}{when}"
    if asked:  # 'which one was inadequate on recording data': those of them at that grade, not all compared
        from bot.questions.among import among_text

        return among_text(list(picked), " or ".join(g.lower() for g in asked), area_words, round_)
    on = f" on {area_words}" if area_words else ""
    return f"compare {', '.join(picked)}{on}{when}"


# 'which had the most?', 'who got the most inadequates': said alone after a list, a pick out of it
_MOST_ALONE = re.compile(
    r"^\W*(?:(?:and|so|ok)\s+)?(?:which|who|what)(?:\s+one)?\s+(?:had|has|have|got|gets|received)\s+(?:the\s+|teh\s+)?"
    r"(?:most|fewest|least)(?:\s+\w+)?\W*$",
    re.I,
)


# 'the one that wasn't RI - rest of its grades', 'its other grades', 'the full card': every area of the pick
REST_OF = re.compile(
    r"\b(?:rest\s+of\s+(?:their|its|the|his|her|thier|that|this)\s+(?:(?:\d{2,4}[-/]\d\d|peel|latest|last|previous)\s+){0,2}"
    r"(?:areas?|grades?|report|card|results?)|"
    r"(?:their|its|the|thier)\s+other\s+(?:areas?|grades?)|full\s+(?:card|picture|grades|report|breakdown|rundown|list)|"
    r"what\s+else\s+(?:did|does|has|have)\s+(?:it|they|\w+)\s+(?:get|got|score|scored))\b"
    # 'what were the rest' after one body's area: its other grades
    r"|^\W*(?:(?:and|ok|so)\s+)?(?:what\s+(?:were|are|was|about)\s+|(?:show|give)\s+(?:me\s+)?)?(?:all\s+)?the\s+rest"
    r"(?:\s+of\s+(?:them|it))?(?:\s+(?:then|pls|please))?\W*$"
    # 'link pls', 'the report link?', 'url': the card, which links the report
    r"|^\W*(?:(?:and|ok|so|can\s+i\s+(?:get|have))\s+)?(?:the\s+|a\s+)?(?:report\s+)?(?:link|url)s?"
    r"(?:\s+(?:pls|plz|please|to\s+(?:it|that|the\s+(?:20\d\d(?:[-/]\d\d)?\s+)?report)(?:\s+(?:pls|plz|please))?))?\W*$"
    r"|^(?!.*\b(?:police|fire|force|service|brigade|constabulary|one)\b)(?:\W*[\w']+){0,3}?\W*\b(?:link|url)s?\b"
    r"(?:\W+[\w']+){0,4}\W*$",
    re.I,
)


_AT = re.compile(
    r"\bthe\s+(first|second|third|fourth|fifth|last|top|bottom|1st|2nd|3rd|4th|5th)\s+one\b", re.I
)


def position(text: str) -> int | None:
    """'the top one', 'the second one', 'the bottom one': its place in the list shown (0 first, -1 last)."""
    m = _AT.search(text)
    if m is None:
        return None
    word = m.group(1).lower()
    return {"top": 0, "bottom": -1}.get(word, _ORDINAL.get(word))


def most_alone(text: str) -> bool:
    return bool(_MOST_ALONE.match(text))


def most_of(text: str, grades: tuple[str, ...], noun: str, round_: str | None) -> str | None:
    """'which of those has the most' after a list of the bodies with a grade: the bodies ranked by how many of
    that grade each got (its top is the pick), as a question that stands alone; None when it isn't that."""
    m = _MOST.search(text)
    if m is None or len(grades) != 1:
        return None
    if not (is_pick(text) or most_alone(text) or re.search(r"\bwho\b", text, re.I)):
        return None
    most = "most" if m.group(1).lower() == "most" else "fewest"
    if re.search(
        r"\b(?:which|what|who)\s+(?:one|force|service|brigade|constabulary|has|is|was)\b", text, re.I
    ) and noun.endswith("s"):
        noun = noun[:-1]  # 'which one got the most': the one at the top, whose grades a follow-up then asks
    return f"which {noun} got the {most} {grades[0].lower()} grades" + (f" in {round_}" if round_ else "")


_PUBLISHED = re.compile(
    r"\b(?:published|out|came\s+out|released|reported|inspected|report(?:ed)?)\b.{0,20}\b(first|earliest|"
    r"most\s+recent(?:ly)?|latest|last|newest)\b|\b(first|earliest|most\s+recent|latest|last|newest|oldest)\b.{0,25}"
    r"\b(?:published|out|came\s+out|released|report|inspected)\b",
    re.I,
)


def by_date(text: str) -> str | None:
    """'which of those was published first' -> 'first'; '... most recently' -> 'last'; else None."""
    m = _PUBLISHED.search(text)
    if m is None or not is_pick(text):
        return None
    word = (m.group(1) or m.group(2) or "").lower()
    return "first" if word in ("first", "earliest", "oldest") else "last"


_OF_ONE = re.compile(
    r"^\W*(?:(?:and|so|ok)\s+)?(?:what(?:'?s|\s+is|\s+was|\s+were|\s+are|\s+about)\s+)?(?:the\s+|their\s+|its\s+)?"
    r"(worst|weakest|best|strongest|lowest|highest)\s+"
    r"(?:ones?|of\s+(?:those|them|these|it)|bits?|areas?|things?|grades?|parts?)"
    r"(?:\s+(?:they|it)\s+(?:do|does|did|got|get|gets|has|have|had))?"  # 'the best thing they do'
    r"(?:\s+(?:in|from)\s+the\s+(?:latest|last|newest|most\s+recent)(?:\s+(?:one|report|round|inspection))?)?\W*$",
    re.I,
)


def extreme_of_one(text: str) -> str | None:
    """'the worst of those?', 'and the good ones?' after one body's grades: 'worst' or 'best'; else None."""
    m = _OF_ONE.match(text)
    if not m:
        return None
    return "worst" if m.group(1).lower() in ("worst", "weakest") else "best"
