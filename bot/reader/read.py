"""Text -> Proposal: the body, framework, round, publication date and each stated grade with its sentence."""

from __future__ import annotations

from bot.reader.proposal import Catalog, Proposal


def read_text(text: str, catalog: Catalog, *, url: str = "") -> Proposal:
    """What the text states about one body's inspection (see the package docstring for the rules)."""
    return Proposal(source_url=url, notes=("the reader is not finished",))
