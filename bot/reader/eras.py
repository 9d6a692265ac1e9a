"""Words that place a text in time or rule rounds out without naming one: the inspectorate's name (Her or His
Majesty's), the grading scale it describes (four points, or five with adequate), how many fire and rescue
services England has (45 until April 2021, 44 since), and an earlier inspection of the same body. Plain scans
of lower-cased text anchored on literals; and `ruled_out`, which rounds they rule out."""

from __future__ import annotations

import re

from bot.reader.counts import counts_adequate
from bot.reader.known_rounds import KNOWN_ROUNDS, OLD_ROUNDS

# The five-point scale, named ("'Outstanding' is the best outcome possible, followed by 'Good', 'Adequate', …",
# "five categories including Outstanding, Good, Adequate, …"): only PEEL since 2021 and fire round 3 on have it
_SCALE = re.compile(
    r"\boutstanding\W{1,6}(?:\w+\W+){0,8}?good\W{1,6}(?:\w+\W+){0,3}?adequate\W{1,6}(?:\w+\W+){0,3}?"
    r"requires?\s+improvement"
)


_FIVE_TIERS = re.compile(
    r"\bfive[- ](?:tier|point)\b|\bfive (?:tiers|grades|gradings|categories)\b|\bfour[- ]tier\b[^.]{0,80}\bto five\b"
)
_FOUR_TIERS = re.compile(
    r"\bfour (?:possible )?(?:scores|grades|gradings|ratings|categories|levels)\b|\bfour[- ](?:tier|point)\b"
    r"|\b(?:one|two|three|four|[1-4]) out of four\b"
)
# the scale listed without adequate: "Outstanding > Good > Requires improvement > Inadequate", "graded
# 'outstanding', 'good', 'requires improvement' or 'inadequate'"
_FOUR_LISTED = re.compile(
    r"\boutstanding\W{1,6}good\W{1,6}requires?\s+improvement\W{1,6}(?:or\s+|and\s+)?\W{0,3}inadequate\b"
)


def names_four_point_scale(low: str) -> bool:
    """Whether a lower-cased text says it grades on four points ("the second-best out of four possible
    scores"), and names no five-point scale: PEEL before 2021, fire rounds 1 and 2."""
    if names_five_point_scale(low):
        return False
    if "four" in low and _FOUR_TIERS.search(low):
        return True
    at = low.find("requires improvement")
    while at >= 0:  # anchored on a literal: a 1 MB report is scanned fast
        if _FOUR_LISTED.search(low, max(0, at - 40), at + 60):
            return True
        at = low.find("requires improvement", at + 20)
    return False


def names_five_point_scale(low: str) -> bool:
    """Whether a lower-cased text names the grading scale with 'adequate' in it, or as five tiers."""
    if "five" in low and _FIVE_TIERS.search(low):
        return True
    at = low.find("adequate")
    while at >= 0:
        if _SCALE.search(low, max(0, at - 120), at + 60):
            return True
        at = low.find("adequate", at + 8)
    return False


# 'adequate' told as new ("received the new grade of 'adequate'", "there is now an additional 'adequate'
# category", "the new middle ranking category of adequate"): written of the first round graded on five points
_ADEQUATE_NEW = re.compile(
    r"\b(?:new|additional|added)\s+(?:[\w-]+\s+){0,3}?(?:grade|grading|category|rating|judge?ment|tier)\s+of\s+\W?adequate\b"
    r"|\b(?:new|additional|added)\s+\W?adequate\W{0,2}\s+(?:grade|grading|category|rating|judge?ment|tier)\b"
)


def calls_adequate_new(low: str) -> bool:
    """Whether a lower-cased text tells of 'adequate' as a grade newly added to the scale."""
    return "adequate" in low and bool(_ADEQUATE_NEW.search(low))


ERA_TURN = "2022-09"  # the inspectorate became His Majesty's on the Queen's death, 8 September 2022


def era(low: str) -> str | None:
    """When a lower-cased text was written, by the monarch in the inspectorate's name: "before" (Her
    Majesty's, until September 2022), "after" (His Majesty's), or None (neither, or both)."""
    her, his = "her majesty" in low, "his majesty" in low
    return "before" if her and not his else "after" if his and not her else None


# "since its last inspection", "we last inspected the service in": an earlier inspection of this body, so not
# the first round of its kind (fire round 1 was the first fire inspection in over a decade)
_AN_EARLIER_ONE = re.compile(
    r"\bsince (?:its|the|their|our) (?:last|previous) (?:inspection|report|assessment)"
    r"|\b(?:last|previously) inspected\b|\bour (?:last|previous) inspection\b"
)


def follows_an_earlier_inspection(low: str) -> bool:
    """Whether a lower-cased text says the body was inspected before."""
    return bool(_AN_EARLIER_ONE.search(low))


# England's fire and rescue services numbered 45 until Hampshire and the Isle of Wight merged in April 2021, and
# 44 since: "a rolling programme to inspect all 45 in England" was written in round 1
_SERVICES_COUNTED = re.compile(
    r"\b(?:all|the|of)\s+(45|44)(?:\s+(?:fire and rescue services|fire services|frss?|services))?"
    r"(?:\s+in\s+england)?\b"
)
MERGER = "2021-04"


def fire_services_counted(low: str) -> int | None:
    """How many fire and rescue services in England the text says there are (45 or 44), if one number."""
    found = {
        int(m.group(1))
        for m in _SERVICES_COUNTED.finditer(low)
        if any(word in m.group() for word in ("service", "frs", "england"))  # not "all 45 minutes"
    }
    return found.pop() if len(found) == 1 else None


def five_point(low: str) -> bool:
    """Whether a lower-cased text grades on the five-point scale: it names the scale, or counts areas graded
    adequate ("six were 'adequate'"), a grade PEEL before 2021 and fire rounds 1 and 2 did not give."""
    return "adequate" in low and (names_five_point_scale(low) or counts_adequate(low))


def ruled_out(low: str, framework: str, *, by_name: bool = True) -> dict[str, str]:
    """The rounds a lower-cased text cannot be about, each with why: the inspectorate's name tells when it
    was written (Her or His Majesty's; not without `by_name`), a grading scale the round did not use, and,
    for fire, an earlier inspection (so not round 1, the first)."""
    out: dict[str, str] = {}
    rounds = KNOWN_ROUNDS.get(framework, ())
    when = era(low) if by_name else None
    for k in rounds:
        if when == "before" and k.first > ERA_TURN:
            out[k.round] = "it names the inspectorate Her Majesty's, as before September 2022"
        elif when == "after" and k.last and k.last < ERA_TURN:
            out[k.round] = "it names the inspectorate His Majesty's, as since September 2022"
    if five_point(low):
        for r in OLD_ROUNDS.get(framework, ()):
            out.setdefault(r, "it grades on the five-point scale (with adequate), which that round did not")
    elif names_four_point_scale(low):
        for k in rounds:
            if k.round not in OLD_ROUNDS.get(framework, ()):
                out.setdefault(k.round, "it grades on four points, as only the old rounds did")
    if framework == "frs" and "national risks" in low:  # an area of fire rounds 1 and 2 only (now 'major and
        for k in rounds:  # multi-agency incidents')
            if k.round not in OLD_ROUNDS["frs"]:
                out.setdefault(k.round, "it names national risks, an area only fire rounds 1 and 2 graded")
    if framework == "frs" and (services := fire_services_counted(low)) is not None:
        for k in rounds:  # 45 services until the April 2021 merger, 44 since
            if services == 45 and k.first > MERGER:
                out.setdefault(k.round, "it counts 45 fire and rescue services, as before April 2021")
            elif services == 44 and k.last and k.last < MERGER:
                out.setdefault(k.round, "it counts 44 fire and rescue services, as since April 2021")
    # "last inspected … in December 2018" may be the inspection the text is about: it rules round 1 out only
    # where the inspectorate's name and the count of services leave a later round possible
    later_possible = any(k.round not in out for k in rounds[1:])
    if framework == "frs" and rounds and later_possible and follows_an_earlier_inspection(low):
        out.setdefault(rounds[0].round, "it follows an earlier inspection, and fire round 1 was the first")
    return out


# "Of eight areas Dorset Police was graded in": more areas than the old frameworks' three pillars graded
_MANY_AREAS = re.compile(r"\b(?:six|seven|eight|nine|ten|eleven|twelve|[6-9]|1[0-2])\s+(?:\w+\s+)?areas\b")


def by_area_framework(low: str) -> bool:
    """Whether a lower-cased text is of the frameworks since 2021 (PEEL) and 2021/22 (fire), which grade by
    area: it grades on five points, or counts six or more areas; never the old rounds' three pillars."""
    return five_point(low) or bool(_MANY_AREAS.search(low))
