"""The command line: ask without Slack, load files, and serve's missing-settings message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli as run

ROOT = Path(__file__).resolve().parents[1]


def test_ask_answers_from_a_fresh_embedded_store_without_slack_settings(tmp_path):
    result = run("ask", "grade cambridgeshire", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Cambridgeshire Constabulary: PEEL 2023–25" in out
    assert "Outstanding" in out and "Requires improvement" in out
    assert "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/cambridgeshire-2023-25/" in out
    assert (tmp_path / "inspections.db").exists()


def test_ask_reads_a_question_its_first_reading_misses_as_a_threads_first_turn_does(tmp_path):
    result = run("ask", "whos got more outstandings than merseyside police", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Most outstanding grades: police forces" in result.stdout
    assert "Merseyside Police: areas rated outstanding" not in result.stdout


def test_ask_slash_form_and_json_payload(tmp_path):
    result = run("ask", "/grade cambs", "--json", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["text"].startswith("Cambridgeshire Constabulary")
    assert payload["blocks"][0]["type"] == "header"


@pytest.mark.parametrize("env", [{}, {"SLACK_BOT_TOKEN": "xoxb-1"}])
def test_serve_without_settings_names_them_and_exits_2(tmp_path, env):
    result = run("serve", cwd=tmp_path, env={"DOTENV_PATH": str(tmp_path / "none.env"), **env})
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "SLACK_SIGNING_SECRET" in result.stderr
    assert ("SLACK_BOT_TOKEN" in result.stderr) == ("SLACK_BOT_TOKEN" not in env)
    assert len(result.stderr.strip().splitlines()) == 1


def test_load_a_bad_file_exits_1_and_names_the_line(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "force_id,round,area,grade,basis,source_url,evidence\nkent,2023-25,responding,Great,stated,https://x.org,e\n"
    )
    result = run("load", str(bad), cwd=tmp_path)
    assert result.returncode == 1
    assert "bad.csv, line 2" in result.stderr and "'Great'" in result.stderr
    assert "Nothing was loaded" in result.stderr


def test_chat_keeps_the_conversation_from_turn_to_turn(tmp_path, db_path):
    turns = "grade norfolk\nwhat about investigating crime?\nand suffolk?\nquit\n"
    proc = run("chat", cwd=tmp_path, env={"DATABASE_PATH": str(db_path)}, input=turns)
    assert proc.returncode == 0, proc.stderr
    assert "Norfolk Constabulary: investigating crime" in proc.stdout
    assert "Suffolk Constabulary: investigating crime" in proc.stdout
