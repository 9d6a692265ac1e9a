"""'compare with Leicestershire - no, Warwickshire', 'Norfolk's fire service - sorry, I mean Essex's': a name
taken back as it is typed, and the one meant put in its place. Pure: text and directory in, text out."""

from __future__ import annotations

import re

from bot.questions.names import Directory, normalise

# the words that take back what was just said: ' - no, ', ', sorry, i mean ', '... or rather '
_TAKEN_BACK = re.compile(
    r"\s*[-–—,;]\s*(?:(?:no|sorry|oops|sorry\s+no|no\s+sorry)[,!.]?\s+(?:i\s+mean(?:t)?[,:]?\s+)?|i\s+mean(?:t)?[,:]?\s+|"
    r"or\s+rather[,]?\s+)(?:the\s+)?",
    re.I,
)


def self_corrected(text: str, directory: Directory) -> str | None:
    """The text with the body named just before 'no,' / 'sorry, I mean' replaced by the one named after it;
    None when it takes nothing back."""
    m = _TAKEN_BACK.search(text)
    if m is None:
        return None
    from bot.questions.parse import name_finder

    finder = name_finder(directory)
    plain = re.sub(r"['’]s\b", "", text)  # 'norfolk's fire service', 'essex's'
    m = _TAKEN_BACK.search(plain)
    if m is None:
        return None
    left, right = normalise(plain[: m.start()]).split(), normalise(plain[m.end() :]).split()
    before, after = finder.find(left), finder.find(right)
    if not before or not after or after[0][0] != 0:
        return None  # the one meant must come straight after the words that take one back
    (s, e, old), (_, end, new) = before[-1], after[0]
    meant = right[:end]
    kind_said = set(meant) & {"fire", "brigade", "frs", "police", "constabulary", "force"}
    if new.kind != old.kind and not kind_said:  # 'norfolk's fire service - sorry, i mean essex's': essex's
        same = directory.resolve(f"{' '.join(meant)} {'fire' if old.kind == 'fire' else 'police'}").body
        if same is None or same.kind != old.kind:
            return None
        meant = normalise(same.name).split()
    return " ".join([*left[:s], *meant, *left[e:], *right[end:]])
