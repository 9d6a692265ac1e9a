"""A conversation keeps who its asker speaks for and the bodies it was last about, per conversation, until it goes
quiet; a turn that says neither leaves them as they were."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.slack.conversation import converse
from db.conversations import people_of, remember_question

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
KEY = ("T1", "C1", "1700000000.000100")


def test_the_speaker_and_recent_bodies_are_kept_until_changed(db):
    remember_question(db, KEY, "grade kent", NOW, speaker="kent", recent=("kent",))
    remember_question(db, KEY, "grade essex", NOW + timedelta(minutes=1), recent=("essex", "kent"))
    remember_question(db, KEY, "what does adequate mean", NOW + timedelta(minutes=2))
    assert people_of(db, KEY, since=NOW) == ("kent", ("essex", "kent"))
    assert people_of(db, ("T1", "C2", ""), since=NOW) == ("", ())  # another conversation holds nothing
    assert people_of(db, KEY, since=NOW + timedelta(hours=1)) == ("", ())  # gone quiet


def test_converse_remembers_the_speaker_and_reads_it_back_turns_later(db):
    converse(db, KEY, "surrey police - what did we get for responding to the public", NOW)
    converse(db, KEY, "and sussex?", NOW + timedelta(minutes=1))
    assert people_of(db, KEY, since=NOW)[0] == "surrey"
    asked = converse(db, KEY, "were we better on it in 2021/22", NOW + timedelta(minutes=2))
    assert "surrey" in asked.lower() and "sussex" not in asked.lower()
    assert people_of(db, KEY, since=NOW)[1][:2] == ("surrey", "sussex")


def test_a_comparison_names_no_speaker(db):
    converse(db, KEY, "how did we compare with kent", NOW)
    assert people_of(db, KEY, since=NOW)[0] == ""
