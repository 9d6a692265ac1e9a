"""Cached answers are never stale: a load by another process (the shell's `load` while `serve` runs) shows
at once; the cache stays bounded; writes that don't touch the data (event receipts) keep it warm."""

from __future__ import annotations

from pathlib import Path

from bot.slack.answer_cache import CACHE, AnswerCache, cached_ask, cached_grade
from tests.conftest import assert_valid_blocks, command_reply, run_cli, slash_body, start_serve

ROOT = Path(__file__).resolve().parents[2]
SOURCE = "https://example.org/regrade"


def _regrade_file(tmp_path: Path, grade: str) -> Path:
    path = tmp_path / f"regrade-{grade.replace(' ', '-')}.csv"
    path.write_text(
        "force_id,round,area,grade,basis,source_url,evidence\n"
        f"cambridgeshire,2023-25,police_powers,{grade},stated,{SOURCE},a test regrade\n"
    )
    return path


def _shell_load(tmp_path: Path, db_path: Path, file: Path) -> None:
    """`inspections-bot load FILE` as its own process, as an admin would run it beside `serve`."""
    done = run_cli("load", str(file), cwd=tmp_path, env={"DATABASE_PATH": str(db_path)})
    assert done.returncode == 0, done.stderr


def _police_powers(reply: dict) -> str:
    text = str(reply["blocks"])
    after = text.split("Police powers and public treatment", 1)[1]
    found = {g: after.find(f"*{g}*") for g in ("Outstanding", "Good", "Adequate")}
    return min((i, g) for g, i in found.items() if i >= 0)[1]


def test_a_load_by_the_shell_shows_at_once_in_the_running_server(tmp_path, db_path, slack_api):
    proc, running = start_serve(tmp_path, slack_api, db_path)
    try:

        def ask_grade() -> dict:
            body = slash_body("/grade", "cambs", slack_api.response_url("g"))
            reply = command_reply(running, slack_api, body, "g")
            assert_valid_blocks(reply)
            return reply

        def ask_question() -> str:
            body = slash_body("/inspections", "is cambridgeshire outstanding at stop and search", "x")
            return command_reply(running, slack_api, body, "q")["text"]

        assert _police_powers(ask_grade()) == "Outstanding"
        assert _police_powers(ask_grade()) == "Outstanding"  # now from the cache
        assert ask_question().startswith("Yes:")
        _shell_load(tmp_path, db_path, _regrade_file(tmp_path, "Good"))
        assert _police_powers(ask_grade()) == "Good"
        assert ask_question().startswith("No:")
        _shell_load(tmp_path, db_path, _regrade_file(tmp_path, "Outstanding"))
        assert _police_powers(ask_grade()) == "Outstanding"
    finally:
        proc.terminate()
        proc.communicate(timeout=15)


def test_in_process_cache_follows_a_load_made_on_another_connection(store, tmp_path):
    first = cached_grade(store, "cambs")
    assert _police_powers(first) == "Outstanding"
    hits = CACHE.hits
    assert cached_grade(store, "cambs") == first and CACHE.hits == hits + 1
    _shell_load(tmp_path, Path(store.path), _regrade_file(tmp_path, "Adequate"))
    assert _police_powers(cached_grade(store, "cambs")) == "Adequate"


def test_writes_that_change_no_answer_keep_the_cache(store):
    cached_ask(store, "latest 5 reports")
    with store.connect() as db:
        db.execute(
            "INSERT INTO event_receipts (key, event_id, received_at) VALUES ('msg:C1:1', 'Ev1', '2026-01-01')"
        )
    hits = CACHE.hits
    cached_ask(store, "latest 5 reports")
    assert CACHE.hits == hits + 1


def test_callers_may_add_blocks_without_changing_the_cached_answer(store):
    msg = cached_ask(store, "grade kent")
    msg["blocks"].append({"type": "divider"})
    assert (
        cached_ask(store, "grade kent")["blocks"][-1] != {"type": "divider"}
        or len(cached_ask(store, "grade kent")["blocks"]) == len(msg["blocks"]) - 1
    )


def test_the_cache_is_bounded_and_drops_everything_when_the_data_moves():
    cache = AnswerCache(max_entries=3)
    assert cache.get(("v1",), ("nothing yet",)) is None  # a lookup first, as every caller does
    for i in range(10):
        cache.put(("v1",), (i,), {"text": str(i), "blocks": []})
        assert cache.get(("v1",), (i,)) is not None
    assert len(cache) == 3 and cache.get(("v1",), (0,)) is None
    assert cache.get(("v2",), (9,)) is None and len(cache) == 0
    cache.put(("v1",), ("late",), {"text": "built on old data", "blocks": []})
    assert len(cache) == 0  # an answer built before the data moved is not kept
