"""One body's areas at a grade, when what is recorded here is not the whole report.

HMICFRS's count statement for a report ('outstanding in six areas, good in five') is the authority on how many
areas got a grade; the grades recorded here area by area may be fewer. 'How many outstandings did lancs fire
get' is then answered from the statement (6), naming the areas recorded (4) and saying the rest are not
recorded here, never with the recorded areas alone as if they were all. A 'no' says what the grades were.
"""

from __future__ import annotations

from bot.questions.answers.area import BodyGradesAnswer
from bot.questions.vocab import GRADES


def _given(counts: dict[str, int]) -> str:
    return ", ".join(f"{n} {g.lower()}" for g in GRADES if (n := counts.get(g, 0)))


def counted_lead(answer: BodyGradesAnswer, what: str, where: str) -> str | None:
    """The answer's first line when the count statement or the recorded grades say more than the plain
    'rated X in n of N areas' would; None when that plain line is right and whole."""
    n = len(answer.matches)
    name = answer.body.name
    statement = answer.statement or {}
    total = sum(statement.values())
    if total and answer.recorded:
        hits = sum(statement.get(g, 0) for g in answer.grades)
        yes = ("Yes: " if hits else "No: ") if answer.yes_no else ""
        summary = f"HMICFRS's summary: {_given(statement)}; {where}"
        if hits > n:
            rest = hits - n
            shown = f"{n} of them {'is' if n == 1 else 'are'} recorded here, below" if n else ""
            other = (
                f"the other {rest} {'is' if rest == 1 else 'are'} not recorded here, so I can't answer which"
            )
            if not n:
                other = (
                    "which one it is, I can't answer: its grade is not recorded here"
                    if hits == 1
                    else "which ones they are, I can't answer: their grades are not recorded here"
                )
            return f"{yes}{name} was rated {what} in {hits} of {total} areas ({summary}); " + (
                f"{shown}; {other}." if shown else f"{other}."
            )
        if not hits and not n:
            lead = f"none of {name}'s {total} areas was rated {what} ({summary})."
            return yes + lead if yes else lead[0].upper() + lead[1:]
        return None
    if n and not total and answer.recorded < answer.areas:  # no statement, and grades missing: a floor
        rest = answer.areas - answer.recorded
        return (
            f"{('Yes: ' if answer.yes_no else '')}{name} was rated {what} in {n} of the {answer.recorded} areas "
            f"recorded here, of {answer.areas} ({where}); the other {rest} "
            f"{'is' if rest == 1 else 'are'} not recorded here."
        )
    if answer.recorded and not n and answer.others:
        given = _given(dict(answer.others))
        lead = f"{name}'s {answer.recorded} recorded grades is {what} ({where}): {given}"
        if answer.recorded < answer.areas:  # the others may be: no plain 'No'
            rest = answer.areas - answer.recorded
            other = "The other area is" if rest == 1 else f"The other {rest} areas are"
            return f"None of {lead}. {other} not recorded here, so I can't say for those.{_best_of(answer)}"
        return ("No: none of " if answer.yes_no else "None of ") + lead + "." + _best_of(answer)
    return None


def every_lead(answer: BodyGradesAnswer, what: str, where: str) -> str | None:
    """'were they adequate across the board': yes only when every area was, from the count statement or every
    area's grade recorded; no when any area is recorded (or counted) at another grade; else unknown, said so."""
    name = answer.body.name
    statement = answer.statement or {}
    total = sum(statement.values())
    if total:
        hits = sum(statement.get(g, 0) for g in answer.grades)
        summary = f"HMICFRS's summary: {_given(statement)}; {where}"
        if hits == total:
            return f"Yes: {name} was rated {what} in all {total} areas ({summary})."
        return f"No: {name} was rated {what} in {hits} of its {total} areas, not all of them ({summary})."
    n = len(answer.matches)
    if not answer.recorded:
        return None
    if answer.rest:
        return f"No: {name} was rated {what} in {n} of its {answer.areas} areas, not all of them ({where})."
    if answer.recorded >= answer.areas:
        return f"Yes: {name} was rated {what} in all {answer.areas} areas ({where})."
    rest = answer.areas - answer.recorded
    return (
        f"I can't answer for certain: {name} was rated {what} in {n} of its {answer.areas} areas ({where}); "
        f"the other {rest} {'is' if rest == 1 else 'are'} not recorded here."
    )


def _best_of(answer: BodyGradesAnswer) -> str:
    """' Its best recorded grade is Adequate: Police powers and public treatment.' when the top of the scale was
    asked about and none of its grades is there ('what were they best at'): what it did best, by name."""
    if not answer.rest or GRADES[0] not in answer.grades:
        return ""
    best = next(g for g in GRADES if any(x == g for _, x in answer.rest))
    areas = [a for a, x in answer.rest if x == best]
    return f" Its best recorded grade is {best}: {'; '.join(areas)}."
