"""Text -> a typed question. Raises UsageError (with help) for text that is not a question we take."""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_NAME_LENGTH = 100
_ROUND = re.compile(r"\b(?:in\s+)?(20\d\d)\s*[-/–—]\s*(?:20)?(\d\d)\b")


class UsageError(Exception):
    """The text is not something we can answer; the message says why, and help follows."""

    def __init__(self, problem: str, command: str = "grade"):
        super().__init__(problem)
        self.problem = problem
        self.command = command


@dataclass(frozen=True)
class GradeQuestion:
    """'grade <body> [round]': one body's grades."""

    name: str
    round: str | None = None


@dataclass(frozen=True)
class HelpQuestion:
    """'help' or empty text."""

    command: str = "grade"


def extract_round(text: str) -> tuple[str, str | None]:
    """Pull a round like '2021/22' or '2023–25' out of text: ('kent', '2021-22')."""
    match = _ROUND.search(text)
    if not match:
        return text, None
    rest = (text[: match.start()] + text[match.end() :]).strip(" ,")
    return rest, f"{match.group(1)}-{match.group(2)}"


def parse_grade(text: str) -> GradeQuestion | HelpQuestion:
    """The text of `/grade`: a body name, optionally a round."""
    text = " ".join(text.split())
    if not text or text.lower() in {"help", "?", "-h", "--help"}:
        return HelpQuestion("grade")
    name, round_ = extract_round(text)
    if len(name) > MAX_NAME_LENGTH:
        raise UsageError("That's longer than any force or fire service name I know.")
    if not re.search(r"[A-Za-z]", name):
        raise UsageError("Give the name of a police force or fire and rescue service.")
    return GradeQuestion(name, round_)
