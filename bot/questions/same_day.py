"""'which fire services had reports out the same day as kent fire', 'other than kent fire, which fire services
were published the same day': the day (or month) that body's latest report came out, asked as the reports
published then. Pure: text and snapshot in, the question out."""

from __future__ import annotations

import re

from bot.questions.answers.snapshot import Snapshot
from bot.questions.vocab import format_date

_SAME = re.compile(
    r"\b(?:on\s+|in\s+)?the\s+same\s+(?P<unit>day|date|week|month)(?:\s+as\s+(?:that\s+of\s+)?(?P<as>[\w&'’ -]+?))?"
    r"\s*[?.!]*$",
    re.I,
)
_OTHER_THAN = re.compile(
    r"^\W*(?:other\s+than|apart\s+from|besides|except(?:\s+for)?|aside\s+from|excluding|not\s+counting)\s+"
    r"(?P<who>[\w&'’ -]+?)\s*[,;:–—-]\s*",
    re.I,
)
_PUBLISHED = re.compile(r"\b(?:publish\w*|came\s+out|come\s+out|released?|out|reports?)\b", re.I)


def same_day(text: str, snap: Snapshot) -> str | None:
    """The question of the reports published on the day the named body's latest report was; None when the
    text asks no such thing, or that report's day is not recorded."""
    if "same" not in text.lower() or not (m := _SAME.search(text)) or not _PUBLISHED.search(text):
        return None
    who = m.group("as") or ((o := _OTHER_THAN.match(text)) and o.group("who"))
    body = snap.directory.resolve(who).body if who else None
    if body is None:
        return None
    dated = sorted(r["published"] for r in snap.reports.get(body.id, ()) if r["published"])
    if not dated or len(dated[-1]) < (7 if m.group("unit").lower() == "month" else 10):
        return None
    noun = "fire service" if body.kind == "fire" else "police"
    if m.group("unit").lower() == "month":
        return f"which {noun} reports were published in {format_date(dated[-1][:7])}"
    return f"which {noun} reports were published on {format_date(dated[-1])}"
