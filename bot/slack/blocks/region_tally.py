"""Render the regions ranked by how many areas got one grade, with who is counted and who isn't."""

from __future__ import annotations

from bot.questions.answers.region_tally import KindTally, RegionTallyAnswer
from bot.questions.vocab import round_label
from bot.slack.blocks.common import Block, Message, context, divider, escape, header, message, section
from bot.slack.blocks.grade import share_button
from bot.slack.blocks.lists import line_sections

_NOUNS = {"police": "police forces", "fire": "fire and rescue services"}
_FRAMEWORKS = {"police": "PEEL", "fire": "fire and rescue inspection"}


def render_region_tally(answer: RegionTallyAnswer, question: str, *, shareable: bool = True) -> Message:
    q = answer.question
    grade = q.grade.lower()
    most = "fewest" if q.fewest else "most"
    blocks: list[Block] = [header(f"Regions with the {most} {grade} grades")]
    leads = []
    for tally in answer.tallies:
        lead = _lead(tally, grade, most)
        leads.append(lead)
        blocks.append(section(escape(lead)))
        blocks += line_sections([_line(r.region, r.count, r.bodies, grade) for r in tally.regions])
        if tally.unknown:
            names = ", ".join(b.name for b in tally.unknown)
            blocks.append(
                context(
                    escape(
                        f"Not counted (their {round_label(tally.round)} counts aren't known here): {names}."
                    )
                )
            )
    if not answer.tallies:
        leads.append("No round's counts are held here to add up by region.")
        blocks.append(section(escape(leads[0])))
    blocks += [
        divider(),
        context(
            escape(
                "Each body's areas at that grade in one round, from HMICFRS's count statement or the recorded "
                "grades when none is missing, added up by region. Regions have different numbers of bodies."
            )
        ),
    ]
    return message(escape(" ".join(leads)), blocks, tail=[share_button(question)] if shareable else [])


def _lead(tally: KindTally, grade: str, most: str) -> str:
    framework = f"{_FRAMEWORKS[tally.kind]} {round_label(tally.round)}"
    if not tally.regions:
        return f"{_NOUNS[tally.kind].capitalize()}, {framework}: no counts known here."
    top = tally.regions[0]
    tied = [r.region for r in tally.regions if r.count == top.count]
    who = " and ".join(tied)
    return (
        f"{_NOUNS[tally.kind].capitalize()}, {framework}: {who} {'have' if len(tied) > 1 else 'has'} the {most} "
        f"{grade} grades ({top.count}{' each' if len(tied) > 1 else ''})."
    )


def _line(region: str, count: int, bodies, grade: str) -> str:
    who = ", ".join(f"{escape(b.name)} {n}" for b, n in bodies)
    return f"• *{escape(region)}* — {count} {grade}" + (f" ({who})" if who else "")
