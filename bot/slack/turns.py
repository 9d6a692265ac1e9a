"""What a short follow-up asks of the answer before it, read before the general merge rules: the whole card
after one area ('full grades?'), who inspects the bodies just said not to be held, counting a list again, the
reasons on record ('what were the causes of concern'), a place's police and fire both, a name two bodies share
read as the conversation's kind."""

from __future__ import annotations

import re
from dataclasses import replace

import sqlite_utils

from bot.questions.answers import snapshot
from bot.questions.answers.shown import shown_bodies
from bot.questions.answers.snapshot import report_for as snapshot_report
from bot.questions.move_words import KIND_SAID
from bot.questions.words import PRONOUN
from bot.slack.one_body import grades_said, round_said
from bot.slack.parsed import entities, parsed

# 'what were the causes of concern' after a body: the reasons on record for it, not a refusal
CONCERNS = re.compile(
    r"\bcauses?\s+of\s+concern|\bareas?\s+for\s+improvement\b|\bconcerns?\s+(?:flagged|raised|identified|found)\b",
    re.I,
)
WHO_INSPECTS = re.compile(
    r"\bwho\s+(?:does\s+|do\s+|else\s+|actually\s+)?(?:inspects?|checks?|oversees?|regulates?|looks\s+at)\b",
    re.I,
)
HOW_MANY_THAT = re.compile(
    r"^\W*(?:(?:so|ok|and)\s+)?hows?\s+many(?:'s|s|\s+(?:is|was|were|are))?\s+(?:that|those|them|there)(?:\s+in\s+all)?\W*$",
    re.I,
)


def names_a_place(db: sqlite_utils.Database, text: str) -> bool:
    """Whether the text names a town or city people live in."""
    return bool(entities(db, text).towns.found)


def about_bodies_not_held(db: sqlite_utils.Database, previous: str) -> bool:
    """Whether the last question was about bodies HMICFRS doesn't inspect (Welsh fire services, Scotland)."""
    from bot.questions.kinds import OutOfScopeQuestion

    if isinstance(parsed(db, previous), OutOfScopeQuestion):
        return True
    return bool(entities(db, previous).out_of_scope)  # 'swansea fire service': a Welsh place's fire service


def settled_by_kind(db: sqlite_utils.Database, text: str, previous: str) -> str | None:
    """'what about avon' after police answers: a name two bodies share ('Avon and Somerset Constabulary',
    'Avon Fire and Rescue Service'), read as the one of the conversation's kind, in the round asked."""
    from bot.questions.context import area_words
    from bot.questions.kinds import GradeQuestion
    from bot.questions.last_asked import last_question

    if len(text.split()) > MAX_BARE_NAME:
        return None  # ('avon - anything else inadequate': more than a name, for the other rules)
    question = parsed(db, text)
    if not isinstance(question, GradeQuestion):
        return None
    directory = snapshot(db).directory
    shared = directory.shared(question.name)  # a name two bodies are both called, never a typo's guesses
    if len({b.kind for b in shared}) < 2 or (last := last_question(previous, directory)) is None:
        return None
    if not last.bodies and not entities(db, previous).kind_word:
        return None  # no kind in the conversation ('anything published in august 2025?'): the list decides
    said = [k for k, words in KIND_SAID.items() if words.search(text)]  # 'avon's police': its own kind
    kind = said[0] if len(said) == 1 else last.kind
    of_kind = [b for b in shared if b.kind == kind]
    if len(of_kind) != 1:
        return None
    if question.round:  # 'south yorks 23-25?': its card in that round, a question of its own
        return f"grade {of_kind[0].id} {question.round}"
    when = f" {last.round}" if last.round else ""
    from bot.questions.move_words import OTHER_AREAS  # 'full herts breakdown': every area, not the last one

    kept = last.area and not OTHER_AREAS.search(text)
    return f"{of_kind[0].id} {area_words(last.area)}{when}" if kept else f"grade {of_kind[0].id}{when}"


_FOR_NAME = re.compile(r"\b(?:for|of|about)\s+([a-z][a-z' &-]{2,40}?)\W*$", re.I)  # 'only 10 for scilly'
MAX_BARE_NAME = 4  # 'and what about avon': a name alone, in a few words
_THAT_TIME = re.compile(
    r"\b(?:that|the\s+same)\s+(?:time|round|report|inspection|year)\b|\bback\s+then\b|\bat\s+the\s+time\b",
    re.I,
)


def at_that_time(db: sqlite_utils.Database, found: str, text: str, previous: str | None) -> str | None:
    """'what else was it inadequate on that time': the merged question in the round last asked about, when the
    merge left it out."""
    from bot.questions.dates import ROUND
    from bot.questions.last_asked import last_question

    if not previous or not _THAT_TIME.search(text) or ROUND.search(found):
        return None
    last = last_question(previous, snapshot(db).directory)
    if last is None or not last.round or last.round == "previous":
        return None
    return f"{_THAT_TIME.sub(' ', found).strip()} {last.round}"


# a word people say for one in a name's words ('the island one' of the Isles of Scilly's)
_WORD_FORMS = {"island": ("isle", "isles"), "islands": ("isle", "isles")}
_THE_WORD_ONE = re.compile(r"\bthe\s+([a-z]+)\s+(?:one|force|lot|service)\b", re.I)


def one_by_a_word(db: sqlite_utils.Database, text: str, previous: str | None) -> str:
    """'was the city one better last time' after City of London Police: a word of the last body's name said
    with 'one' is that body, by its id ('city' is no name alone); not beside a place ('gloucesters fire lot')."""
    if not previous or (m := _THE_WORD_ONE.search(text)) is None or entities(db, text).towns.towns:
        return text
    from bot.questions.last_asked import last_question

    snap = snapshot(db)
    if snap.directory.is_key(m.group(1).lower()) or (last := last_question(previous, snap.directory)) is None:
        return text
    said = {m.group(1).lower(), *_WORD_FORMS.get(m.group(1).lower(), ())}
    mine = [b for b in last.bodies if said & set(b.name.lower().split())]
    return f"{text[: m.start()]}{mine[0].id}{text[m.end() :]}" if len(mine) == 1 else text


def round_the_kind_has(
    db: sqlite_utils.Database, found: str, text: str, previous: str | None = None
) -> str | None:
    """'how does lincs fire compare' after the force's 2021/22 grades: a round carried over to a body of the other
    kind that has no such round held (fire 2021/22), or from the last question to a body with no report of it
    ('and durham?' after 'have they had their 2025-27 one yet'), is left out, so its latest report is shown; a
    round the follow-up names itself is kept."""
    from bot.questions.answers.snapshot import FRAMEWORK_FOR_KIND
    from bot.questions.dates import ROUND
    from bot.questions.kinds import AreaQuestion, BodyGradesQuestion, GradeQuestion

    if not (m := ROUND.search(found)) or ROUND.search(text):
        return None
    question = parsed(db, found)
    if not isinstance(question, AreaQuestion | GradeQuestion | BodyGradesQuestion) or not question.round:
        return None
    snap = snapshot(db)
    body = snap.directory.by_id(question.name) or snap.directory.resolve(question.name).body
    framework = FRAMEWORK_FOR_KIND.get(body.kind) if body else None
    if framework is None or body is None:
        return None
    carried = previous is not None and getattr(parsed(db, previous), "round", None) == question.round
    if (framework, question.round) in snap.areas and (
        snapshot_report(snap, body, question.round) or not carried
    ):
        return None
    return " ".join((found[: m.start()] + found[m.end() :]).split())


def graded_count_asked(db: sqlite_utils.Database, text: str, previous: str | None) -> str | None:
    """'why only 10 areas?' after the Isles of Scilly's fire service: its card, which says which area was not
    graded."""
    from bot.questions.last_asked import last_question
    from bot.questions.why_words import GRADED_COUNT

    if not previous or not GRADED_COUNT.search(text):
        return None
    directory = snapshot(db).directory
    if len(named := entities(db, text).bodies) == 1:
        return f"grade {named[0].id}"
    if (m := _FOR_NAME.search(text)) and (body := directory.resolve(m.group(1)).body) is not None:
        return f"grade {body.id}"  # 'why only 10 for scilly' after a region's list
    last = last_question(previous, directory)
    return f"grade {last.bodies[0].id}" if last is not None and len(last.bodies) == 1 else None


def two_of_its_own(db: sqlite_utils.Database, text: str, previous: str) -> bool:
    """'Wiltshire Police's 2023-25 grades, and were they in Engage': a follow-up that names its body and asks
    two questions is asked as it stands, each answered (as a first question would be)."""
    from bot.questions.kinds import HelpQuestion, UnanswerableQuestion
    from bot.questions.split import split

    new, old = entities(db, text), entities(db, previous)
    if not new.bodies or text.lower().startswith("why"):
        return False  # ('why suffolk - and its culture grade': the reasons, for the conversation's body)
    if not new.kind_word and old.bodies and old.bodies[0].kind != new.bodies[0].kind:
        return False  # 'suffolk' after fire answers: the conversation's kind, settled by the merge
    parts = split(text, snapshot(db).directory)
    if len(parts) < 2 or _POINTS_BACK.search(parts[0]) or len(text.split()) - len(parts[0].split()) < 3:
        return False  # 'compare them with leics …': the first part leans on the answer before; '… and why'
    return all(not isinstance(parsed(db, p), UnanswerableQuestion | HelpQuestion) for p in parts)


_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|their|theirs|that|those|these|this|he|she|him|her)\b", re.I)


_MEANS = re.compile(r"\b(?:mean|means|meant|meaning|define|definition|stand\s+for)\b", re.I)


def defined_alone(db: sqlite_utils.Database, text: str) -> bool:
    """'what does adequate even mean' mid-conversation: the word defined, not the last body's areas at it."""
    from bot.questions.kinds import DefinitionQuestion

    return bool(_MEANS.search(text)) and isinstance(parsed(db, text), DefinitionQuestion)


def one_ranked(db: sqlite_utils.Database, previous: str) -> str | None:
    """'which fire service in the north west did best' answered with one body: that body's grades, for what
    follows ('how many outstandings was that', 'and cumbria?' asks of fire)."""
    from bot.questions.kinds import RankQuestion

    question = parsed(db, previous)
    if not isinstance(question, RankQuestion) or question.limit != 1:
        return None
    shown, round_ = shown_bodies(snapshot(db), question)
    return f"grade {shown[0]}{f' {round_}' if round_ else ''}" if len(shown) == 1 else None


def round_named(db: sqlite_utils.Database, previous: str | None) -> str | None:
    """'kent in the previous round' as the round it was ('grade kent 2023-25'), so the round before that one
    can be asked; None when the last question named no 'previous' round of one body."""
    if not previous or "previous" not in previous:
        return None
    from bot.questions.kinds import AreaQuestion, GradeQuestion
    from bot.questions.written import written

    question = parsed(db, previous)
    if not isinstance(question, GradeQuestion | AreaQuestion) or question.round != "previous":
        return None
    snap = snapshot(db)
    body = snap.directory.by_id(question.name)
    report = snapshot_report(snap, body, "previous") if body else None
    return written(replace(question, round=report["round"]), snap.directory) or None if report else None


# 'going back to your first list - the suffolk one', 'back to the earlier question': the question before last
_BACK_TO_FIRST = re.compile(
    r"\b(?:going\s+back|go\s+back|back\s+to|returning\s+to)\b[^.?!]{0,30}?\b(?:first|earlier|original)\b",
    re.I,
)
# 'which of the two got a requires improvement', 'both of them on culture': the last two bodies asked about
_THE_TWO = re.compile(
    r"\b(?:which|who)\s+(?:one\s+)?of\s+(?:the\s+|those\s+|these\s+|them\s+)?(?:two|2|both)"
    r"(?:\s+(?:forces|services|brigades|bodies|ones|of\s+them))?\b|\bof\s+the\s+two\b"
    r"|\bboth\s+of\s+(?:them|those)\b|\bthe\s+two\s+of\s+them\b|\bthe\s+(?:two|2)\s+(?:forces|services|brigades|reports)\b|\bput\s+(?:them|both|the\s+two)\s+side\s+by\s+side\b|\b(?:n?either)\s+of\s+(?:them|those|these|the\s+two)\b"
    # 'which one's better at investigating' after two questions each about one body
    r"|^\W*(?:(?:and|so|ok)\s+)?(?:which|who)(?:\s+one)?(?:'s|s|\s+is|\s+was|\s+did|\s+does)\s+(?=(?:\w+\s+)?(?:better|worse|best|worst|stronger|weaker)\b)",
    re.I,
)


def _the_two(db: sqlite_utils.Database, text: str, previous: str | None, earlier: str | None):
    """The bodies of the last two questions when a follow-up asks of 'the two' (earlier's first), both of one
    kind and one each; None otherwise."""
    if not previous or not _THE_TWO.search(text):
        return None
    last = entities(db, previous).bodies
    shown = {b.id: b for b in last}
    if len(shown) == 2:  # the last question was about two: 'compare south and west yorkshire', then 'which …'
        a, b = shown.values()
        return (a, b) if a.kind == b.kind else None
    if not earlier or earlier == previous:
        return None
    before = entities(db, earlier).bodies
    if len({b.id for b in last}) != 1 or len({b.id for b in before}) != 1:
        return None
    a, b = before[0], last[0]
    return (a, b) if a.id != b.id and a.kind == b.kind else None


def the_two_at_grade(
    db: sqlite_utils.Database, text: str, previous: str | None, earlier: str | None
) -> str | None:
    """'which of the two got a requires improvement': each of the last two questions' bodies' areas at it."""
    new = entities(db, text)
    if not new.grades or new.area or (two := _the_two(db, text, previous, earlier)) is None:
        return None
    grades = grades_said(new.grades)
    return " and ".join(f"which areas did {x.id} get {grades} in" for x in two)


def with_earlier(
    db: sqlite_utils.Database, text: str, previous: str | None, earlier: str | None
) -> str | None:
    """What the question before last changes in what a follow-up follows: 'going back to your first list'
    follows it; 'which of the two did better on culture' follows the two bodies the last two questions were
    about, side by side. None: no change."""
    if previous and earlier and earlier != previous and _BACK_TO_FIRST.search(text):
        return earlier
    if (two := _the_two(db, text, previous, earlier)) is None:
        return None
    return f"compare {two[0].id}, {two[1].id}{round_said(getattr(parsed(db, previous), 'round', None))}"


def without_the_two(text: str) -> str:
    """'which of the two did better on culture' -> 'which did better on culture', 'are either of them in it' ->
    'are they in it', once the two are the question followed (with_earlier)."""

    def instead(m: re.Match[str]) -> str:
        said = m.group(0).lower().lstrip(" ,.")
        return (
            "which "
            if said.startswith(("which", "who"))
            else " they "
            if said[:3] in ("eit", "bot", "the")
            else " "
        )

    rest = re.sub(
        r"(?i)\b(compare|rank|show|list|for|of|with|about|to|on|at|by)\s+they\b",
        r"\1 them",
        " ".join(_THE_TWO.sub(instead, text).split()),
    )
    return re.sub(
        r"^which\s+(?=(?:better|worse|best|worst|stronger|weaker)\b)", "which did ", rest, flags=re.I
    )


def engage_asked(db: sqlite_utils.Database, previous: str) -> bool:
    """Whether the last question was about Engage (its answer showed spells, not a round's grades)."""
    from bot.questions.kinds import MonitoringQuestion
    from bot.questions.why import WhyQuestion

    question = parsed(db, previous)
    return isinstance(question, MonitoringQuestion) or (isinstance(question, WhyQuestion) and question.engage)


# 'are we out of engage yet', 'how did we do in 21/22' after one body: the asker speaks for that body
_WE = re.compile(
    r"\bwe\b(?!\s*['’]?(?:re|ve)\b)|(?<!\bof\s)\bus\b|\bour\b(?!\s+(?:region|area|patch|county|way|neck|bit|side))"
)


_HERE = re.compile(  # 'who does the policing out here', 'the police force for the islands': where the last body is
    r"(?i)\b(?:(?:out|down|up|round|around|over)\s+)?here\b(?!\s*(?:'s|is|are)\b)|\b(?:on\s+|for\s+)?the\s+(?:islands?|isles)\b"
)
_COMPARED = re.compile(
    r"\b(?:compare|compair|vs|versus|against|with\s+us)\b", re.I
)  # 'compare us': us and them


def ours_named(db: sqlite_utils.Database, text: str, previous: str | None) -> str:
    """'are we out of engage yet' -> 'are Devon and Cornwall Police out of engage yet', when the last question
    was about one body and this one names none; else the text as it was."""
    if previous and ("here" in text.lower() or "isl" in text.lower()):
        text = _HERE.sub("there", text)  # 'who does the policing out here': where the last body is
    if not previous or not _WE.search(text) or _COMPARED.search(text) or entities(db, text).bodies:
        return text
    bodies = {b.id: b for b in entities(db, previous).bodies}
    if len(bodies) != 1:
        return text
    (body,) = bodies.values()
    return _WE.sub(lambda m: f"{body.name}'s" if m.group(0).lower() == "our" else body.name, text, count=1)


_ASKS = re.compile(r"\b(?:why|how|what|which|when|who)\b", re.I)
_TERM_TOO = re.compile(
    r"^\W*(?:and|what\s+about|how\s+about|same\s+for|and\s+what\s+about)?\s*(?:an?\s+|the\s+)?"
    r"(?P<term>[a-z' ]{2,40}?)\s*(?:then|too)?\W*$",
    re.I,
)


def after_definition(
    db: sqlite_utils.Database, text: str, previous: str, earlier: str | None
) -> tuple[str, str] | None:
    """After a definition, an aside: (the question a follow-up follows, a question asked instead or ''); None
    when the last question was no definition. A grade or area word alone is that word's meaning ('and
    outstanding?'); anything else follows the question before the definition ('is adequate ok?', then 'has it
    improved' or 'and the fire service?')."""
    from bot.questions.kinds import DefinitionQuestion

    if not isinstance(parsed(db, previous), DefinitionQuestion):
        return None
    if (m := _TERM_TOO.match(text)) and not _ASKS.search(m.group("term")):
        term = entities(db, m.group("term"))
        if (term.grades or term.area) and not term.bodies:
            return previous, f"what does {m.group('term')} mean"
    return (earlier, "") if earlier else None


def round_reports_alone(db: sqlite_utils.Database, text: str) -> bool:
    """'have the 2025-27 fire inspections started coming out yet' mid-conversation: who has that round's report,
    a question of its own, never the last body's card in that round ('is there anything from the … round')."""
    from bot.questions.recorded import RecordedQuestion

    if not _PLURAL_REPORTS.search(text) or PRONOUN.search(text) or entities(db, text).bodies:
        return False  # ('and what did the 2023-25 police report say': that body's report)
    return isinstance(parsed(db, text), RecordedQuestion)


_PLURAL_REPORTS = re.compile(r"(?i)\b(?:inspections|reports|assessments|anything\s+(?:c[oa]me\s+out|from))\b")
