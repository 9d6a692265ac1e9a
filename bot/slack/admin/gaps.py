"""Where grades are missing: the admins' list and the App Home summary, from db.gaps."""

from __future__ import annotations

import sqlite_utils

from bot.slack.blocks.common import Block, Message
from bot.slack.blocks.gaps import GapRow, GapTotal, home_gap_blocks, render_gaps
from db.flags import count_open_flags
from db.gaps import gap_totals, missing_grades


def _gaps(
    db: sqlite_utils.Database, kind: str | None, round_: str | None
) -> tuple[list[GapTotal], list[GapRow]]:
    rows = missing_grades(db, kind=kind, round_=round_)
    totals = [GapTotal(t["framework"], t["round"], t["reports"], t["missing"]) for t in gap_totals(rows)]
    gaps = [
        GapRow(
            r["body_id"],
            r["body_name"],
            r["framework"],
            r["round"],
            tuple(r["missing"]),
            r["core_areas"],
            has_link=bool(r["report_url"]),
        )
        for r in rows
    ]
    return totals, gaps


def gaps_reply(db: sqlite_utils.Database, kind: str | None, round_: str | None) -> Message:
    """The answer to `/inspections-admin gaps [police|fire] [round]`."""
    totals, gaps = _gaps(db, kind, round_)
    asked = " ".join(x for x in (kind or "", round_ or "") if x)
    return render_gaps(totals, gaps, asked)


def home_gaps(db: sqlite_utils.Database, team_id: str) -> list[Block]:
    """The admins' section of the App Home."""
    totals, gaps = _gaps(db, None, None)
    return home_gap_blocks(totals, gaps, count_open_flags(db, team_id))
