"""What the reader knows (a catalog of the store's names) and what it proposes. Plain data, no I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class CatalogBody:
    """A force or fire service as the store names it."""

    id: str
    name: str
    kind: str  # police | fire | ...
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class CatalogArea:
    """One graded area of one round, with the other names it goes by."""

    framework: str  # peel | frs
    round: str  # 2023-25
    area: str  # responding
    name: str  # Responding to the public
    also_called: str = ""


@dataclass(frozen=True)
class CatalogRound:
    """A round and the span of publication dates the store holds for it ('' when unknown)."""

    framework: str
    round: str
    first_published: str = ""
    last_published: str = ""


@dataclass(frozen=True)
class CatalogReport:
    """One body's report of one round: when it was published (YYYY-MM-DD, '' when unknown), how many areas
    HMICFRS gave each grade (only the grades whose count the store holds) and the grades the store holds."""

    body: str
    framework: str
    round: str
    published: str
    counts: tuple[tuple[str, int], ...] = ()  # ("Good", 5), …
    graded_total: int | None = None
    grades: tuple[tuple[str, str], ...] = ()  # (area, grade)


@dataclass(frozen=True)
class Catalog:
    """Everything the reader needs from the store, as plain data."""

    bodies: tuple[CatalogBody, ...]
    areas: tuple[CatalogArea, ...]
    rounds: tuple[CatalogRound, ...] = ()
    reports: tuple[CatalogReport, ...] = ()

    def areas_of(self, framework: str, round_: str) -> list[CatalogArea]:
        return [a for a in self.areas if a.framework == framework and a.round == round_]

    def reports_of(self, body_id: str, framework: str) -> list[CatalogReport]:
        return [r for r in self.reports if r.body == body_id and r.framework == framework]

    def body(self, body_id: str) -> CatalogBody | None:
        return next((b for b in self.bodies if b.id == body_id), None)


@dataclass(frozen=True)
class ProposedGrade:
    """A grade the text states for one of the round's known areas, with the sentence that states it."""

    area: str
    grade: str
    quote: str


@dataclass(frozen=True)
class Unmatched:
    """A grade the text states for an area the store does not know for that round: the text's own wording."""

    wording: str
    grade: str
    quote: str
    suggested_area: str = ""  # the id these words have in another round of the framework, if any


@dataclass(frozen=True)
class Conflict:
    """Two or more different grades the text states for one area: shown, never chosen between."""

    area: str
    grades: tuple[str, ...]
    quotes: tuple[str, ...]


@dataclass(frozen=True)
class Proposal:
    """What a text states about one body's inspection. Nothing here is written until someone confirms it."""

    body: str | None = None
    body_name: str = ""
    framework: str | None = None
    round: str | None = None
    published: str | None = None
    grades: tuple[ProposedGrade, ...] = ()
    unmatched: tuple[Unmatched, ...] = ()
    conflicts: tuple[Conflict, ...] = ()
    not_found: tuple[str, ...] = ()  # the round's area ids the text states nothing for
    notes: tuple[str, ...] = ()  # why something was not proposed ("names three forces", "counts only")
    source_url: str = ""
    other_bodies: tuple[str, ...] = field(default=())  # ids of other bodies the text names

    @property
    def is_empty(self) -> bool:
        return not self.grades and not self.unmatched and not self.conflicts

    def to_json(self) -> dict[str, Any]:
        """The `read --json` object."""
        return {
            "body": self.body,
            "framework": self.framework,
            "round": self.round,
            "published": self.published,
            "grades": [{"area": g.area, "grade": g.grade, "quote": g.quote} for g in self.grades],
            "not_found": list(self.not_found),
            "unmatched": [
                {"wording": u.wording, "grade": u.grade, "quote": u.quote, "suggested_area": u.suggested_area}
                for u in self.unmatched
            ],
            "conflicts": [
                {"area": c.area, "grades": list(c.grades), "quotes": list(c.quotes)} for c in self.conflicts
            ],
            "notes": list(self.notes),
            "source": self.source_url or None,
            "body_name": self.body_name,
            "other_bodies": list(self.other_bodies),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Proposal:
        """The proposal `to_json` wrote (a stored proposal awaiting an admin's Save)."""
        return cls(
            body=d.get("body"),
            body_name=d.get("body_name") or "",
            framework=d.get("framework"),
            round=d.get("round"),
            published=d.get("published"),
            grades=tuple(
                ProposedGrade(g["area"], g["grade"], g.get("quote") or "") for g in d.get("grades") or []
            ),
            unmatched=tuple(
                Unmatched(u["wording"], u["grade"], u.get("quote") or "", u.get("suggested_area") or "")
                for u in d.get("unmatched") or []
            ),
            conflicts=tuple(
                Conflict(c["area"], tuple(c["grades"]), tuple(c.get("quotes") or ()))
                for c in d.get("conflicts") or []
            ),
            not_found=tuple(d.get("not_found") or ()),
            notes=tuple(d.get("notes") or ()),
            source_url=d.get("source") or "",
            other_bodies=tuple(d.get("other_bodies") or ()),
        )
