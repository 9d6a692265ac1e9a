"""Words a follow-up moves by: the kind it asks for ('the fire service', 'the cops'), the region's bodies of a
kind, 'those', 'the other', and words for a group. Pure."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.questions.dates import DAY_ASKED, ROUNDS, round_after

if TYPE_CHECKING:
    from collections.abc import Sequence

    from bot.questions.entities import Entities
    from bot.questions.names import Body

REGION_OF_KIND = re.compile(
    r"\b(?:forces|services|brigades|constabularies)\s+(?:in|across|of)\s+(?:the|that|this|its|their)\s+region\b"
    r"|\b(?:the\s+)?(?:region|area)['’]?s\s+(?:police\s+)?(?:forces|fire\s+services|services)\b",
    re.I,
)

THOSE = re.compile(r"\b(?:those|these|them)\b", re.I)

ANOTHER = re.compile(r"\b(?:the\s+other|another|the\s+rest|the\s+others|other)\b", re.I)

BEST_OR_WORST = re.compile(r"\b(?:best|worst)\b", re.I)
PLURAL_KIND = re.compile(r"\b(?:forces|services|brigades|constabularies)\b", re.I)

FIRE_SAID = re.compile(r"\b(?:fire|frs|brigades?)\b")

POLICE_SAID = re.compile(
    r"\b(?:police|polices|policed|policing|constabulary|constabularys|force|forces|cops|coppers|bobbies)\b"
)

THERE = re.compile(r"\b(?:there|their|its|local|covering|patch|area|county|same\s+place)\b")

COLLECTIVE = re.compile(
    r"\b(?:which|list|all|every|any(?!\s+(?:better|worse|good|improvement|different|change))|anyone|anybody|who|"
    r"how\s+many)\b"
)

VERSUS = re.compile(r"^\W*(?:and\s+)?(?:vs\.?|versus|compared\s+(?:to|with)|against|than)\b", re.I)

NOW_ALONE = re.compile(
    r"^\W*(?:(?:and|so|ok|what\s+about|how\s+about|anything)\s+)*(?:now|today|these\s+days|currently|at\s+the\s+moment|atm|"
    r"since(?:\s+then)?|"
    r"(?:in\s+)?the\s+(?:latest|newest|most\s+recent|current)(?:\s+(?:one|round|report|inspection|peel))?)\W*$",
    re.I,
)

AFTER = re.compile(
    r"\b(?:the\s+)?(?:newer|newest|later|next|more\s+recent|following|second)\s+(?:one|round|inspection|report|peel)\b",
    re.I,
)

# 'how does that compare with X', 'compare with X', 'and X for comparison', 'vs X'
# 'compare w notts, they were in engage too' asks for a comparison; 'the met's engage dates for comparison?' does not
# 'ever in it', 'been in', 'did lfb go through the same thing?' after the met's Engage
IN_IT = re.compile(
    r"(?i)\b(?:in\s+(?:it|there|that(?!\s+(?:inspection|round|report|year|area|one)\b)|too|for)|(?:ever|been|go|put)\s+in|(?:go|went|been|gone|going)\s+through\s+(?:it|that|engage|(?:the\s+)?same))\b"
)
COMPARE_NOW = re.compile(r"(?i)^\W*(?:compare|how\s+(?:do|does)\b.{0,30}\bcompare)\b")
COMPARE_WITH = re.compile(
    r"\b(?:compare[sd]?|comparison|stack(?:s)?\s+up|measure(?:s)?\s+up|versus|vs\.?|against|next\s+to|"
    r"(?:better|worse)\s+th[ae]n(?!\s+(?:last|before|the\s+last|previous|in|the\s+time|back|its|their|"
    r"(?:it|they|we|she|he)\s+(?:was|were|used)))|as\s+(?:good|bad)\s+as)\b",
    re.I,
)

# 'compare kent and essex' names its own bodies; 'compare with kent and essex' joins them to the last ones
COMPARE_THESE = re.compile(
    r"^\s*compare\s+(?!with\b|w\b|w/|to\b|against\b|it\b|that\b|them\b|this\b|those\b|these\b)", re.I
)

# 'the others in the region', 'the rest of wales', 'its neighbours'
REGION = re.compile(
    # ('my neighbour says …' is a person, not the region's other bodies)
    r"\b(?:others?|(?:the\s+)?rest|(?<!\bmy\s)(?<!\bour\s)(?<!\ba\s)neighbou?r(?:s|ing)?(?!\s+(?:says?|said|reckons?|thinks?|told))|nearby|surrounding|same\s+region|the\s+region|"
    r"(?:in|across)\s+(?:the|its|their|that)\s+region|regional|region)\b",
    re.I,
)

IN_REGION = re.compile(r"\b(?:region|regional|nearby|neighbou?r\w*|round\s+here|around\s+here|local)\b", re.I)

NOT_HELD = re.compile(
    r"\b(?:chief\s+(?:fire\s+)?(?:officer|constable|executive|exec)|commissioner|pcc|mayor|budget|funding|salary|"
    r"phone\s+number|postal\s+address|website|headquarters|how\s+many\s+(?:officers|staff|firefighters|stations))\b",
    re.I,
)

# 'publication date?', 'when was that published': the last body's report, whose answer gives its date
WHEN_PUBLISHED = re.compile(
    r"^\W*(?:(?:and|so|ok)\s+)?(?:(?:the|its|their)\s+)?(?:publication|publish\w*|release|report|released|out)\s*"
    r"(?:date|day|when|on)?\W*$"  # 'publication date?', 'published when'
    r"|^\W*(?:(?:and|so|ok)\s+)?(?:latest\s+)?report\s+date\W*$"
    r"|^\W*(?:and\s+)?when\s+(?:was|were|did)\s+(?:it|that|this|they|(?:the|its|that|their)\s+(?:(?:police|peel|fire)\s+)?report)\s+"
    r"(?:published|released|out|come\s+out|came\s+out)\W*$"
    # 'what day in july was that', 'what date exactly', 'which day was it published'
    r"|^\W*(?:(?:and|so|ok)\s+)?(?:what|which|wat)\s+(?:exact\s+)?(?:day|date)\b(?:\s+in\s+\w+)?(?:\s+exactly)?"
    r"(?:\s+(?:was|is|did)\s+(?:that|it|this|they)(?:\s+(?:published|released|out|come\s+out|came\s+out))?)?\W*$",
    re.I,
)


def asked_kind(new: Entities) -> str | None:
    """The kind the follow-up asks about in words ('the fire service', 'their police force'), by a body
    named in full ('thames valley police'), or by an area only one kind has ('responding to the public');
    None when it doesn't say."""
    if FIRE_SAID.search(new.rest):
        return "fire"
    if POLICE_SAID.search(new.rest):
        return "police"
    if new.bodies and not new.bare_names:
        return new.bodies[0].kind
    if new.area is not None:
        from bot.questions.areas import find_area

        other = "fire" if new.area.kind == "police" else "police"
        _, own = find_area(new.rest, new.area.kind)
        found, span = find_area(new.rest, other)
        longer = own and (span is None or own[1] - own[0] > span[1] - span[0])  # 'responding to the public'
        return new.area.kind if found is None or longer else None
    return None


def area_of(new: Entities, kind: str) -> str | None:
    """The area the follow-up names, as that kind of body names it ('responding' is fires for a service)."""
    from bot.questions.areas import find_area

    found, _ = find_area(new.rest, kind)
    if found is not None:
        return found.key
    return new.area.key if new.area and new.area.kind == kind else None


# 'im in scarborough, which one is mine', 'is that ours': the body of the conversation's kind in the town named
MINE = re.compile(r"\b(?:mine|ours|my\s+(?:one|area|local\s+\w+)|covers\s+(?:me|us)|is\s+that\s+us)\b", re.I)


def pillar_asked(text: str) -> str:
    """The fire pillar a follow-up asks about ('the people side', 'efficiency grades'), or ''."""
    from bot.questions.areas import find_pillar
    from bot.questions.names import normalise

    norm = normalise(text)
    pillar = find_pillar(norm)
    return "" if pillar == "people" and not {"pillar", "side"} & set(norm.split()) else pillar


def graded_asked(text: str, grades: tuple[str, ...]) -> tuple[str, ...]:
    """The grades a 'why' asks about: 'the one area that wasn't good' is every grade but good."""
    from bot.questions.names import normalise
    from bot.questions.operators import operators, other_grades

    # ('didnt kent get an outstanding? why?': a question opened by a negative asks whether it did)
    negated = any(
        op not in ("only", "except", "both") and not op.isdigit() for op in operators(normalise(text))
    )
    return other_grades(grades) if grades and negated else grades


# 'so which did better': a choice between bodies, never one body's history
WHICH_OF_MORE = re.compile(
    r"^\W*(?:(?:so|and|ok|okay)\W+)?(?:which|who)\s+(?:one\s+)?(?:did|does|was|is|has\s+done|came\s+out|comes\s+out)\s+"
    r"(?:better|worse|best|worst|btter|bettr)\b",
    re.I,
)


# 'dorset & wilts - rest of their grades', 'full results pls': every area, not the last one asked
OTHER_AREAS = re.compile(
    r"\b(?:rest\s+of\s+(?:their|its|the|his|her)\s+(?:areas?|grades?|report|card)|what\s+else|anything\s+else|"
    r"(?:in|at|for)\s+(?:any|every)\s+areas?|(?:in|at|for)\s+anything|"
    r"(?:their|its|the)\s+other\s+(?:areas?|grades?)|other\s+areas?|overall|"
    r"(?:full|whole|complete|all\s+(?:the|their|its))\s+(?:results?|grades?|card|report|picture|set)|"
    # 'full herts breakdown pls', 'the whole lot'
    r"(?:full|whole|complete)\s+(?:[\w'&-]+\s+){0,3}?(?:breakdown|lot|thing|rundown|run\s+down|list)|everything)\b",
    re.I,
)


def round_alone(text: str, new: Entities) -> bool:
    """'and in 2021/22?': a round asked alone, in a few words, naming nothing else."""
    return len(text.split()) <= 4 and not (
        new.bodies or new.grades or new.area or new.monitoring or new.kind_word
    )


# the kind said in so many words ('Suffolk Constabulary', 'suffolk police'), not read from a name ('the met')
KIND_SAID = {
    "police": re.compile(r"\b(?:police|constabulary)\b", re.I),
    "fire": re.compile(r"\b(?:fire|frs|brigade)\b", re.I),
}


def other_kind_for_comparison(text: str, new, last, asked: str | None) -> bool:
    """'Suffolk Constabulary 2021/22 for comparison?' after fire services: a body of the other kind, its kind
    said, to compare with; it is graded on other areas, so it is asked on its own."""
    said = asked and asked != last.kind and KIND_SAID[asked].search(text) and COMPARE_WITH.search(text)
    same = bool(new.bodies) and all(b.kind == asked for b in new.bodies)
    # ('how do the other north east forces compare with us': the region's, with the body named among them)
    return bool(said and same and last.bodies and not new.since_round and not REGION.search(text))


# 'are those the only bad ones?': the grades asked are all the body has
ONLY_ONES = re.compile(
    r"\b(?:those|these|they|that|it|this)\s+(?:were\s+|are\s+|was\s+|is\s+)?the\s+only\b", re.I
)


# 'which areas got worse', 'what went down', 'which ones improved' after one body: its areas in both rounds
WHICH_AREAS_MOVED = re.compile(
    r"\b(?:which|what)\s+(?:areas?|ones?|bits|grades?|things)?\s*(?:got|went|have\s+got|have\s+gone|did|has|have)?\s*"
    r"(?:worse|better|down|up|improved|declined|dropped|slipped|fell|backwards)\b|"
    r"\b(?:did|has|have)\s+(?:anything|any\s+(?:areas?|grades?|of\s+(?:them|it|their\s+grades)))\s+"
    r"(?:go|gone|get|got|went|move|moved)\s+(?:backwards|down|worse|better|up|forwards?)\b",
    re.I,
)


# 'is there a newer one out', 'anything newer yet': whether a report of a later round is held
NEWER_OUT = re.compile(
    r"\b(?:newer|more\s+recent|new)\s+(?:one|report|inspection|peel)\b.{0,15}\b(?:out|yet|published)\b"
    r"|\bis\s+there\s+(?:a|any)\s+(?:newer|more\s+recent|new)\b|\banything\s+newer\b",
    re.I,
)


def newer_round(text: str, last_round: str | None, one_body: bool) -> str | None:
    """'and in the newer one?': the round after the one last asked about; 'is there a newer one out' after one
    body's latest (no round asked): the newest round, whether or not a report of it is held for the body."""
    if last_round:
        return round_after(last_round)
    return ROUNDS[-1] if one_body and NEWER_OUT.search(text) else None


# 'has it improved', 'did they get worse', 'any better since last time'
MOVED = re.compile(
    r"\b(?:improv\w*|better|worse|declin\w*|progress\w*|changed?|gone\s+(?:up|down)|went\s+(?:up|down)|"
    r"moved|slipp\w*|downhill|backwards|deteriorat\w*|over\s+time|track\s+record|trends?)\b|^\s*(?:and\s+)?since\s+(?:20\d\d|the\s+last|last)",
    re.I,
)


# 'and the county's fire service - same pattern?', 'same story for the fire lot?': the last question again,
# asked of the bodies this one names
SAME_ASKED = re.compile(
    r"\b(?:same\s+(?:pattern|story|thing|deal|situation|again|there|question|for\s+(?:them|it|those|the))|likewise|"
    r"ditto|them\s+too|as\s+well)\b"
)


# 'which police forces does it cover' after a fire service: 'it' is that service, whatever kind is asked
IT_COVERS = re.compile(r"\b(?:does|do|did)\s+(?:it|they)\s+(?:cover|serve|span)\b", re.I)


def compares_own(text: str, named: Sequence[Body], last: Sequence[Body]) -> bool:
    """'compare kent and essex' compares its own bodies; 'compare kent on …' after another names one: the other
    is the last one."""
    return bool(COMPARE_THESE.match(text)) and (len(named) > 1 or named[0] in last)


# 'why did LFB go in', 'what got them out': going into or out of Engage, said without naming it
ENGAGE_MOVES = re.compile(
    r"\b(?:go|goes|going|went|gone|put|putting|placed|come|came|coming|get|got|getting|taken|moved|moving|"
    r"end(?:ed|s)?\s+up|land(?:ed|s)?)\s+(?:in|into|out)\b|^\W*why\s+(?:was|were|is|are)\b.*\s(?:in|out)\W*$"  # ('why was the bucks one in')
    r"|\bput\s+(?:us|them|it|him|her|[\w&' -]{2,60}?)\s+in(?:to)?\s+(?:there|it|engage)\b",  # 'put us in there'
    re.I,
)


# 'since when', 'still in?' after Engage: its answer, which says when
WHEN_ENGAGE = re.compile(
    r"\b(?:since\s+when|how\s+long|when\s+did|out\s+(?:now|yet|again)|still\s+in)\b|"
    r"\bwhen\s+(?:were|was|had|has|have)\s+(?:\w+\s+){0,3}?(?:moved|put|placed|taken|gone|went|come|came)\s+"
    r"(?:in|into|out)\b|"
    # 'so did they come out in july or september' after Engage: when it left, unless a report is asked of
    r"^(?!.*\b(?:report|inspection|peel|published|grades?|which|who|ones|any|forces|services|list)\b)"
    r".*\b(?:come|came|get|got|coming|getting)\s+out\b",
    re.I,
)


# the moves' own words
FOLLOWING = re.compile(r"^\s*(?:and|what\s+about|how\s+about|same\s+for|now|vs|or|then|also|ok|so)\b", re.I)
GROUP = re.compile(r"\b(?:which|list|forces|services|constabularies|who)\b", re.I)
NOT_BOTH = re.compile(r"(?i)\b(?:which|list|forces|services|who|grades?|ratings?|results?|rated|overall)\b")
ENGAGE_SAID = re.compile(r"\b(?:engage|special\s+measures|enhanced\s+monitoring)\b", re.I)
ITS_SAID = re.compile(r"\b(?:its|it'?s|their|they)\b", re.I)  # 'what were its grades' after a list of one
# 'both rounds', 'over time': every round of the body, side by side
BOTH_ROUNDS = re.compile(
    r"\b(?:both|all|every|each)\s+(?:the\s+)?(?:rounds?|inspections?)\b|\bover\s+time\b", re.I
)
BEFORE = re.compile(
    r"\b(?:back\s+then|last\s+time|previous(?:ly)?|before|the\s+time\s+before|earlier)\b", re.I
)
# a claim about the past, or about every area ('i heard they were rubbish a few years ago', '… outstanding at
# everything'): the rounds, or the whole card, that settle it
YEARS_AGO = re.compile(
    r"\b(?:(?:a\s+)?(?:few|couple(?:\s+of)?|\d+|two|three)\s+years?\s+ago|used\s+to|in\s+the\s+past)\b", re.I
)
EVERY_AREA = re.compile(
    r"\b(?:everything|every\s+(?:area|single\s+area|category)|all\s+areas|across\s+the\s+board)\b", re.I
)
SAME_ROUND = re.compile(
    r"\b(?:same|that|this)\s+(?:round|year|inspection|period|time)\b|\bback\s+then\b|\bthen\W*$", re.I
)
# 'overall?' after one area of a body: every area of it
OVERALL_ALONE = re.compile(
    r"^\W*(?:(?:and|so|ok|but)\W+)?(?:what\s+about\s+|how\s+about\s+|how\s+did\s+(?:they|it)\s+do\s+)?"
    r"(?:overall|in\s+general|generally|all\s+(?:areas|round)|across\s+the\s+board|on\s+everything)\W*$",
    re.I,
)


def when(text: str) -> str:
    """How a report's date is asked again: 'what day was the' when the day itself is asked ('what day in july
    was that'), so the answer can say the day is not recorded; else 'when was the'."""
    return "what day was the" if DAY_ASKED.search(text) else "when was the"


def compares_by_kind(new: Entities, named: tuple, asked: str | None, covering: list) -> bool:
    """After a body of the other kind, a comparison of the force (or service) covering it with those named:
    by an area only that kind has and bare names ('compare investigating with leics'), or by saying the kind
    ('compare the force with leicestershire')."""
    if new.bare_names and not (FIRE_SAID.search(new.rest) or POLICE_SAID.search(new.rest)):
        return True
    shown = {
        i for ids in covering for i in ids
    }  # (one named beside the force covering it: 'compare with us' is not)
    return bool(named) and all(b.kind == asked for b in named) and any(b.id not in shown for b in named)
