"""Which round a text reports, read from every cue a careful reader uses, and why there is none when the cues
conflict or are missing.

Sure cues: the round in the page's address (`/peel-reports/kent-2023-25/`); the round its title (first line)
names, though the body goes on to name older ones; a round the text names as its own ("PEEL 2023–2025", "the
2025–27 round", "PEEL 2017"), not one it names as earlier; a fire round's number or ordinal ("Round 3", "its
third inspection"); a round beside a later one in a table row is a comparison, not the text's. Weaker cues:
the date (publication, or a meeting's) against the body's own reports' dates, else the rounds' months; "since
our 2021 inspection" (the round after that year's); "the PEEL inspection in 2022", "an inspection visit in
autumn 2023"; "the first report since inspections began in 2018"; grades for the old pillars (PEEL before
2021, fire rounds 1 and 2); the inspectorate named only "HMIC" (before 2017). Sure cues that disagree, a date or
an earlier year a named round cannot follow, or weak cues that disagree give no round and the reason. A round
the store does not hold (fire 2018/19, PEEL before 2021) is still named, so the reader can say what it saw."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from bot.reader import eras
from bot.reader import round_words as words
from bot.reader.eras import ruled_out
from bot.reader.known_rounds import KNOWN_ROUNDS, LAST_OLD_PEEL, OLD_ROUNDS, Known
from bot.reader.proposal import Catalog

# Patterns start with a literal ("20", a word) so a 1 MB report is scanned fast; not 2024/11/29.
_ROUND = re.compile(r"(20(?<!\d20)(?<!\d/20)\d\d)\s*(?:-|/|to)\s*(?:20)?(\d\d)(?!\d)(?!/\d)")
# "from" is an earlier round's only next to it ("up from 2021/22", "from the 2021-22 inspection"), not in "the
# reports from all services in the 2023-25 round"
_EARLIER = re.compile(
    r"\b(previous|previously|last|earlier|prior|since|compared|than|before|former|preceding)\b[^.]{0,30}$"
    # "As of 2021/22, this is done by way of a 'continuous improvement model'": when a way of working began
    r"|\bas of\s+$"
    r"|\bfrom\s+(?:the\s+|its\s+|our\s+|their\s+)?(?:peel\s+)?$"
)
_SINCE_LAST = re.compile(r"\bsince (?:its|the|their|our) (?:last|previous) (?:inspection|report|peel)")
_OPENS_SENTENCE = re.compile(r"(?:^|[.!?\n]\s*)(?:in|during|back in)\s+$")


_FIRE_NUMBERS = {k.number: k.round for k in KNOWN_ROUNDS["frs"]}
NO_CUE = "the text names no round and states no date"


@dataclass(frozen=True)
class RoundFinding:
    """The round (None with the reason when the cues conflict or are missing), the years of earlier rounds
    the text names, and whether the store holds the round."""

    round: str | None
    earlier_years: set[str] = field(default_factory=set)
    why: str = ""  # why there is no round
    held: bool = True
    label: str = ""  # the round as a person names it ("fire and rescue 2018/19 (round 1)")
    unheld: tuple[str, ...] = ()  # with no round: the rounds in conflict that the store does not hold
    cueless: bool = False  # no cue left standing: the grades and the store may still place it
    ruled_out: frozenset[str] = frozenset()  # rounds it cannot be about (the inspectorate's name, its scale)
    by_date_only: bool = False  # the round rests on the date alone: the areas the text grades may overrule it


def _round_id(start: str, end: str) -> str | None:
    span = (int(end) - int(start[2:])) % 100
    return f"{start}-{end}" if span in (1, 2) else None


def rounds_named(text: str) -> list[tuple[str, bool]]:
    """(round id, named as an earlier one) for every round the text names, in order. In a text that compares
    with the last inspection, a round opening a sentence ("In 2021/22, inspectors found…") tells that story."""
    out = []
    low = text.lower()
    comparing = bool(_SINCE_LAST.search(low))
    for m in _ROUND.finditer(low):
        rid = _round_id(m.group(1), m.group(2))
        if rid:
            before = low[max(0, m.start() - 40) : m.start()]
            spanned = "to" in m.group(0) and before.rstrip().endswith("from")  # 'from 2023 to 2025': its span
            earlier = not spanned and (
                bool(_EARLIER.search(before)) or (comparing and bool(_OPENS_SENTENCE.search(before)))
            )
            out.append((rid, earlier or _compared_in_row(low, m.start(), rid)))
    return out


def _compared_in_row(low: str, at: int, rid: str) -> bool:
    """A round in a table row beside a later one ("Area | 2021/22 | 2023-25"): a column to compare with."""
    start = low.rfind("\n", max(0, at - ROW), at) + 1
    end = low.find("\n", at, at + ROW)
    row = low[start : end if end >= 0 else at + ROW]
    if "|" not in row:
        return False
    ids = [r for m in _ROUND.finditer(row) if (r := _round_id(m.group(1), m.group(2)))]
    return any(int(r[:4]) > int(rid[:4]) for r in ids)


ROW = 300


def _known(framework: str, rid: str) -> Known | None:
    """The round a named id is, for this framework (PEEL 2015, 2016/17 or 2018/19 are all before 2021)."""
    for k in KNOWN_ROUNDS.get(framework, ()):
        if k.round == rid:
            return k
    start = int(rid[:4])
    if framework == "peel" and start <= LAST_OLD_PEEL:
        return KNOWN_ROUNDS["peel"][0]
    return None  # PEEL 2019/20 or 2020/21 was never run: a text naming it has mislabelled its round


def _label(framework: str, rid: str) -> str:
    k = _known(framework, rid)
    if k is None:
        return f"{framework.upper()} {rid}"
    if framework == "peel" and k.number == 0 and rid != k.round:
        return f"PEEL {rid.replace('-', '/')} (before 2021)"
    return k.label


def _spans(framework: str, catalog: Catalog) -> list[tuple[str, str, str]]:
    """(round, first, last) publication spans: what the inspectorate ran, widened by the store's own dates."""
    stored = {r.round: r for r in catalog.rounds if r.framework == framework}
    out = []
    for k in KNOWN_ROUNDS.get(framework, ()):
        first, last = k.first, k.last
        s = stored.get(k.round)
        if s and s.first_published:
            first = min(first, s.first_published[:7])
            last = max(last, s.last_published[:7]) if last else ""
        out.append((k.round, first, last))
    return out


def round_by_date(published: str, framework: str, catalog: Catalog) -> str | None:
    """The one round whose publication months hold the date (None between rounds or where two overlap)."""
    month = published[:7]
    inside = [
        r for r, first, last in _spans(framework, catalog) if first <= month and (not last or month <= last)
    ]
    return inside[0] if len(inside) == 1 else None


RELEASE_SLACK = 14  # days: a release or a story can come out a day or two before the report's own date
BODY_REACH = 18  # months: a text this long after a body's report still reads as about it


def _months(a: str, b: str) -> int:
    return (int(b[:4]) - int(a[:4])) * 12 + int(b[5:7]) - int(a[5:7])


def _shifted(day: str, days: int) -> str:
    """A date (YYYY-MM-DD, or YYYY-MM as its month's 28th) some days later, as YYYY-MM-DD."""
    whole = day if len(day) >= 10 else f"{day[:7]}-28"
    return (date.fromisoformat(whole[:10]) + timedelta(days=days)).isoformat()


def round_by_body_date(published: str, framework: str, body: str, catalog: Catalog) -> str | None:
    """The round of the body's own latest report out by the text's date, when no later round's report for
    that body can be out yet: the store has that report dated later, or the later round had not begun. A
    council's minutes in October 2023 on a force whose 2023–25 report came in 2024 are about its 2021/22
    report, whatever the inspectorate published for other forces that month."""
    reports = [r for r in catalog.reports_of(body, framework) if r.published]
    cutoff = _shifted(published, RELEASE_SLACK)
    out = [r for r in reports if r.published <= cutoff]
    if not out:
        return None
    last = max(out, key=lambda r: r.published)
    if _months(last.published, published) > BODY_REACH:
        return None
    order = [k.round for k in KNOWN_ROUNDS.get(framework, ())]
    if last.round not in order:
        return None
    for k in KNOWN_ROUNDS[framework][order.index(last.round) + 1 :]:
        begun = k.first <= published[:7]
        stored_later = any(r.round == k.round and r.published > cutoff for r in reports)
        if begun and not stored_later:
            return None  # the body's report in that round may be out and not stored yet
    return last.round


def _round_after(year: int, framework: str, ruled: dict[str, str] | None = None) -> str | None:
    """The round after the one an inspection in that year belonged to (or after the gap it fell in), passing
    over rounds the text rules out. PEEL inspected every year before 2021: only 2019 makes it 2021/22."""
    rounds = KNOWN_ROUNDS.get(framework, ())
    for i, k in enumerate(rounds):
        gap = year < int(k.round[:4]) and i > 0 and year > _end(rounds[i - 1].round)
        if gap or (int(k.round[:4]) <= year <= _end(k.round) and i + 1 < len(rounds)):
            if not gap and k.number == 0 and year < _end(k.round):
                return None
            return next(
                (r.round for r in rounds[i if gap else i + 1 :] if r.round not in (ruled or {})), None
            )
    return None


def _show(rid: str) -> str:
    return rid.replace("-", "/") if rid.endswith(("-19", "-22")) or len(rid) == 4 else rid.replace("-", "–")


def which_round(
    text: str, url: str, framework: str | None, published: str | None, catalog: Catalog, body: str = ""
) -> RoundFinding:
    """The round the text reports, every cue weighed; None with the reason when they conflict or are missing."""
    low = text.lower()
    named = rounds_named(text)
    earlier_years = {rid[:4] for rid, earlier in named if earlier}
    if not framework:
        return RoundFinding(None, earlier_years, "the text is not about a graded framework")
    held = {a.round for a in catalog.areas if a.framework == framework}

    ruled = ruled_out(low, framework)

    def found(rid: str) -> RoundFinding:
        return RoundFinding(rid, earlier_years - {rid[:4]}, "", rid in held, _label(framework, rid))

    def none(why: str, *candidates: str) -> RoundFinding:
        unheld = tuple(_label(framework, r) for r in dict.fromkeys(candidates) if r not in held)
        return RoundFinding(None, earlier_years, why, unheld=unheld, ruled_out=frozenset(ruled))

    from_url = _as_rounds(url.lower().replace("_", "-"), held, framework, words_needed=False)
    if len(from_url) > 1:
        return none(f"its address names {len(from_url)} rounds ({', '.join(map(_show, from_url))})")
    current = [rid for rid in _as_rounds(low, held, framework) if (rid, False) in named]
    title = next((ln for ln in low[:TITLE].split("\n") if ln.strip() and not ln.startswith("skip to")), "")
    titled = [rid for rid in _as_rounds(title, held, framework) if rid in current]
    if framework == "peel":  # "PEEL 2017", "PEEL 202325" (its dash lost), a title "Kent 2015"
        current += [str(y) for y in words.years(low, words.PEEL_BEFORE, spans=False) if y < 2021]
        current += [r for m in words.PEEL_RUN_ON.finditer(low) if (r := _round_id(m.group(1), m.group(2)))]
        if m := words.TITLE_YEAR.match(title.strip()):
            titled.append(m.group(1))
            current.append(m.group(1))
    for m in _HEADING_ROUND.finditer(low[:HEADING]):  # a line alone: "Hampshire and Isle of Wight 2021/22"
        rid = _round_id(m.group(1), m.group(2))  # a round of the framework, never an annual report's year
        if rid and rid not in titled and any(k.round == rid for k in KNOWN_ROUNDS.get(framework, ())):
            titled.append(rid)
            current += [] if rid in current else [rid]
    numbered = list(dict.fromkeys(_FIRE_NUMBERS[n] for n in words.round_numbers(low) if n in _FIRE_NUMBERS))
    numbered = numbered if framework == "frs" else []  # PEEL's rounds are not numbered so
    after = words.earlier_inspection_year(low)
    next_after = words.earlier_inspection_year(low, first=False)  # "since the first inspection" is no next
    by_date = round_by_date(published, framework, catalog) if published else None
    if published and body and (own := round_by_body_date(published, framework, body, catalog)):
        by_date = own  # the body's own reports' dates are surer than the inspectorate's months
    if by_date and published:  # "During the 2018/19 inspection…" in a story of July 2022: looking back
        past = [rid for rid in current if _long_before(framework, rid, published, by_date)]
        current = [rid for rid in current if rid not in past]
        earlier_years |= {rid[:4] for rid in past}
    sure = from_url or _distinct(titled, framework) or _distinct(current + numbered, framework)
    if len(sure) > 1:
        return none(
            f"the text names more than one round as its own ({' and '.join(map(_show, sure))})", *sure
        )
    if sure:
        rid = sure[0]
        start, end = int(rid[:4]), _end(rid)
        if published and int(published[:4]) < start:
            return none(
                f"it names {_show(rid)} but was published on {published}, before that round began", rid
            )
        if after is not None and end <= after:
            return none(f"it names {_show(rid)} but also an earlier inspection in {after}", rid)
        if rid in ruled and not (by_date == rid and rid not in ruled_out(low, framework, by_name=False)):
            # a writer may name the inspectorate as it was called before; a date in the round outweighs that
            # and where it grades the old pillars too, it is of those rounds, which a person must not file
            # as this one ("the third time HMICFRS has inspected", counting its Covid inspection)
            pillars = OLD_ROUNDS[framework] if words.grades_old_pillars(low, framework) else []
            return none(f"it names {_label(framework, rid)} but {ruled[rid]}", rid, *pillars)
        return found(rid)
    # Weaker cues, each a round: the date, the round after an earlier inspection's year, the year of "the
    # inspection in 2022", and the old frameworks' pillars (graded only before 2021, or in fire rounds 1-2).
    weak: dict[str, str] = {}
    if by_date:
        weak[by_date] = f"its date ({published}) falls in {_show(by_date)}"
    if next_after is not None and (following := _round_after(next_after, framework, ruled)):
        weak.setdefault(
            following, f"it follows an inspection in {next_after}, which makes it {_show(following)}"
        )
    for year in words.years(low, words.FIRST_SINCE_BEGAN, reach=200):  # "first since it began in 2018"
        if (of_year := round_of_year(year, framework)) is not None:
            weak.setdefault(of_year, f"it is the first since inspections began in {year}")
    for year in words.inspection_years(low):
        if (of_year := round_of_year(year, framework)) is not None:
            weak.setdefault(of_year, f"it reports an inspection in {year}, in {_show(of_year)}")
    if framework == "peel" and words.names_hmic_only(low) and by_date in (None, OLD_ROUNDS["peel"][0]):
        # (a press story may call the inspectorate by its old name: a date in a later round outweighs it)
        weak.setdefault(OLD_ROUNDS["peel"][0], "it names the inspectorate HMIC, as it was called until 2017")
    if framework == "peel" and words.names_annual_peel(low):
        weak.setdefault(OLD_ROUNDS["peel"][0], "it calls PEEL annual, as it was until 2018/19")
    pillars = OLD_ROUNDS[framework] if words.grades_old_pillars(low, framework) else []
    if len(pillars) > 1 and any(r not in ruled for r in pillars):
        pillars = [r for r in pillars if r not in ruled]  # "Her Majesty's" and "since its last inspection"
    if pillars:
        why = "it grades the old pillars (effectiveness, efficiency, " + (
            "people), as fire rounds 1 and 2 did"
            if framework == "frs"
            else "legitimacy), as PEEL did before 2021"
        )
        inside = [r for r in weak if r in pillars]
        if any(r not in pillars for r in weak):
            return none(f"{why}, but {'; '.join(weak.values())}", *pillars, *weak)
        if len(inside) == 1 or len(pillars) == 1:
            return found(inside[0] if inside else pillars[0])
        return none(why, *pillars)
    if any(r in ruled for r in weak):  # "since the 2018 inspection", but 'adequate' is a grade
        if all(r in ruled for r in weak):
            why = "; ".join(f"{w}, but {ruled[r]}" for r, w in weak.items())
            return RoundFinding(None, earlier_years, why, cueless=True, ruled_out=frozenset(ruled))
        weak = {r: w for r, w in weak.items() if r not in ruled}
    if len(weak) > 1:
        return none(" but ".join(weak.values()), *weak)
    if weak:
        only = next(iter(weak))
        return replace(found(only), by_date_only=set(weak) == {by_date}) if by_date else found(only)
    five = [k.round for k in KNOWN_ROUNDS.get(framework, ()) if k.round not in OLD_ROUNDS[framework]]
    if (
        five and five[0] not in ruled and eras.calls_adequate_new(low)
    ):  # no other cue: "the new grade of adequate"
        return found(five[0])
    if published:
        return none(f"its date ({published}) falls in no one round")
    left = [k.round for k in KNOWN_ROUNDS.get(framework, ()) if k.round not in ruled]
    if len(left) == 1 and ruled:  # every other round ruled out: "Her Majesty's" and a four-point scale
        return found(left[0])
    if ruled and left and not any(r in held for r in left):  # fire rounds 1 and 2 left: none can be saved
        return none("; ".join(dict.fromkeys(ruled.values())), *left)
    return RoundFinding(None, earlier_years, NO_CUE, cueless=True, ruled_out=frozenset(ruled))


def _long_before(framework: str, rid: str, published: str, by_date: str) -> bool:
    """Whether a round the text names ended long before the text's date, which falls in a later round: the
    text looks back at it."""
    order = [k.round for k in KNOWN_ROUNDS.get(framework, ())]
    k = _known(framework, rid)
    if k is None or not k.last or k.round not in order or by_date not in order:
        return False
    later = order.index(by_date) > order.index(k.round)
    return later and _months(k.last, published) > BODY_REACH


def round_of_year(year: int, framework: str) -> str | None:
    """The one round whose years hold an inspection year (2025 is in both 2023-25 and 2025-27: none)."""
    rounds = [k.round for k in KNOWN_ROUNDS.get(framework, ()) if int(k.round[:4]) <= year <= _end(k.round)]
    return rounds[0] if len(rounds) == 1 else None


def _end(rid: str) -> int:
    return int(rid[:2] + rid[-2:])


_ROUND_WORDS = re.compile(
    r"\b(peel|inspection|inspected|assessment|effectiveness|efficiency|round|report|cycle|hmicfrs|graded)"
)


# a heading line of a name and a round, near the top (page banners above it are other pages' titles)
_HEADING_ROUND = re.compile(
    r"^[^\S\n]*[a-z][a-z ,&'.-]{2,60}[^\S\n](20\d\d)[^\S\n]*[/–-][^\S\n]*(\d\d)[^\S\n]*$", re.M
)
HEADING = 600
TITLE = 200  # a round in a text's title needs no words of inspection beside it ("Cornwall 2021/22")


def _as_rounds(low: str, held: set[str], framework: str, *, words_needed: bool = True) -> list[str]:
    """Round ids the text names as rounds: one the store holds, or another round the inspectorate ran beside
    words of inspection (a council's "2024/25 budget" or "reports 2022 - 23" is no round)."""
    out: list[str] = []
    for m in _ROUND.finditer(low):
        rid = _round_id(m.group(1), m.group(2))
        if not rid or rid in out:
            continue
        around = low[max(0, m.start() - 50) : m.end() + 50]
        said_as_round = not words_needed or m.start() < TITLE or _ROUND_WORDS.search(around)
        if rid in held or (_known(framework, rid) is not None and said_as_round):
            out.append(rid)
    return out


def _distinct(rids: list[str], framework: str) -> list[str]:
    """Round ids as distinct rounds: PEEL 2016/17 and 2018/19 are one round here (before 2021)."""
    out: list[str] = []
    seen: set[str] = set()
    for rid in rids:
        k = _known(framework, rid)
        key = k.round if k is not None and k.number == 0 else rid
        if key not in seen:
            seen.add(key)
            out.append(rid)
    return out
