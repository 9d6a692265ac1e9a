"""What the last answer showed, for follow-ups that pick out of it: the bodies (in the order shown), the round
they were shown for, and each one's grades as shown. Pure, given the store's snapshot."""

from __future__ import annotations

from collections.abc import Callable

from bot.questions.answers.snapshot import Snapshot, area_in, count_statement, report_for, scope
from bot.questions.kinds import CompareQuestion, FilterQuestion, Question, RankQuestion, RecentQuestion


def shown_bodies(snap: Snapshot, question: Question) -> tuple[tuple[str, ...], str | None]:
    """(the ids of the bodies the answer to `question` showed, the round asked) for a side-by-side or a
    list; ((), None) for any other answer."""
    from bot.questions import answers

    if isinstance(question, CompareQuestion):
        if question.names:
            return question.names, question.round
        return tuple(b.id for b in scope(snap, question.kind, question.place)), question.round
    if isinstance(question, FilterQuestion):  # (in the round it was read in: 'victim service' is 2021/22's)
        found = answers.filter_answer(snap, question)
        return tuple(r.body.id for r in found.rows), question.round or found.read_in
    if isinstance(question, RankQuestion):
        return tuple(r.body.id for r in answers.rank_answer(snap, question).rows), question.round
    if isinstance(question, RecentQuestion) and not question.count:
        # 'the second one - what did it get for responding?' after a month's reports: in the order listed
        from datetime import date

        rows = answers.recent_answer(snap, question, date.today()).rows
        rounds = {r.report.round for r in rows}
        return tuple(dict.fromkeys(r.body.id for r in rows)), rounds.pop() if len(rounds) == 1 else None
    return (), None


def grades_shown(snap: Snapshot, round_: str | None) -> Callable[[str, str | None], tuple[str, ...]]:
    """(body id, area concept key or None) -> the grades its report in `round_` (latest: None) holds for that
    area, or for every area; () when none is recorded."""
    from bot.questions.areas import CONCEPTS_BY_KEY

    def grades(body_id: str, area: str | None) -> tuple[str, ...]:
        body = snap.directory.by_id(body_id)
        report = report_for(snap, body, round_) if body else None
        if report is None:
            return ()
        if area is not None:
            concept = CONCEPTS_BY_KEY.get(area)
            found = area_in(snap, report, concept) if concept else None
            return (found[1]["grade"],) if found and found[1] else ()
        held = tuple(g["grade"] for g in snap.grades.get(report["id"], {}).values() if g.get("grade"))
        counts = count_statement(report) or {}
        # HMICFRS's count statement says which grades the report gave even where the areas aren't recorded
        stated = tuple(g for g, n in counts.items() for _ in range(n))
        return stated if len(stated) > len(held) else held

    return grades
