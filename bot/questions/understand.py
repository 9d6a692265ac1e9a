"""Text -> what the bot understood: the typed question, with every word accounted for.

On top of parse_question: typos are repaired first (repair.py); the words that change meaning without
naming anything (operators.py: negation, 'only', 'except', 'both', a year) are applied as general rules over
the question's slots, or listed as not taken into account; two questions in one are split (split.py) and
each answered; and whenever the question was repaired, rewritten or only partly understood, `read_as` holds the
question that stands alone (as follow-ups write it back), so a misreading shows at a glance. Pure.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from bot.questions import cues, now_asked
from bot.questions import recorded as recorded_words
from bot.questions import region_tally as tally_words
from bot.questions import regrades as regrade_words
from bot.questions.and_names import and_in_names
from bot.questions.areas import AREA_CONCEPTS, CONCEPTS_BY_KEY, FIRE_PILLARS, find_area, find_pillar
from bot.questions.best_of import best_asked
from bot.questions.compare_names import compare_words, counted_each, rest_of_place
from bot.questions.context import long_rounds
from bot.questions.covering import left_out, where_words
from bot.questions.dates import ROUND, moved_since
from bot.questions.each_over_time import NOTE, over_time_texts
from bot.questions.entities import find_entities
from bot.questions.fire_kept import fire_kept
from bot.questions.kept import kept_words
from bot.questions.kind_each import kind_to_each
from bot.questions.kinds import (
    AreaQuestion,
    BodyCountQuestion,
    BodyGradesQuestion,
    CompareQuestion,
    DefinitionQuestion,
    FilterQuestion,
    GradeCountQuestion,
    GradeQuestion,
    HelpQuestion,
    HistoryQuestion,
    MonitoringQuestion,
    MovementQuestion,
    OutOfScopeQuestion,
    Question,
    RankQuestion,
    RecentQuestion,
    UnanswerableQuestion,
)
from bot.questions.names import Directory, in_loose_name, normalise
from bot.questions.operators import (
    EVER,
    EVERY,
    NEGATION,
    ONLY_AREA,
    ONLY_ONE,
    asks_whether_any,
    checks_a_claim,
    except_question,
    on_day,
    operators,
    year_asked,
)
from bot.questions.operators import other_grades as _others
from bot.questions.parse import name_finder, parse_question
from bot.questions.placed_words import with_places
from bot.questions.recorded import RecordedQuestion
from bot.questions.refine import refine, share_as_count
from bot.questions.region_tally import RegionTallyQuestion
from bot.questions.regrades import RegradeQuestion
from bot.questions.repair import Lexicon, Repaired, lexicon, repair, unknown_words
from bot.questions.speaker import speaker_read, where_said_after
from bot.questions.split import MAX_PARTS, split
from bot.questions.topics import STRONG_TOPICS
from bot.questions.two_areas import second_area
from bot.questions.vocab import GRADES
from bot.questions.why import WhyQuestion
from bot.questions.words import find_grades
from bot.questions.written import written


@dataclass(frozen=True)
class Understood:
    """One question as understood; `parts` holds each question when one text asked two or three."""

    question: Question
    text: str  # the text read (typos repaired): what the share and 'show more' buttons ask again
    read_as: str = ""  # the question that stands alone, when it was repaired, rewritten or partly understood
    notes: tuple[str, ...] = ()  # words that were not taken into account, said plainly
    repairs: tuple[tuple[str, str], ...] = ()  # (typed, read as)
    parts: tuple[Understood, ...] = ()


_QUIET = (HelpQuestion, UnanswerableQuestion, OutOfScopeQuestion)


def understand(text: str, directory: Directory) -> Understood:
    """What the text asks, every word accounted for (see the module's docstring)."""

    typed = long_rounds(" ".join(text.split()))
    clean = speaker_read(
        where_said_after(cues.idioms(typed)), directory
    )  # 'who came out on top': plainly; 'our region': whose
    known = not unknown_words(clean, lexicon(directory))  # then nothing is repaired: the usual case
    lex = lexicon(directory) if known else with_places(lexicon(directory))
    repaired = Repaired(clean) if known else repair(clean, lex)
    read = now_asked.instead(
        share_as_count(kind_to_each(and_in_names(repaired.text, directory), directory)), directory
    )
    pieces = split(read, directory)
    if len(pieces) > 1:
        parts = tuple(_one(p, directory, lex, repaired.changes, True) for p in pieces)
        return replace(parts[0], parts=parts)
    rewritten = read != typed and not repaired.changes
    single = _one(read, directory, lex, repaired.changes, rewritten, known and read == clean)
    if other := second_area(single.question, single.text, directory):  # 'on protection and prevention'
        again = Understood(other, single.text, written(other, directory), single.notes, single.repairs)
        first = replace(single, read_as=single.read_as or written(single.question, directory))
        return replace(first, parts=(first, again))
    if texts := over_time_texts(single.question, single.text, directory):
        each = tuple(replace(_one(t, directory, lex, single.repairs, True), notes=(NOTE,)) for t in texts)
        return replace(each[0], parts=each)
    return _across_kinds(single, directory) or single


def _across_kinds(single: Understood, directory: Directory) -> Understood | None:
    """'merseyside police vs merseyside fire': a force and a fire service are graded on different areas,
    so each is answered on its own (its card, or its areas at the grades asked), one after the other."""

    q = single.question
    if not isinstance(q, CompareQuestion) or len(q.names) > MAX_PARTS:
        return None
    bodies = [b for n in q.names if (b := directory.by_id(n))]
    others = [n for n in q.names if not directory.by_id(n)]
    known = lexicon(directory).known
    if any(len(n.split()) > 1 or n not in known for n in others) or len({b.kind for b in bodies}) < 2:
        return None  # a loosely typed name is asked back about; 'who', 'areas' are only words
    if kept := fire_kept(single.text, bodies, directory):  # 'east sussex fire vs west sussex'
        one: Question = GradeQuestion(kept[0], q.round) if len(kept) == 1 else replace(q, names=kept)
        return replace(single, question=one, read_as=written(one, directory))
    grades = find_entities(single.text, directory, name_finder(directory)).grades  # the grades asked
    note = ("a police force and a fire and rescue service are graded on different areas: each on its own",)
    parts = []
    for body in bodies:
        asked: Question = (
            BodyGradesQuestion(body.id, grades, q.round) if grades else GradeQuestion(body.id, q.round)
        )
        parts.append(Understood(asked, single.text, written(asked, directory), note, single.repairs))
    return replace(parts[0], parts=tuple(parts))


def _one(
    text: str,
    directory: Directory,
    lex: Lexicon,
    repairs: tuple[tuple[str, str], ...],
    rewritten: bool,
    known: bool = False,  # every word of the text is known (so none is unknown, even without places)
) -> Understood:
    question = parse_question(text, directory)
    if isinstance(question, _QUIET):
        return Understood(question, text, repairs=repairs)
    norm = normalise(text)
    question = compare_words(rest_of_place(question, norm, directory), lex, directory)  # 'the rest of wales'
    question = _pillar(counted_each(question, norm, directory), norm, directory)  # 'how many did each get'
    applied, notes = apply_operators(question, operators(norm, ROUND.sub(" ", text)), norm, directory, text)
    applied = best_asked(applied, norm, directory)  # 'is kent fire the best fire service': where it stands
    applied, counted, notes = refine(applied, " ".join(text.lower().split()), notes)
    if isinstance(applied, RecordedQuestion):  # 'no grades', 'nothing recorded' are what it asks
        notes, counted = (), tuple(recorded_words.WORDS)
    elif isinstance(applied, RegradeQuestion):
        notes, counted = (), tuple(regrade_words.WORDS)
    elif isinstance(applied, RegionTallyQuestion):
        counted += tuple(tally_words.WORDS)
    elif isinstance(applied, HistoryQuestion):
        counted += kept_words(norm)  # 'did humberside keep its outstanding grades': every round, to see
    elif isinstance(applied, CompareQuestion | GradeQuestion | AreaQuestion):
        counted += where_words(norm)  # 'which fire services cover X police's patch'
    # a place's word is unknown here unless a place was read from it ('merthyr' alone names no place)
    unknown = () if known else _not_places(unknown_words(text, lexicon(directory)), text, directory)
    if unknown and (loose := _loose_name(applied, norm, unknown, directory)) and loose != applied:
        question = applied = loose  # 'bedford police - good or not': a name typed loosely, not a list
        unknown = ()
    skipped = [w for w in unknown if not in_loose_name(w, applied, directory) and w not in counted]
    applied, day = on_day(applied, text)
    notes += _pillar_note(applied, norm) + _slots_not_carried(applied, text, directory) + day
    if unknown and _area_next_to(norm, applied, list(unknown)):
        # 'treiang people fairly': 'people' alone names another area; with the word before it unknown, the
        # area is a guess, so the question is not answered as that area's
        return Understood(UnanswerableQuestion(text), text, repairs=repairs)
    if skipped:
        notes += (f"not understood: {', '.join(skipped)}",)
    read_as = ""
    if repairs or rewritten or applied != question or notes:
        read_as = written(applied, directory) or text
    return Understood(applied, text, read_as, notes, repairs)


def _not_places(unknown: tuple[str, ...], text: str, directory: Directory) -> tuple[str, ...]:
    """The unknown words less those a place was read from ('birmingam police' is Birmingham, one slip out)."""
    if not unknown:
        return unknown
    towns = find_entities(text, directory, name_finder(directory)).towns.towns
    said = {w for t in towns for w in normalise(t.said or t.town.name).split()}
    return tuple(w for w in unknown if w not in said)


def _pillar(question: Question, norm: str, directory: Directory) -> Question:
    """'shropshire frs efficiency grades', 'avon frs effectiveness pillar': one fire service's areas under
    that pillar, not the one area a pillar's word also names."""

    name = getattr(question, "name", None)
    body = directory.by_id(name) if isinstance(name, str) else None
    if body is None or body.kind != "fire" or isinstance(question, BodyGradesQuestion) and question.grades:
        if not (isinstance(question, BodyGradesQuestion) and body and body.kind == "fire"):
            return question
    pillar = find_pillar(norm)
    if not pillar or (pillar == "people" and not {"pillar", "side"} & set(norm.split())):
        return question
    return BodyGradesQuestion(body.id, GRADES, getattr(question, "round", None), False, pillar)


def _slots_not_carried(question: Question, text: str, directory: Directory) -> tuple[str, ...]:
    """A body, area, grade or place named in a question whose kind of answer has no room for it ('which
    forces are good at responding and in engage' is answered with who is in Engage): said, never dropped
    silently."""

    found = find_entities(text, directory, name_finder(directory))
    left: list[str] = []
    area_kept: tuple[type, ...] = (AreaQuestion, FilterQuestion, GradeCountQuestion, RankQuestion)
    area_kept += (CompareQuestion, MovementQuestion, DefinitionQuestion, HistoryQuestion, WhyQuestion)
    pillar = isinstance(question, BodyGradesQuestion) and question.pillar
    if found.area and not isinstance(question, area_kept) and not pillar:
        left.append(found.area.label)
    no_grades = (MonitoringQuestion, RecentQuestion, BodyCountQuestion)  # a history shows every grade
    if isinstance(question, no_grades) and not found.loose_good:
        left += [g.lower() for g in found.grades]
    monitoring_here = isinstance(question, MonitoringQuestion) and (question.place or question.name)
    if (
        found.place
        and isinstance(question, (MonitoringQuestion, RecentQuestion, DefinitionQuestion))
        and not monitoring_here
    ):
        left.append(found.place.label)
    no_bodies = (RecentQuestion, DefinitionQuestion, BodyCountQuestion, GradeCountQuestion, RankQuestion)
    kept = set(getattr(question, "names", ()) or ())  # 'east sussex vs west sussex, which got more goods'
    kept.add(getattr(question, "asked_about", None) or "")  # 'is kent fire the best': where it stands
    if found.bodies and isinstance(question, no_bodies + (MovementQuestion,)):
        left += [b.name for b in found.bodies if b.id not in kept]
    notes: tuple[str, ...] = (f"not taken into account: {', '.join(left)}",) if left else ()
    if found.not_covered in STRONG_TOPICS and not isinstance(
        question, UnanswerableQuestion | OutOfScopeQuestion
    ):
        notes += (f"not taken into account: {found.not_covered} (not inspected by HMICFRS)",)
    if found.out_of_scope_strong and found.bodies and not isinstance(question, OutOfScopeQuestion):
        notes += (f"{found.out_of_scope}: not inspected by HMICFRS, so not compared",)
    return notes


def _pillar_note(question: Question, norm: str) -> tuple[str, ...]:
    """A pillar asked about across several services is shown one area at a time: said so."""

    pillar = find_pillar(norm)
    area = getattr(question, "area", None)
    if not pillar or isinstance(question, BodyGradesQuestion) or getattr(question, "kind", "") != "fire":
        return ()
    if pillar == "people" and not {"pillar", "side"} & set(norm.split()):
        return ()
    shown = CONCEPTS_BY_KEY[area].label if area in CONCEPTS_BY_KEY else "every area"
    return (f"the {pillar} pillar is {len(FIRE_PILLARS[pillar])} areas; shown: {shown}",)


def _area_next_to(norm: str, question: Question, unknown: list[str]) -> bool:
    """The question's area was read from one word, and an unknown word stands right before it."""

    concept = CONCEPTS_BY_KEY.get(getattr(question, "area", None) or "")
    if concept is None:
        return False
    _, span = find_area(norm, concept.kind)
    if span is None or len(norm[span[0] : span[1]].split()) > 1:
        return False
    word = norm[span[0] : span[1]].strip()
    others = (c for c in AREA_CONCEPTS if c.kind == concept.kind and c.key != concept.key)
    if not any(word in normalise(p).split() for c in others for p in c.phrases):
        return False  # 'a supportive workforce': the word names one area whatever qualifies it
    before = norm[: span[0]].split()[-1:]
    return any(w in unknown for w in before)  # 'treiang people': a typo'd word that qualifies the area


def _loose_name(
    question: Question, norm: str, unknown: tuple[str, ...], directory: Directory
) -> Question | None:
    """A list or ranking asked with no word for a group ('which', 'forces', 'any') and an unknown word that
    starts or resembles a body's name: that body asked about (answered, or asked back with 'did you mean')."""

    if not isinstance(question, (FilterQuestion, RankQuestion)) or question.place:
        return None
    if cues.COLLECTIVE.search(norm) or cues.RANK.search(norm):
        return None
    name = " ".join(unknown) + (" fire" if question.kind == "fire" else " police")
    found = directory.resolve(name)
    of_kind = [b for b in found.suggestions if b.kind == question.kind]
    if found.body is None and len(of_kind) == 1:
        return GradeQuestion(of_kind[0].id)  # the kind word settles it: 'bedford police' is the force
    return GradeQuestion(name) if found.body or found.suggestions else None


def apply_operators(
    question: Question, found: tuple[str, ...], norm: str, directory: Directory, text: str = ""
) -> tuple[Question, tuple[str, ...]]:
    """The question with each meaning-changing word applied as a rule over its slots, and a note for each
    word that could not be applied (never dropped silently)."""
    missed: list[str] = []
    if "only" in found and isinstance(question, AreaQuestion) and ONLY_AREA.search(norm):
        # 'was protection the only area they didn't get good in': the body's areas at the grades (or not)
        if grades := question.test or find_grades(norm)[0]:
            negated = any(op not in ("only", "both", "except") and not op.isdigit() for op in found)
            question = BodyGradesQuestion(
                question.name, _others(grades) if negated else grades, question.round
            )
            found = tuple(op for op in found if op in ("both", "except") or op.isdigit())
    # an exception reads the question again without the names left out: first, so a negation is kept
    for op in sorted(found, key=lambda op: op != "except"):
        changed = _apply(question, op, norm, directory, text or norm)
        if changed is None:
            missed.append(op)
        else:
            question = changed
    if isinstance(question, FilterQuestion | BodyGradesQuestion) and not getattr(question, "area", None):
        question = replace(question, every=True) if question.grades and EVERY.search(norm) else question
    if EVER.search(norm) and isinstance(question, (AreaQuestion, BodyGradesQuestion)) and not question.round:
        question = HistoryQuestion(question.name)  # 'has kent ever been rated inadequate': every round
    notes = (f"not taken into account: {', '.join(f'“{w}”' for w in missed)}",) if missed else ()
    return question, notes


def _place(text: str, directory: Directory):
    """The region or country a question names outside any body's name ('the only welsh force')."""
    return find_entities(text, directory, name_finder(directory)).place


def _apply(q: Question, op: str, norm: str, directory: Directory, text: str) -> Question | None:
    """One operator applied to the question; the question itself when it already carries it; None when it
    can't be applied."""
    if op.isdigit():  # a calendar year
        if isinstance(q, (MonitoringQuestion, RecentQuestion, HistoryQuestion)) or getattr(q, "round", None):
            return q  # (a history shows every round, that year's among them)
        if (since := moved_since(norm)) and since.group(1) == op:
            return q  # 'worse since 2021': movement from the round that began that year, as its answer shows
        if isinstance(q, GradeQuestion | AreaQuestion) and year_asked(op, norm):
            return replace(q, round=op)  # 'rated in 2016': before every round held, as its answer says
        return None
    if op == "only":
        if isinstance(q, (AreaQuestion, BodyGradesQuestion)) and not ONLY_ONE.search(norm):
            return q  # 'only seen a couple of the grades': an adverb, not 'the only one'
        grades = q.test if isinstance(q, AreaQuestion) and q.test else find_grades(norm)[0]
        if isinstance(q, AreaQuestion) and grades:
            body = directory.by_id(q.name)
            kind = body.kind if body else "police"
            return FilterQuestion(q.area, grades, kind, _place(text, directory), q.round)
        if isinstance(q, BodyGradesQuestion) and (q.yes_no or q.grades and NEGATION.search(norm)):
            body = directory.by_id(q.name)
            kind = body.kind if body else "police"
            # 'the only one that didn't get a single RI': every area at the other grades, as negated already
            every = not q.yes_no and bool(NEGATION.search(norm))
            return FilterQuestion(None, q.grades, kind, _place(text, directory), q.round, every=every)
        if isinstance(q, FilterQuestion) and q.grades:
            return q if q.area else replace(q, every=True)
        return None
    if op == "both":
        several = isinstance(q, MonitoringQuestion) and len(q.names) >= 2  # 'both in special measures'
        return q if several or (isinstance(q, CompareQuestion) and len(q.names) >= 2) else None
    if op == "except":  # ('which fire services besides bucks cover tvp': left out as the covering is read)
        found = find_entities(text, directory, name_finder(directory))
        return except_question(text, directory) or left_out(q, found, directory)
    if isinstance(q, DefinitionQuestion) and q.since:
        return q  # 'graded in 2021-22 that aren't in 2023-25': what changed between the rounds, said
    # a negation; 'did none of the welsh forces get an outstanding' asks who did; 'never' is every round
    if isinstance(q, FilterQuestion) and q.grades and asks_whether_any(norm):
        return q
    if isinstance(q, BodyGradesQuestion) and q.grades and asks_whether_any(norm):
        return replace(q, yes_no=True)  # 'none of the fire services round here got inadequate, did they?'
    if isinstance(q, BodyGradesQuestion) and q.grades and checks_a_claim(norm):
        return replace(q, yes_no=False)  # '… werent rated inadequate for anything, is he right': as said
    if op == "never" and isinstance(q, (AreaQuestion, BodyGradesQuestion)) and not q.round:
        return HistoryQuestion(q.name)
    if isinstance(q, FilterQuestion) and q.grades:
        if not _others(q.grades) and (m := NEGATION.search(norm)):  # 'adequate or better - no RI or worse'
            q = replace(q, grades=find_grades(norm[m.end() :])[0] or q.grades)
        return replace(q, grades=_others(q.grades, norm), every=not (q.area or q.every))
    if isinstance(q, BodyGradesQuestion) and q.grades:
        return replace(q, grades=_others(q.grades, norm), yes_no=False)
    if isinstance(q, AreaQuestion) and q.test:
        return replace(q, test=())  # 'is kent not good at X': its grade for X, plainly
    if isinstance(q, MonitoringQuestion) and q.name is None and not q.year:
        return replace(q, negated=True, never=op == "never")  # 'which forces are not in special measures'
    if isinstance(q, MonitoringQuestion) and q.name and q.now:
        return q  # 'is kent not in engage any more': the same yes or no
    if isinstance(q, MovementQuestion):
        return None
    return None
