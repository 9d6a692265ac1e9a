"""Follow-ups when a name is unclear: 'did you mean' buttons that ask the whole question again."""

from __future__ import annotations

import re

from bot.questions import answers
from bot.questions.names import normalise
from bot.slack.blocks.common import Message
from bot.slack.blocks.grade import render_unknown_body
from bot.slack.blocks.help import CANT_ANSWER_EXAMPLES, render_cant_answer


def plausible(name: str, suggestions: tuple) -> tuple:
    """Fuzzy candidates for a name found in free text, kept only when a typed word starts like one of theirs.

    'thames vally' keeps Thames Valley; 'weather like' does not become West Mercia."""
    typed = {w[:3] for w in normalise(name).split() if len(w) >= 3}
    return tuple(
        b
        for b in suggestions
        if typed
        & {w[:3] for key in (b.name, b.id.replace("-", " "), *b.aliases) for w in normalise(key).split()}
    )


def unknown_name(name: str, suggestions: tuple, command: str, text: str = "", rest: str = "") -> Message:
    """'Did you mean', each button asking the whole question again with the name swapped for the body's id.

    When the text is only the name, the buttons run `command` on the body, followed by `rest` (a round)."""
    suggestions = plausible(name, suggestions)
    if not suggestions:
        return render_cant_answer(answers.CantAnswer(text or name, CANT_ANSWER_EXAMPLES))
    before, after = around(text, name)
    if before is not None and text.lower() != name.lower():
        return render_unknown_body(answers.UnknownBodyAnswer(name, suggestions, before, after or ""))
    return render_unknown_body(answers.UnknownBodyAnswer(name, suggestions, command, rest))


def around(text: str, name: str) -> tuple[str | None, str | None]:
    """The text before and after a loosely typed name, so a picked body keeps the question's other parts."""
    words = name.split()
    if not text or not words:
        return None, None
    found = re.search(r"\b" + r"\W+(?:\w+\W+){0,3}?".join(map(re.escape, words)) + r"\b", text, re.I)
    if not found:
        return None, None
    return text[: found.start()].strip(), text[found.end() :].strip()
