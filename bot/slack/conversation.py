"""A conversation's memory for follow-ups in mention threads, DMs and DM threads (the agent view's too): the last
question of each (workspace, channel, thread), kept in the store, forgotten after a quiet while."""

from __future__ import annotations

import re
import threading
from dataclasses import replace
from datetime import datetime, timedelta

import sqlite_utils

from bot.questions import cues
from bot.questions.answers import snapshot
from bot.questions.answers.engage_shown import last_spell
from bot.questions.context import follow, long_rounds, negations, region_named
from bot.questions.counterparts import Counterparts
from bot.questions.engage_follow import it_is_engage
from bot.questions.moves import move
from bot.questions.names import Directory
from bot.questions.self_correct import self_corrected
from bot.questions.short_turns import DISPUTED, claims_nothing, kind_alone
from bot.questions.shown_again import HAD_N, NEXT, shown_again, the_others
from bot.questions.words import BOTH_KINDS
from bot.slack.both_kinds import both_kinds_there
from bot.slack.correction import corrected
from bot.slack.engage_again import out_again
from bot.slack.engage_of_list import engage_of_shown, of_the_list, region_one_of_list
from bot.slack.last_resort import last_resort
from bot.slack.latest import latest_asked, next_round_asked, top_ones_areas
from bot.slack.listed import (
    areas_of_listed,
    dates_of_listed,
    from_the_list,
    its_counted,
    listed,
    listed_again,
)
from bot.slack.more_than import more_than_it
from bot.slack.one_body import asked_of_one_body, out_of_how_many, those_areas_before
from bot.slack.one_shown import A_ROUND, ENGAGE_WORDS, one_report, one_spell
from bot.slack.parsed import entities, parsed
from bot.slack.picking import namesake_in_list, pick_then_asked, picked
from bot.slack.rest_of import rest_of
from bot.slack.same_place import same_place_check
from bot.slack.shown_most import most_of_shown
from bot.slack.speaking import as_speaker_said, recent_bodies, welsh_fire_said
from bot.slack.stands_alone import published_of, stands_alone
from bot.slack.through_place import places_of, through_place
from bot.slack.turns import (
    CONCERNS,
    HOW_MANY_THAT,
    WHO_INSPECTS,
    about_bodies_not_held,
    after_definition,
    at_that_time,
    defined_alone,
    engage_asked,
    graded_count_asked,
    names_a_place,
    one_by_a_word,
    one_ranked,
    ours_named,
    round_named,
    round_reports_alone,
    round_the_kind_has,
    settled_by_kind,
    the_two_at_grade,
    two_of_its_own,
    with_earlier,
    without_the_two,
)
from db.conversations import held, remember_question
from db.reasons import counterparts

_RANKS = re.compile(r"\b(?:best|worst|top|bottom|rank\w*|strongest|weakest|most|fewest|round|year)\b", re.I)
# 'going back to the police list - which forces ...': the question after it is the question
_BACK_TO_LIST = re.compile(
    r"^\W*(?:(?:ok|so|and|right)[,!.]?\s+)?(?:going\s+|coming\s+|getting\s+|get\s+)?back\s+to\s+(?:the\s+|my\s+|our\s+)?"
    r"[\w' ]{0,25}?\b(?:list|question|first\s+one|earlier\s+one|original\s+one|one\s+before)\s*[-–—:,;]\s+(?=\w+\s+\w+)",
    re.I,
)
_HOW_LONG = re.compile(r"\bhow\s+long\b", re.I)
_OTHER = re.compile(r"\b(?:other|others|else)\b", re.I)
_IT_OR_WHY = re.compile(r"\b(?:it|its|they|their|them|why|reasons?)\b", re.I)
_BEFORE_THAT = re.compile(r"\bbefore\s+(?:that|then)\b", re.I)
QUIET = timedelta(minutes=30)  # a conversation untouched this long starts afresh
MAX_MERGES = 2048

# (last question, new text) -> the merged question, for the directory they were merged with: the directory is
# rebuilt when the data changes, and then every merge is made afresh.
_merges: dict[tuple[str | None, str], str] = {}
_merged_with: list[object] = [None]
_counterparts: list[Counterparts] = [Counterparts()]
_merges_lock = threading.Lock()


def _follow(db: sqlite_utils.Database, text: str, previous: str | None, earlier: str | None = None) -> str:
    text = kind_alone(
        it_is_engage(self_corrected(text, snapshot(db).directory) or text, previous)
    )  # ('fire?')
    if fixed := corrected(db, text, previous):
        return fixed  # 'sorry i meant derbyshire not notts': the last question, of the one meant
    directory = snapshot(db).directory
    if both := the_two_at_grade(db, text, previous, earlier):
        return both  # 'which of the two got a requires improvement': each one's areas at it
    if previous and (defined := after_definition(db, text, previous, earlier)):
        if defined[1]:
            return defined[1]  # 'and outstanding?' after what good means: what that means
        previous = defined[0]  # 'is adequate ok?' then 'has it improved': 'it' is still the body before
    if previous and DISPUTED.match(text) and claims_nothing(entities(db, text)):
        return previous  # 'Wrong. HMICFRS's own release is dated the 31st.': the answer on record again
    if previous and HOW_MANY_THAT.match(text) and len({b.id for b in entities(db, previous).bodies}) == 1:
        return previous  # 'how many was that' after one body's areas at a grade: that answer counts them
    if before := with_earlier(db, text, previous, earlier):
        previous, text = before, without_the_two(text)  # 'which of the two did better …', 'back to the first'
    with _merges_lock:
        if _merged_with[0] is not directory or len(_merges) >= MAX_MERGES:
            _merges.clear()
            _merged_with[0] = directory
            _counterparts[0] = Counterparts.of(counterparts(db))
        found = _merges.get((previous, text))
        mapping = _counterparts[0]
    if found is None:
        if (
            areas := areas_of_listed(db, text, previous)
            or out_again(db, text, previous)
            or its_counted(db, text, previous)
        ):
            return areas  # 'in what areas?' after a list at a grade; 'and out again?' after Engage
        if previous and (same := same_place_check(db, text, previous)):
            return same  # 'his girlfriend's in cardiff, same police?': whether that place is the body's too
        if previous and WHO_INSPECTS.search(text) and about_bodies_not_held(db, previous):
            return previous  # 'who does inspect them then' after bodies not held: that answer says who does
        if previous and _cant_answer(db, previous):
            # 'how long are crown court waits in leeds' then 'ok police grades there then': only its places carry
            previous = places_of(db, previous) or previous
        if (
            previous
        ):  # as its answer read it: 'westmids police how many inadequates' is West Midlands Police's
            from bot.questions.placed_words import repaired_text

            previous = repaired_text(previous, directory)
        listed = previous  # an Engage list's follow-ups see the list, even after one spell was picked
        if previous and _IT_OR_WHY.search(text) and not entities(db, text).bodies:
            previous = one_spell(db, previous) or previous  # 'their 23-25 PEEL' after the one body in Engage
        previous = one_report(db, previous) or previous  # 'what about leadership in that one?'
        if previous and (areas := top_ones_areas(db, text, previous)):
            return areas  # 'in what?' after the most outstandings: the top one's areas at that grade
        if (
            previous
            and not A_ROUND.search(text)
            and not _RANKS.search(text)
            and not (NEXT.search(text) or HAD_N.match(text))
        ):
            previous = one_ranked(db, previous) or previous  # 'how many outstandings was that' after the best
        if _BEFORE_THAT.search(text):  # 'and the one before that?' counts back from the round shown
            previous = round_named(db, previous) or previous
        # a remark after the question is no part of it ('and durham? heard they were outstanding at something')
        from bot.questions.speaker import speaker_read, where_said_after

        said = speaker_read(
            where_said_after(long_rounds(" ".join(text.split()))), directory
        )  # 'staff officer at …'
        clean = region_named(cues.idioms(said), previous, directory)
        clean = _BACK_TO_LIST.sub("", clean, count=1) or clean  # 'going back to the police list - which ...'
        clean = from_the_list(db, clean, previous, earlier)  # 'the one with three', 'their grades' after one
        clean = ours_named(
            db, one_by_a_word(db, clean, previous), previous
        )  # 'the city one'; 'are we in it'?
        if previous:  # a follow-up's typos are read as a first question's are ('what did the inspecters say')
            from bot.questions.placed_words import with_places
            from bot.questions.repair import lexicon, repair

            clean = repair(clean, with_places(lexicon(directory))).text  # ('southend' is a place, no typo)
        if previous and cues.LAST_TIME.search(clean) and not cues.AGAINST_PREVIOUS.search(clean.lower()):
            # 'and last time?': the round before the one shown; after Engage (no round shown) the last report
            after_engage = engage_asked(db, previous) and not re.search(r"(?i)\b(?:better|worse)\b", clean)
            clean = cues.LAST_TIME.sub("" if after_engage else "in the previous round", clean)
        if previous and BOTH_KINDS.search(clean) and names_a_place(db, clean):
            return clean  # 'what about swansea, police and fire': both kinds of that place, a question of its own
        if previous and (defined_alone(db, clean) or round_reports_alone(db, clean)):
            return clean  # 'what does adequate even mean': the definition, whatever came before
        if previous and (two_of_its_own(db, clean, previous) or stands_alone(db, clean)):
            return clean  # 'wiltshire's grades, and were they in engage': both, as a first question
        if again := (
            listed_again(clean, previous)
            or graded_count_asked(db, clean, previous)
            or (previous and those_areas_before(db, clean, previous))
            or out_of_how_many(db, clean, previous)
            or dates_of_listed(db, clean, previous)  # 'publication dates for those three pls'
            or more_than_it(db, clean, previous)  # 'who had more outstandings than them'
        ):
            return again  # 'list them' after 'how many …'; 'why only 10 areas?': the card says which not
        # 'the suffolk one - why?': the pick, then why (of the list before, when the last answer isn't one)
        if then := pick_then_asked(db, clean, previous) or pick_then_asked(db, clean, earlier):
            return _follow(db, then[1], then[0]) if then[1] else then[0]
        if previous and (whole := rest_of(db, clean, previous) or asked_of_one_body(db, clean, previous)):
            return whole  # 'the rest of their grades': the whole card; 'wasn't it adequate?': that area's
        found = (
            (None if previous and CONCERNS.search(clean) else _refused_alone(db, clean))
            or shown_again(clean, previous, parsed(db, previous), directory)
            or _engage_list(db, clean, listed, earlier)
            or most_of_shown(db, clean, previous)
            or engage_of_shown(db, clean, previous, earlier)
            or picked(db, clean, previous, earlier=earlier)
            or _moved(db, namesake_in_list(db, clean, previous) or clean, previous, directory, mapping)
        )
        if previous and found == clean:  # 'latest grades?' after Engage: its card; 'and this time round'
            found = (
                latest_asked(db, clean, previous) or next_round_asked(db, clean, previous, earlier) or found
            )
        found = _kept_placed(db, found, previous, directory)
        if previous and found == clean:  # 'what about avon' after police answers: Avon and Somerset's
            found = settled_by_kind(db, clean, previous) or found
        found = at_that_time(db, found, clean, previous) or found  # 'inadequate on that time'
        found = round_the_kind_has(db, found, clean, previous) or found  # no fire 2021/22 held: its latest
        found = published_of(db, clean, found) or found  # 'when was the dorset and wilts report published?'
        if negations(clean) and (found == clean or _flipped_by(db, clean, found)):
            # never a negation or an exception dropped in the merge: the question as asked, or the list's others
            found = the_others(clean, parsed(db, previous), directory) or clean
        with _merges_lock:
            if _merged_with[0] is directory:
                _merges[(previous, text)] = found
    return found


def _kept_placed(db: sqlite_utils.Database, found: str, previous: str | None, directory: Directory) -> str:
    """'whats the worst bit' after 'are the police any good in worcester': written with the town it came
    through ('Worcester police'), so the next follow-up still has the town."""
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder
    from bot.questions.place_questions import with_towns

    if not previous or found == previous:
        return found
    old = find_entities(previous, directory, name_finder(directory))
    if not old.towns.towns or (new := find_entities(found, directory, name_finder(directory))).towns.towns:
        return found
    if len(new.bodies) != 1:
        return found
    placed = with_towns(found, new, old)
    return placed if placed and parsed(db, placed) == parsed(db, found) else found


def _moved(
    db: sqlite_utils.Database, text: str, previous: str | None, directory: Directory, mapping: Counterparts
) -> str:
    """The follow-up merged by the place, move and general rules, in that order."""
    return (
        through_place(text, directory, previous)
        or move(text, directory, previous, mapping, lambda: listed(db, previous))
        or follow(text, directory, previous)
    )


def _flipped_by(db: sqlite_utils.Database, text: str, merged: str) -> bool:
    """Whether the merge dropped a negation that turns its answer round: a list or a body's grades ('which
    forces weren't inadequate'), not a clause beside the question ('... in the news for not answering')."""
    from bot.questions.kinds import BodyGradesQuestion, FilterQuestion, MonitoringQuestion

    kinds = FilterQuestion | BodyGradesQuestion | MonitoringQuestion
    return not negations(text) <= negations(merged) and isinstance(parsed(db, merged), kinds)


def follow_up(db: sqlite_utils.Database, text: str, previous: str | None, earlier: str | None = None) -> str:
    """The question `text` asks after `previous` (and `earlier`, the one before it), standing alone."""
    return _follow(db, text, previous, earlier)


def _engage_list(
    db: sqlite_utils.Database, text: str, previous: str | None, earlier: str | None = None
) -> str | None:
    """After an Engage answer: another body, year or kind, the list again, a spell picked out of it."""
    from bot.questions.engage_follow import engage_move, of_the_kind, same_day
    from bot.questions.entities import find_entities
    from bot.questions.kinds import MonitoringQuestion
    from bot.questions.parse import name_finder

    question = parsed(db, previous) if previous and ENGAGE_WORDS.search(previous) else None
    if not isinstance(question, MonitoringQuestion):
        return None
    snap = snapshot(db)
    found = snap.resolve(question.name).body if question.name else None
    if question.name and found is None:
        question = replace(question, name=None)  # a word left over ('hmicfrs phase'), no body
    elif found is not None and not question.kind:
        question = replace(question, kind=found.kind)  # its kind: 'and lincs fire?' is the other kind's
    new = find_entities(text, snap.directory, name_finder(snap.directory))
    if new.out_of_scope:
        return None
    if HOW_MANY_THAT.match(text):
        return previous  # 'how many was that': its answer counts them
    if not question.name and (one := region_one_of_list(db, text, previous)):
        return one  # 'the north west one - how long was it in for'
    if not question.name and _HOW_LONG.search(text) and not entities(db, text).bodies:
        # 'how long were they in for' after 'any other east mids forces been in engage?': the one listed
        before = (
            {b.id for b in entities(db, earlier or "").bodies} if _OTHER.search(previous or "") else set()
        )
        if len(shown := [i for i in listed(db, previous) if i not in before]) == 1:
            return f"how long was {shown[0]} in engage"
    if again := same_day(text, question, last_spell(snap, found)):
        return again  # 'anyone else come out the same day?': that year's moves, dated
    new = of_the_kind(new, question.kind, _counterparts[0], snap.directory)
    if not new.bodies and new.place and not question.name and question.kind:
        # 'the west mids exit - july or september?' after Engage's list: the body the region is named for
        namesake = snap.directory.resolve(f"{new.place.label} {question.kind}").body
        if namesake is not None and namesake.kind == question.kind:
            new = replace(new, bodies=(namesake,), place=None)
    names = {b.id: b.name for b in snap.directory.bodies}
    return engage_move(text, question, new, names)


def _refused_alone(db: sqlite_utils.Database, text: str) -> str | None:
    """'and the knife crime numbers in cardiff?': a topic no grade answers, refused as asked, whatever came
    before (never a body's grades through the place it names)."""
    from bot.questions import picks
    from bot.questions.kinds import UnanswerableQuestion

    if picks.is_pick(text):
        return None  # 'the second one?' ('second' is no time measured)
    question = parsed(db, text)
    if not isinstance(question, UnanswerableQuestion):
        return None
    if question.topic:
        return text
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    directory = snapshot(
        db
    ).directory  # 'whats the weather doing in guildford': everyday words, no inspection
    return text if find_entities(text, directory, name_finder(directory)).off_topic else None


def _cant_answer(db: sqlite_utils.Database, question: str) -> bool:
    """Whether the question gets no answer of its own: refused, outside HMICFRS, or about a 'body' no name
    resolves to (answered 'did you mean'); such a turn never becomes the conversation's context."""
    from bot.questions import kinds as k

    read = parsed(db, question)
    if isinstance(read, k.GradeQuestion | k.AreaQuestion | k.BodyGradesQuestion | k.HistoryQuestion):
        return snapshot(db).resolve(read.name).body is None
    return isinstance(read, k.UnanswerableQuestion | k.OutOfScopeQuestion)


def converse(
    db: sqlite_utils.Database,
    key: tuple[str, str, str],
    text: str,
    now: datetime,
    *,
    quiet: timedelta = QUIET,
    root: tuple[str, str, str] | None = None,
) -> str:
    """The question `text` asks in this conversation, standing alone; remembered as its last question.

    `root`: the thread this message would start if someone replied to it (a top-level DM question), which
    begins with this question as its context, as a mention's thread does."""
    state = held(db, key, since=now - quiet)
    previous, earlier = state.question, state.earlier
    text, speaker = as_speaker_said(db, text, state)
    asked = (previous and both_kinds_there(db, text, state.recent)) or _follow(db, text, previous, earlier)
    if (
        previous
        and _cant_answer(db, asked)
        and len(last := {b.id: b for b in entities(db, previous).bodies}) == 1
    ):
        asked = (
            last_resort(db, text, next(iter(last.values()))) or asked
        )  # nothing read it: of the last body?
    if previous and _cant_answer(db, asked):  # a miss leaves the conversation where it was ('and kent?')
        if marked := welsh_fire_said(db, asked, state.recent):
            remember_question(db, key, previous, now, recent=marked)
        return asked
    kept = (
        previous
        if previous and _narrowed_by_place(db, text)
        else of_the_list(db, text, previous, earlier) or asked
    )
    recent = recent_bodies(db, asked, state.recent)
    remember_question(db, key, kept, now, speaker=speaker, recent=recent)
    if root is not None and root != key:
        remember_question(db, root, kept, now, speaker=speaker, recent=recent)
    return asked


def _narrowed_by_place(db: sqlite_utils.Database, text: str) -> bool:
    """'how many of those are welsh': a count of part of the last list, answered, while the conversation goes on
    about the whole list ('and who was inadequate on it' is every force again)."""
    from bot.questions import picks
    from bot.questions.entities import find_entities
    from bot.questions.parse import name_finder

    if not picks.is_pick(text) or not re.search(r"\bhow\s+many\b", text, re.I):
        return False  # 'of those, which are in the north east' narrows the list itself
    directory = snapshot(db).directory
    new = find_entities(text, directory, name_finder(directory))
    return new.place is not None and not (new.bodies or new.grades or new.area or new.round)
