"""The rounds HMICFRS ran for each framework, whether or not the store holds them: their ids, numbers and
publication months, and which graded the old pillars."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Known:
    """A round HMICFRS ran, whether or not the store holds it: its id, number, and publication months."""

    round: str
    number: int  # a fire round's number ("Round 3"); 0 for PEEL's annual rounds before 2021
    first: str  # YYYY-MM
    last: str  # YYYY-MM; '' while it runs
    label: str


# The inspectorate's rounds as published (months approximate; the store's own dates widen them).
KNOWN_ROUNDS: dict[str, tuple[Known, ...]] = {
    "frs": (
        Known("2018-19", 1, "2018-12", "2020-01", "fire and rescue 2018/19 (round 1)"),  # tranche 3: Jan 2020
        Known("2021-22", 2, "2021-12", "2023-01", "fire and rescue 2021/22 (round 2)"),
        Known("2023-25", 3, "2023-07", "2025-09", "fire and rescue 2023–25 (round 3)"),
        Known("2025-27", 4, "2026-01", "", "fire and rescue 2025–27 (round 4)"),
    ),
    "peel": (
        Known("2014-19", 0, "2014-11", "2020-02", "PEEL before 2021 (2014 to 2018/19)"),
        Known("2021-22", 1, "2021-09", "2023-05", "PEEL 2021/22"),
        Known("2023-25", 2, "2023-09", "2025-08", "PEEL 2023–25"),
        Known("2025-27", 3, "2026-01", "", "PEEL 2025–27"),
    ),
}
LAST_OLD_PEEL = 2018  # PEEL 2018/19 was the old framework's last round; PEEL 2021/22 followed it
OLD_ROUNDS = {"peel": ["2014-19"], "frs": ["2018-19", "2021-22"]}  # the rounds that graded pillars
