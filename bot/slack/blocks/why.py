"""Render 'why': each stored sentence in quotes with its source, and nothing on record said plainly."""

from __future__ import annotations

import re

from bot.questions.answers.why import BodyReasons, Reason, WhyAnswer
from bot.questions.vocab import framework_label, round_label
from bot.slack.blocks.common import Block, Message, context, divider, escape, header, link, message, section
from bot.slack.blocks.lists import report_phrase

INTRO = (
    "The reasons on record here: the sentence each grade was taken from, and the causes of concern and areas "
    "for improvement accepted into the store, each with its source. The report gives HMICFRS's full reasoning."
)
# words by which a source on Engage gives a reason ('when rated inadequate in all areas', 'five causes of concern')
_GIVES_A_REASON = re.compile(
    r"\b(?:because|due\s+to|after|following|when\s+rated|over\s+(?:concerns?|its|the)|causes?\s+of\s+concern|"
    r"concerns?|failings?|failures?|inadequate|culture|discrimination|bullying|misconduct|performance|"
    r"requires\s+improvement|improvements?)\b",
    re.I,
)
ENGAGE_INTRO = "What the sources on record say about Engage (enhanced monitoring), each with its source."


def _line(reason: Reason) -> str:
    return f"*{escape(reason.about)}*: “{escape(reason.sentence)}” · {link(reason.source_url, 'source')}"


def _body_blocks(found: BodyReasons, engage: bool, area_name: str | None) -> list[Block]:
    body = found.body
    title = (
        f"{body.name}: Engage"
        if engage
        else f"{body.name}: {framework_label(found.framework)} {round_label(found.round)}".strip()
    )
    blocks: list[Block] = [section(f"*{escape(title)}*")]
    report = link(found.report_url, "Read the report") if found.report_url else ""
    if engage:
        lines = [_line(r) for r in found.engage]
    else:
        lines = [_line(r) for r in found.grade_sentences] + [_line(r) for r in found.concerns]
    if not lines:
        what = f" on {area_name}" if area_name else ""
        if found.not_graded and area_name and not engage:
            blocks.append(
                section(
                    f"{escape(area_name[:1].upper() + area_name[1:])} was not graded in that report: HMICFRS's count "
                    "of its grades shows every grade it gave is recorded here, and this area is not among them. "
                    "I can't answer why it was left ungraded from what's on record here."
                    + (f" {report}." if report else "")
                )
            )
        elif found.framework is None and not engage:
            blocks.append(section(f"No graded report is on record here for {escape(body.name)}."))
        else:
            blocks.append(
                section(
                    f"I can't answer why{escape(what)} from what's on record here: no sentence held gives a reason."
                    + (f" {report}." if report else "")
                )
            )
    events = [r for r in found.engage if r.about.startswith(("Went into", "Left"))]  # not a grade beside them
    if engage and lines and not any(_GIVES_A_REASON.search(r.sentence) for r in events):
        # the sources say when, not why: said plainly before them, never a reason made up
        blocks.append(
            section(
                f"I can't answer why from what's on record: the sources held here say when {escape(body.name)} "
                "moved into or out of Engage, not why (a grade shown beside them is context, not HMICFRS's reason). "
                "HMICFRS's letters to it give the reasons."
            )
        )
    if not engage and found.only_grades:  # the sentences name the grade; none says why
        blocks.append(
            section(
                "I can't answer why from what's on record: the sentences held here state the grade"
                f"{'s' if len(found.grade_sentences) > 1 else ''}, not HMICFRS's reasons. The report gives them."
            )
        )
    blocks += [section(line) for line in lines]
    if engage and found.around:
        shown = "\n".join(f"• {report_phrase(r)}: {escape(g)}" for r, g in found.around)
        blocks.append(
            section(f"*Grades on record around its time in Engage* (context, not HMICFRS's reason):\n{shown}")
        )
    if found.from_data_table:
        blocks.append(
            context(
                "Graded in HMICFRS's data table, which gives no reason: "
                + escape(", ".join(found.from_data_table))
            )
        )
    if lines and report:
        blocks.append(context(report))
    return blocks


def render_why(answer: WhyAnswer) -> Message:
    engage = answer.question.engage
    names = ", ".join(b.body.name for b in answer.bodies) or "that"
    title = f"Why: {names}" + (f" on {answer.area_name}" if answer.area_name else "")
    blocks: list[Block] = [header(title), context(ENGAGE_INTRO if engage else INTRO)]
    for i, found in enumerate(answer.bodies):
        if i:
            blocks.append(divider())
        blocks += _body_blocks(found, engage, answer.area_name)
    if not answer.bodies:
        blocks.append(section("I don't know which force or fire service that asks about."))
    return message(title, blocks)
