"""'compare bucks and oxon fire', 'west sussex vs east sussex frs': a kind word said once, after the last of
two names, belongs to each (Buckinghamshire's fire service, not a loose 'bucks' beside Oxfordshire's). The
text is rewritten only when that names more bodies of that kind exactly. Pure."""

from __future__ import annotations

import re

from bot.questions.names import Directory, normalise

_JOINED = re.compile(r"\b(?:and|vs|versus|v|&|or|with)\b", re.I)
_KIND = {"fire": "fire", "frs": "fire", "police": "police", "constabulary": "police"}
_NEAR = 4  # the kind word comes within this many words after the joining word


# 'notts, derbyshire and leics fire and rescue services': one plural kind said after a list of names
_PLURAL = re.compile(
    r"\b(?:fire\s+and\s+rescue\s+services|fire\s+services|fire\s+brigades|frss|police\s+forces|constabularies)\b",
    re.I,
)


def kind_to_each(text: str, directory: Directory) -> str:
    """The text with a trailing kind word repeated after the first name, when that names more bodies."""
    text = _plural_to_each(text, directory)
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


def _plural_to_each(text: str, directory: Directory) -> str:
    """'compare notts, derbyshire and leics fire and rescue services on X': the plural kind said once after a
    list of two or more names, said after each name instead ('notts fire, derbyshire fire and leics fire')."""
    found = _PLURAL.search(text)
    if not found:
        return text
    from bot.questions.parse import name_finder

    kind = "police" if found.group(0).lower().startswith(("police", "constab")) else "fire"
    words = text[: found.start()].split()
    spans = name_finder(directory).find([normalise(w) or "_" for w in words])
    if len(spans) < 2 or spans[-1][1] != len(words):
        return text  # the names must run up to the kind ('kent and essex compared with other fire services')
    for _, end, _ in reversed(spans):
        last = words[end - 1]
        tail = last[-1] if last[-1] in ",;" else ""
        words[end - 1] = last[: len(last) - len(tail)]
        words.insert(end, kind + tail)
    return " ".join([*words, text[found.end() :].strip()]).strip()
