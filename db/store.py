"""Open a ready store: migrated, and seeded with the shipped dataset on first start."""

from __future__ import annotations

from pathlib import Path

from db.connection import Store
from db.schema import migrate
from db.seed import seed_if_empty


def prepare(path: str | Path) -> Store:
    """Migrate the database at `path`, seed it if empty, and return a connection factory."""
    store = Store(path)
    with store.connect() as db:
        migrate(db)
        seed_if_empty(db)
    return store
