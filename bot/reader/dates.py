"""When a text's report was published, and when the page itself was written. Candidate dates: a labelled date
("Published 8th Mar 2024", "released publicly on 14August 2025", "Posted April 14th 2025"), a date standing
alone at its top ("09/04/2026"), a sentence saying when the report came out, the date in its address
(`/2024/11/29/`). A page's own date (a story's byline, a statement's dateline, a copy's header) is the
report's only on the inspectorate's own pages, on the report itself, or where the text says the report came
out that day; otherwise it is when the text was written, a cue to the round only. Candidate phrases are found
here; python-dateutil reads each one (day first, as in the UK). Nothing else in the text is parsed, so a 1 MB
report costs a few regex scans of its head."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from urllib.parse import urlsplit

from dateutil import parser as _dateutil

HEAD = 5000  # a labelled date is looked for in the text's opening only
TOP_LINES = 6
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_YEAR = r"20\d\d"
DATE = (
    rf"(?:{_WEEKDAY}?(?:"
    rf"\d{{1,2}}(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}\.?,?\s*{_YEAR}"  # 8th Mar 2024, 14August 2025
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}"  # April 14th 2025
    rf"|\d{{1,2}}[/.]\d{{1,2}}[/.]{_YEAR}"  # 09/04/2026 (day first)
    rf"|{_YEAR}-\d\d-\d\d"  # 2025-10-31
    r"))"
)
_LABEL = re.compile(
    r"\b(?:published|publication date|date published|first published|date of publication|date of issue|"
    r"released(?: publicly)?|release date|posted|dated|issued|date)\b"
    # "published today (27th November 2014)", "this week (August 14, 2025)", "published today 18 June 2025"
    r"[^\S\n]*(?:on|at|:|-)?[^\S\n]*(?:(?:today|this\s+week|yesterday)\s*(?:\(\s*|,\s*|on\s+|(?=\d))|the\s+)?"
    r"(?:\d{1,2}[:.]\d\d\s*(?:am|pm)?,?\s*(?:on\s+)?)?" + rf"({DATE})(?![\d/])",
    re.I,
)
# "the PEEL 2021/22 report ... will be published on the HMICFRS website at 00:01 on Friday 25 November 2022"
# ... and the other way round: "HMICFRS published its PEEL 2023-2025 report on the force on 5 March 2025"
_REPORT_PUBLISHED_ON = re.compile(
    r"\b(?:(?:report|inspection|assessment)\b[^.\n]{0,80}?\b(?:published|released)|"
    r"(?:published|released)\b[^.\n]{0,80}?\b(?:report|inspection|assessment))\b[^.\n]{0,60}?\bon\s+"
    + rf"({DATE})(?![\d/])",
    re.I,
)
# "On 17th March 2023 His Majesty's Inspectorate … published its PEEL Inspection of North Yorkshire Police";
# "Today (Wednesday 06 December 2023) sees the publication of … (PEEL) inspection report into Surrey Police"
_ON_DATE_PUBLISHED = re.compile(
    rf"(?:^|[.!?\n]\s*)on\s+(?:the\s+)?({DATE})(?![\d/]),?\s+[^.\n]{{0,120}}?\b(?:published|released)\s+"
    r"(?:its|their|the|a|his|her)\s+(?:\w+\s+){0,3}?(?:report|inspection|assessment)\b"
    rf"|(?:^|[.!?\n]\s*)today\s*\(\s*({DATE})\s*\)\s*,?\s+(?:\w+\s+){{0,3}}?(?:the\s+)?(?:publication|release)\s+of\b"
    r"[^.\n]{0,160}?\b(?:report|inspection|assessment)\b",
    re.I,
)
# "has been published today (Tuesday 12 March)": a day and month whose year only the address gives
_LABEL_NO_YEAR = re.compile(
    r"\b(?:published|released(?: publicly)?|posted)\b[^\S\n]*(?:on[^\S\n]+)?(?:today\s*\(\s*)?"
    + rf"{_WEEKDAY}?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b(?!\.?,?\s*\d)",
    re.I,
)
# A month without its day: "Its report was published in December 2023" (the report's; not "the findings will
# be published in March 2026" or "a spotlight report, which we published in March 2023"), "Published: March 2017"
# (a label: the page's, unless told of the report)
_REPORT_PUBLISHED_IN = re.compile(
    r"\b(?:its|the|our|their|this)\s+(?:[\w-]+\s+){0,3}?(?:report|inspection report|assessment)\s+(?:(?:was|has been)\s+)?"
    r"(?:first\s+)?(?:published|released)\s+in\s+" + rf"({_MONTH})\.?,?\s+({_YEAR})\b"
    # "HMICFRS released their most recent inspection of Merseyside Police in October 2023"
    r"|\b(?:published|released)\s+(?:its|their|the)\s+(?:most\s+recent\s+|latest\s+)?(?:peel\s+)?"
    r"(?:inspection|report|inspection report)\s+(?:of|on|into)\s+(?:[\w&'’-]+\s+){1,5}?in\s+"
    + rf"({_MONTH})\.?,?\s+({_YEAR})\b",
    re.I,
)
_LABEL_MONTH = re.compile(
    r"^[^\S\n]*(?:published|publication date|date published|first published)[^\S\n]*[:\-]?[^\S\n]*"
    + rf"({_MONTH})\.?,?\s+({_YEAR})[^\S\n]*$",
    re.I | re.M,
)
_DATE_IN_LINE = re.compile(rf"(?<![\w/])({DATE})(?![\d/])", re.I)
DATELINE = (
    90  # a short line that is little but a date is a dateline ("Norfolk County Council, 7 March 2024 15:23")
)
DATELINE_WORDS = 6
_URL_DATE = re.compile(r"/(20\d\d)[/-](\d\d)[/-](\d\d)(?:/|$)")  # /2024/11/29/, /2023-09-13/
_URL_MONTH = re.compile(
    r"/(20\d\d)/(\d\d)(?:/|$)|(?<![\d-])(20\d\d)[-_](\d\d)[-_](?![\d-])"
)  # /2023/03/, 2019-02_
_URL_MONTH_NAME = re.compile(rf"/(20\d\d)/({_MONTH})(?:/|$)", re.I)  # /2024/march/
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_NO_DEFAULT = datetime(1, 1, 1)


def parse_date(phrase: str) -> str | None:
    """One candidate date phrase as YYYY-MM-DD (None when it is not a real date)."""
    cleaned = re.sub(r"(\d)(?=[a-z])(?!st|nd|rd|th)", r"\1 ", phrase.lower())  # '14august' -> '14 august'
    cleaned = re.sub(r"\bsept\b", "sep", cleaned)
    try:
        iso = bool(re.match(r"\s*20\d\d-", cleaned))  # 2025-03-12 is year, month, day
        parsed = _dateutil.parse(cleaned, dayfirst=not iso, yearfirst=iso, default=_NO_DEFAULT, fuzzy=True)
    except (ValueError, OverflowError):
        return None
    return parsed.date().isoformat() if parsed.year >= 2000 and parsed.day else None


def url_date(url: str) -> str | None:
    """The day a page's address carries (`/2024/11/29/`), or None."""
    m = _URL_DATE.search(url)
    return parse_date(f"{m.group(1)}-{m.group(2)}-{m.group(3)}") if m else None


def url_month(url: str) -> str | None:
    """The month a page's address carries (`/2023/03/`) as YYYY-MM, or None."""
    m = _URL_MONTH.search(url) or _URL_DATE.search(url)
    if not m:
        named = _URL_MONTH_NAME.search(url)
        return f"{named.group(1)}-{_month_number(named.group(2)):02d}" if named else None
    year, month = [g for g in m.groups() if g][:2]
    return f"{year}-{month}" if 1 <= int(month) <= 12 else None


def _month_number(name: str) -> int:
    return _MONTHS.index(name[:3].lower()) + 1


def _year_from_address(day: str, month: str, url: str) -> str | None:
    """A day and month the text labels as its publication, with the year its address gives (and the same
    month, where the address has one)."""
    in_url = url_month(url) if url else None
    if not in_url or int(in_url[5:]) != _month_number(month):
        return None
    return parse_date(f"{day} {month} {in_url[:4]}")


# "Minutes of the meeting held on 14 November 2023", "Police and Crime Panel, 5 March 2024": when the text was
# written, not when the report came out; a round cue only (the report was out by then)
_MEETING = re.compile(
    r"\b(?:meeting|panel|committee|board|council|minutes|held)\b[^\n]{0,60}?"
    + rf"(?<![\w/])({DATE})(?![\d/])",
    re.I,
)


_OF_A_MEETING = re.compile(r"\b(?:meeting|held|minutes|agenda)\b", re.I)


def meeting_date(text: str) -> str | None:
    """The date of the meeting a text records (minutes, a panel's papers), from its opening."""
    m = _MEETING.search(text[:HEAD])
    return parse_date(m.group(1)) if m else None


_PAGE_DATE = re.compile(
    r"(?:posted|dated|date\b(?!\s+(?:published|of)))", re.I
)  # the page's, not the report's
_RELEASED = re.compile(r"(?:published|released)", re.I)
RELEASE_REACH = 62  # days: a page posted this soon after a year-less release date gives that date its year


def _released_before(head: str, posted: str) -> str:
    """The report's own year-less release date ("Released on Thursday 10 April") on a page posted on a full
    date: that day in the latest year not after the posting, when it is close before it; else the posting."""
    no_year = _LABEL_NO_YEAR.search(head)
    if not no_year or not _RELEASED.match(no_year.group()):
        return posted
    for year in (int(posted[:4]), int(posted[:4]) - 1):
        day = parse_date(f"{no_year.group(1)} {no_year.group(2)} {year}")
        if day and day <= posted:
            gap = (datetime.fromisoformat(posted) - datetime.fromisoformat(day)).days
            return day if gap <= RELEASE_REACH else posted
    return posted


def published_date(text: str, url: str = "") -> str | None:
    """The report's publication date the text states: a sentence that says when the report came out ("the
    report, published on 5 March 2025", "released publicly on 14 August 2025"), or the page's own date (a
    label, a dateline, its address's day) where that is the report's: on the inspectorate's own pages, or
    when the text says the report came out that day ("published today", "today's report"). A story's or a
    statement's own date is not the report's (a page date only: see `page_date`)."""
    report, page = _dates(text, url)
    if report or not page:
        return report
    head = text[:HEAD]
    if _YESTERDAY.search(head) and re.fullmatch(
        r"\d{4}-\d\d-\d\d", page
    ):  # 'the report, published yesterday'
        return (date.fromisoformat(page) - timedelta(days=1)).isoformat()
    told = _OUT_THAT_DAY.search(head) or _NEWS_LEAD.search(text[:LEAD])
    return page if _inspectorates_page(url) or _is_the_report(head) or told else None


_YESTERDAY = re.compile(r"\b(?:published|released|came\s+out|out)\s+yesterday\b", re.I)


LEAD = 400  # a story's headline and first sentence
# A story that leads with the grade as news ("Cleveland Police has been rated as being a 'good' force by an
# independent watchdog", "Kent Police has been graded outstanding by inspectors"): the report is just out; not praise
# ("innovation has been praised by the inspectorate in its latest report" may be told days later)
_NEWS_LEAD = re.compile(
    r"\bha(?:s|ve) been (?:rated|graded|judged)\b[^.\n]{0,80}?"
    r"\b(?:by|from)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?(?:watchdog|inspectorate|inspectors|hmicfrs|hmic)\b"
    # "… needs to improve … according to the latest inspection by HMICFRS": the report is the news
    r"|\baccording\s+to\s+(?:the|its|a|an)\s+(?:latest|new|newly\s+published)\s+(?:peel\s+)?(?:inspection|report)\b",
    re.I,
)


def page_date(text: str, url: str = "") -> str | None:
    """The date the page carries, the report's or its own (a story's, a statement's): when the text was
    written, so a cue to the round, not the report's publication date."""
    report, page = _dates(text, url)
    return report or page


# "has been published today", "today's report", "HMICFRS has today published", "has published its findings";
# a story's news that a report "has found" or "has revealed" something (told as just out, as news is)
_OUT_THAT_DAY = re.compile(
    r"\b(?:published|released|publishes|releases)\s+(?:\w+\s+)?today\b|\btoday['’]s\s+(?:report|publication|"
    r"findings|inspection)|\btoday\s+(?:published|released|publishes)\b|\bha(?:s|ve)\s+(?:today\s+|now\s+)?"
    r"(?:been\s+)?(?:published|released)\b"
    r"|\b(?:new|latest|damning|critical|scathing|disturbing|highly critical)\W{0,2}\s+(?:\w+\s+)?report\s+"
    r"(?:by\s+[^.\n]{1,80}?\s+)?ha(?:s|ve)\s+(?:found|revealed|concluded|warned|said|rated|graded|judged)\b",
    re.I,
)
# The report itself, by its title: "PEEL 2023–2025: An inspection of Kent Police", "State of Fire and Rescue…",
# "Fire and rescue service inspections 2021/22 – Summary…", "Report on an unannounced inspection visit…"
_REPORT_TITLE = re.compile(
    r"\s*(?:[^\n]{0,60}\ban inspection of\b|(?:fire and rescue service|frs) inspections?\s+20\d\d|"
    r"state of (?:policing|fire (?:and|&) rescue)(?:\s*20\d\d|\s*:)|report on an?\s|effectiveness, efficiency and people\s+"
    r"20\d\d|[^\n]{0,60}\bassessment framework\b)",
    re.I,
)
# a sentence about the report ("…the report into the force, which is published today (27 November 2014)")
_OF_THE_REPORT = re.compile(r"\b(?:report|inspection|assessment|findings|peel|publication)\b", re.I)
_LINE_OR_SENTENCE = re.compile(r"[.!?\n]")


def _is_the_report(head: str) -> bool:
    """Whether the text is the report (or the inspectorate's publication) itself, by its title: its first
    line that is more than a date ("Published: 2025-03-12" may come before it)."""
    for line in head.split("\n", TOP_LINES)[:TOP_LINES]:
        words = _DATE_IN_LINE.sub(" ", line).split()
        if len(words) > 2 and not _LABEL_LINE.match(line):
            return bool(_REPORT_TITLE.match(line))
    return False


_LABEL_LINE = re.compile(r"^\s*\w+\s*[·|:]\s*\w+\s*$")  # "Source · HMICFRS": a label, not the title


def _inspectorates_page(url: str) -> bool:
    """HMICFRS's own pages (a report, its press release): their date is the report's."""
    parts = urlsplit(url.lower())
    host = parts.hostname or ""
    return host.startswith("hmicfrs.") or (
        host.endswith("justiceinspectorates.gov.uk") and "/hmicfrs/" in parts.path
    )


def _of_the_report(head: str, m: re.Match[str]) -> bool:
    """Whether a labelled date is told of the report in a running sentence ("The report was released
    publicly on 14 August 2025"), not a page's byline ("Author: A. Writer Published 8th Mar 2024")."""
    start = max(
        (x.end() for x in _LINE_OR_SENTENCE.finditer(head, max(0, m.start() - 300), m.start())), default=0
    )
    before = head[start : m.start()]
    return bool(_OF_THE_REPORT.search(before)) and m.group().lower().startswith(("published", "released"))


def _dates(text: str, url: str) -> tuple[str | None, str | None]:
    """(the date the text says the report came out, the page's own date), either None."""
    head = text[:HEAD]
    report: str | None = None
    page: str | None = None
    for m in _LABEL.finditer(head):
        found = parse_date(m.group(1))
        if not found:
            continue
        if _of_the_report(head, m):
            report = report or found
        elif page is None:
            page = found
            if _PAGE_DATE.match(m.group()) and (released := _released_before(head, found)) != found:
                report = report or released  # "Released on Thursday 10 April" on a page posted 14 April
        if report:
            break
    if report is None and (no_year := _LABEL_NO_YEAR.search(head)):
        found = _year_from_address(no_year.group(1), no_year.group(2), url)
        if found and _of_the_report(head, no_year):
            report = found
        elif found and page is None:
            page = found
    if page is None:
        for line in text.split("\n")[:TOP_LINES]:
            d = (
                _DATE_IN_LINE.search(line)
                if len(line) <= DATELINE and not _OF_A_MEETING.search(line)
                else None
            )
            if (
                d
                and len((line[: d.start()] + line[d.end() :]).split()) <= DATELINE_WORDS
                and (found := parse_date(d.group(1)))
            ):
                page = found
                break
    if report is None and (told := _REPORT_PUBLISHED_ON.search(head) or _ON_DATE_PUBLISHED.search(head)):
        report = parse_date(told.group(1) or told.group(2))
    if report is None and (month := _REPORT_PUBLISHED_IN.search(head)):
        named, year = (month.group(1), month.group(2)) if month.group(1) else (month.group(3), month.group(4))
        report = f"{year}-{_month_number(named):02d}"
    if page is None and (month := _LABEL_MONTH.search(head)):
        page = f"{month.group(2)}-{_month_number(month.group(1)):02d}"
    if page is None and url:
        page = url_date(url)
    return report, page


_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# also a report's date in brackets after its name ("has received the inspectorate's report (Thursday December
# 20th)"): the day it reached the writer, a cue to the round, not told as the publication
_LABEL_WEEKDAY = re.compile(
    r"\b(published|released(?: publicly)?|issued|posted|report(?=\s*\())\b[^\S\n]*(?:on[^\S\n]+)?"
    r"(?:today\s*)?(?:\(\s*)?"
    rf"({_WEEKDAY})\(?\s*(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({_MONTH})\b|({_MONTH})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b)"
    r"(?!\.?,?\s*\d)",
    re.I,
)


# "has today (Thursday 22 September) published its latest inspection": the verb after the date
_TODAY_THEN_VERB = re.compile(r"\btoday\s*(\([^()\n]{5,40}\))\s*(published|released|issued)\b", re.I)


def weekday_dates(text: str, years: range) -> tuple[list[str], bool]:
    """The days a year-less date with its weekday ("published today (Friday 8 March)") can be among the
    years given, and whether it is told of the report (else it is the page's own date)."""
    head = _TODAY_THEN_VERB.sub(r"\2 today \1", text[:HEAD])
    m = _LABEL_WEEKDAY.search(head)
    if not m:
        return [], False
    weekday = _WEEKDAYS.index(m.group(2).strip(" .,").lower()[:3])
    month, day = _month_number(m.group(4) or m.group(5)), int(m.group(3) or m.group(6))
    out = []
    for year in years:
        try:
            when = date(year, month, day)
        except ValueError:
            continue
        if when.weekday() == weekday:
            out.append(when.isoformat())
    start = max(
        (x.end() for x in _LINE_OR_SENTENCE.finditer(head, max(0, m.start() - 300), m.start())), default=0
    )
    of_report = bool(_OF_THE_REPORT.search(head, start, m.start()))  # "the report issued today (…)"
    told = m.group(1).lower().startswith(("published", "released", "issued")) and of_report
    return out, told or bool(_OUT_THAT_DAY.search(head))
