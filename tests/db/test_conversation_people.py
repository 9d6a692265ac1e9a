"""A conversation keeps who its asker speaks for and the bodies it was last about, per conversation, until it goes
quiet; a turn that says neither leaves them as they were."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.slack.conversation import converse
from db.conversations import held, remember_question

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
KEY = ("T1", "C1", "1700000000.000100")


def test_the_speaker_and_recent_bodies_are_kept_until_changed(db):
    remember_question(db, KEY, "grade kent", NOW, speaker="kent", recent=("kent",))
    remember_question(db, KEY, "grade essex", NOW + timedelta(minutes=1), recent=("essex", "kent"))
    remember_question(db, KEY, "what does adequate mean", NOW + timedelta(minutes=2))
    kept = held(db, KEY, since=NOW)
    assert (kept.speaker, kept.recent) == ("kent", ("essex", "kent"))
    assert kept.question == "what does adequate mean" and kept.earlier == "grade essex"
    assert held(db, ("T1", "C2", ""), since=NOW) == (
        (None, None, "", ())
    )  # another conversation holds nothing
    assert held(db, KEY, since=NOW + timedelta(hours=1)).speaker == ""  # gone quiet


def test_converse_remembers_the_speaker_and_reads_it_back_turns_later(db):
    converse(db, KEY, "surrey police - what did we get for responding to the public", NOW)
    converse(db, KEY, "and sussex?", NOW + timedelta(minutes=1))
    assert held(db, KEY, since=NOW).speaker == "surrey"
    asked = converse(db, KEY, "were we better on it in 2021/22", NOW + timedelta(minutes=2))
    assert "surrey" in asked.lower() and "sussex" not in asked.lower()
    assert held(db, KEY, since=NOW).recent[:2] == ("surrey", "sussex")


def test_a_comparison_names_no_speaker(db):
    converse(db, KEY, "how did we compare with kent", NOW)
    assert held(db, KEY, since=NOW).speaker == ""
