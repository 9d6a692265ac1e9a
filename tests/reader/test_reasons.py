"""The reader proposes causes of concern and areas for improvement from a text, in the text's own words."""

from __future__ import annotations

from bot.reader.proposal import CatalogArea
from bot.reader.reasons import propose_reasons

AREAS = (
    CatalogArea("peel", "2023-25", "responding", "Responding to the public"),
    CatalogArea("peel", "2023-25", "managing_offenders", "Managing offenders and suspects"),
)

STORY = """Cambridgeshire police needs to improve how it manages risks posed by sex offenders, report reveals.

The force was rated inadequate for how it manages offenders. It should answer 999 and 101 calls faster, the
inspectorate said. HMICFRS identified a cause of concern about how the force manages registered sex offenders.

Sign up to our newsletter to get the latest news. The chief constable said she welcomed the report."""


def test_the_stories_reasons_are_proposed_as_its_own_sentences_with_their_areas():
    proposed = propose_reasons(STORY, AREAS)
    by_sentence = {p.sentence: p for p in proposed}
    faster = by_sentence["It should answer 999 and 101 calls faster, the inspectorate said."]
    assert faster.kind == "area_for_improvement" and faster.area == "responding"
    concern = by_sentence[
        "HMICFRS identified a cause of concern about how the force manages registered sex offenders."
    ]
    assert concern.kind == "cause_of_concern" and concern.area == "managing_offenders"
    for p in proposed:
        assert " ".join(p.sentence.split()) in " ".join(STORY.split())  # never reworded
    assert not any("newsletter" in p.sentence or "welcomed" in p.sentence for p in proposed)


def test_a_text_with_no_reasons_proposes_none():
    assert (
        propose_reasons(
            "Kent Police was graded good at investigating crime. The report was published in April."
        )
        == ()
    )
