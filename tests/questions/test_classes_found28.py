"""Classes found in the thirty-first development sets and in trying the bot as a newcomer, each asked in
phrasings of our own, on the shipped data."""

from __future__ import annotations

import pytest

from tests.conftest import conversed

CASES = [
    # more of a grade than a body named in the question, not only 'than them' after one
    pytest.param(["who has more outstandings than merseyside police"], "Police forces rated outstanding in 2 or more areas", "Merseyside Police: areas rated outstanding", id="more-than-named"),
    pytest.param(["kent fire grades", "anyone got more outstandings than lancs?"], "Fire and rescue services rated outstanding in 7 or more areas", "Police forces", id="more-than-named-kind-kept"),
    # a body whose latest report graded one area: the ranking of its fuller report's round, never a count of one
    pytest.param(["does any force have more good grades than kent police"], "Most good grades: police forces", "Kent Police: areas rated good", id="more-than-new-round"),
    # a grade challenged with its area named: that area's grade on record, not the reasons for every grade
    pytest.param(["suffolk police grades", "i thought investigating crime was good"], "Investigating crime (Adequate)", "Responding to the public (Inadequate)", id="challenge-names-area"),
    pytest.param(["suffolk police grades", "really? i thought they were good at responding"], "Responding to the public (Inadequate)", "Investigating crime (Adequate)", id="challenge-names-area-after"),
]  # fmt: skip


@pytest.mark.parametrize(("turns", "must", "never"), CASES)
def test_classes_found_in_the_thirty_first_sets(db, turns, must, never):
    text = conversed(db, turns)
    assert must in text
    assert never not in text
