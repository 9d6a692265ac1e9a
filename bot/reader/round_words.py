"""The words that point to a round: numbers and ordinals, the year of an earlier inspection or of this one,
and grades for the old frameworks' pillars. Plain scans of lower-cased text, each anchored on a literal ("20",
"round", "inspection", a phrase) and checked in a window around it, so a 1 MB report costs a few
milliseconds; which rounds these words make is `rounds`' business."""

from __future__ import annotations

import re

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
_ROUND_NUMBER = re.compile(r"round\s+(one|two|three|four|[1-4])\b")
_NUMBER_ROUND = re.compile(r"\b(first|second|third|fourth)\s+(?:full\s+)?$")  # before "round"
_NTH_BEFORE = re.compile(
    r"\b(first|second|third|fourth|1st|2nd|3rd|4th)\s+"
    r"(?:(?:full|standalone|hmicfrs|formal|independent|external|ever|comprehensive)\s+)*$"
)
_EARLIER_NTH = re.compile(r"\b(?:since|after|than|from|compared with)\s+(?:at\s+)?(?:its|our|the|their)?\s*$")
# not "the first inspection of the service since 2021": the first since something, not the first round
_NTH_AFTER = re.compile(
    r"(?:inspection|assessment)s?\b(?!\s+(?:since|of its kind|in|for)\b)(?![^.;\n]{0,60}?\bsince\b)"
)
# "the second phase of inspections", "the third time the service has been inspected"
_NTH_PHASE = re.compile(r"\b(first|second|third|fourth)\s+phase\s+of\s+(?:\w+\s+)?inspections\b")
_NTH_TIME = re.compile(
    r"\b(first|second|third|fourth)\s+time\s+(?:that\s+)?(?:it|we|the\s+\w+|our\s+\w+)\s+(?:has|have)\s+been\s+inspected\b"
    r"(?!\s+since)"
)
_FIRST_TIME = re.compile(r"\binspected\s+for\s+the\s+first\s+time\b(?!\s+since)")
_YEAR = re.compile(r"20(?<!\d20)[12]\d(?!\d)")
# "since our 2021 inspection" (the year needs a word of inspection after it), "first inspection since 2019",
# "the last report in 2021", "last inspected in 2022": the year of an earlier inspection
_SINCE_BEFORE = re.compile(
    r"\b(?:since|after)\s+(?:the|our|its|their|a|an)?\s*(?:last|previous|earlier|prior|first)?\s*$"
    r"|\b(?:in|during|at)\s+(?:our|its|their)\s+$"  # "during our 2021 inspection": a report names its own so
)
_EARLIER_BEFORE = re.compile(
    r"(?:\b(?:first|latest)\s+(?:full\s+)?inspection\s+(?:(?:in|of)\s+(?:the\s+)?\w+\s+)?since\s+(?:\w+\s+){0,2}?"
    r"|\binspection,\s+the\s+first\s+since\s+(?:\w+\s+){0,2}?"  # "a recent inspection, the first since"
    r"|\b(?:report|inspection|assessment)\s+(?:is|was)\s+(?:the|its|their)\s+first\s+since\s+(?:\w+\s+)?"
    r"|\b(?:last|previous|prior|earlier|first)\s+(?:(?:full|routine|formal|main)\s+)?(?:peel\s+|hmicfrs\s+)?(?:inspection|report|assessment)\s+"
    r"(?:of\s+(?:this|its|that)\s+kind\s+)?(?:was\s+)?(?:in|of|from|during|published\s+in)\s+(?:\w+\s+)?"
    r"|\b(?:previously|last)\s+inspected\s+in\s+(?:\w+\s+)?)$"
)
_AFTER_AFTER = re.compile(r"\s+(?:peel\s+)?(?:inspection|assessment|report|visit)")
# "PEEL 2017", "PEEL: police effectiveness 2016", "PEEL Efficiency 2017"
PEEL_BEFORE = re.compile(
    r"\bpeel(?:\s+assessment)?:?\s+(?:police\s+\w+\s+|(?:effectiveness|efficiency|legitimacy|leadership)\s+)?$"
)


_PANDEMIC = re.compile(r"\b(?:pandemic|covid|coronavirus)|\bautumn 2020\b")
PANDEMIC_REACH = 120


def round_numbers(text: str) -> list[int]:
    """Rounds by number: "Round 3", "the third round", "its third inspection" (not "since our first one")."""
    out = []
    nth_rounds: list[int] = []  # "the third round": an ordinal a writer counts, unlike the label "Round 3"
    for m in re.finditer(r"round\b", text):
        after = _ROUND_NUMBER.match(text, m.start())
        start = max(0, m.start() - 17)  # not "concerns from its first round": an earlier one
        before = _NUMBER_ROUND.search(text[start : m.start()])
        if after:
            out.append(_NUMBERS[after.group(1)])
        elif before and not _EARLIER_NTH.search(text[max(0, start - 40) : start + before.start()]):
            nth_rounds.append(_ORDINALS[before.group(1)])
    if "phase of" in text:  # the scans run only where their words are
        out += [_ORDINALS[m.group(1)] for m in _NTH_PHASE.finditer(text)]
    if "been inspected" in text:
        out += [_ORDINALS[m.group(1)] for m in _NTH_TIME.finditer(text)]
    if "first time" in text and _FIRST_TIME.search(text):  # "inspected for the first time in …"
        out.append(1)
    nth: list[int] = []
    covid_counted = False  # "our second inspection, in autumn 2020, considered … the pandemic"
    for m in re.finditer(r"inspection\b", text):
        window = text[max(0, m.start() - 60) : m.start()]
        before = _NTH_BEFORE.search(window)
        if before and _NTH_AFTER.match(text, m.start()) and not _EARLIER_NTH.search(window[: before.start()]):
            if _PANDEMIC.search(text, m.start(), m.start() + PANDEMIC_REACH):
                covid_counted = True  # the Covid inspection of 2020: counted by the inspectorate, no round
                continue
            nth.append(_ORDINALS[before.group(1)])
    # counting the Covid inspection, "our third inspection" and "the third round of inspections" are round 2
    out += [n - 1 if covid_counted and n >= 3 else n for n in nth + nth_rounds]
    # "the first inspections of fire in ten years", "the first full assessment": only the first, as the
    # inspectorate's own pages count its Covid visit ("HMICFRS's third assessment of fire and rescue services" is
    # round 2); a service's own count does not ("our third assessment of the service's effectiveness", "as
    # part of its third assessment by HMICFRS": round 3)
    for word in ("inspections", "assessment"):
        at = text.find(word)
        while at >= 0:
            window = text[max(0, at - 60) : at]
            before = _NTH_BEFORE.search(window)
            if before and _NTH_AFTER.match(text, at) and not _EARLIER_NTH.search(window[: before.start()]):
                ordinal = _ORDINALS[before.group(1)]
                if ordinal == 1:
                    out.append(1)
                elif word == "assessment" and _OF_THE_SERVICE.match(text, at + len(word)):
                    out.append(ordinal)
                elif word == "assessment" and _ITS_OWN.search(window[: before.start()]):
                    out.append(ordinal)
            at = text.find(word, at + len(word))
    if "first" in text and "years" in text:  # "for the first time in 12 years, the sector was inspected"
        out += [1 for _ in _FIRST_IN_YEARS.finditer(text)][:1]
    return out


_OF_THE_SERVICE = re.compile(r"\s+of\s+(?:the|this)\s+service\b")
_ITS_OWN = re.compile(r"\b(?:its|our)\s+$")
# the first fire inspections in over a decade: round 1
_FIRST_IN_YEARS = re.compile(
    r"\bfirst\b[^.]{0,40}?\bin\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(?:1\d|ten|eleven|twelve|a decade)"
    r"\s*(?:years)?\b[^.]{0,120}?\binspect"
)


_SPAN_AFTER = re.compile(r"\s*[/-]\s*(?:20)?\d\d(?!\d)")


def years(text: str, before: re.Pattern[str], reach: int = 60, *, spans: bool = True) -> list[int]:
    """Years in the text that the words before them (within `reach` characters) make a cue (without
    `spans`, not a year that opens a span such as 2020/21: that names a round, read as one)."""
    out = []
    for m in _YEAR.finditer(text):
        ahead = text[max(0, m.start() - reach) : m.start()]
        if before.search(ahead) and (spans or not _SPAN_AFTER.match(text, m.end())):
            out.append(int(m.group()))
    return out


# "since the first inspection in 2018", "our first inspection, in 2018": the first round's year, which says the
# text is later, not that it is the next round
_FIRST_BEFORE = re.compile(
    r"\bfirst\s+(?:full\s+)?(?:peel\s+)?(?:inspection|report|assessment)\s+(?:was\s+)?(?:in|of|from|during)\s+"
    r"(?:\w+\s+)?$|\bsince\s+(?:the|our|its|their)?\s*first\s*$"
)


def earlier_inspection_year(text: str, *, first: bool = True) -> int | None:
    """The latest year the text names as an earlier inspection's ("since our 2021 inspection"); without
    `first`, not the year of the first inspection ("since the first inspection in 2018")."""
    years = [
        int(m.group())
        for m in _YEAR.finditer(text)
        if (
            _EARLIER_BEFORE.search(ahead := text[max(0, m.start() - 60) : m.start()])
            or (_SINCE_BEFORE.search(ahead) and _AFTER_AFTER.match(text, m.end()))
        )
        and (first or not _FIRST_BEFORE.search(ahead))
    ]
    years += _found_then_since(text)
    return max(years) if years else None


# "In 2022, HMICFRS found that the fire service required improvement" in a text on progress "since 2022": the
# year of the inspection before this one
_FOUND_IN = re.compile(
    r"\s*,?\s*(?:hmicfrs|hmic|the\s+inspectorate|inspectors|the\s+watchdog)\s+(?:had\s+)?"
    r"(?:found|rated|graded|judged|said)\b"
)
_IN_OPENING = re.compile(r"(?:^|[.!?\n]\s*)in\s+$")


def _found_then_since(text: str) -> list[int]:
    """Years in which the text says the inspectorate found something and since which it measures progress."""
    if "since" not in text:
        return []
    return [
        int(m.group())
        for m in _YEAR.finditer(text)
        if _IN_OPENING.search(text, max(0, m.start() - 6), m.start())
        and _FOUND_IN.match(text, m.end())
        and f"since {m.group()}" in text
    ]


FIRST_SINCE_BEGAN = re.compile(
    r"\bfirst\s+(?:report|inspection|assessment)\b[^.]{0,80}?\bsince\b[^.]{0,40}?"
    r"\b(?:re)?(?:commenced|began|begun|started|resumed|introduced|launched)\s+in\s+$"
)
PEEL_RUN_ON = re.compile(r"peel\s+(20\d\d)(\d\d)(?!\d)")
TITLE_YEAR = re.compile(r"^(?:[a-z&'.,-]+\s+){1,5}(201[4-9]|2020)$")  # "kent 2015": an old PEEL page's title
# "the PEEL inspection in 2022", "an inspection visit in autumn 2023", "inspections carried out between June 2018",
# "an inspection of the force in 2024", "an inspection by His Majesty's Inspectorate of … (HMICFRS) in summer 2022"
_INSPECTION_IN = re.compile(
    r"\b(?:peel\s+)?inspections?,?\s+(?:visits?\s+|fieldwork\s+|(?:that\s+)?(?:we\s+)?(?:were\s+|was\s+)?(?:carried\s+out|conducted)\s+)?"
    r"(?:of\s+(?:the|this)\s+(?:force|service|constabulary|brigade)\s+)?(?:by\s+(?:the\s+)?(?:inspectorate|inspectors|"
    r"hmicfrs|hmic|(?:his|her) majesty['’]?s inspectorate of [a-z&,' ]{5,70}?(?:\s+\((?:hmicfrs|hmic)\))?)\s+)?"
    r"(?:in|during|between)\s+(?:[a-z]+\s+)?$"
)
_NOT_THIS_ONE = re.compile(
    r"\b(?:previous|last|since|prior|earlier|first|before|after|revisit|re-?inspection)\b"
)
# Words of the pillars PEEL graded before 2021 and fire rounds 1 and 2 graded (2023-25 grades areas only)
OLD_PILLARS: dict[str, tuple[str, ...]] = {
    "peel": (  # the old pillars' own questions, not "keeping people safe", which later reports say too
        "effectively reducing crime and keeping people safe",
        "effective at keeping people safe and reducing crime",
        "efficient at keeping people safe and reducing crime",
        "legitimate at keeping people safe and reducing crime",
        "operating efficiently and providing sustainable services",
        "how legitimately it treats",
        # the old legitimacy question (2017 to 2018/19) asked how a force treats "the public and its workforce"
        # together; the areas graded since 2021 treat them apart
        "treats the public and its workforce",
        "treating the public and its workforce",
        "treats the public and their workforce",
        "legitimacy pillar",
        "effectiveness pillar",
        "efficiency pillar",
        # the old effectiveness questions (2015 to 2017), worded unlike the areas graded since 2021
        "investigating crime and reducing re-offending",
        "investigating crime and reducing reoffending",
        "tackling serious and organised crime",
    ),
    "frs": (  # not "how well it looks after its people": round 3 describes its inspection so too
        "effectiveness pillar",
        "efficiency pillar",
        "people pillar",
        "three pillars",
        "3 pillars",
    ),
}
# "The force was previously assessed as 'good' at tackling serious and organised crime": another inspection's
_TOLD_AS_EARLIER = re.compile(r"\b(?:previously|formerly|earlier|prior|last|had been)\b")
_GRADE_NEAR = re.compile(r"\b(?:outstanding|good|requires? improvement|inadequate|adequate)\b")


INSPECTION_REACH = 150  # characters before the year: room for the inspectorate's full name


# "In January 2022, we conducted a victim service assessment as part of our PEEL inspection": the year opens the
# sentence and the inspectorate tells what it did then (a revisit letter so names the inspection it follows up)
_WE_INSPECTED = re.compile(
    r",?\s*(?:we|hmicfrs|inspectors)\s+(?:conducted|carried\s+out|inspected)\b[^.]{0,100}?\b(?:inspection|assessment)\b"
)
_IN_MONTH_OPENING = re.compile(r"(?:^|[.!?\n]\s*)in\s+(?:[a-z]+\s+)?$")


def inspection_years(low: str) -> list[int]:
    """Years of "the PEEL inspection in 2022", "In January 2022, we conducted … inspection" (not an earlier one)."""
    out = []
    for m in _YEAR.finditer(low):
        ahead = low[max(0, m.start() - INSPECTION_REACH) : m.start()]
        said = _INSPECTION_IN.search(ahead)
        if said and not _NOT_THIS_ONE.search(ahead[max(0, said.start() - 30) :]):
            out.append(int(m.group()))
        elif _IN_MONTH_OPENING.search(ahead[-20:]) and (told := _WE_INSPECTED.match(low, m.end())):
            if not _NOT_THIS_ONE.search(told.group()):
                out.append(int(m.group()))
    return out


# "which in 2024 rated it inadequate", "was rated 'inadequate' at A in October 2023": the year a grade was given
_YEAR_THEN_RATED = re.compile(
    r"\s*,?\s*(?:(?:it|the force|the service|hmicfrs|inspectors)\s+)?(?:was\s+)?(?:rated|graded|judged)\b"
)
_RATED_THEN_YEAR = re.compile(r"\b(?:rated|graded|judged)\b[^.;,]{0,100}\bin\s+(?:[a-z]+\s+)?$")
_IN_YEAR = re.compile(r"\bin\s+(?:[a-z]+\s+)?$")
_EARLIER_RATING = re.compile(
    r"\b(?:previous\w*|last|earlier|formerly|from|since|before|prior|once|had been)\b"
)


def rating_years(low: str) -> list[int]:
    """Years in which the text says a grade was given (not an earlier one): "in 2024 rated it inadequate"."""
    out = []
    for m in _YEAR.finditer(low):
        ahead = low[max(0, m.start() - 110) : m.start()]
        if not _IN_YEAR.search(ahead):
            continue
        rated = _RATED_THEN_YEAR.search(ahead)
        if (rated or _YEAR_THEN_RATED.match(low, m.end())) and not _EARLIER_RATING.search(
            ahead[rated.start() if rated else -30 :]
        ):
            out.append(int(m.group()))
    return out


# Said of a force in later reports too, so a pillar's grade only when the grade is tied to it
_TIED_PILLARS = ("keeping people safe and reducing crime", "reducing crime and keeping people safe")
_TIED_GRADE = re.compile(
    r"\b(?:outstanding|good|requires? improvement|inadequate)['\"]?\s+(?:at|in|for)\s+(?:effectively\s+)?$"
)


# "'Outstanding' in both Efficiency and Legitimacy", "graded 'Good' in two pillars", "the overall inadequate
# grading for efficiency": a grade given to a pillar
_GRADE_NOUN = r"(?:(?:grade|grading|rating|judge?ment)\s+)?"
_PILLAR_GRADE = re.compile(
    rf"\b(?:outstanding|good|requires? improvement|inadequate)['\"]?\s+{_GRADE_NOUN}(?:in|for|across)\s+"
    r"(?:(?:both|two|three|all|3)\s+)*(?:of\s+)?(?:the\s+|its\s+)?"
    r"(?:(?:effectiveness|efficiency|legitimacy)\b(?!\s+(?:of|with|in|savings|and\s+effectiveness\s+of))"
    r"|(?:peel\s+)?pillars\b)"
)


# Fire rounds 1 and 2: "good in effectiveness", "requires improvement at keeping people safe and secure"
_FIRE_PILLAR_GRADE = re.compile(
    rf"\b(?:outstanding|good|requires? improvement|inadequate)['\"]?\s+{_GRADE_NOUN}(?:in|for|at)\s+"
    r"(?:its\s+|the\s+)?(?:(?:effectiveness|efficiency)\b(?!\s+(?:of|with|in|savings))"
    r"|(?:effectively\s+|efficiently\s+)?keeping people safe and secure"
    r"|(?:looking|how well it looks) after (?:its|their) people|(?:the\s+)?(?:three|3)\s+pillars)"
)


# the name alone ("HMIC has graded 2 forces as outstanding"): no later text names it so without a later name
_HMIC = re.compile(r"\(hmic\)|\bher majesty'?s inspectorate of constabulary\b(?!\s+and\s+fire)|\bhmic\b")
_LATER_NAMES = ("hmicfrs", "his majesty", "rescue services")  # the names it has had since 2017


def names_hmic_only(low: str) -> bool:
    """Whether the text names the inspectorate as it was called until July 2017 ("Her Majesty's Inspectorate
    of Constabulary (HMIC)") and never by a later name: a text of the old PEEL years."""
    if any(later in low for later in _LATER_NAMES):
        return False
    return ("hmic" in low or "inspectorate of constabulary" in low) and bool(_HMIC.search(low))


# PEEL as a yearly inspection ("the annual PEEL assessment", "HMICFRS' annual inspections of police
# effectiveness, efficiency, legitimacy and leadership", "its annual all-force inspections under the umbrella
# term PEEL"): so it ran until 2018/19; since 2021 it comes every two years ("rather than the annual PEEL
# inspections we used in previous years")
_ANNUAL_PEEL = re.compile(
    r"\bannual\s+(?:integrated\s+)?peel\s+(?:inspection|assessment)s?\b"
    r"|\bannual\s+(?:inspections?|assessments?)\s+of\s+police\s+effectiveness\b"
    r"|\bannual\s+all[- ]force\s+inspections?\b[^.]{0,40}\bpeel\b"
)
_NO_LONGER = re.compile(
    r"\b(?:rather than|away from|instead of|replac\w*|no longer|unlike|previous\w*|used to|single|former\w*)\b"
)


def names_annual_peel(low: str) -> bool:
    """Whether a lower-cased text tells of PEEL as annual, as it was before 2021 (not as what it has left)."""
    return "annual" in low and any(
        not _NO_LONGER.search(low[max(0, m.start() - 50) : m.start()]) for m in _ANNUAL_PEEL.finditer(low)
    )


_OLD_PEEL_NAMES = ("legitimacy and leadership", "legitimacy, and leadership")
_PEEL_PILLAR_WORDS = ("effectiveness", "efficiency", "legitimacy", "pillars")
_FIRE_PILLAR_WORDS = ("effectiveness", "efficiency", "safe and secure", "after its people", "after their people",
                      "pillars")  # fmt: skip
REACH = 90  # a grade and its pillar are this close
# "Effectiveness – requires improvement", "Efficiency: Good" and nothing more on the line: a pillar's grade
_PILLAR_HEADING = re.compile(
    r"(?:effectiveness|efficiency|legitimacy)[^\S\n]*[–—:-][^\S\n]*['\"‘]?"
    r"(?:outstanding|good|requires? improvement|inadequate)['\"’]?[^\S\n]*(?:$|\n)"
)


def _near(low: str, words: tuple[str, ...], pattern: re.Pattern[str]) -> bool:
    """Whether the pattern matches close before one of the words, in a sentence not told as earlier ('previously
    rated … for its efficiency in 2022'); a scan on plain substrings (a choice of opening words is slow)."""
    for word in words:
        at = low.find(word)
        while at >= 0:
            hit = pattern.search(low, max(0, at - REACH), at + len(word) + 40)
            if hit and not _TOLD_AS_EARLIER.search(low[max(low.rfind(".", 0, at), 0) : at + len(word) + 40]):
                return True
            at = low.find(word, at + len(word))
    return False


def grades_old_pillars(low: str, framework: str) -> bool:
    """Whether the text grades a pillar of the old frameworks ("judged 'Inadequate' for the Efficiency
    pillar"): PEEL before 2021, fire rounds 1 and 2."""
    if framework == "peel":
        # "police effectiveness, efficiency, legitimacy and leadership (PEEL)": leadership was a PEEL strand
        # only in the old framework's years (2015 to 2017), never in the rounds graded by area since 2021
        if any(words in low for words in _OLD_PEEL_NAMES):
            return True
        if _near(low, _PEEL_PILLAR_WORDS, _PILLAR_GRADE):
            return True
        for phrase in _TIED_PILLARS:
            at = low.find(phrase)
            while at >= 0:
                if _TIED_GRADE.search(low[max(0, at - 40) : at]):
                    return True
                at = low.find(phrase, at + len(phrase))
    if framework == "frs" and _near(low, _FIRE_PILLAR_WORDS, _FIRE_PILLAR_GRADE):
        return True
    for word in ("effectiveness", "efficiency", "legitimacy"):  # a pillar's heading: "Effectiveness – good"
        at = low.find(word)
        while at >= 0:
            if _PILLAR_HEADING.match(low, at):
                return True
            at = low.find(word, at + len(word))
    for phrase in OLD_PILLARS.get(framework, ()):
        at = low.find(phrase)
        while at >= 0:
            start = max(low.rfind(".", 0, at), at - 120, 0)
            end = low.find(".", at + len(phrase))
            window = low[start : min(end if end >= 0 else len(low), at + len(phrase) + 120)]
            if _GRADE_NEAR.search(window) and not _TOLD_AS_EARLIER.search(window):
                return True
            at = low.find(phrase, at + len(phrase))
    return False
