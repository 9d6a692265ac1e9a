"""'compare bucks and oxon fire', 'west sussex vs east sussex frs': a kind word said once, after the last of
two names, belongs to each (Buckinghamshire's fire service, not a loose 'bucks' beside Oxfordshire's). The
text is rewritten only when that names more bodies of that kind exactly. Pure."""

from __future__ import annotations

import re

from bot.questions.names import Directory, normalise

_JOINED = re.compile(r"\b(?:and|vs|versus|v|&|or|with)\b", re.I)
_KIND = {"fire": "fire", "frs": "fire", "police": "police", "constabulary": "police"}
_NEAR = 4  # the kind word comes within this many words after the joining word


def kind_to_each(text: str, directory: Directory) -> str:
    """The text with a trailing kind word repeated after the first name, when that names more bodies."""
    if not _JOINED.search(text):
        return text
    from bot.questions.parse import name_finder

    finder = name_finder(directory)
    words = text.split()
    plain = [normalise(w) or "_" for w in words]
    for c, word in enumerate(plain):
        if word not in {"and", "vs", "versus", "v", "&", "or", "with"} or c == 0:
            continue
        k = next((i for i in range(c + 1, min(len(plain), c + 1 + _NEAR)) if plain[i] in _KIND), None)
        if k is None or plain[c - 1] in _KIND:
            continue
        kind = _KIND[plain[k]]
        candidate = [*words[:c], words[k], *words[c:]]
        before = [b for _, _, b in finder.find(plain) if b.kind == kind]
        after = [b for _, _, b in finder.find([normalise(w) or "_" for w in candidate]) if b.kind == kind]
        if len({b.id for b in after}) > len({b.id for b in before}):
            return " ".join(candidate)
    return text
