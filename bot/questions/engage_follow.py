"""Follow-ups after an enhanced monitoring (Engage) answer, written as questions that stand alone: a body named
('and london fire brigade?' is its spells), another year ('and the year before?'), the other kind ('and fire
services?'), the list again ('is that the only one?'), and one spell picked out or today's spells ('which of
those was in longest', 'since when'). Pure."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.questions.engage_words import PICK_WORDS, follow_list, pick_of
from bot.questions.why_words import asks_why

if TYPE_CHECKING:
    from bot.questions.counterparts import Counterparts
    from bot.questions.entities import Entities
    from bot.questions.kinds import MonitoringQuestion
    from bot.questions.names import Directory

_NOUNS = {"police": "police forces", "fire": "fire and rescue services"}
MAX_WORDS = 12
_YEAR_BEFORE = re.compile(
    r"\b(?:the\s+)?(?:year|yr)\s+before\b|\bprevious\s+year\b|\blast\s+year\b|\byear\s+earlier\b"
)
_YEAR_AFTER = re.compile(r"\b(?:the\s+)?(?:year|yr)\s+after\b|\bnext\s+year\b|\bfollowing\s+year\b")
_YEAR = re.compile(r"\b(20\d\d)\b(?!\s*[-/]\s*\d)")
_AGAIN = re.compile(
    r"^\W*(?:(?:and|so|ok)\s+)?(?:is\s+(?:that|it)\s+(?:the\s+only\s+one|it|all)|just\s+(?:that|those|them)(?:\s+\w+)?|"
    r"(?:any|are\s+there\s+any)\s+others?|only\s+(?:that|them|those)(?:\s+\w+)?|no\s+(?:one|body)\s+else|"
    # 'you sure? what date exactly': the same spells again, dated
    r"(?:(?:are\s+)?(?:you|u)\s+sure\W+)?(?:what|which)\s+(?:date|day)s?(?:\s+(?:exactly|precisely))?)\W*$"
)
_ONLY_ONE = re.compile(r"\b(?:the\s+only\s+(?:one|force|service)|only\s+one|anyone\s+else|any\s+others?)\b")
# 'when did bucks go in and come out', 'its dates': one body's spells, said without naming Engage
_IN_OR_OUT = re.compile(
    r"\b(?:go|goes|going|went|gone|put|placed|come|came|coming|got|get|taken|moved|end(?:ed)?\s+up)\s+(?:in|into|out)\b|"
    r"\b(?:leave|left|exit(?:ed)?|enter(?:ed)?)\W*$|\b(?:exit|exits|entry|release|released)\b|"
    r"\b(?:dates?|since\s+when)\W*$|\bhow\s+long\b|\bstory\b|\bwhat\s+happened\b"
)
_TOO = re.compile(r"\b(?:too|as\s+well|also)\W*$")  # 'lfb too?': the same question of another body
_OUT_ALONE = re.compile(r"^\W*(?:and\s+|so\s+)?(?:out|in|came\s+out|left|exit(?:ed)?|when\s+out)\W*$")
_STILL = re.compile(r"\b(?:still|now|currently|at\s+the\s+moment|atm|today)\b")
# 'police forces that left engage', 'which other fire services were in it': a group of its own, asked afresh
_OWN_GROUP = re.compile(
    r"\b(?:forces|services|brigades|constabularies)\s+(?:that|which|who)\b|"
    r"\b(?:which|what|list|any|how\s+many)\s+(?:other\s+|others?\s+)?(?:police\s+|fire\s+(?:and\s+rescue\s+)?)?"
    r"(?:forces|services|brigades|constabularies|ones)\b|^\W*(?:is|are|has|was)\s+(?:any(?:one|body)|any\s+others?)\b"
    # 'so whos actually in engage right now': everyone in it
    r"|\bwho(?:s|\s+s|\s+is|\s+are)?\s+(?:actually\s+|still\s+|currently\s+|even\s+)?in\s+(?:it|engage|there|special|enhanced)\b"
)
_HOW_MANY = re.compile(r"\bhow\s+many\b")  # 'how many have been in it ever'
_IN_IT = re.compile(r"\bin\s+(?:it|there|that|them)\b|\b(?:go|went|been|gone)\s+through\s+(?:it|that)\b")
# Engage said as 'it' ('which ones came out of it since 2024', 'have been in there'), where it names no body
_IT_ENGAGE = re.compile(r"(?i)\b(in|into|out\s+of|left)\s+(?:it|there)\b(?!\s+too)")
_NOW = re.compile(r"\b(?:now|still|currently|atm|rn|today)\b")
_WHAT_GOT = re.compile(
    r"\bwhat\s+(?:did|do|does|have|has)\s+(?:\w+\s+){1,4}?(?:get|got|score|scored|receive|achieve)\b(?!\s+(?:put\s+)?(?:in|into|out)\b(?!\s+(?:the|their|its|there)\b))"
)
_GRADES_ASKED = re.compile(r"\b(?:grades|area\s+by\s+area|grade\s+by\s+grade)\b")
_ROUND_SPAN = re.compile(r"\b20\d\d\s*[-/–]\s*(?:20)?\d\d\b|\bround\b")
_BARE = re.compile(r"^\W*(?:and|what\s+about|how\s+about|or|same\s+for|ok\s+and|now)\b", re.I)
_OTHER_TOPIC = re.compile(
    r"\b(?:grades?|graded|rated|ratings?|results?|overall|card|scores?|report|inspections?|peel|good|outstanding|"
    r"adequate|inadequate|why|better|worse|compare|compared|comparison|stack\s+up|versus|vs|cover|covers|covered|serves|served|improv(?:e|ed|ing)|how\s+(?:did|does|do|is|are|was|were))\b"
)


def engage_text(question: MonitoringQuestion, names: dict[str, str]) -> str:
    """The Engage question in words that stand alone; `names`: body id -> name, for the bodies it names."""
    if question.names:
        return f"were {' and '.join(names.get(n, n) for n in question.names)} in engage at the same time"
    if question.name:
        who = names.get(question.name, question.name)
        if question.year and not question.during:
            return f"did {who} move into or out of engage in {question.year}"
        return f"has {who} been in engage"
    noun = _NOUNS.get(question.kind or "", "police forces and fire and rescue services")
    where = f" in {question.place.label}" if question.place else ""
    if question.pick:
        among = ""
        if question.year and question.during:
            among = f" that were in engage during {question.year}"
        elif question.year:
            among = f" that moved into or out of engage in {question.year}"
        return f"of the {noun}{where}{among}, {PICK_WORDS[question.pick]}"
    if question.year and question.during:
        ended = f" and had left it by the end of {question.year}" if question.ended else ""
        return f"which {noun}{where} were in engage during {question.year}{ended}"
    if question.year:
        return f"which {noun}{where} moved into or out of engage in {question.year}"
    if question.only_now:
        return f"which {noun}{where} are in engage now"
    return f"which {noun}{where} have been in engage"


# a body named and nothing else asked: 'and london fire brigade?', 'LFB too?', 'what about the met'
_NAME_ALONE = re.compile(  # ('what about the city of london force', 'X - same story?': the name, said alone)
    r"^\W*(?:(?:and|what|about|how|or|too|then|the|as|well|ok|so|also|force|police|constabulary|service|brigade|"
    r"lot|one|same|story|again|likewise|deal|situation|there|for|them|it)\b\W*)*$",
    re.I,
)
# 'X - same story?': the name said as the same again
_SAME = re.compile(r"\b(?:same|likewise|story|situation|deal)\b")
_BARE_WHY_WORDS = 4  # 'why wiltshire?', 'and why devon and cornwall' after Engage
# a kind word no name of that kind has: "and A&S's fire services?" asks of the other kind
_OTHER_KIND = {
    "police": re.compile(r"\b(?:fire|frs|brigades?)\b"),
    "fire": re.compile(r"\b(?:police|constabulary|force|cops)\b"),
}


def engage_move(text: str, question: MonitoringQuestion, new: Entities, names: dict[str, str]) -> str | None:
    """The question `text` asks after the Engage `question`, standing alone; None when it is no such move."""
    norm = " ".join(text.lower().split())
    if len(new.bodies) == 1 and len(norm.split()) <= _BARE_WHY_WORDS and asks_why(text) and not new.area:
        if new.bodies[0].kind == question.kind or not question.kind:
            return f"why is {new.bodies[0].id} in engage"  # 'why wiltshire?' after Engage: why it went in
    if (
        len(norm.split()) > MAX_WORDS
        or new.area
        or new.grades
        or _OTHER_TOPIC.search(new.rest)
        or (new.round and _ROUND_SPAN.search(norm))  # 'what did wmp get in 2023-25': its grades that round
        or _WHAT_GOT.search(norm)  # 'what did cleveland get in their latest one': its grades
        or _GRADES_ASKED.search(norm)  # 'ok and our grades in that inspection round, area by area'
        or new.not_covered
    ):
        return None  # ('and how many officers does the met have now': a question of its own, refused)
    if asks_why(text) and not new.bodies and question.name:
        return None  # 'when did it go in and why': the reasons on record (moves.py)
    if new.monitoring and _OWN_GROUP.search(norm):
        return " ".join(
            text.split()
        )  # 'and police forces that left engage since 2024?': a question of its own
    if _OWN_GROUP.search(norm) and re.search(r"\bsince\s+(?!when\b)", norm) and _IT_ENGAGE.search(text):
        said = engage_for_it(" ".join(text.split()))  # 'which ones came out of it since 2023'
        return re.sub(r"\bones\b", _NOUNS[question.kind], said) if question.kind in _NOUNS else said
    if (
        _OWN_GROUP.search(norm)
        and _IN_IT.search(norm)
        and _NOW.search(norm)
        and not (new.bodies or new.kind_word)
    ):
        # 'is anybody still in it now': the spells under way, of every body
        return engage_text(replace(question, name=None, names=(), pick=None, only_now=True, kind=None), names)
    if (
        (_OWN_GROUP.search(norm) or _HOW_MANY.search(norm))
        and _IN_IT.search(norm)
        and not new.bodies
        and not _NOW.search(norm)
    ):
        # 'any other forces in it?': every spell of the kind
        kind = new.kind if new.kind_word else question.kind
        spells = replace(question, name=None, names=(), pick=None, kind=kind, only_now=False)
        return engage_text(spells, names)
    if new.bodies and _ONLY_ONE.search(norm) and not question.name and not question.names:
        # 'is that the only one? I thought Notts was in it too': every spell of the list's kind, theirs too
        return engage_text(replace(question, only_now=False, pick=None), names)
    if new.bodies:
        if (
            question.name
            and len(new.bodies) == 1
            and new.bodies[0].id != question.name
            and _NAME_ALONE.match(new.rest)
        ):
            # 'and london fire brigade?' after one body's Engage: its spells, and its grades
            body = new.bodies[0].name
            return f"has {body} been in engage? and what are {body}'s grades"
        if _OTHER_KIND[new.bodies[0].kind].search(norm) and not new.monitoring:
            return None  # "and A&S's fire services?": the other kind's, covering that body's area (moves.py)
        if (
            question.kind
            and new.bodies[0].kind != question.kind
            and not (new.monitoring or _TOO.search(norm))
        ):
            return None  # 'and lincs fire?' after the force's Engage: the other kind's grades (moves.py)
        if len(new.bodies) == 1 and asks_why(text) and (new.monitoring or _IN_OR_OUT.search(norm)):
            return f"why is {new.bodies[0].id} in engage"  # 'sorry I meant glos, why did they go in'
        if len(new.bodies) == 1 and (
            _BARE.match(norm) or new.monitoring or _IN_OR_OUT.search(norm) or _TOO.search(norm)
        ):
            who = replace(question, name=new.bodies[0].id, names=(), pick=None)
            if re.search(r"\bhow\s+long\b", norm):  # 'how long was the met in for': its whole spell
                who = replace(who, year=None, during=False, since="", moved="", ended=False)
            return engage_text(who, {})  # by id, as moves write
        return None
    kind = new.kind if new.kind_word else question.kind
    if not question.name and not question.names:
        if pick := pick_of(norm):  # 'which of those was in longest': of the list as asked, its year kept
            return engage_text(replace(question, pick=pick, kind=kind, only_now=False), names)
        picked = follow_list(text, kind, question.place.label if question.place else None)
        if picked:
            return picked
    if question.name and _OUT_ALONE.match(norm):
        return engage_text(replace(question, pick=None), names)  # 'and out?': the same body's spells, dated
    if _AGAIN.match(norm):
        return engage_text(question, names)  # 'is that the only one?': the same list, everyone on it
    year = _year(norm, question.year)
    if (
        year == question.year
        and kind == question.kind
        and not (_STILL.search(norm) and not question.only_now)
    ):
        return None  # ('which are still in' after every spell: today's spells, below)
    if question.name and kind != question.kind:
        return None  # a body's spells, then 'and fire services?': a list of its own
    # 'and police forces still in it?', and 'and police?' after who is in it now
    now = (bool(_STILL.search(norm)) or question.only_now) and year == question.year and not question.year
    changed = replace(question, year=year, kind=kind, during=question.during and bool(year), only_now=now)
    if now:
        changed = replace(changed, pick=None)
    return engage_text(changed, names)


def _year(norm: str, year: str | None) -> str | None:
    if m := _YEAR.search(norm):
        return m.group(1)
    if year and len(year) >= 4 and year[:4].isdigit():
        if _YEAR_BEFORE.search(norm):
            return str(int(year[:4]) - 1)
        if _YEAR_AFTER.search(norm):
            return str(int(year[:4]) + 1)
    return year


def of_the_kind(
    new: Entities, kind: str | None, counterparts: Counterparts, directory: Directory
) -> Entities:
    """The follow-up's bodies, of the Engage answer's kind unless it says otherwise: 'when did bucks go in'
    after the fire services' spells is Buckinghamshire's fire service, not the force policing Bucks."""
    from bot.questions.counterparts import kept_kind

    if kind != "fire" or new.kind_word:
        return new
    if new.bodies:
        return replace(new, bodies=kept_kind(new, kind, counterparts, directory))
    if new.place is None:
        return new
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    whole = find_entities(f"{new.text.rstrip('?!. ')} fire", directory, name_finder(directory))
    fire = [b for b in whole.bodies if b.kind == "fire"]
    return replace(new, bodies=tuple(fire)) if len(fire) == 1 else new


# 'anyone else come out the same day?', 'was anyone else put in that day'
_SAME_DAY = re.compile(
    r"\b(?:(?:the\s+)?same\s+(?:day|date|time|week|month)|that\s+(?:day|date|week|month))\b"
)
_OUT = re.compile(r"\b(?:out|left|leave|leaving|exit\w*|removed|released)\b")


def same_day(text: str, question: MonitoringQuestion, spell: tuple[str, str] | None) -> str | None:
    """After one body's spells, 'anyone else come out the same day?': that year's moves of the kind (the
    answer dates each one). `spell`: the body's last (entered, left) dates; None for no spell."""
    norm = " ".join(text.lower().split())
    if not question.name or spell is None or not _SAME_DAY.search(norm):
        return None
    entered, left = spell
    out = bool(_OUT.search(norm))
    day = left if out else entered
    if not day:
        return None
    noun = _NOUNS.get(question.kind or "", "police forces and fire and rescue services")
    return f"which {noun} {'left' if out else 'moved into'} engage in {day[:4]}"


_ENGAGE_SAID = re.compile(r"(?i)\b(?:engage|special\s+measures|enhanced\s+monitoring)\b")


def it_is_engage(text: str, previous: str | None) -> str:
    """The text with 'in it' written 'in engage' when the last question asked why a body is in Engage and this
    one names no Engage of its own, for a group ('which fire services have ever been in it'); else the text as
    it is (after Engage's own list, engage_move reads 'in it')."""
    if not previous or not re.match(r"(?i)why\b.*\bengage\b", previous) or _ENGAGE_SAID.search(text):
        return text
    if not _OWN_GROUP.search(text.lower()) and not re.search(
        r"(?i)\bany\s+\w+(?:\s+\w+)?\s+(?:force|service)s?\b", text
    ):
        return text
    return engage_for_it(text)


def engage_for_it(text: str) -> str:
    """The text with Engage said as 'it' ('in it', 'out of it', 'left it', 'in there') written as 'engage'."""
    return _IT_ENGAGE.sub(r"\1 engage", text, count=1)


def why_again(new: Entities, named: tuple, last_bodies: tuple) -> str | None:
    """After why one body went into Engage, another named alone as the same ('X - same story?'): why that one
    ('and X?' alone asks for its grades)."""
    if (
        len(named) == 1
        and named[0] not in last_bodies
        and _NAME_ALONE.match(new.rest)
        and _SAME.search(new.rest)
    ):
        return f"why is {named[0].id} in engage"
    return None
