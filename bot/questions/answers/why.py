"""'why': the reasons on record, never made up. For each body: the sentence each grade was taken from (for
the area asked about, or every area of the round), the causes of concern and areas for improvement accepted
into the store, and for Engage the recorded reason for going in; each with its source. Nothing on record
reads as nothing on record, with the report's link."""

from __future__ import annotations

import re
from dataclasses import dataclass

import sqlite_utils

from bot.questions.answers.model import ReportRef
from bot.questions.answers.snapshot import Snapshot, area_in, count_statement, latest_with_grade, report_for
from bot.questions.areas import CONCEPTS_BY_KEY, AreaConcept
from bot.questions.names import Body
from bot.questions.why import WhyQuestion
from db import reasons

DATA_TABLE = "Data table:"  # evidence that is the researcher's note on HMICFRS's data table, not a sentence
# words by which a grade's sentence says why, not only which grade ('too slow to answer 999 calls', 'because');
# most stored sentences only name the grade ('T&A: requires improvement at ...'), which is no reason
_SAYS_WHY = re.compile(
    r"\b(?:because|due\s+to|as\s+a\s+result|owing\s+to|causes?\s+of\s+concern|concerns?\s+(?:about|over|that|on)|"
    r"fail(?:ed|ing|s|ures?)?|lack(?:s|ed|ing)?|too\s+(?:few|many|slow|long|often)|delays?|backlogs?|should|"
    r"must|needs?\s+to|poor(?:ly)?|weak(?:ness|nesses)?|wasn'?t|isn'?t|doesn'?t|didn'?t|struggl\w*|unable|"
    r"insufficient|inconsistent(?:ly)?|incorrect|praised?|commended|strengths?|promising\s+practice|innovative|"
    r"(?:in)?effective(?:ly|ness)?\s+(?:at|in|use)|quickly|slowly|waiting|misconduct|bullying|discrimination|"
    r"harassment|financial|budget|vacanc\w+|shortages?)\b",
    re.I,
)


@dataclass(frozen=True)
class Reason:
    """One stored sentence and where it is from; `about` says what it explains ('Responding... (Inadequate)')."""

    about: str
    sentence: str
    source_url: str


@dataclass(frozen=True)
class BodyReasons:
    """What the store holds on why, for one body and one round (or for its Engage events)."""

    body: Body
    framework: str | None
    round: str | None
    report_url: str
    grade_sentences: tuple[Reason, ...] = ()
    concerns: tuple[Reason, ...] = ()  # causes of concern, then areas for improvement
    engage: tuple[Reason, ...] = ()
    from_data_table: tuple[str, ...] = ()  # areas graded only in HMICFRS's data table (no sentence)
    not_graded: bool = False  # the area asked was not graded in that report (HMICFRS's count shows it)
    # Engage: the reports out when it went in and while it was in, each with its grades in brief (context)
    around: tuple[tuple[ReportRef, str], ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.grade_sentences or self.concerns or self.engage)

    @property
    def only_grades(self) -> bool:
        """Whether every sentence held only states a grade, and none says why (no concern, no reason)."""
        return (
            bool(self.grade_sentences)
            and not self.concerns
            and not any(_SAYS_WHY.search(r.sentence) for r in self.grade_sentences)
        )


@dataclass(frozen=True)
class WhyAnswer:
    question: WhyQuestion
    bodies: tuple[BodyReasons, ...]
    area_name: str | None = None


def _area_name(snap: Snapshot, framework: str, round_: str, area: str) -> str:
    for a in snap.areas.get((framework, round_), []):
        if a["area"] == area:
            return str(a["name"])
    return area.replace("_", " ").capitalize()


def why_answer(db: sqlite_utils.Database, snap: Snapshot, question: WhyQuestion) -> WhyAnswer:
    """The reasons on record for each body the question names."""
    out = []
    concept = CONCEPTS_BY_KEY.get(question.area or "")
    for body_id in question.names:
        body = snap.bodies.get(body_id)
        if body is None:
            continue
        if question.engage:
            out.append(_engage(db, snap, body))
            continue
        report = report_for(snap, body, question.round)
        if (
            question.grades and question.round is None
        ):  # 'the outstanding one': the latest report that gave it
            report = latest_with_grade(snap, body, question.grades) or report
        if report is None:
            out.append(BodyReasons(body, None, question.round, ""))
            continue
        framework, round_ = report["framework"], report["round"]
        keys = set(concept.area_keys) if concept else None
        sentences: dict[str, list[str]] = {}  # sentence -> what it explains
        urls: dict[str, str] = {}
        table_only = []
        for row in reasons.grade_evidence(db, body.id, round_):
            if keys is not None and row["area"] not in keys:
                continue
            if question.grades and row["grade"] not in question.grades:
                continue
            about = f"{_area_name(snap, framework, round_, row['area'])} ({row['grade']})"
            evidence = (row["evidence"] or "").strip()
            if not evidence or evidence.startswith(DATA_TABLE):
                table_only.append(about)
                continue
            sentences.setdefault(evidence, []).append(about)
            urls[evidence] = row["source_url"]
        concerns = [
            Reason(_kind_label(r["kind"]) + (f": {_area_name(snap, framework, round_, r['area'])}" if r["area"] else ""),
                   r["sentence"], r["source_url"])
            for r in reasons.reasons_for(db, body.id, round_)
            if keys is None or not r["area"] or r["area"] in keys
        ]  # fmt: skip
        out.append(
            BodyReasons(
                body,
                framework,
                round_,
                report.get("report_url") or "",
                tuple(Reason(", ".join(a), s, urls[s]) for s, a in sentences.items()),
                tuple(concerns),
                from_data_table=tuple(table_only),
                not_graded=concept is not None and _left_ungraded(snap, report, concept),
            )
        )
    area_name = concept.label if concept else None
    return WhyAnswer(question, tuple(out), area_name)


def _left_ungraded(snap: Snapshot, report: dict, concept: AreaConcept) -> bool:
    """The report has the area but no grade for it, and HMICFRS's count shows every grade it gave is recorded."""
    found = area_in(snap, report, concept)
    stated = count_statement(report)
    recorded = len(snap.grades.get(report["id"], {}))
    return bool(found and found[1] is None and stated and sum(stated.values()) == recorded)


def _kind_label(kind: str) -> str:
    return "Cause of concern" if kind == "cause_of_concern" else "Area for improvement"


_ABOUT_ENGAGE = re.compile(
    r"\b(?:engage|enhanced\s+monitoring|special\s+measures|causes?\s+of\s+concern)\b", re.I
)


def _engage(db: sqlite_utils.Database, snap: Snapshot, body: Body) -> BodyReasons:
    """The sentences on record about its spells in Engage, and those stored with its grades that speak of
    Engage or causes of concern (the reasons often sit there: 'causes of concern on prevention')."""
    events = reasons.engage_evidence(db, body.id)
    lines = [
        Reason(("Went into Engage" if e["event"] == "entered_engage" else "Left Engage") + f" ({e['date']})",
               e["evidence"].strip(), e["source_url"])
        for e in events
        if (e["evidence"] or "").strip()
    ]  # fmt: skip
    seen = {r.sentence for r in lines}
    for report in snap.reports.get(body.id, []):
        for row in reasons.grade_evidence(db, body.id, report["round"]):
            sentence = (row["evidence"] or "").strip()
            derived = sentence.startswith(DATA_TABLE) or sentence.lower().startswith("derived")
            if sentence and sentence not in seen and not derived and _ABOUT_ENGAGE.search(sentence):
                seen.add(sentence)
                about = _area_name(snap, report["framework"], report["round"], row["area"])
                lines.append(Reason(f"With its {about} grade ({row['grade']})", sentence, row["source_url"]))
    from bot.questions.answers.engage_around import around

    return BodyReasons(body, None, None, "", engage=tuple(lines), around=around(snap, body, list(events)))
