"""The reader: published text (a report, a press release, a news story) -> a proposal of grades, each with
the sentence that states it. Pure functions; no Slack, no SQL, no network. `extract` turns HTML or PDF bytes
into text (its libraries imported only when used); `read` finds the body, round, date and grades."""

from bot.reader.proposal import (
    Catalog,
    CatalogArea,
    CatalogBody,
    CatalogReport,
    CatalogRound,
    Conflict,
    Proposal,
    ProposedGrade,
    Unmatched,
)

__all__ = [
    "Catalog",
    "CatalogArea",
    "CatalogBody",
    "CatalogReport",
    "CatalogRound",
    "Conflict",
    "Proposal",
    "ProposedGrade",
    "Unmatched",
]
