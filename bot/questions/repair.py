"""Typos repaired before a question is read: a word the bot does not know, within a small edit distance of
one word it does know (a body's name or alias, a place, an area's people-word, a grade or cue word), is read
as that word. Never a real English word into another ('polite' stays 'polite'), never when two known words
are as close, and nothing at all is done (no fuzzy matching runs) when every word is known.

The real words that guard repairs ship in real_words.txt (`python -m bot.questions.repair WORDLIST` makes them).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from bot.questions.dictation import rejoined
from bot.questions.names import Directory, normalise

# Repairs allowed by the length of the typed word: short words have too many neighbours to guess.
MIN_LENGTH = 4
_MAX_EDITS = ((10, 3), (6, 2), (4, 1))  # (typed at least this long, at most this many edits)
# More than one edit only ever repairs into a word at least this long (two edits: 8 letters, three: 10).
_LONG_ENOUGH = {1: 0, 2: 8, 3: 10}
_WORD = re.compile(r"[A-Za-z]+")
_REAL_WORDS = Path(__file__).with_name("real_words.txt")

# Words people type around a question that change nothing, reviewed one by one: never repaired, never
# reported as not understood.
FILLER_WORDS = frozenset(
    """
    hows whats wheres whos thats theres heres lets pls plz please thanks thank cheers hello hey hiya
    these those this that them they their theirs there then than these days nowadays lately right now atm
    currently doing going been being done looking look looks like seem seems seemed kind sort bit quite very
    really pretty just also actually basically honestly generally overall anyway know want wanted wondering
    wonder curious interested need needed tell show find give check checks checking checked see say said
    please could would should might shall will can may must lot lots much many some anything something
    everything anyone anybody everyone somebody someone area areas part parts thing things stuff bits
    category categories aspect aspects service services force forces police fire rescue grading gradings
    about around regarding re across from into onto upon within under over after before since during while
    when what which where who whom whose why how whether mate folks people guys your you yours our ours mine
    here home does did didnt doesnt dont done recent recently latest last current currently news update
    updates info information details detail summary breakdown results outcome outcomes verdict
    perform performs performing performed performer performers performance performances job jobs work
    working worked fare fares faring fared score scores scoring scored assessed assessment judged rate
    rates compared comparing currently presently today overall total totals general generally whole
    properly proper well badly poorly good bad okay alright best worst top bottom ranking ranked
    happened happen happening says saying tells telling thinks think thought reckon opinion inspectors
    inspectorate hmicfrs hmic grades graded grade rating ratings rated mean meaning means eh ya yeah yes
    got gotten getting gets received receive given awarded earned achieved manage managed managing
    among amongst between within across round nearby local locally area region live living dates date
    phase phases stage batch bunch anywhere everywhere finally sister sisters brother brothers mum mom dad
    parents parent family friend friends nan gran grandparents son daughter kids wife husband partner relatives
    yikes wow blimey hmm eventually patch patches always awful terrible dire rubbish dreadful useless
    even grandson granddaughter grandchildren grandad grandma grandpa nephew niece cousin uncle aunt
    morning afternoon evening quick quickly project homework essay assignment dissertation school cause
    dataset datasets database databases spreadsheet spreadsheets csv specifically particularly particular exactly precisely
    judgement judgements judgment judgments link links url urls pdf sorry apologies rest read councillor councillors cllr councilor district tier originally initially
    """.split()
)
# Words the bot reads by pattern (cues, grades, rounds, topics) that are not in the regexes' plain text.
_EXTRA_KNOWN = (  # (and days as a diary has them, 'on thurs': never a place misspelt, Thurso)
    "january february march april may june july august september sept october november december monday tuesday "
    "outstanding good adequate requires require requiring improvement improvements inadequate wednesday thursday "
    "not never none nothing neither nor no only except excluding apart other others besides both either friday "
    "else alone sole solely weren werent wasn wasnt isn isnt aren arent hasn hasnt haven havent didn wouldn sunday "
    "difference differences between versus compared comparison everything lancashire pillar pillars saturday "
    "place places first second third mon tue tues wed weds thu thur thurs fri sat sun tomorrow tmrw tonight weekend"
)


@dataclass(frozen=True)
class Repaired:
    """The text with its typos repaired, and each repair made (typed, read as)."""

    text: str
    changes: tuple[tuple[str, str], ...] = ()


def _harvest(modules: tuple[str, ...]) -> set[str]:
    """The plain words in every module-level regex of these modules: the cue words the grammar knows."""
    import importlib

    words: set[str] = set()
    for name in modules:
        module = importlib.import_module(name)
        for value in vars(module).values():
            patterns = value if isinstance(value, tuple) else (value,)
            for item in patterns:
                pattern = item[0] if isinstance(item, tuple) and item else item
                if isinstance(pattern, re.Pattern):
                    source = re.sub(r"\\[A-Za-z]|\(\?P<\w+>|\{\d*,?\d*\}", " ", pattern.pattern)
                    words |= {w.lower() for w in re.findall(r"[A-Za-z]{2,}", source)}
            if isinstance(value, (frozenset, set)) and all(isinstance(v, str) for v in value):
                words |= {w for v in value for w in v.lower().split()}
            if isinstance(value, dict) and all(isinstance(k, str) for k in value):
                words |= {w for k in value for w in k.lower().split()}
    return words


@dataclass(frozen=True)
class Lexicon:
    """Every word the bot knows, and the known words a typo may be repaired to."""

    known: frozenset[str]
    targets: tuple[str, ...]
    real: frozenset[str]
    owners: dict[str, frozenset[str]]  # a target word -> the areas or bodies whose names hold it
    places: frozenset[str] = frozenset()  # words of places people live: read by the gazetteer, not repaired
    pairs: frozenset[tuple[str, str]] = frozenset()  # two words next to each other in a body's name or alias
    _near: dict[tuple[int, int], tuple[str, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    _sounds: dict[str, list[str]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def sounding(self, key: str) -> tuple[str, ...]:
        """The targets of five letters or more, and places of six, that sound like this key (sounds.sound_key)."""
        if not self._sounds:
            from bot.questions.sounds import sound_key

            words = {t for t in self.targets if len(t) >= 5} | {w for w in self.places if len(w) >= 6}
            for word in sorted(words):
                self._sounds.setdefault(sound_key(word), []).append(word)
        return tuple(self._sounds.get(key, ()))

    def target_set(self) -> frozenset[str]:
        found = self._near.get((-1, -1))
        if found is None:
            found = self._near[(-1, -1)] = tuple(sorted(set(self.targets)))
        return frozenset(found)

    def near_in_length(self, length: int, edits: int) -> tuple[str, ...]:
        """The targets a word of this length could be within `edits` of (each edit changes the length by one at
        most), in the targets' own order, so the fuzzy matcher sees the same words, fewer of them."""
        found = self._near.get((length, edits))
        if found is None:
            found = self._near[(length, edits)] = tuple(
                t for t in self.targets if abs(len(t) - length) <= edits
            )
        return found


_lexicons: dict[int, tuple[Directory, Lexicon]] = {}


def lexicon(directory: Directory) -> Lexicon:
    """The lexicon for this directory (cached: directories are cached by answers.directory)."""
    cached = _lexicons.get(id(directory))
    if cached is None or cached[0] is not directory:
        _lexicons.clear()
        cached = (directory, _build(directory))
        _lexicons[id(directory)] = cached
    return cached[1]


def _build(directory: Directory) -> Lexicon:
    from bot.questions.areas import AREA_CONCEPTS

    names = {w for body in directory.bodies for key in Directory._keys_for(body) for w in key.split()}
    areas = {w for c in AREA_CONCEPTS for p in c.phrases for w in normalise(p).split()}
    grammar = _harvest(
        (
            "bot.questions.cues",
            "bot.questions.entities",
            "bot.questions.words",
            "bot.questions.topics",
            "bot.questions.context",
            "bot.questions.follow_words",
            "bot.questions.operators",
            "bot.questions.areas",
            "bot.questions.engage_words",
        )
    )
    known = frozenset(names | areas | grammar | FILLER_WORDS | set(_EXTRA_KNOWN.split()))
    owners: dict[str, set[str]] = {}
    for c in AREA_CONCEPTS:
        for w in {w for p in c.phrases for w in normalise(p).split()}:
            owners.setdefault(w, set()).add(c.key)
    # Targets: the words a typo is read as. Names, places, areas and grades, not every cue word ('fell').
    targets = tuple(sorted(w for w in names | areas | _TARGET_CUES if len(w) >= MIN_LENGTH - 1))
    pairs = frozenset(
        (a, b)
        for body in directory.bodies
        for key in Directory._keys_for(body)
        for a, b in zip(key.split(), key.split()[1:], strict=False)
    )
    owned = {w: frozenset(o) for w, o in owners.items()}
    return Lexicon(known, targets, real_words() - known, owned, pairs=pairs)


_TARGET_CUES = frozenset(
    """
    outstanding good adequate requires improvement inadequate police fire rescue force forces service
    services constabulary constabularies brigade which where what doing inspection inspections inspected
    grade grades graded rated rating ratings report reports engage special measures monitoring compare
    better worse improved declined latest published england wales welsh english region north south east west
    midlands yorkshire london eastern northern southern anything everything difference between
    werent wasnt arent isnt didnt doesnt havent hasnt hadnt except excluding inspectors reason reasons
    chief constable commissioner their average january february march april august september october
    november december those these
    """.split()
)


@cache
def real_words() -> frozenset[str]:
    """Real English words near the lexicon (the guard): never repaired into another word."""
    if not _REAL_WORDS.exists():
        return frozenset()
    return frozenset(_REAL_WORDS.read_text().split())


_ENDINGS = ("s", "es", "ed", "d", "ing", "ly")


def is_known(word: str, lex: Lexicon) -> bool:
    """A word the bot knows, or a known word with an ending ('weaknesses': the grammar says weakness(es))."""
    return (
        word in lex.known
        or word in lex.places
        or any(word.endswith(e) and word[: -len(e)] in lex.known for e in _ENDINGS if len(word) - len(e) >= 3)
    )


def _allowed(word: str) -> int:
    return next((edits for length, edits in _MAX_EDITS if len(word) >= length), 0)


def correction(word: str, lex: Lexicon) -> str | None:
    """The one known word this unknown word is a typo of, or None (too short, a real word, or ambiguous)."""
    allowed = _allowed(word)
    if not allowed or is_known(word, lex) or word in lex.real:
        return None
    # a typo first: 'northhants' is Northamptonshire, not 'north hants'
    return _typo_of(word, lex, allowed) or _sounds_like(word, lex) or _run_together(word, lex)


def _sounds_like(word: str, lex: Lexicon) -> str | None:
    """'speshal' is 'special': typed by ear, too many edits away for _typo_of, but one target sounds the same
    (same first letter, at most three edits)."""
    from rapidfuzz.distance import OSA

    from bot.questions.sounds import sound_key

    if len(word) < 5:
        return None
    near = {t for t in lex.sounding(sound_key(word)) if t[0] == word[0] and OSA.distance(t, word) <= 3}
    return near.pop() if len(near) == 1 else None


def _typo_of(word: str, lex: Lexicon, allowed: int) -> str | None:
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extract

    found = extract(
        word, lex.near_in_length(len(word), allowed), scorer=OSA.distance, score_cutoff=allowed, limit=6
    )
    if not found:
        return None
    best = min(d for _, d, _ in found)
    closest = {w for w, d, _ in found if d == best}
    if len(closest) > 1:
        # people seldom mistype a word's first letter: of two equally close words, the one that shares it
        closest = {w for w in closest if w[0] == word[0]}
    if len(closest) > 1 and len({lex.owners.get(w) for w in closest}) == 1 and lex.owners.get(min(closest)):
        closest = {min(closest)}  # 'investigatin': investigating or investigation, one area either way
    if len(closest) > 1:
        # a typo mostly drops or slips a letter near the end: 'protectin' is protecting, not protection
        share = {w: _common_prefix(w, word) for w in closest}
        longest = max(share.values())
        if longest >= len(word) - 1 and sum(1 for n in share.values() if n == longest) == 1:
            closest = {w for w, n in share.items() if n == longest}
    if len(closest) != 1:
        return None  # 'lics' is as close to 'leics' as to 'lincs': a guess, so not repaired
    (target,) = closest
    if best > 1 and (target[0] != word[0] or len(target) < _LONG_ENOUGH[best]):
        return None  # several edits, into a short word or another first letter: too far to read unasked
    return target


MIN_PART = 3


def _run_together(word: str, lex: Lexicon) -> str | None:
    """'westmids', 'northyorks', 'eastsussex': two known words typed as one, read as the two; None unless
    exactly one split makes two known words of at least MIN_PART letters."""
    targets = lex.target_set()
    splits = [
        f"{word[:i]} {word[i:]}"
        for i in range(MIN_PART, len(word) - MIN_PART + 1)
        if word[:i] in targets and word[i:] in targets
    ]
    return splits[0] if len(splits) == 1 else None


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


# Short forms people type for a word the grammar reads: read as that word, and said in 'Read as'
SHORT_FORMS = {
    "ppl": "people", "peeps": "people", "vuln": "vulnerable", "govt": "government", "yrs": "years", "teh": "the",
    "constab": "constabulary", "mst": "most", "ther": "there", "compair": "compare", "comparision": "comparison",
}  # fmt: skip


# 'what are there grades now': the homophone before a noun only 'their' can own
_THEIR = re.compile(
    r"\bthere(?=\s+(?:grades?|ratings?|results?|scores?|latest|last|peel|reports?|inspections?|areas?|best|worst|"
    r"lowest|highest|weakest|strongest|own|record)\b)",
    re.I,
)


def repair(text: str, lex: Lexicon) -> Repaired:
    """The text with dictation's split names joined (dictation.py) and each unknown word read as its typo's."""
    text, heard = rejoined(
        text, lex, lambda w: is_known(w, lex)
    )  # 'shrews berry', 'wooster': names as dictation writes them
    words = _WORD.findall(text)
    unknown = [w for w in words if len(w) >= MIN_LENGTH and not is_known(w.lower(), lex)]
    short = {w: SHORT_FORMS[w.lower()] for w in words if w.lower() in SHORT_FORMS}
    short |= {m.group(0): "their" for m in _THEIR.finditer(text)}
    if not unknown and not short:
        return Repaired(text, heard)
    changes: dict[str, str] = dict(heard) | short
    for word in (w for w in unknown if w not in short):
        fixed = correction(word.lower(), lex) or _in_a_name(word.lower(), words, lex)
        if fixed:
            changes[word] = fixed
    if not changes:
        return Repaired(text)
    repaired = _WORD.sub(lambda m: changes.get(m.group(0), m.group(0)), text)  # (a heard name is in already)
    return Repaired(repaired, tuple(changes.items()))


def _in_a_name(word: str, words: list[str], lex: Lexicon) -> str | None:
    """Of the known words a typo is as close to, the one that makes a body's name with the word beside it:
    'thmes valley' is Thames Valley (not 'times valley'). None when no one candidate does."""
    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extract

    allowed = _allowed(word)
    if not allowed or word in lex.real:
        return None
    lowered = [w.lower() for w in words]
    at = lowered.index(word)
    before = lowered[at - 1] if at else ""
    after = lowered[at + 1] if at + 1 < len(lowered) else ""
    found = extract(word, lex.near_in_length(len(word), 1), scorer=OSA.distance, score_cutoff=1, limit=6)
    named = {w for w, _, _ in found if (before, w) in lex.pairs or (w, after) in lex.pairs}
    return named.pop() if len(named) == 1 else None


def unknown_words(text: str, lex: Lexicon) -> tuple[str, ...]:
    """Words of the text the bot knows nothing about (after repair), longest-first order kept as typed."""
    seen: list[str] = []
    for word in _WORD.findall(text):
        w = word.lower()
        if len(w) >= MIN_LENGTH and w not in seen and not is_known(w, lex):
            seen.append(w)
    return tuple(seen)


def write_real_words(wordlist: Path, directory: Directory) -> int:
    """Write real_words.txt: the lower-case words of `wordlist` within repair distance of a target, or that
    sound like one."""
    from dataclasses import replace

    from rapidfuzz.distance import OSA
    from rapidfuzz.process import extractOne

    from bot.questions.places import gazetteer

    lex = replace(
        _build(directory), places=gazetteer().words()
    )  # a word sounding like a place is guarded too
    out = []
    for line in wordlist.read_text(errors="ignore").split():
        w = line.strip()
        if not w.isalpha() or not w.islower() or not w.isascii() or w in lex.known or not _allowed(w):
            continue
        if extractOne(w, lex.targets, scorer=OSA.distance, score_cutoff=_allowed(w)) or _sounds_like(w, lex):
            out.append(w)
    _REAL_WORDS.write_text("\n".join(sorted(set(out))) + "\n")
    return len(out)


if __name__ == "__main__":  # python -m bot.questions.repair WORDLIST (a British English word list)
    import tempfile

    from bot.questions.answers.snapshot import directory as load_directory
    from db.store import prepare

    store = prepare(Path(tempfile.mkdtemp()) / "words.db")
    with store.connect() as db:
        print(write_real_words(Path(sys.argv[1]), load_directory(db)), "real words written")
