"""Two or three questions asked in one text, each written to stand alone: 'does durham record crime
properly and are they outstanding at anything', 'best and worst', 'police and fire', 'everything in
lancashire', 'the difference between adequate and good'. Pure: no clock, no store."""

from __future__ import annotations

import re

from bot.questions.dates import ROUND
from bot.questions.kinds import (
    GradeQuestion,
    HelpQuestion,
    OutOfScopeQuestion,
    Question,
    UnanswerableQuestion,
)
from bot.questions.names import Directory, normalise
from bot.questions.words import BOTH_KINDS

MAX_PARTS = 3
_QUIET = (HelpQuestion, UnanswerableQuestion, OutOfScopeQuestion)

# Where a second question starts: 'and are they ...', 'and what about ...', '? how did ...'
CLAUSE = re.compile(
    r"(?:\s+(?:and|but|also)\s+|\s*[?;]\s+(?:and\s+)?)(?=(?:is|are|r|was|were|did|does|do|has|have|had|how|hows|"
    r"what|whats|which|who|where|when|why|they|it|its|their|same|also|then|any|anything|engage|special\s+measures|"
    r"enhanced\s+monitoring|monitoring|got|get|went|date|dates|the\s+date|its\s+grades|their\s+grades|whether|"
    r"furthermore|confirm|state|say\s+whether|am\s+i\s+right|am\s+i\s+correct|is\s+it\s+true)\b)"
    # ', also ...', 'and also ...': a second question whatever its first word ('also getting the right people')
    r"|\s*,\s*(?:and\s+)?also\s+|\s+and\s+also\s+|\s+\+\s+(?=\w)",  # 'X grade + are they still in engage'
    re.I,
)
_PAIRS = (
    ("best", "worst"),
    ("strengths", "weaknesses"),
    ("strongest", "weakest"),
    ("best", "weakest"),
    ("strongest", "worst"),
)
_PAIR = re.compile(
    r"\b("
    + "|".join(sorted({a for a, _ in _PAIRS}))
    + r")\s+(?:and|&|or)\s+("
    + "|".join(sorted({b for _, b in _PAIRS}))
    + r")\b",
    re.I,
)
_EVERYTHING_IN = re.compile(
    r"\b(?:everything|everyone|every\s+service|all\s+(?:the\s+)?services|both\s+services|each\s+service)\s+"
    r"(?:in|for|of|at|from)\s+(?:the\s+)?",
    re.I,
)


_DIFFERENCE = re.compile(
    r"\b(?:difference|differences|diff)\s+between\s+(?:an?\s+|the\s+)?(.+?)\s+(?:and|&|vs|versus)\s+"
    r"(?:an?\s+|the\s+)?(.+?)[?.!]*$",
    re.I,
)

_GRADE_WORD = r"(outstanding|good|adequate|inadequate|requires\s+improvement|ri)"
# 'what distinguishes a grade of 'Adequate' from 'Requires improvement' under the HMICFRS framework'
_DISTINGUISH = re.compile(
    rf"\b(?:distinguish(?:es|ed)?|separates?|tells?\s+apart)\s+(?:an?\s+|the\s+)?(?:grade\s+of\s+)?['\"]?{_GRADE_WORD}['\"]?"
    rf"\s+(?:from|and)\s+(?:an?\s+|the\s+)?['\"]?{_GRADE_WORD}['\"]?[^,?.;]*",
    re.I,
)
_WHETHER = re.compile(r"^\W*whether\b", re.I)
_OF_THE_LIST = re.compile(r"\b(?:any|which|all|none|each|either)\s+of\s+(?:them|those|these)\b", re.I)
_FURTHER = re.compile(r"^\W*(?:and\s+)?(?:furthermore|also|then|additionally)?\W*", re.I)


def split(text: str, directory: Directory) -> list[str]:
    """Two or three questions asked in one text, each standing alone; one item when there is one question."""
    if m := _DIFFERENCE.search(text):  # 'the difference between adequate and good': each one's meaning
        return [f"what does {m.group(1)} mean", f"what does {m.group(2)} mean"]
    if m := _DISTINGUISH.search(text):  # 'what distinguishes adequate from RI …, and furthermore how many …'
        rest = _FURTHER.sub("", text[m.end() :]).strip(" ,;?")
        return [f"what does {m.group(1)} mean", f"what does {m.group(2)} mean", *([rest] if rest else [])]
    if pair := _PAIR.search(text):  # 'best and worst': each one
        return [text[: pair.start()] + w + text[pair.end() :] for w in (pair.group(1), pair.group(2))]
    if kinds := _both_kinds(text, directory):
        return kinds
    if same := _same_for_area(text):
        return same
    return _clauses(text, directory)


# "'best use of resources', which pillar is that under? and 'the right people'?": the question again, of that area
_AND_AREA = re.compile(
    r"\?\s*(?:and|also|&|what\s+about|how\s+about)\s+(?P<area>[^?]{3,60}?)\s*\?*\s*$", re.I
)


def _same_for_area(text: str) -> list[str]:
    from bot.questions.areas import find_area

    m = _AND_AREA.search(text)
    if not m:
        return []
    first = text[: m.start()]
    second = m.group("area").strip(" '\"‘’“”")
    for kind in ("police", "fire"):
        area, span = find_area(first, kind)
        other, at = find_area(second, kind)
        # the second part is the area and little else ('and the right people?')
        if area and span and other and at and other != area and len(second) - (at[1] - at[0]) <= 12:
            return [first.strip(" ?"), first[: span[0]] + second + first[span[1] :]]
    return []


def _both_kinds(text: str, directory: Directory) -> list[str]:
    """'how did everything in lancashire do', 'lancashire police and fire': the place's force and its fire
    service, each asked on its own."""
    m = BOTH_KINDS.search(text) or _EVERYTHING_IN.search(text)
    if not m:
        return []
    from bot.questions.parse import name_finder

    bare = (
        (text[: m.start()] + " " + text[m.end() :])
        if m.re is BOTH_KINDS
        else text[: m.start()] + text[m.end() :]
    )
    words = bare.split()
    names = name_finder(directory).find([normalise(w) or "_" for w in words])
    if len(names) != 1:
        return []
    start, end, body = names[0]
    place = " ".join(words[start:end])
    out = []
    for kind in ("police", "fire"):
        asked = " ".join([*words[:start], f"{place} {kind}", *words[end:]])
        found = name_finder(directory).find(normalise(asked).split())
        if any(b.kind == kind for _, _, b in found):
            out.append(asked)
    return out if len(out) == 2 else []


def _clauses(text: str, directory: Directory) -> list[str]:
    cuts = [m for m in CLAUSE.finditer(text)][: MAX_PARTS - 1]
    if not cuts:
        return [text]
    from bot.questions.context import follow
    from bot.questions.kinds import UsageError
    from bot.questions.parse import parse_question

    pieces, pos = [], 0
    for m in cuts:
        pieces.append(text[pos : m.start()].strip(" ,?"))
        pos = m.end()
    pieces.append(text[pos:].strip(" ,?"))
    out: list[str] = []
    asked: list[Question] = []
    try:
        for piece in pieces:
            if not piece:
                return [text]
            if out and _OF_THE_LIST.search(piece):
                return [
                    text
                ]  # '… and have any of those been in engage': of the first's answer (slack/leaning.py)
            piece = _their_other_kind(piece, out[-1], directory) if out else piece
            if out and _NOW_ELLIPSIS.match(piece):  # '... in 2022 and which are now': the first, asked of now
                piece = _YEAR_IN.sub(" ", out[-1]).strip() + " now"
            if (
                out
                and SAID_AGAIN.match(piece)
                and not re.search(r"\b(?:except|apart|but|other\s+than)\b", text, re.I)
            ):
                continue  # '… got outstanding for something didnt they? what was it': the first, asked again
            if out and _WHY_ALONE.match(piece):  # 'is lincs police in engage and why': why, of the first
                piece = "why " + _ASKED_NEGATIVELY.sub(
                    r"\1", out[-1]
                )  # ("didn't kent get …? why?": why it did)
            own = bool(_OWN_SUBJECT.match(piece)) and not _THERE.search(piece)  # ('who does fire there')
            standing = follow(piece, directory, out[-1]) if out and not own else piece
            if (
                out
                and (said := ROUND.search(out[0]))
                and not ROUND.search(standing)
                and not _NOW.search(piece)
            ):
                standing = (
                    f"{standing} in {said.group(1)}-{said.group(2)}"  # '... 2023-25 grades, and how many'
                )
            question = parse_question(standing, directory)
            body = _body_of(out[-1], directory) if out else ""
            if body and not own and (not _names_a_body(question, directory) or question in asked):
                # 'bucks frs protection grade and engage dates'; 'X response grade, also how many RIs'
                standing = f"{body} {piece}"
                question = parse_question(standing, directory)
            if isinstance(question, _QUIET) or not _solid(question, directory):
                return [text]
            if out and _WHETHER.match(piece) and isinstance(question, GradeQuestion):
                return [text]  # '… and whether that grade is stated or inferred': not its card again
            if question in asked:
                continue  # 'kent police newest inspection? anything from the new round': one question
            asked.append(question)
            out.append(standing)
    except UsageError:
        return [text]
    return out if len(out) > 1 else [text]


# A second question about a group of its own ('... and which forces are in engage'), not the first's body.
# 'which area was adequate', 'how many RIs overall' ask on about the first's body.
_NOW = re.compile(r"\b(?:now|currently|today|latest|these\s+days|at\s+the\s+moment|atm|still)\b", re.I)
_THERE = re.compile(r"\bthere\W*$|\b(?:that|the\s+same)\s+(?:place|town|city)\b", re.I)
_OWN_SUBJECT = re.compile(
    r"^(?:which(?!\s+(?:area|areas|one|grade|grades|was|were|did)\b)|who|list|rank|best|worst|top|compare|"
    r"what\s+are\s+the|how\s+many\s+(?:\w+\s+){0,2}?(?:forces|services|police|fire|bodies|frss|of\s+the)\b)\b",
    re.I,
)


# 'which forces were in special measures in 2022 and which are now': the first question again, of today
_NOW_ELLIPSIS = re.compile(
    r"^(?:which|who|what)?\s*(?:ones?\s+)?(?:(?:are|is|r)\s+(?:still\s+)?(?:now|today|currently|still|at\s+the\s+moment)"
    r"|still\s+(?:are|is|r)(?:\s+(?:now|today))?)(?:\s+in\s+it)?$",
    re.I,
)
SAID_AGAIN = re.compile(
    r"^(?:and\s+|so\s+)?(?:what|which|where)\s+(?:was|were|is|are)\s+(?:it|they|that|those|them)(?:\s+then)?[?!.]*$"
    r"|^(?:and\s+)?(?:what|which)\s+(?:one|ones|for)[?!.]*$"
    r"|^(?:is\s+(?:that|it|this)\s+(?:right|true|correct)|am\s+i\s+right|right)[?!.]*$"
    # '… outstanding for recording data 23-25 - list + count': the list says how many
    r"|^(?:and\s+)?(?:a\s+|the\s+)?(?:count|number|total|tally|how\s+many)(?:\s+(?:of\s+)?(?:them|those))?[?!.]*$",
    re.I,
)
_ASKED_NEGATIVELY = re.compile(r"(?i)^\W*(did|was|were|is|are|has|have|had|does|do)(?:n'?t|n’t)\b")
_WHY_ALONE = re.compile(r"^(?:and\s+)?why(?:\s+(?:so|not|is\s+that|was\s+that))?[?!.]*$", re.I)
_YEAR_IN = re.compile(r"\b(?:in|during|back\s+in)\s+20\d\d\b|\b20\d\d\b", re.I)

# 'and what about their fire service', 'our police': the other kind of body for the first half's place
_THEIR_KIND = re.compile(
    r"\b(?:their|our|its|the)\s+(?:local\s+)?(fire(?:\s+and\s+rescue)?(?:\s+service|\s+brigade)?|frs|"
    r"police(?:\s+force)?|force|constabulary)\b",
    re.I,
)
_KIND_WORDS = re.compile(r"\b(?:police|constabulary|fire|and|rescue|service|brigade|frs|county)\b", re.I)


def _their_other_kind(piece: str, first: str, directory: Directory) -> str:
    """'what about their fire service' after a question about Suffolk Constabulary: 'suffolk fire', when that
    names a body of the other kind; the piece unchanged otherwise."""
    m = _THEIR_KIND.search(piece)
    body = directory.by_id(_id_of(first, directory)) if m else None
    if m is None or body is None:
        return piece
    kind = "police" if m.group(1).lower().startswith(("police", "force", "constab")) else "fire"
    if kind == body.kind:
        return piece
    place = " ".join(_KIND_WORDS.sub(" ", body.name).split())
    other = directory.resolve(f"{place} {kind}").body
    if other is None or other.kind != kind:
        return piece
    return piece[: m.start()] + other.name + piece[m.end() :]


def _id_of(text: str, directory: Directory) -> str:
    from bot.questions.parse import parse_question

    name = getattr(parse_question(text, directory), "name", None)
    return name if isinstance(name, str) else ""


def _names_a_body(question: Question, directory: Directory) -> bool:
    name = getattr(question, "name", None)
    return bool(getattr(question, "names", ())) or (isinstance(name, str) and bool(directory.by_id(name)))


def _body_of(text: str, directory: Directory) -> str:
    """The name of the one body a question asks about, or ''."""
    from bot.questions.parse import parse_question

    name = getattr(parse_question(text, directory), "name", None)
    body = directory.by_id(name) if isinstance(name, str) else None
    return body.name if body else ""


def _solid(question: Question, directory: Directory) -> bool:
    """A question that names what it asks about: no loosely typed name left to ask back about."""
    name = getattr(question, "name", None)
    if isinstance(name, str) and not directory.by_id(name):
        return False
    return True
