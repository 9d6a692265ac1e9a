"""The reader's catalog, built once from the shipped dataset (the reader itself touches no store)."""

from __future__ import annotations

import pytest

from bot.reader import Catalog
from bot.reading import catalog as catalog_of
from db.connection import Store


@pytest.fixture(scope="session")
def catalog(seeded_template) -> Catalog:
    with Store(seeded_template).connect() as db:
        return catalog_of(db)
