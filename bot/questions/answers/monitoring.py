"""Enhanced monitoring (HMICFRS's 'Engage', 'special measures'): who is in it, since when, who left and when.

The history is what published sources show: each event in the store carries its source link, and where
two sources give different dates for one event both are kept and shown."""

from __future__ import annotations

from dataclasses import dataclass

from bot.questions.answers.snapshot import Snapshot, _in_place, scope
from bot.questions.names import Body
from bot.questions.words import Place

# Two records of the same event less than this many days apart are one event with sources that differ.
SAME_EVENT_DAYS = 62


@dataclass(frozen=True)
class Period:
    """One spell in enhanced monitoring; dates as published (day, month or year precision)."""

    entered: tuple[str, ...]  # every date the sources give for moving in, earliest first
    left: tuple[str, ...]  # every date given for moving out; empty while still in
    sources: tuple[str, ...]

    @property
    def current(self) -> bool:
        return not self.left

    def months(self, today: str) -> int:
        """Whole months from moving in to moving out (or to `today` while still in)."""
        start = self.entered[0]
        end = self.left[0] if self.left else today
        ys, ms = int(start[:4]), int(start[5:7] or 1) if len(start) >= 7 else 1
        ye, me = int(end[:4]), int(end[5:7] or 1) if len(end) >= 7 else 1
        return max(0, (ye - ys) * 12 + me - ms)


@dataclass(frozen=True)
class MonitoringAnswer:
    """Everyone's spells in enhanced monitoring (or one body's), as plain data."""

    body: Body | None
    kind: str | None
    current: tuple[tuple[Body, Period], ...]
    past: tuple[tuple[Body, Period], ...]  # newest exit first
    today: str
    asked_now: bool = False  # 'is X still in it': the answer leads with today
    year: str | None = None  # only spells that began or ended in this year
    during: bool = False  # with year: every spell that was under way at any time that year
    place: str | None = None  # only bodies in this region or country
    not_in: tuple[Body, ...] | None = (
        None  # asked who is not in it: the bodies (of kind, in place) not in now
    )
    several: tuple[Body, ...] = ()  # asked about these bodies together: their spells and any overlap
    pick: str | None = None  # one spell picked out of the list (engage_words.PICK_WORDS)
    ended: bool = False  # with year and during: only spells that had ended by the year's close
    only_now: bool = False  # only today's spells were asked for
    since: str = ""  # with year: spells that moved ('left', 'entered') or were under way ('any') from then on
    moved: str = ""  # with year: only moves out ('left') or in ('entered') that year
    # one body with no spell: the other kind's bodies for the same area that have one ('the fire brigade in
    # lincoln is in special measures, right?': it is Lincolnshire Police that is)
    alongside: tuple[tuple[Body, Period], ...] = ()
    never: bool = False  # not_in holds the bodies with no spell at all, not those out of it now

    def picked(self) -> tuple[Body, Period] | None:
        """The spell the question picks out: the longest, the last to end, the first to begin..."""
        spells = list(self.current) + list(self.past)
        ended = [bp for bp in spells if not bp[1].current]
        if not spells or self.pick is None:
            return None
        if self.pick in ("longest", "shortest"):
            order = sorted(spells, key=lambda bp: (bp[1].months(self.today), bp[1].entered[0]))
            return order[-1] if self.pick == "longest" else order[0]
        if self.pick in ("last_out", "first_out"):
            if not ended:
                return None
            order = sorted(ended, key=lambda bp: bp[1].left[0])
            return order[-1] if self.pick == "last_out" else order[0]
        order = sorted(spells, key=lambda bp: bp[1].entered[0])
        return order[-1] if self.pick == "last_in" else order[0]

    def overlap(self) -> tuple[str, str] | None:
        """With two bodies asked together: the first and last day both were in (the end '' while both still
        are); None when their spells never overlapped."""
        if len(self.several) != 2:
            return None
        a, b = ([p for w, p in self.current + self.past if w.id == body.id] for body in self.several)
        found: list[tuple[str, str]] = []
        for x in a:
            for y in b:
                start = max(x.entered[0], y.entered[0])
                ends = [p.left[0] for p in (x, y) if p.left]
                end = min(ends) if ends else ""
                if not end or end[: len(start)] >= start[: len(end)]:
                    found.append((start, end))
        return min(found) if found else None


def _days(a: str, b: str) -> int:
    def ordinal(d: str) -> int:
        y, m, day = (d.split("-") + ["01", "01"])[:3]
        return int(y) * 372 + int(m) * 31 + int(day)

    return abs(ordinal(b) - ordinal(a))


def periods(events: list[dict]) -> list[Period]:
    """Spells from a body's events (oldest first): close dates for one event are merged, both kept."""
    groups: list[tuple[str, list[dict]]] = []
    for e in sorted(events, key=lambda e: (e["date"], e["event"])):
        if (
            groups
            and groups[-1][0] == e["event"]
            and _days(groups[-1][1][0]["date"], e["date"]) < SAME_EVENT_DAYS
        ):
            groups[-1][1].append(e)
        else:
            groups.append((e["event"], [e]))
    out: list[Period] = []
    entered: list[dict] | None = None
    for event, rows in groups:
        if event == "entered_engage":
            if entered is not None:  # in twice with no exit between: keep the first spell open-ended
                continue
            entered = rows
        elif event == "left_engage" and entered is not None:
            out.append(_period(entered, rows))
            entered = None
    if entered is not None:
        out.append(_period(entered, []))
    return out


def _period(entered: list[dict], left: list[dict]) -> Period:
    sources = tuple(dict.fromkeys(r["source_url"] for r in entered + left if r["source_url"]))
    return Period(
        tuple(dict.fromkeys(r["date"] for r in entered)),
        tuple(dict.fromkeys(r["date"] for r in left)),
        sources,
    )


def monitoring_answer(
    snap: Snapshot,
    body: Body | None,
    kind: str | None,
    today: str,
    asked_now: bool = False,
    year: str | None = None,
    during: bool = False,
    place: Place | None = None,
    negated: bool = False,
    several: tuple[Body, ...] = (),
    pick: str | None = None,
    ended: bool = False,
    only_now: bool = False,
    since: str = "",
    moved: str = "",
    never: bool = False,
) -> MonitoringAnswer:
    """Who is in enhanced monitoring now and who has left, for one body, a few together or every body (of a
    kind)."""
    current: list[tuple[Body, Period]] = []
    past: list[tuple[Body, Period]] = []
    wanted = {b.id for b in several} if several else ({body.id} if body is not None else None)
    for body_id, events in snap.monitoring.items():
        who = snap.bodies.get(body_id)
        if who is None or (wanted is not None and who.id not in wanted):
            continue
        if kind and who.kind != kind and not several:
            continue
        if not _in_place(who, place):
            continue
        for period in periods(events):
            if year and since:
                if not _since(period, year, since):
                    continue
            elif year and during and not _under_way(period, year):
                continue
            elif year and not during and not any(d.startswith(year) for d in _moves(period, moved)):
                continue
            if ended and (period.current or period.left[0][:4] > (year or "")[:4]):
                continue  # 'in it in 2023 but had exited by the end of 2023'
            (current if period.current else past).append((who, period))
    if only_now and current:
        past = []  # 'which are currently in it, and since when': today's spells only (with none, who has left)
    current.sort(key=lambda bp: (bp[1].entered[0], bp[0].name))
    past.sort(key=lambda bp: (bp[1].left[0], bp[0].name), reverse=True)
    not_in = None
    if negated and body is None:
        inside = {b.id for b, _ in current} | ({b.id for b, _ in past} if never else set())
        kinds = [kind] if kind else ["police", "fire"]
        not_in = tuple(b for k in kinds for b in scope(snap, k, place) if b.id not in inside)
    label = place.label if place else None
    return MonitoringAnswer(
        body,
        kind,
        tuple(current),
        tuple(past),
        today,
        asked_now,
        year,
        during,
        label,
        not_in,
        several,
        pick,
        ended,
        only_now,
        since,
        moved,
        never=never,
    )


def _under_way(period: Period, year: str) -> bool:
    """The spell was under way at some time in the year (or on the day, '2024-01-01'): in by its end, and
    not out before it began. Dates known only to the month or year compare by what is known."""
    if len(year) > 4:
        entered = period.entered[0]
        return entered[: len(year)] <= year and (
            period.current or max(period.left) > year[: len(max(period.left))]
        )
    return period.entered[0][:4] <= year and (period.current or max(period.left)[:4] >= year)


def _since(period: Period, year: str, how: str) -> bool:
    """'left engage since 2024': moved out that year or later; 'entered': moved in; 'any': under way since."""
    if how == "left":
        return any(d[:4] >= year[:4] for d in period.left)
    if how == "entered":
        return any(d[:4] >= year[:4] for d in period.entered)
    return period.current or any(d[:4] >= year[:4] for d in period.left)


def _moves(period: Period, moved: str) -> tuple[str, ...]:
    """The dates of the moves asked about: out ('left'), in ('entered'), or both."""
    return {"left": period.left, "entered": period.entered}.get(moved, period.entered + period.left)
