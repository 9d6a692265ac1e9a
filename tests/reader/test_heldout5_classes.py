"""A class the fifth gathering's held-out third showed after it was scored: a county's short name that is
also an everyday word once its plural 's' is dropped ('Staffs' / 'members of staff') names no body unless it
is written as the short name. Sentences written for the test, not copies of corpus texts."""

from __future__ import annotations

import pytest

from bot.reader.read import read_text

MINUTES = (
    "The Chief Fire Officer presented the service's inspection report to the fire authority. The service had "
    "been judged good at understanding the risk of fire and adequate at managing performance and developing "
    "leaders. Inspectors found that some members of staff had not completed fitness tests, and staff "
    "wellbeing had improved since the last visit."
)


def test_everyday_staff_names_no_body_and_so_nothing_is_proposed_for_one(catalog):
    p = read_text(MINUTES, catalog)
    assert p.body != "staffordshire-fire-and-rescue-service"
    assert p.body != "staffordshire"
    assert not p.grades or p.body is None


@pytest.mark.parametrize("name", ["Staffs Fire", "Staffordshire Fire and Rescue Service"])
def test_the_short_name_as_written_still_names_the_service(catalog, name):
    text = f"{name} was judged good at understanding the risk of fire in its 2023-25 inspection."
    assert read_text(text, catalog).body == "staffordshire-fire-and-rescue-service"


def test_staffs_alone_as_written_still_names_the_force(catalog):
    text = "Staffs was judged good at preventing crime and antisocial behaviour in its PEEL 2023-25 report."
    assert read_text(text, catalog).body == "staffordshire"
