"""Find everything a question names before deciding what it asks: bodies, areas, grades, places, rounds...

Bodies are found first and their words are taken out of the text, so a place or kind word inside a body's
own name ('North Wales Police', 'Hampshire Fire and Rescue') never becomes a filter. The rest of the text
is searched for areas, grades, places, rounds and the words that pick monitoring or movement questions.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass

from bot.questions.areas import AreaConcept, find_area
from bot.questions.dates import ROUND as _ROUND
from bot.questions.dates import moved_since, round_from_year
from bot.questions.kind_settle import KIND_WORDS as _KIND_WORDS
from bot.questions.kind_settle import kind_word_settles
from bot.questions.names import Body, Directory, normalise, plain_possessive
from bot.questions.place_words import blank_kind_words, cased_words, region_spans
from bot.questions.places import TownReading, is_place_word, read_towns
from bot.questions.topics import WELSH_FIRE, WELSH_PLACES, not_covered, off_topic, out_of_scope
from bot.questions.words import POLICE_PATTERN, Place, find_grades, find_place, mentions_fire

_ROUND_SINCE = re.compile(
    r"\b(?:since|from|between|than|compared\s+(?:to|with)|vs|versus)\s+"
    r"(?:(?:what\s+)?(?:it|they|we)\s+(?:was|were|did|got|had|scored)\s+)?"  # 'than it was in 21/22'
    r"(?:(?:the|in|its|their|our|his|her|last)\s+)?(?:(?:peel|inspection|report)\s+)?$",
    re.I,
)
# 'grades from the 2023-25 PEEL round': that round's, not since it ('from 2021-22 to 2023-25' is a movement)
_OF_THAT_ROUND = re.compile(
    r"(?i)[^\s,?]+\s+(?:peel\s+|fire\s+)?(?:round|report|inspection|assessment)\b(?!.{0,40}\b(?:to|until|till|onwards|vs|versus)\b)"
)
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b", re.I)


def _of_that_round(said: re.Match[str], text: str, match: re.Match[str]) -> bool:
    """'from the 2023-25 PEEL round' names that round's report, not where a movement starts."""
    return said.group(0).lower().startswith("from") and bool(_OF_THAT_ROUND.match(text, match.start()))


# A break between the pieces left when a body's words are taken out: no phrase matches across it.
_GAP = " , "

# Words that pick the kind of body right after a name: 'hampshire fire and rescue' is the fire service.
_FIRE_SUFFIX = ("fire and rescue service", "fire and rescue", "fire service", "fire", "frs")

# 'any good', 'do well', 'good at': asking how a named body did, not filtering by the grade Good.
_LOOSE_GOOD = re.compile(
    r"\b(?:any\s+good|how\s+good|do\s+well|did\s+well|does\s+well|doing\s+well|done\s+well|do\s+ok|"
    r"doing\s+ok|(?:is|are|was|were)\s+\w+(?:\s+\w+){0,3}\s+good\s+(?:at|on|for|in)|good\s+at|good\s+on)\b"
)
# 'need to improve', 'failing': requires improvement or worse.
_NEED_TO_IMPROVE = re.compile(
    r"\b(?:needs?\s+to\s+improve|needing\s+to\s+improve|have\s+to\s+improve|has\s+to\s+improve|"
    r"must\s+improve|should\s+improve|failing|struggling|poor|poorly|bad\s+at|badly|not\s+good\s+enough|"
    r"(?:rubbish|useless|terrible|awful|dreadful|crap|pants)\s+(?:at|on)|"
    r"bad\s+(?:ones?|areas?|grades?|bits?|marks?|results?|scores?)|low\s+(?:grades?|marks?|scores?)|"
    r"weak\s+(?:spots?|points?|areas?)|weakness(?:es)?|shortcomings?|failings|fall(?:s|en)?\s+short|"
    r"fell\s+short|falling\s+short|areas?\s+(?:for|of)\s+improvement|let\s+(?:themselves|itself)\s+down|"
    r"(?:got|get|were|was|been)\s+(?:hammered|slammed|slated|panned|criticised|criticized|blasted))\b"
)
# With one body named and no area: the body's own strengths or weak spots, as areas at a grade.
_STRENGTHS = re.compile(
    r"\b(?:strengths?|strong\s+(?:points?|areas?|spots?|suits?|at|in|on)|strongest|best\s+(?:at|areas?|grades?)|"
    r"(?:do|does|did)\s+best|excel(?:s|led)?|highest\s+grades?|good\s+at\s+anything|good\s+in\s+any|"
    r"(?:got|get|gets|getting|doing|done|do|does|did)\s+right)\b"
)
_WEAKEST = re.compile(
    r"\b(?:weakest|worst\s+(?:at|areas?|grades?)|lowest\s+grades?|do\s+worst|did\s+worst|"
    r"(?:got|get|gets|getting|doing|done|do|does|did|went|go|gone|going)\s+wrong)\b"
)
# 'what were X rated good at', 'where did X do well': which areas, not how the body did overall.
_WHICH_AREAS = re.compile(r"^(?:so\s+)?(?:what|whats|which|where|in\s+what|in\s+which|on\s+what)\b")


def _kind_in_name(typed: list[str], body: Body) -> bool:
    """The name as typed says its kind: 'kent police', 'essex fire', or a force's own initials ('gmp', 'tvp',
    'the met'), which no fire service goes by."""
    if _KIND_WORDS & set(typed):
        return True
    word = typed[0] if len(typed) == 1 else ""
    return body.kind == "police" and (word in ("met", "mps") or (2 <= len(word) <= 4 and word.endswith("p")))


RI_OR_WORSE = ("Requires improvement", "Inadequate")
GOOD_OR_BETTER = ("Outstanding", "Good")

MONITORING = re.compile(
    r"\b(?:engage|special\s+measures|enhanced\s+monitoring|monitoring|enhanced\s+scrutiny)\b"
)
# 'which areas should X improve' asks its weak spots; 'which areas did X improve in' how it moved
_IMPROVE_NEEDED = re.compile(r"^(?!.*\b(?:did|has|have|had)[\s,]+(?:\w+[\s,]+){0,4}improve\b).*\bimprove\b")
# 'what about 2021/22 when they were in special measures': a time named by Engage, the question is the round's
_WHILE_IN = re.compile(
    r"\b(?:when|while|whilst)[\s,]+(?:\w+[\s,]+){0,4}?(?:was|were|being|got)\s+(?:in|under|put\s+in|placed\s+in)\s+"
    r"(?:special\s+measures|engage|enhanced\s+monitoring)\b"
)
_BETTER = re.compile(
    r"\b(?:(?:got|get|gotten)\s+better|improved|improving|improvement\s+since|improvers?|upgraded|"
    r"(?:did|has|have|had)[\s,]+(?:\w+[\s,]+){0,4}improve|(?:went|moved|gone)\s+up|rose|(?:better|up)\s+since)\b"
)
_WORSE = re.compile(
    r"\b(?:(?:got|get|gotten)\s+worse|worsened|declined|declining|deteriorated|(?:went|gone|moved)\s+down|dropped|"
    r"fell|slipped|(?:worse|down)\s+since|decliners?|downgraded|(?:went|gone|go|going|slid|moved)\s+backwards?|"
    r"(?:went|gone|going)\s+downhill)\b"
)
_MOVED = re.compile(r"\b(?:changed|moved|movement|change\s+since|changes\s+since)\b")
_ORIGIN = re.compile(
    r"\b(?:moving|moved|relocating|relocated|coming|came|move)\s+(?:(?:there|here|over|down|up|back)\s+){0,2}from\s+"
    r"[a-z][\w'-]*(?:\s+(?:upon|on|under)\s+[a-z][\w'-]*)?",
    re.I,
)
_BOTH_ASKED = re.compile(
    r"(?i)\b(?:each|both|better|worse|compare\w*|vs|versus|than|difference|different|differ|same|which)\b"
)
_SERVICES = re.compile(
    r"(?<!ambulance )(?<!health )(?<!probation )(?<!prison )(?<!court )(?<!social )(?<!emergency )"
    r"(?<!public )(?<!nhs )\bservices\b"
)
_PERSON_MOVED = re.compile(
    r"\b(?:(?:i|we|i've|we've|ive|weve|i\s+have|we\s+have|just|recently|she|he|they've|mum|dad)\s+)+"
    r"(?:moved|moving|relocated)\b(?:\s+(?:down|up|over|back|out))?(?:\s+(?:here|there|to|from|in|house|home))?"
)
# 'is north yorks police good?', 'good or not', 'do they do a good job': how the body did overall
_OVERALL = re.compile(
    r"\b(?:good|ok|okay|any\s+good|decent|alright)(?:\s+(?:or\s+not|or\s+bad|overall|at\s+all|then|"
    r"these\s+days|now|nowadays))?\s*$|\bgood\s+job\b"
)
_GOT_GOOD = re.compile(r"\b(?:areas?|ones)\b|\b(?:got|get|gets|rated|graded)\s+(?:a\s+)?good\b")
_YES_NO = re.compile(r"^(?:so\s+)?(?:is|are|was|were|did|does|do|has|have|had)\b")
_STILL = re.compile(r"\bstill\b")


@dataclass(frozen=True)
class Entities:
    """What one question names, found before its kind is decided."""

    text: str  # as typed, spaces collapsed, possessives and rounds taken out
    norm: str  # normalised, every word
    rest: str  # normalised, the bodies' words taken out
    bodies: tuple[Body, ...]
    body_spans: tuple[tuple[int, int], ...]  # word spans in norm
    area: AreaConcept | None
    grades: tuple[str, ...]
    loose_good: bool  # 'any good', 'do well': a named body's performance, not a filter
    place: Place | None
    round: str | None
    since_round: str | None  # 'since 2021/22'
    kind: str  # police | fire: the body's kind, else the kind word, else police
    kind_word: bool  # the question said fire or police in words outside any name
    monitoring: bool
    movement: str | None  # better | worse | any
    yes_no: bool
    still: bool
    out_of_scope: str | None
    leftover: str  # words not taken by any entity (a name that matched no body exactly, maybe)
    out_of_scope_strong: bool = False  # the place or body outside wins over an area word
    bare_names: bool = False  # every body was named by its place alone ('kent', not 'kent police')
    off_topic: bool = False  # everyday words (the weather, travel, sport) and none about inspections
    typed: str = ""  # the question as typed
    towns: TownReading = TownReading()  # places people live named, and the bodies they stand for
    not_covered: str | None = None  # a topic no grade answers ('how many burglaries'): said so, never a card

    @property
    def words(self) -> list[str]:
        return self.norm.split()


def _rounds(text: str) -> tuple[str, str | None, str | None]:
    """Text without rounds; the round asked about; and the round named after 'since' or 'from'."""
    round_ = since = None
    for _ in range(2):
        match = _ROUND.search(text)
        if not match:
            break
        found = f"{match.group(1)}-{match.group(2)}"
        said = _ROUND_SINCE.search(text[: match.start()])
        if since is None and said and not _of_that_round(said, text, match):
            since = found
        elif round_ and since is None and found != round_:
            # two rounds named ('from inadequate in 2021-22 to good in 2023-25', '2021-22 vs 2023-25'):
            # the earlier is where the movement starts, the later the round asked about
            since, round_ = min(round_, found), max(round_, found)
        else:
            round_ = round_ or found
        text = (text[: match.start()] + " " + text[match.end() :]).strip(" ,")
    if round_ and since and since > round_:  # '2021-22 vs 2023-25': the movement starts at the earlier
        round_, since = since, round_
    year = moved_since(text) if since is None else None
    if year:
        since = round_from_year(year.group(1))
        text = (text[: year.start(1)] + " " + text[year.end(1) :]).strip(" ,")
    return text, round_, since


def find_bodies(words: list[str], directory: Directory, finder) -> list[tuple[int, int, Body]]:
    """Exact names, longest first; a name followed by a fire word becomes the fire service of that name."""
    found = finder.find(words)
    out: list[tuple[int, int, Body]] = []
    for start, end, body in found:
        if body.kind != "fire" and body.country != "Wales":  # no fire service of a Welsh name here
            tail = " ".join(words[end : end + 5])
            for suffix in _FIRE_SUFFIX:
                if tail == suffix or tail.startswith(suffix + " "):
                    resolved = directory.resolve(" ".join(words[start:end]) + " " + suffix)
                    if resolved.body is not None and resolved.body.kind == "fire":
                        body, end = resolved.body, end + len(suffix.split())
                    break
        if _is_place_here(words, start, end):
            continue
        out.append((start, end, body))
    return out


_PLACE_LEAD = frozenset({"in", "across", "around", "throughout"})


def _is_place_here(words: list[str], start: int, end: int) -> bool:
    """'forces in the West Midlands', 'west midlands region fire services': a body's name used as a region
    (after 'in', or before 'region'), so a place, not the body."""
    before = words[max(0, start - 2) : start]
    if words[end : end + 1] in (["region"], ["regions"]):
        place, span = find_place(" ".join(words[start:end]))
        return place is not None and span == (0, len(" ".join(words[start:end])))
    if not before or not (
        before[-1] in _PLACE_LEAD or before == ["in", "the"] or before[-2:] == ["across", "the"]
    ):
        return False
    place, span = find_place(" ".join(words[start:end]))
    return place is not None and span == (0, len(" ".join(words[start:end])))


def _without(words: list[str], spans: list[tuple[int, int]]) -> str:
    """The words outside the spans, with a break where each span was."""
    pieces: list[str] = []
    pos = 0
    for start, end in spans:
        pieces.append(" ".join(words[pos:start]))
        pos = end
    pieces.append(" ".join(words[pos:]))
    return _GAP.join(pieces).strip(" ,")


def _blank(text: str, span: tuple[int, int] | None) -> str:
    if span is None:
        return text
    return text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]


# This thread's last reading (text, directory, finder, entities): understanding and answering a place ask for
# it again (understand, place_questions), and threads answering at once never see each other's.
_last = threading.local()


def remembered(text: str, directory: Directory, finder=None) -> Entities | None:
    """This thread's last reading, if it was of this text (and finder, if given): asked for again at no cost."""
    last = getattr(_last, "reading", None)
    if last is None or last[0] != text or last[1] is not directory:
        return None
    return last[3] if finder is None or last[2] is finder else None


def find_entities(text: str, directory: Directory, finder) -> Entities:
    """Every entity the text names; `finder` is the directory's NameFinder."""
    if (last := remembered(text, directory, finder)) is not None:
        return last
    found = _find_entities(text, directory, finder)
    _last.reading = (text, directory, finder, found)
    return found


def _find_entities(text: str, directory: Directory, finder) -> Entities:
    text = " ".join(text.split())  # 'moving there from bristol': Bristol is not asked about, unless compared
    text = text if _BOTH_ASKED.search(text) else _ORIGIN.sub(" ", text)  # ('… better there?', '… in each')
    stripped, round_, since = _rounds(plain_possessive(_POSSESSIVE.sub("", text), directory, is_place_word))
    norm = normalise(stripped)
    words = norm.split()
    found = find_bodies(words, directory, finder)
    # 'yorkshire and the humber (fire)' is a region: a name starting inside it ('humber fire') names no body
    found = [
        f for f in found if not any(a <= f[0] < b for a, b in region_spans(words))
    ]  # ('humber and yorks')
    # places people live, in the words no body's name took: 'round worcester' is West Mercia Police
    towns = read_towns(words, cased_words(stripped), found, directory)
    found = sorted([*(f for f in found if f[0] not in towns.dropped), *towns.found], key=lambda f: f[0])
    welsh_fire = [f for f in found if _is_welsh_fire(words, f)]
    found = [f for f in found if f not in welsh_fire]
    found = kind_word_settles(words, found, _without(words, [(s, e) for s, e, _ in found]), directory)
    bodies: list[Body] = []
    for _, _, body in found:
        if body not in bodies:
            bodies.append(body)
    spans = [(s, e) for s, e, _ in found]
    rest = _without(words, spans)
    police_word = bool(POLICE_PATTERN.search(rest))
    # 'any of the east of england services outstanding': 'services' alone, with no police word, is fire's
    fire_word = mentions_fire(rest) or (not police_word and not bodies and bool(_SERVICES.search(rest)))
    kind = bodies[0].kind if bodies else ("fire" if fire_word else "police")
    area, area_span = find_area(rest, kind)
    if not bodies and not fire_word and not police_word:
        # 'which services are good at preventing fires': a fire area named in full picks the kind
        fire_area, fire_span = find_area(rest, "fire")
        if fire_span and (area_span is None or fire_span[1] - fire_span[0] > area_span[1] - area_span[0]):
            kind, area, area_span = "fire", fire_area, fire_span
    loose = bool(_LOOSE_GOOD.search(rest))
    need = _NEED_TO_IMPROVE.search(rest)
    scan = _blank(rest, area_span)
    if need:
        scan = _blank(scan, need.span())
        said, _ = find_grades(scan)  # 'failing ... who got inadequate': the grade said wins over 'failing'
        grades: tuple[str, ...] = said if said and set(said) <= set(RI_OR_WORSE) else RI_OR_WORSE
    else:
        grades, grade_spans = find_grades(scan)
        for span in grade_spans:
            scan = _blank(scan, span)
        overall = _OVERALL.search(rest) and not _GOT_GOOD.search(
            rest
        )  # ('which areas did X get good in 23-25')
        if (loose or overall) and bodies and grades == ("Good",):
            grades = ()
    if len(bodies) == 1 and area is None and not need:
        grades = _strengths_or_weak_spots(norm, rest, loose) or grades
    place, place_span = find_place(scan)
    scan = _blank(scan, place_span)
    if towns.found:  # 'compare police in leeds and sheffield': the kind words went with the places
        scan = blank_kind_words(scan)
    scan = _PERSON_MOVED.sub(" ", scan)  # 'just moved down here': the person moved house, not a grade
    movement = None
    if _BETTER.search(scan) or re.search(r"\bmost\s+improved\b", rest):
        movement = "better"
    if _WORSE.search(scan):
        movement = "any" if movement else "worse"
    if movement is None and (since or _MOVED.search(scan)):
        movement = "any" if since or _MOVED.search(scan) else None
    outside, strong = out_of_scope(rest)
    if towns.outside:  # a place in Scotland or Northern Ireland, or a Welsh place's fire service
        outside, strong = towns.outside, True
    in_wales = (place is not None and place.country == "Wales") or bool(WELSH_PLACES.search(rest))
    if welsh_fire or (fire_word and in_wales and all(b.kind != "fire" for b in bodies)):
        outside, strong = WELSH_FIRE, True
    return Entities(
        text=stripped,
        norm=norm,
        rest=rest,
        bodies=tuple(bodies),
        body_spans=tuple(spans),
        area=area,
        grades=grades,
        loose_good=loose,
        place=place,
        round=round_,
        since_round=since,
        kind=kind,
        kind_word=fire_word or police_word,
        monitoring=bool(MONITORING.search(_WHILE_IN.sub(" ", rest) if round_ else rest)),
        movement=movement,
        yes_no=bool(_YES_NO.search(norm)),
        still=bool(_STILL.search(rest)),
        out_of_scope=outside,
        leftover=" ".join(scan.replace(",", " ").split()),
        out_of_scope_strong=strong,
        bare_names=bool(found) and all(not _kind_in_name(words[s:e], b) for s, e, b in found),
        off_topic=off_topic(rest, _area_asked(rest, area_span, loose or bool(need))),
        typed=text,
        towns=towns,
        not_covered=not_covered(rest),
    )


def _area_asked(rest: str, span: tuple[int, int] | None, judged: bool) -> bool:
    """An area named as people ask about one: with 'good at' or 'need to improve', or in words that mean
    nothing else ('999 calls', 'stop and search'), not one plain word ('culture', 'staff')."""
    if span is None:
        return False
    words = rest[span[0] : span[1]]
    return judged or len(words.split()) >= 2 or any(c.isdigit() for c in words)


def _is_welsh_fire(words: list[str], found: tuple[int, int, Body]) -> bool:
    """'south wales fire and rescue': a Welsh police force's name followed by a fire word names a Welsh
    fire and rescue service, which HMICFRS does not inspect."""
    _, end, body = found
    tail = " ".join(words[end : end + 5])
    return (
        body.kind == "police"
        and body.country == "Wales"
        and any(tail == s or tail.startswith(s + " ") for s in _FIRE_SUFFIX)
    )


def _strengths_or_weak_spots(norm: str, rest: str, loose: bool) -> tuple[str, ...]:
    """One body, no area: 'what were X rated good at', 'X's strengths' -> good or better; 'where is X
    weakest' -> requires improvement or worse; else nothing."""
    if _STRENGTHS.search(rest) or (loose and _WHICH_AREAS.match(norm)):
        return GOOD_OR_BETTER
    if _WEAKEST.search(rest) or (_WHICH_AREAS.match(norm) and _IMPROVE_NEEDED.search(rest)):
        return RI_OR_WORSE
    return ()
