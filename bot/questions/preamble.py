"""'doing a segment tonight on lincolnshire police being in special measures - how did they do in their last peel
inspection?': a sentence setting the scene, then a question that points back to what it named. The question is
asked of what the scene named, as a follow-up would be; the scene's own topic (special measures, response
times) is not the question. And a remark after the question ('… any good? we have a thatched cottage just
outside town') that names nothing is no part of it. Pure: text in, text out."""

from __future__ import annotations

import re

from bot.questions.entities import find_entities
from bot.questions.intro_said import ASKING
from bot.questions.names import Directory
from bot.questions.parse import name_finder

# the scene, a sentence of its own (ended by a full stop, '!' or ';': 'the dorset one - which …' is a topic said
# first, read as one question), then the question
_SCENE_THEN_QUESTION = re.compile(
    rf"^(?P<scene>[^?]{{12,240}}?)[.!;]\s+(?P<question>(?:(?:so|and|but|ok)\s+)?{ASKING}\b[^?]*\??)\s*$",
    re.I,
)
MIN_SCENE_WORDS = 5
# the question points back to what the scene named
_BACK = re.compile(
    r"\b(?:they|them|their|theirs|it|its|there|here|local|the\s+(?:town|city|area|county|force|service|place))\b",
    re.I,
)
_OWN_SCENE = re.compile(r"(?i)\b(?:meant|sorry|actually|one|ones|list|back\s+to)\b")
_THEY = re.compile(r"\b(?:they|them|their|it|its)\b", re.I)
_WHERE = re.compile(r"\b(?:round\s+here|around\s+here|over\s+there|here|there|locally)\b", re.I)
# a remark after the question: no asking word at its start
_AFTER = re.compile(r"^(?P<question>[^?]{6,}\?)\s+(?P<remark>[^?]{3,160})$")
_ASKING = re.compile(rf"^\W*(?:and\s+|so\s+|also\s+)?(?:{ASKING}|any)\b", re.I)


def scene_read(text: str, directory: Directory) -> str:
    """The question with what it points back to named from the scene before it (one body, or one town); the
    text unchanged when it is no such pair."""
    if not (m := _SCENE_THEN_QUESTION.match(text)) or not _BACK.search(question := m.group("question")):
        return text
    finder = name_finder(directory)
    asked = find_entities(question, directory, finder)
    if asked.bodies or asked.towns.towns or asked.place:
        return text  # the question names its own
    scene = find_entities(m.group("scene"), directory, finder)
    if len(scene.words) < MIN_SCENE_WORDS or scene.out_of_scope or _OWN_SCENE.search(m.group("scene")):
        return (
            text  # ('I meant West Sussex only.', 'the Suffolk one.': a correction or a pick, for their rules)
        )
    if scene.round or scene.area or scene.grades:
        return (
            text  # ('GMP in the 2021/22 PEEL round - … What did HMICFRS give them?': the scene is asked too)
        )
    bodies = {b.id: b for b in scene.bodies if not scene.towns.towns}
    if len(bodies) == 1:  # 'how did they do' -> 'how did Lincolnshire Police do'
        name = next(iter(bodies.values())).name
        return _THEY.sub(
            lambda p: f"{name}'s" if p.group(0).lower() in ("their", "its") else name, question, count=1
        )
    if len(scene.towns.towns) == 1 and (
        where := _WHERE.search(question)
    ):  # 'the police there' -> '… in Ipswich'
        town = scene.towns.towns[0].said
        return f"{question[: where.start()]}in {town}{question[where.end() :]}"
    return text


def remark_dropped(text: str, directory: Directory) -> str:
    """The question without a remark after it that names nothing asked about; the text unchanged otherwise."""
    if (
        not (m := _AFTER.match(text.strip()))
        or _ASKING.match(remark := m.group("remark"))
        or _BACK.search(remark)
    ):
        return text  # ('… inspected? mate just transferred out there': it points back, for the place rules)
    said = find_entities(remark, directory, name_finder(directory))
    named = said.bodies or said.towns.towns or said.place or said.area or said.grades or said.round
    return text if named or said.monitoring or said.kind_word else m.group("question")
