"""What kind of inspection a text reports: PEEL or a fire and rescue service's effectiveness, efficiency and
people inspection (graded by area, what the store holds), or another kind whose grades are not those: crime
data integrity, custody, joint, thematic and national reports. Read from the text's title and opening, or from
one sentence when that sentence names another kind."""

from __future__ import annotations

import re

HEAD = 700  # a title, a standfirst and the first lines

NATIONAL = "a national report"
THEMATIC = "a thematic inspection"
SPOTLIGHT = "a thematic spotlight report across many forces' inspections"

# Each kind, and the words that name a text as one (as its subject, not in passing).
OTHER_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a crime data integrity inspection",
        re.compile(
            r"\bcrime data integrity\s+(?:inspection|re-?inspection|revisit|report|audit)"
            r"|\b(?:inspection|audit)\s+of\s+(?:\w+\s+){0,4}crime (?:data integrity|recording)"
            r"|\bcdi\s+(?:inspection|report)"
        ),
    ),
    (
        "a custody inspection",
        re.compile(
            r"\b(?:police\s+)?custody\s+(?:suite\s+)?(?:inspection|report)"
            r"|\binspection(?:\s+visit)?\s+(?:of|to|into)\s+(?:\w+\s+){0,3}(?:police\s+)?custody"
            r"|\bpolice custody suites\b"
            # "needs to improve its custody services - an inspection found unsatisfactory care of detainees"
            r"|\bcustody\s+(?:services?|provision|arrangements)\b|\b(?:care|safety|treatment)\s+(?:and\s+\w+\s+)?of\s+detainees\b"
        ),
    ),
    (
        "a joint inspection",
        re.compile(
            r"\bjoint\s+(?:targeted\s+area\s+|thematic\s+)?inspection|\bjtai\b|\bcriminal justice joint\b"
        ),
    ),
    (
        THEMATIC,
        re.compile(
            r"\bthematic\s+(?:inspection|report|review)|\bspotlight report\b"
            # "An inspection of vetting, misconduct, and misogyny in the police service": a topic, not a force
            r"|\ban inspection of (?:[\w,'-]+\s+){1,12}?in (?:the police service|policing|police forces|"
            r"fire and rescue services)\b"
            # "…release report on misconduct and misogyny in police service" (a story's address)
            r"|\breport on (?:[\w,'-]+\s+){1,8}?in (?:the\s+)?(?:police service|policing|police forces)\b"
            # "An inspection of the West Midlands regional response to serious and organised crime"
            r"|\ban inspection of (?:the\s+)?(?:[\w'-]+\s+){0,3}?regional (?:response|organised crime)\b"
        ),
    ),
    (
        NATIONAL,
        re.compile(
            r"\bstate of (?:policing|fire\s*(?:and|&)\s*rescue)\b|\bannual assessment of (?:policing|fire)"
            r"|\bnational (?:report|inspection|overview)\b"
            # "the first overview of inspections of English Fire and Rescue Services"
            r"|\boverview of (?:the\s+)?inspections of\b"
        ),
    ),
)
_GRADED_KIND = re.compile(
    r"\bpeel\b|effectiveness,? efficiency and (?:people|legitimacy)|\bpeel-reports\b|\bfrs-assessment\b"
)


# "PEEL spotlight report: …", "PEEL Spotlight: How effectively do the police record crime?": one theme across
# many forces' inspections
_SPOTLIGHT = re.compile(r"\bspotlight report\b|\bpeel spotlight\b")
# A tally across every force or service ("Telegraph analysis of the results of inspections of all 43 forces",
# "Of the 43 forces in England and Wales, 22 were judged", "a review of all 44 HMICFRS inspection reports"), or
# the inspectorate's national data table: a national picture, whichever forces it names
_TALLY = re.compile(
    r"\b(?:review|analysis) of (?:the\s+)?(?:results of\s+)?(?:the\s+)?(?:inspections of\s+)?all\s+(?:43|44|45)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:reports|forces|services)\b"
    r"|\bout of the\s+(?:43|44|45)\s+(?:police\s+)?forces\b"
    r"|\bof the\s+(?:43|44|45)\s+(?:police\s+)?forces(?:\s+in england and wales)?,\s+(?:\d+|half)\b"
    r"|\bassessment data table\b"
)
TITLE = 200
# An opening about how accurately a force records crime ("the best force in the country for its crime
# recording accuracy", "its crime-recording arrangements have improved"), with no word of PEEL there: the crime
# data integrity inspection. PEEL's own area is worded "recording data about crime"
_CRIME_RECORDING = re.compile(
    r"\bcrime[- ]recording\s+(?:accuracy|arrangements)\b|\baccuracy of (?:its |their |the force['’]s )?crime recording\b"
    # "improved in almost all aspects of crime recording", "recording 91.6 per cent of all reported crime"
    r"|\baspects of (?:its |their )?crime[- ]recording\b|\b(?:per ?cent|%) of (?:all )?reported crimes?\b"
    # "improved the integrity of its crime data recording", "to meet National Crime Recording Standards"
    r"|\bintegrity of (?:its |their |the force['’]s )?crime data\b|\bnational crime recording standards?\b"
)
FRAMEWORK = "a national publication on how the inspections are done (the framework), not an inspection"
# Its title (or address) is the framework or the programme itself: "PEEL assessment framework (PAF) 2025-2027",
# "…releases updated inspection programme and framework…", "new PEEL performance assessments for policing"
_FRAMEWORK = re.compile(
    r"\bassessment framework\b|\binspection (?:programme|framework)s?\b(?: and framework)?|\bprogramme and "
    r"framework\b|\bperformance assessments? for policing\b|\bnew (?:peel|inspection) (?:framework|approach)\b"
    # "How we inspect PEEL", "PEEL CDI judgment criteria": a page on the method, or on what each grade means (the
    # criteria as the title's last words: "rated good across all three judgement criteria has been welcomed" is
    # a service's report)
    r"|\bhow we inspect\b|\bjudge?ment criteria\s*$"
)
# An opening that explains the inspections rather than reporting one ("This page sets out information specific
# to the 2021/22 inspection cycle", "The categories of graded judgment are:"): weighed only when the text names
# no force or service, since a force's report may list the grades it uses
_EXPLAINS = re.compile(r"\bthis page sets out information\b|\bcategories of graded judge?ments? are\b")


ABOUT_ENGAGE = "about enhanced monitoring (Engage), not an inspection report"
MONITORING = "a national list of the forces or services under enhanced monitoring (Engage)"
# Its title lists who is in the monitoring phase: "Police forces in Engage", "Fire and rescue services in Engage"
_MONITORED = re.compile(r"\b(?:forces|services)\s+(?:currently\s+)?in\s+(?:the\s+)?engage\b")


def other_inspection(text: str, url: str = "") -> str | None:
    """The kind of inspection, when the text's title or opening reports one whose grades are not PEEL's or
    the fire round's (and says nothing there of PEEL or the fire inspection)."""
    head = url.lower().replace("-", " ") + "\n" + text[:HEAD].lower()
    title = url.lower().replace("-", " ") + "\n" + text[:TITLE].lower().split("\n", 1)[0]
    if _SPOTLIGHT.search(title):  # "PEEL spotlight report: …" sums up many forces' inspections
        return SPOTLIGHT
    if _FRAMEWORK.search(title):  # not in passing: a report says it inspected "against the framework"
        return FRAMEWORK
    if _MONITORED.search(title):
        return MONITORING
    if tallies_all(text, url):
        return NATIONAL
    if _GRADED_KIND.search(head):
        return None
    if _CRIME_RECORDING.search(head):
        return OTHER_KINDS[0][0]
    return named_kind(head)


def explains_inspections(text: str) -> bool:
    """Whether the opening of a text that names no force or service explains how the inspections are done
    (a cycle's page, the grading scale), so it is the framework, not an inspection."""
    return bool(_EXPLAINS.search(text[:HEAD].lower()))


def tallies_all(text: str, url: str = "") -> bool:
    """Whether the text's opening tallies every force or service (a national picture, about no one body)."""
    return bool(_TALLY.search(url.lower().replace("-", " ") + "\n" + text[:HEAD].lower()))


_ASIDE = re.compile(r"\b(?:following|after|previous|earlier|last|since|separate|before)\b[^.\n]{0,40}$")


def named_kind(sentence: str) -> str | None:
    """The other kind of inspection a sentence names, if any ("its crime data integrity inspection"); not one
    it names in passing ("following a thematic inspection last year")."""
    low = sentence.lower()
    for kind, words in OTHER_KINDS:
        for m in words.finditer(low):
            if not _ASIDE.search(low[max(0, m.start() - 50) : m.start()]):
                return kind
    return None


_COUNTS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:of\s+the\s+\w+\s+)?areas?\b"
)
# "Avon Fire and Rescue Service: Causes of concern revisit letter": a check on an inspection's causes of concern,
# ungraded (its round is the inspection's, so it is read as that round's, with nothing to propose)
_REVISIT = re.compile(
    r"\brevisit letter\b|\bcauses? of concern revisit\b|\brevisit of (?:the\s+)?causes? of concern\b"
)
# A story whose title is about enhanced monitoring ("Staffordshire Police may soon exit special measures")
_ABOUT_MONITORING = re.compile(r"\bspecial\s+measures\b|\benhanced\s+monitoring\b|\bengage\b")


def why_nothing(folded: str) -> str:
    """Why a text about one body proposes nothing: what it says instead of grades by area."""
    from bot.reader.lexicon import GRADE_WORDS

    low = folded.lower()
    if GRADE_WORDS.search(low) and _COUNTS.search(low):
        return "Nothing proposed: the text gives counts of grades but does not say which area got which."
    if GRADE_WORDS.search(low):
        return "Nothing proposed: the text uses grade words but states no grade for a named area."
    title = low[:TITLE].split("\n", 1)[0]
    if _REVISIT.search(title):
        return "Nothing proposed: the text states no grades; it is a revisit of causes of concern, a letter, not graded."
    if _ABOUT_MONITORING.search(title):
        return f"Nothing proposed: the text states no grades; it is {ABOUT_ENGAGE}."
    return "Nothing proposed: the text states no grades."
