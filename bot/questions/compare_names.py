"""The names a comparison was parsed with, less the words that name no body ('essex vs met across all areas')."""

from __future__ import annotations

from dataclasses import replace

from bot.questions.kinds import CompareQuestion, Question
from bot.questions.names import Directory
from bot.questions.repair import Lexicon


def compare_words(question: Question, lex: Lexicon, directory: Directory) -> Question:
    """'hertfordshire on recording crime data compared to bedfordshire': a word the bot knows ('data') and
    that names no body is not a third name to compare."""
    if not isinstance(question, CompareQuestion):
        return question
    names = tuple(
        n
        for n in question.names
        if directory.by_id(n)
        or not all(w in lex.known for w in n.split())
        or directory.resolve(n).suggestions
    )
    named = tuple(  # 'essex vs met across all areas': a word the bot knows ('areas') is no loosely typed name
        n
        for n in names
        if directory.by_id(n)
        or (directory.resolve(n).suggestions and not all(w in lex.known for w in n.split()))
    )
    if len(named) >= 2:  # 'peer group comparison - leics, notts, derbys': words that name nothing are no body
        names = named
    return replace(question, names=names) if len(names) >= 2 else question
