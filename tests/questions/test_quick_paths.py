"""The engine's quick paths give the answers the long way gives: a typo is matched against the known words
near its length and finds what matching every known word finds; text with no area phrase's first word is
never read as naming an area; names and places are found from the words that start them."""

from __future__ import annotations

import random

from rapidfuzz.distance import OSA
from rapidfuzz.process import extract

from bench.robustness import cases, typos
from bot.questions import answers
from bot.questions.areas import _AREA_PATTERNS, AREA_CONCEPTS, find_area
from bot.questions.repair import _allowed, lexicon


def test_a_typo_finds_the_same_known_words_among_those_near_its_length(db):
    lex = lexicon(answers.directory(db))
    rng = random.Random(22)
    for target in lex.targets:
        for edits in (1, 2, 3):
            word = typos(target, rng, edits)
            allowed = _allowed(word)
            if not allowed:
                continue
            every = extract(word, lex.targets, scorer=OSA.distance, score_cutoff=allowed, limit=6)
            near = extract(word, lex.near_in_length(len(word), allowed), scorer=OSA.distance,
                           score_cutoff=allowed, limit=6)  # fmt: skip
            assert [m[:2] for m in near] == [m[:2] for m in every], word


def test_an_area_is_found_exactly_where_its_pattern_matches(db):
    texts = [case.text for case in cases(answers.directory(db))]
    for concept in AREA_CONCEPTS:
        for phrase in concept.phrases:
            texts += [phrase, phrase.upper(), f"is kent good at {phrase}?", f"x-{phrase}", f"{phrase}-led"]
    texts += ["which forces are good at crime-fighting", "999 calls", "anti-social behaviour", "managing"]
    for text in texts:
        for kind in ("police", "fire"):
            pattern, _ = _AREA_PATTERNS[kind]
            assert (find_area(text, kind)[0] is None) == (pattern.search(text) is None), (text, kind)
