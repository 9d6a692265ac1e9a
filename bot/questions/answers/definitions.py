"""What grade words and areas mean."""

from __future__ import annotations

from dataclasses import dataclass

from bot.questions.answers.snapshot import FRAMEWORK_FOR_KIND, Snapshot
from bot.questions.areas import CONCEPTS_BY_KEY, FIRE_PILLARS
from bot.questions.kinds import DefinitionQuestion
from bot.questions.vocab import (
    COMPARABILITY_CAVEAT,
    GRADE_MEANING,
    GRADES,
    framework_label,
    round_label,
)


@dataclass(frozen=True)
class DefinitionAnswer:
    """HMICFRS's words for a grade, the scale, or the graded areas."""

    title: str
    entries: tuple[tuple[str, str], ...]
    highlight: str | None = None
    note: str = ""


GRADE_SOURCE_NOTE = "HMICFRS's grade descriptions, paraphrased. Grades have been used since PEEL 2021/22."


ENGAGE_MEANING = (
    "HMICFRS's enhanced monitoring of police forces and fire and rescue services it has serious concerns "
    "about, often reported as 'special measures'. The others are under its routine monitoring, which it calls "
    "Scan; a body leaving Engage returns to Scan."
)


def definition_answer(snap: Snapshot, q: DefinitionQuestion) -> DefinitionAnswer:
    if q.topic == "engage":
        return DefinitionAnswer(
            "What Engage (enhanced monitoring) means",
            (("Engage", ENGAGE_MEANING),),
            note="Ask 'which forces are in engage' for who is in it now, from published sources.",
        )
    if q.topic == "comparable":  # 'can you compare rounds like that': HMICFRS's own caveat
        return DefinitionAnswer(
            "Comparing grades between rounds",
            (
                ("Between rounds", COMPARABILITY_CAVEAT),
                (
                    "Within a round",
                    "Grades in one round are given against the same framework and areas, so "
                    "bodies can be compared on them; a movement shown between rounds is context, not a like-for-like "
                    "change.",
                ),
            ),
            note="Ask 'how has kent done in every round' for one body's grades round by round.",
        )
    if q.topic in ("grade", "scale"):
        meanings = tuple((g, GRADE_MEANING[g]) for g in GRADES)
        title = f"What “{q.grade}” means" if q.grade else "HMICFRS's grades"
        return DefinitionAnswer(title, meanings, q.grade, GRADE_SOURCE_NOTE)
    if q.topic == "area" and q.area:
        concept = CONCEPTS_BY_KEY[q.area]
        entries: list[tuple[str, str]] = []
        for (framework, round_), areas in sorted(snap.areas.items(), key=lambda kv: kv[0][1], reverse=True):
            for a in areas:
                if a["area"] in concept.area_keys:
                    also = f" Also called: {a['also_called']}." if a["also_called"] else ""
                    pillar = _pillar_of(a["area"]) if framework == "frs" else ""
                    entries.append(
                        (f"{framework_label(framework)} {round_label(round_)}", f"{a['name']}.{also}{pillar}")
                    )
        return DefinitionAnswer(
            f"The area: {concept.label}",
            tuple(entries),
            note="Words people use for it: " + ", ".join(concept.phrases[:8]) + ".",
        )
    framework = FRAMEWORK_FOR_KIND[q.kind]
    rounds = sorted({r for f, r in snap.areas if f == framework}, reverse=True)
    if q.round:
        rounds = [r for r in (q.since, q.round) if r in rounds]
    graded: list[tuple[str, str]] = []
    for round_ in rounds:
        areas = snap.areas[(framework, round_)]
        core = [a["name"] for a in areas if a["core"]]
        extra = [a["name"] for a in areas if not a["core"]]
        text = f"{len(core)} areas: " + "; ".join(core)
        if extra:
            text += f". Graded in some reports only: {'; '.join(extra)}"
        if framework == "frs":  # the three pillars the fire areas sit under
            names = {a["area"]: a["name"] for a in areas}
            text += ". " + " ".join(
                f"{pillar.capitalize()} pillar: {', '.join(names[k] for k in keys if k in names)}."
                for pillar, keys in FIRE_PILLARS.items()
            ).rstrip(".")
        graded.append((f"{framework_label(framework)} {round_label(round_)}", text + "."))
    if len(rounds) == 2:
        graded += _changed(snap, framework, rounds[0], rounds[1])
    return DefinitionAnswer(
        f"Areas graded in {framework_label(framework).removesuffix(' inspection')} inspections",
        tuple(graded),
        note=COMPARABILITY_CAVEAT,
    )


def _changed(snap: Snapshot, framework: str, before: str, after: str) -> list[tuple[str, str]]:
    """What changed between two rounds' areas: those graded in the first and not the second, and the new."""
    a = {x["area"]: x["name"] for x in snap.areas[(framework, before)]}
    b = {x["area"]: x["name"] for x in snap.areas[(framework, after)]}
    gone = [n for k, n in a.items() if k not in b]
    new = [n for k, n in b.items() if k not in a]
    return [
        (
            f"In {round_label(before)}, not in {round_label(after)}",
            "; ".join(gone) + "." if gone else "none.",
        ),
        (f"New in {round_label(after)}", "; ".join(new) + "." if new else "none."),
    ]


def _pillar_of(area: str) -> str:
    """' In the People pillar.' for a fire area; '' for one in no pillar."""
    found = next((p for p, keys in FIRE_PILLARS.items() if area in keys), "")
    return f" In the {found.capitalize()} pillar." if found else ""
