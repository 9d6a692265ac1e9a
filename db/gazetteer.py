"""The shipped gazetteer: places people live (GeoNames, CC BY 4.0) and who polices and fights fires there.

Read from db/data/ on first use by the question engine, never at start-up; plain rows back."""

from __future__ import annotations

import csv
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
PLACES = "places.csv"  # name, county (GeoNames admin2), country, population, geonameid
SERVICES = "place_services.csv"
ALIASES = "place_aliases.csv"  # name, county, country: areas people name that GeoNames has as no place  # county, country, police, fire ('|'-separated ids), fire_not_inspected


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA_DIR / name).open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def places() -> list[list[str]]:
    """Every place over 1,000 people in the United Kingdom: [name, county, country, population, geonameid]."""
    with (DATA_DIR / PLACES).open(newline="", encoding="utf-8") as f:
        rows = csv.reader(f)
        next(rows)
        return list(rows)


def place_aliases() -> list[dict[str, str]]:
    """Areas people name that are no GeoNames place ('Teesside', 'Tyne and Wear'), each with a county or
    unitary authority of places.csv that has the same force and fire service."""
    return _rows(ALIASES)


def place_services() -> list[dict[str, str]]:
    """County or unitary authority of England and Wales -> its police force id and fire service id(s)."""
    return _rows(SERVICES)
