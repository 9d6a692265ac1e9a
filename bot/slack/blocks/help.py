"""Render help, definitions, and 'I can't answer that yet'. Pure: data in, Block Kit out."""

from __future__ import annotations

from bot.questions.answers import CantAnswer, DefinitionAnswer
from bot.questions.vocab import scale
from bot.slack.blocks.common import Block, Message, context, divider, escape, header, message, section
from bot.slack.blocks.grade import share_button

# Every example here is answered by the shipped data; tests ask each one.
QUESTION_EXAMPLES = (
    ("One force or fire service", ("grade cambs", "how did Thames Valley do", "Kent's grades in 2021/22")),
    (
        "One area",
        (
            "is thames valley any good at safeguarding",
            "how is the met doing on 999 calls",
            "which areas did cambridgeshire get inadequate in",
            "what were north yorkshire police rated good at",
        ),
    ),
    (
        "Across forces",
        (
            "which forces are inadequate at responding to the public?",
            "who is outstanding for police powers",
            "good or better at protecting vulnerable people in Wales",
            "fire services inadequate at preventing fires",
        ),
    ),
    (
        "Compare and rank",
        (
            "compare norfolk, suffolk and essex",
            "compare norfolk and suffolk on responding",
            "best forces for investigating crime",
            "worst performing forces",
            "which fire service got the most outstandings",
        ),
    ),
    ("New reports", ("latest 5 reports", "reports since 1 June 2025", "what was published this month")),
    (
        "Over time",
        ("how has West Midlands done over time", "which forces got better at responding since 2021/22"),
    ),
    ("Enhanced monitoring", ("which forces are in engage", "has the met ever been in special measures")),
    ("Counts", ("how many forces are inadequate at anything", "how many outstanding grades in 2023-25")),
    ("Words", ("what does adequate mean", "what areas are graded")),
    ("Not inspected by HMICFRS", ("police scotland grades", "prisons in kent")),
    ("Pictures", ("chart police", "chart fire by region", "chart kent")),
)
# One each: a police force, fire and rescue services, Engage. Tests ask each one.
CANT_ANSWER_EXAMPLES = (
    "how did Thames Valley do",
    "compare essex and kent fire on preventing fires",
    "which forces are in engage",
)
# What the bot covers, said wherever it can't answer.
COVERAGE = (
    "I answer questions about HMICFRS inspection grades: the police forces of England and Wales (PEEL "
    "inspections), the fire and rescue services of England (fire and rescue inspections), and enhanced "
    "monitoring (Engage)."
)


def examples_text(command: str = "") -> str:
    prefix = f"{command} " if command else ""
    return "\n".join(
        f"*{title}*: " + ", ".join(f"`{prefix}{escape(q)}`" for q in questions)
        for title, questions in QUESTION_EXAMPLES
    )


def render_help(problem: str | None = None, command: str = "/inspections") -> Message:
    """What you can ask, with examples that work."""
    blocks: list[Block] = []
    if problem:
        blocks.append(section(escape(problem)))
    blocks += [
        section(
            f"*{command} <question>* — ask about HMICFRS inspections in plain words. "
            "You can also mention me in a channel or send me a direct message."
        ),
        section(examples_text(command)),
        context(
            f"Channel digests of new reports, grades, regrades and Engage: `{command} subscribe kent` "
            f"(or `… kent reports` for new reports only), `{command} unsubscribe`, `{command} subscriptions`. "
            "Grades come from a researched dataset, each with its source; missing grades are never guessed."
        ),
    ]
    return message(escape((problem + " " if problem else "") + f"Usage: {command} <question>"), blocks)


def render_cant_answer(answer: CantAnswer) -> Message:
    """'I can't answer that yet', the question echoed safely, what the bot covers, and three questions
    that do work."""
    typed = escape(answer.text[:200])
    text = f"I can't answer that yet: “{typed}”."
    if answer.topic:
        text = f"I can't answer that: it asks about {escape(answer.topic)}, not held here."
    examples = "\n".join(f"• `{escape(e)}`" for e in answer.examples)
    return message(
        f"{text} {COVERAGE} Try: " + "; ".join(escape(e) for e in answer.examples),
        [
            section(text),
            section(COVERAGE),
            section("Questions I can answer, for example:\n" + examples),
            context("Type `help` for more."),
        ],
    )


def render_definition(answer: DefinitionAnswer, question: str, *, shareable: bool = True) -> Message:
    """A grade's meaning on the whole scale, or the areas graded in each round."""
    blocks: list[Block] = [header(answer.title)]
    lines = []
    for term, meaning in answer.entries:
        mark = (
            scale(term) + " "
            if answer.highlight
            or term in ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")
            else ""
        )
        name = f"*{escape(term)}*"
        if answer.highlight and term == answer.highlight:
            name = f"*{escape(term)}* ◀"
        lines.append(f"{mark}{name}: {escape(meaning)}")
    blocks.append(section("\n".join(lines) or "Nothing recorded."))
    if answer.note:
        blocks += [divider(), context(escape(answer.note))]
    tail = [share_button(question)] if shareable else []
    fallback = answer.title + ". " + "; ".join(f"{t}: {m}" for t, m in answer.entries)
    return message(escape(fallback), blocks, tail=tail)
