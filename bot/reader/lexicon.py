"""The words of grading: the five grades as the press writes them, and each area's wordings beyond the store's
own names (a catalog's names and `also_called` are added at read time, so a new round's areas need no code)."""

from __future__ import annotations

import re

from bot.reader.proposal import Catalog

GRADES = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")

GRADE_WORDS = re.compile(
    r"\b(outstanding|good|adequate|inadequate|requires? improvement|requiring improvement|"
    r"required improvement|needs? improvement|in need of improvement|"
    r"(?:need|needs|needed|require|requires) improving|"
    # 'received top rating for the way they recorded crime data': the top of the scale, as what was received
    r"(?=[th])(?:(?<=received )|(?<=awarded )|(?<=given )|(?<=received the )|(?<=awarded the )|(?<=given the ))"
    r"(?:top|highest)\s+(?:possible\s+)?(?:rating|grade|grading)(?!\s+(?:of|was|is|as|it)\b))\b"
)


def grade_of(word: str) -> str:
    """The grade a matched grade word names."""
    word = word.lower()
    if word.startswith(("top ", "highest ")):
        return "Outstanding"
    if "improv" in word:
        return "Requires improvement"
    return word.capitalize()


# Wordings reports, press releases and news use for each area, by framework and the store's area id.
# Keep them specific: a word that also names something else ("response", "culture") is only used where
# the form of the text makes it an area (a table row, "A: grade", a list under a grade).
WORDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "peel": {
        "police_powers": (
            "police powers and public treatment",
            "police powers and treatment of the public",
            "use of police powers",
            "uses police powers",
            "using police powers",
            "police powers",
            "public treatment",
            "treatment of the public",
            "treating the public fairly",
            "treats the public fairly",
            "treating people fairly",
            "treats the public",
        ),
        "public_treatment": (
            "engaging with and treating the public with fairness and respect",
            "treating the public with fairness and respect",
            "engaging with the public",
            "treatment of the public",
            "treating the public fairly",
            "treating people fairly and with respect",
            "treating people fairly",
            "fairness and respect",
            "public treatment",
            "legitimacy",
            "treats the public",
        ),
        "preventing_crime": (
            "preventing crime and anti-social behaviour",
            "preventing crime and antisocial behaviour",
            "preventing and deterring crime",
            "preventing crime",
            "prevents crime",
            "prevent crime",
            "crime prevention",
            "tackling anti-social behaviour",
            "preventing crime and asb",
        ),
        "preventing_crime+investigating": (
            "preventing and investigating crime",
            "investigating and preventing crime",
        ),
        "responding": (
            "responding to the public",
            "responds to the public",
            "respond to the public",
            "response to the public",
            "responding to calls",
            "responds to calls",
            "responding to calls for service",
            "answering calls",
            "call handling",
            "answering emergency calls",  # "inadequate at quickly answering emergency calls"
            "answering 999 calls",
        ),
        "investigating": (
            "investigating crime",
            "investigating crimes",
            "investigates crime",
            "investigate crime",
            "investigation of crime",
            "crime investigation",
            "criminal investigations",
            "investigations",
        ),
        "protecting_vulnerable": (
            "protecting vulnerable people",
            "protects vulnerable people",
            "protect vulnerable people",
            "protection of vulnerable people",
            "protecting the vulnerable",
            "protecting vulnerable",
            "safeguarding vulnerable people",
        ),
        "managing_offenders": (
            "managing offenders and suspects",
            "managing suspects and offenders",
            "managing offenders",
            "manages offenders",
            "manage offenders",
            "offender management",
            "managing suspects",
        ),
        "workforce": (
            "building supporting and protecting the workforce",
            "supporting and protecting the workforce",
            "developing a positive workplace",
            "positive workplace",
            "developing a positive workforce",
            "positive workforce",
            "supporting its workforce",
            "supports and develops its workforce",
            "building supporting and protecting its workforce",
            "developing our workforce",
            "developing its workforce",
            "supporting and developing its workforce",
            "supporting and developing the workforce",
            "building and supporting the workforce",
            "supporting the workforce",
            "the workforce",
            "its workforce",
            "workforce",
        ),
        "leadership": (
            "leadership and force management",
            "leadership and management",
            "force management",
            "leadership",
        ),
        "recording_data": (
            "recording data about crime",
            "crime data integrity",
            "crime data accuracy",
            "crime recording",
            "recording crime",
            "records crime",
            "recorded crime data",  # 'for the way they recorded crime data' (not 'recorded crime', a statistic)
            "record data about crime",
            "recording data",
            "recording of crime",
            "data about crime",
            "crime data",
        ),
        "serious_organised_crime": (
            "disrupting serious organised crime",
            "disrupting serious and organised crime",
            "serious and organised crime",
            "serious organised crime",
            "disrupts organised crime",
            "disrupting organised crime",
            "tackling organised crime",
            "organised crime",
            "serious crime prevention orders",  # a tool against organised crime, not crime prevention
        ),
        "use_of_resources": (
            "strategic planning organisational management and value for money",
            "good use of resources",
            "good use of its resources",
            "use of resources",
            "use of its resources",
            "operational efficiency",
            "using resources well",
            "uses its resources well",
            "using its resources well",
            "value for money",
            "strategic planning",
        ),
        "victim_service": (
            "providing a service to the victims of crime",
            "service to the victims of crime",
            "service to victims",
            "victim service",
            "supporting victims",
        ),
    },
    "frs": {
        "understanding_risk": (
            "understanding the risk of fire and other emergencies",
            "understanding the risk of fire",
            "understanding risk",
            "understanding the risk",
            "understands risk",
            "understanding risks",
            "understanding fire and risk",
            "understanding fire and other risks",
            "understanding fires and other risks",
            "understanding the fires and other risks",
            "understanding community risk",  # the risk of fire and other emergencies in its community
            "understanding community risks",
            "understanding the risks in its community",
        ),
        # one phrase for two areas ("outstanding both for understanding and preventing fires")
        "understanding_risk+preventing_fire": (
            "understanding and preventing fires and other risks",
            "understanding and preventing fire and other risks",
            "understanding and preventing fire and risk",
            "understanding and preventing fires",
            "understanding and preventing fire",
            "understanding and reducing the risk of fire",
        ),
        "preventing_fire+fire_regulation": (
            "prevention and protection",
            "preventing fires and protecting the public through fire regulation",
        ),
        "preventing_fire": (
            "preventing fires and other risks",
            "prevention of fires and other risks",
            "prevention of fires",
            "preventing fires",
            "preventing fire",
            "prevents fires",
            "fire prevention",
            "prevention",
        ),
        "fire_regulation": (
            "protecting the public through fire regulation",
            "protecting the public through fire safety regulation",
            "fire safety regulation",
            "fire regulation",
            "protection",
        ),
        "responding_fires": (
            "responding to fires and other emergencies",
            "responding to fires",
            "responding to fire and other emergencies",
            "responding to fire",
            "response to fires and other emergencies",
            "response to fires",
            "responds to fires",
            "responding to emergencies",
            "emergency response",
            "response",
        ),
        "major_incidents": (
            "responding to major and multi-agency incidents",
            "responding to major incidents",
            "major and multi-agency incidents",
            "responding to major and multi-agency",
            "response to major incidents",
            "major incident response",
            "multi-agency incidents",
            "major incidents",
            "responding to national risks",
        ),
        "best_use_of_resources": (
            "making best use of resources",
            "making the best use of resources",
            "best use of resources",
            "use of resources",
            "use of its resources",
        ),
        "future_affordability": (
            "making the fire and rescue service affordable now and in the future",
            "making the service affordable now and in the future",
            "affordable now and in the future",
            "affordable both now and in the future",
            "future affordability",
            "affordability",
        ),
        "values_culture": (
            "promoting the right values and culture",
            "promoting values and culture",
            "right values and culture",
            "values and culture",
            "culture",
        ),
        "right_people": (
            "getting the right people with the right skills",
            "right people with the right skills",
            "getting the right people",
            "the right people",
            "right skills",
        ),
        "fairness_diversity": (
            "ensuring fairness and promoting diversity",
            "fairness and promoting diversity",
            "fairness and diversity",
            "promoting diversity",
            "equality diversity and inclusion",
        ),
        "managing_performance": (
            "managing performance and developing leaders",
            "managing performance",
            "developing leaders",
            "performance management",
        ),
    },
}

# Wordings that name an area only in a structured place (a table cell, "A: grade", a list under a grade):
# in running prose they are ordinary words.
STRUCTURED_ONLY = {
    "investigations",
    "leadership",
    "workforce",
    "the workforce",
    "its workforce",
    "prevention",
    "protection",
    "response",
    "culture",
    "legitimacy",
    "crime data",
}

_DESCRIPTIVE = re.compile(r"\b(graded|not graded|some|only|separate|effectiveness|efficiency|people)\b", re.I)


def area_wordings(catalog: Catalog, framework: str) -> list[tuple[str, str]]:
    """(wording, area id) for every area the framework has in any round: the store's names first."""
    out: list[tuple[str, str]] = []
    for a in catalog.areas:
        if a.framework != framework:
            continue
        out.append((a.name, a.area))
        for part in re.split(r"[;]", a.also_called):
            part = part.strip()
            if len(part.split()) >= 2 and not _DESCRIPTIVE.search(part):
                out.append((part, a.area))
    for area, wordings in WORDINGS.get(framework, {}).items():
        out.extend((w, area) for w in wordings)
    return out


_LONG_GRADES = ("requires improvement", "outstanding", "inadequate")  # long enough to know with a slip


def slipped_grade(cleaned: str) -> str | None:
    """A heading that is a long grade's name typed with a slip or two ('Requirs Improvement'), nothing else."""
    if not 8 <= len(cleaned) <= 24 or not cleaned.replace(" ", "").isalpha():
        return None
    from rapidfuzz.distance import Levenshtein

    near = [g for g in _LONG_GRADES if Levenshtein.distance(cleaned, g, score_cutoff=2) <= 2]
    return grade_of(near[0]) if len(near) == 1 else None
