"""Grade statements in text: which area got which grade, the sentence that says so, and how sure the form of
the text makes it (a table row or "Area: Grade" line beats "rated good for", which beats "is good at")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.reader import frames
from bot.reader.area_lists import counted_back, cut, items_are_areas, items_before_are_areas
from bot.reader.columns import current_column
from bot.reader.counts import counted_last, lists_areas_to_improve, opens_their_list
from bot.reader.frames import EXPLICIT, PLAIN, STRUCTURED, frame_of, in_an_aside, not_given, then_and_now
from bot.reader.lexicon import GRADE_WORDS, STRUCTURED_ONLY, grade_of, slipped_grade
from bot.reader.phrases import Found, PhraseIndex
from bot.reader.text import Unit

MAX_QUOTE = 400

AreaIndex = PhraseIndex[tuple[str, ...]]


@dataclass(frozen=True)
class Statement:
    """One area's grade as one sentence of the text states it (area ids: every id the wording can mean)."""

    areas: tuple[str, ...]
    wording: str
    grade: str
    quote: str
    tier: int


_BULLET = re.compile(r"^\s*(?:[-*>•▪◦●·‣–—]+|\d+[.)]|[a-z][.)]|(?-i:o)(?=\s+(?-i:[A-Z])))\s+", re.I)
_EDGE = " \t'\".,;:()[]*-"
_HEADING_FILLER = {
    "areas", "area", "rated", "graded", "judged", "grade", "grades", "as", "in", "the", "following",
    "were", "was", "for", "assessed", "found", "to", "be", "of", "and", "we", "force", "service", "is",
    "other", "included", "include", "including", "also", "these", "which", "that", "namely", "are",
}  # fmt: skip
# After a grade, words that open a list of areas ("areas requiring improvement are: A; B; C")
_LIST_OPENS = re.compile(
    r"^\s*['\"]?\s*(?:areas?\s+|grade\s+|category\s+)?(?:was|were|are|is|include[sd]?|including|namely|:|-)"
    r"|^[^.]{0,40}?(?::|\s-\s|\bnamely\b)"
)


_PARENS = re.compile(r"\s*\([^)]*\)")


def _clean(text: str) -> str:
    return _BULLET.sub("", text).strip(_EDGE)


def _item(text: str) -> str:
    """A list item without its bullet and any explanation in brackets."""
    return _clean(_PARENS.sub("", text))


def _quote(text: str, at: int = 0) -> str:
    if len(text) <= MAX_QUOTE:
        return text
    start = max(0, min(at - MAX_QUOTE // 2, len(text) - MAX_QUOTE))
    return ("…" if start else "") + text[start : start + MAX_QUOTE].strip() + "…"


def _only_grade(text: str) -> str | None:
    """The grade a short text is, and nothing else ('Good', 'Requires improvement.', “Rated good:”)."""
    cleaned = _clean(text).lower()
    m = GRADE_WORDS.search(cleaned)
    if not m:
        return slipped_grade(cleaned)
    rest = (cleaned[: m.start()] + " " + cleaned[m.end() :]).replace(":", " ").strip(_EDGE).split()
    rest = [w.strip(_EDGE) for w in rest if w.strip(_EDGE)]
    if all(w in _HEADING_FILLER or w.isdigit() for w in rest):
        return grade_of(m.group(1))
    return None


_HEADING_END = re.compile(r"[:\-]\W*$")


def _list_heading(text: str, earlier_years: set[str]) -> str | None:
    """A sentence that ends by opening a list under one grade ("This means we are 'Good' at:")."""
    if len(text) > 200 or not _HEADING_END.search(text):
        return None
    grades = [m for m in _mentions(text.lower(), earlier_years, []) if m.usable]
    return grades[0].grade if len(grades) == 1 and len(GRADE_WORDS.findall(text.lower())) == 1 else None


def _areas_in(found: list[Found[tuple[str, ...]]], structured: bool) -> list[Found[tuple[str, ...]]]:
    return [f for f in found if structured or f.phrase.lower() not in STRUCTURED_ONLY]


def _is_area_line(text: str, index: AreaIndex) -> list[Found[tuple[str, ...]]]:
    """The areas a line names, when naming areas is all it does (a list item under a grade)."""
    if len(text) > 200:
        return []
    cleaned = _item(text)
    if len(cleaned) > 160:
        return []
    found = index.find(cleaned)
    if not found:
        return []
    letters = sum(c.isalpha() for c in cleaned)
    covered = sum(sum(c.isalpha() for c in f.phrase) for f in found)
    return found if letters and covered / letters >= 0.5 else []


def _statements(
    found: list[Found[tuple[str, ...]]], grade: str, quote: str, tier: int, structured: bool
) -> list[Statement]:
    return [st for f in _areas_in(found, structured) for st in _each_area(f, grade, quote, tier)]


def _each_area(f: Found[tuple[str, ...]], grade: str, quote: str, tier: int) -> list[Statement]:
    """One statement per area a wording names ('preventing and investigating crime' names two)."""
    if any("+" in a for a in f.value):
        both = [a for ids in f.value for a in ids.split("+")]
        return [Statement((a,), f.phrase, grade, quote, tier) for a in dict.fromkeys(both)]
    return [Statement(f.value, f.phrase, grade, quote, tier)]


def _table_row(unit: Unit, index: AreaIndex, header: list[str | None] | None) -> list[Statement]:
    cells = [c.strip() for c in unit.text.strip("|").split("|")]
    if header:
        out: list[Statement] = []
        for i, cell in enumerate(cells):
            grade = header[i] if i < len(header) else None
            if grade and cell:
                out += _statements(index.find(cell), grade, unit.text, STRUCTURED, True)
        return out
    grades = [(i, g) for i, c in enumerate(cells) if (g := _only_grade(c))]
    if len(grades) != 1:
        return []
    gi, grade = grades[0]
    found = [f for i, c in enumerate(cells) if i != gi for f in index.find(c)]
    if not found:
        texts = [c for i, c in enumerate(cells) if i != gi and c]
        return (_unknown_area(texts[0], grade, unit.text, index) or []) if len(texts) == 1 else []
    return _statements(found, grade, unit.text, STRUCTURED, True)


def _compared_row(
    cells: list[str], graded: list[str | None], labels: list[str], index: AreaIndex, quote: str
) -> list[Statement]:
    col = current_column(labels) if len(labels) == len(cells) else None
    grade = graded[col] if col is not None else None
    if grade is None:
        return []
    found = [f for i, c in enumerate(cells) if graded[i] is None for f in index.find(c)]
    return _statements(found, grade, quote, STRUCTURED, True)


_SPLIT_LINE = re.compile(r"\s*(?::|\s[-=]\s|\s-\s*in\b)\s*")


def _line_form(unit: Unit, index: AreaIndex) -> list[Statement] | None:
    """'Area: Grade', 'Area - Grade', 'Grade: area, area and area', 'Grade - in area and area' (split at the
    first separator or, for 'Kent Police - Responding to the public - Good', the last)."""
    text = _BULLET.sub("", unit.text).strip()
    seps = list(_SPLIT_LINE.finditer(text))
    for sep in dict.fromkeys(seps[:1] + seps[-1:]):
        left, right = text[: sep.start()], text[sep.end() :]
        if not left or not right:
            continue
        right_grade = _lead_grade(right)
        if right_grade and not _grade_outside_areas(left, index):
            found = index.find(left)
            if found:
                return _statements(found, right_grade, unit.text, STRUCTURED, True)
            return _unknown_area(left, right_grade, unit.text, index)
        left_grade = _only_grade(left)
        if left_grade and not _grade_outside_areas(right, index):
            found = index.find(right)
            if found:
                return _statements(found, left_grade, unit.text, STRUCTURED, True)
            return _unknown_area(right, left_grade, unit.text, index)
    return None


def _grade_outside_areas(text: str, index: AreaIndex) -> bool:
    """A grade word that is not part of an area's name ('Good use of resources' has none)."""
    spans = [(f.start, f.end) for f in index.find(text)]
    return any(not any(a <= m.start() < b for a, b in spans) for m in GRADE_WORDS.finditer(text.lower()))


_AREA_LIKE = re.compile(r"^[A-Za-z][A-Za-z ,&'/-]{2,90}$")
_NOT_AREAS = re.compile(
    r"\b(overall|grade|grades|graded|rating|published|date|summary|inspection|result|outcome|judge?ment|"
    r"report|police|constabulary|fire|rescue|service|force|hmicfrs|status|title|category|source)\b",
    re.I,
)


def _unknown_area(wording: str, grade: str, quote: str, index: AreaIndex) -> list[Statement] | None:
    """A grade stated in a structured place for words that name no area the store knows: an area's name
    typed with a slip, else a new round's area."""
    wording = _clean(wording)
    if not _AREA_LIKE.match(wording) or len(wording.split()) > 10 or _NOT_AREAS.search(wording):
        return None
    if (areas := index.nearest(wording)) is not None:
        return [Statement(areas, wording, grade, quote, STRUCTURED)]
    return [Statement((), wording, grade, quote, STRUCTURED)]


def _lead_grade(text: str) -> str | None:
    """A grade that a short right-hand side starts with ('Good', 'Good (up from adequate)')."""
    cleaned = _clean(text).lower()
    m = GRADE_WORDS.match(cleaned)
    if not m:
        return None
    rest = cleaned[m.end() :].strip(_EDGE)
    if rest and not rest.startswith(("(", "up from", "down from", "previously", "-")) and rest[0].isalpha():
        return None  # 'Good use of resources': the grade word starts an area's name
    return grade_of(m.group(1))


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    grade: str
    usable: bool  # not negated, not an earlier inspection's, followed as a grade is
    frame: int  # EXPLICIT, PLAIN, or 0 (none)
    forward: bool
    counted: bool  # "two are deemed adequate": a count, so only areas named after it can be its own
    listing: bool  # a list of areas follows it


def _mentions(
    low: str,
    earlier_years: set[str],
    areas: list[Found[tuple[str, ...]]],
    all_earlier: bool = False,
    reported: bool = False,
) -> list[_Mention]:
    out = []
    for m in GRADE_WORDS.finditer(low):
        if any(f.start <= m.start() < f.end for f in areas):
            continue  # "good use of resources" names an area, not a grade
        before, after = low[max(0, m.start() - 60) : m.start()], low[m.end() : m.end() + 60]
        said_earlier = frames.EARLIER_BEFORE.search(before)
        # minutes report in the past perfect ("the Service had been judged as good in"), and a text may name its
        # own inspection's year after: there "had been" is the report being presented, not an earlier one
        presented = reported and said_earlier is not None and said_earlier.group(1) == "had been"
        own_year = frames.own_year_after(low[m.end() : m.end() + frames.OWN_YEAR_REACH], earlier_years)
        earlier = said_earlier is not None and not (presented and not then_and_now(low) or own_year)
        after_earlier = frames.EARLIER_AFTER.match(after)
        if after_earlier:
            year = re.search(r"20\d\d", after_earlier.group())
            earlier = earlier or year is None or year.group() in earlier_years
        earlier = earlier or all_earlier or bool(frames.EARLIER_REPORT.search(low[: m.start()]))
        if not earlier and (told := frames.TOLD_AFTER.search(low, 0, m.start())):
            earlier = not frames.TURNS_TO_NOW.search(low, told.end(), m.start())
        negated = bool(frames.NEGATED.search(before[-30:]))
        follows = bool(frames.FOLLOWER.match(after))
        frame = frame_of(m.group(1), before, after)
        usable = not earlier and not negated and follows and not not_given(before, after)
        counted = bool(frames.COUNTED.search(before[-45:]))
        forward = bool(frames.FORWARD.match(after)) and not in_an_aside(before, after)
        listing = bool(_LIST_OPENS.match(after))
        out.append(
            _Mention(m.start(), m.end(), grade_of(m.group(1)), usable, frame, forward, counted, listing)
        )
    return out


def _prose(
    unit: Unit, index: AreaIndex, earlier_years: set[str], all_earlier: bool = False, reported: bool = False
) -> list[Statement]:
    low = unit.text.lower()
    every_area = index.find(unit.text, slips=True)
    mentions = _mentions(low, earlier_years, every_area, all_earlier, reported)
    framed = [m.frame for m in mentions if m.usable and m.frame]
    if not framed:
        return []
    tier = EXPLICIT if EXPLICIT in framed else PLAIN
    found = _areas_in(every_area, False)
    claimed: set[int] = set()
    out: list[Statement] = []
    for i, m in enumerate(mentions):
        if not m.usable:
            continue
        # "rising from requires improvement to adequate": the earlier grade does not end what came before
        prev = [p for p in mentions[:i] if p.usable]
        prev_end = prev[-1].end if prev else 0
        next_start = mentions[i + 1].start if i + 1 < len(mentions) else len(low)
        ahead = cut(low, m.end, next_start, True, m.listing or items_are_areas(low, m.end, next_start, found))
        behind = cut(low, prev_end, m.start, False, items_before_are_areas(low, prev_end, m.start, found))
        spans = [ahead] if m.counted else [ahead, behind] if m.forward else [behind, ahead]
        if m.counted and (back := counted_back(low, prev_end, m.start, found, claimed)) is not None:
            spans = back  # "areas such as A, B and C, with these three areas rated as X"
        after = mentions[i + 1] if i + 1 < len(mentions) else None
        if not m.forward and not m.counted and after and after.usable and not after.forward:
            # "A was rated 'outstanding', and B were graded as 'good'": B is the next grade's subject
            spans = [behind]
        for lo, hi in spans:
            here = [f for f in found if lo <= f.start and f.end <= hi and f.start not in claimed]
            if here:
                claimed.update(f.start for f in here)
                q = _quote(unit.text, m.start)
                out += [st for f in here for st in _each_area(f, m.grade, q, m.frame or tier)]
                break
    return out


def statements(
    units: list[Unit], index: AreaIndex, *, earlier_years: set[str], reported: bool = False
) -> list[Statement]:
    """Every grade statement in the text, in order (`reported`: the text is a meeting's minutes, told in
    reported speech)."""
    out: list[Statement] = []
    heading: tuple[str, str] | None = None  # (grade, heading text) while a list under it runs
    header: list[str | None] | None = None  # a table's header row of grades (columns are grades)
    about_earlier = False  # the last sentence was about an earlier inspection
    labels: list[str] = []  # the last table row of labels only ("Area | Previous grade | Current grade")
    pending: tuple[Unit, list[Found[tuple[str, ...]]]] | None = None  # an area line waiting for its grade
    last_count: tuple[str, str] | None = None  # (grade, sentence) when the sentence ended counting a grade
    last_grade: tuple[str, str] | None = None  # (grade, sentence) when the last sentence named one grade only
    to_improve: str | None = None  # the sentence that counted areas requiring improvement, if any did
    for i, unit in enumerate(units):
        waiting, pending = pending, None  # an area line waits one line for its grade, no longer
        if "|" in unit.text:
            cells = [c.strip() for c in unit.text.strip("|").split("|")]
            graded = [_only_grade(c) for c in cells]
            areas_named = any(index.find(c) for c in cells)
            if sum(g is not None for g in graded) >= 3 and not areas_named:
                header = graded
                continue
            if not any(graded):
                labels = cells if not areas_named else labels  # "Area | 2021/22 | 2023-25"
            elif sum(g is not None for g in graded) > 1 and not header:
                # a row comparing grades ("Preventing crime | Requires improvement | Good"): only the
                # column its header names as now is this report's; without one, nothing is read from it
                out += _compared_row(cells, graded, labels, index, unit.text)
                continue
            rows = _table_row(unit, index, header)
            if rows:
                out += rows
                continue
            header = None if not any(index.find(c) for c in cells) else header
        else:
            header = None
        grade = _only_grade(unit.text) if len(unit.text) <= 60 else None
        if grade and waiting:  # a table pasted a cell per line: "Area" then "Grade"
            quote = f"{_clean(waiting[0].text)}: {_clean(unit.text)}"
            out += _statements(waiting[1], grade, quote, STRUCTURED, True)
            heading = None
            continue
        grade = grade or _list_heading(unit.text, earlier_years)
        if grade:
            heading = (grade, _clean(unit.text))
            continue
        grade_next = i + 1 < len(units) and len(units[i + 1].text) <= 60 and _only_grade(units[i + 1].text)
        items = _is_area_line(unit.text, index) if heading or grade_next else []
        if heading and items:
            # an item that states its own grade ("Preventing fires - Requires improvement") keeps it: the
            # heading's grade ("five 'Good' ratings and six …:") is only for items that state none
            own = _line_form(unit, index) if GRADE_WORDS.search(unit.text.lower()) else None
            quote = f"{heading[1]}: {_clean(unit.text)}".replace("::", ":")
            out += own if own else _statements(items, heading[0], quote, STRUCTURED, True)
            continue
        heading = None
        low = unit.text.lower()
        has_grade = GRADE_WORDS.search(low)
        pending = (unit, items) if items and not has_grade else None
        counted, last_count = last_count, None
        named, last_grade = last_grade, None
        if named and not has_grade and (this := frames.THIS_GRADE.search(low)):
            # "…a grading of 'Adequate'… It has received this grade in relation to A, B and C"
            quote = _quote(f"{_clean(named[1])} {_clean(unit.text)}")
            out += _statements(index.find(unit.text[this.end() :]), named[0], quote, EXPLICIT, False)
            continue
        if to_improve and not has_grade and lists_areas_to_improve(low):
            quote = _quote(f"{_clean(to_improve)}. {_clean(unit.text)}")
            out += _statements(index.find(unit.text), "Requires improvement", quote, EXPLICIT, False)
            continue
        if counted and not has_grade and opens_their_list(low):
            # "…requires improvement in six. Those included A, B and C": the list is the count's
            quote = _quote(f"{_clean(counted[1])}. {_clean(unit.text)}")
            out += _statements(index.find(unit.text), counted[0], quote, EXPLICIT, False)
            continue
        if not has_grade:
            about_earlier = False
            continue  # most of a report: no grade word, nothing to read here
        # "It was also found to ..." goes on about the earlier report the sentence before was about
        continues = about_earlier and bool(frames.GOES_ON.match(low))
        about_earlier = continues or bool(frames.EARLIER_REPORT.search(low))
        if not about_earlier and (grade := counted_last(low)):
            last_count = (grade, unit.text)
            to_improve = unit.text if grade == "Requires improvement" else to_improve
        if not about_earlier and len(words := GRADE_WORDS.findall(low)) == 1:
            last_grade = (grade_of(words[0]), unit.text)
        line = _line_form(unit, index)
        if line is not None:
            out += line
            continue
        out += _prose(unit, index, earlier_years, continues, reported)
    return out
