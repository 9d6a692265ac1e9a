"""A grade card marks a grade HMICFRS changed after publication: what it was, when, and the source."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from db.load import load_rows, parse_text
from tests.conftest import assert_valid_blocks, sign, slash_body

SRC = "https://hmicfrs.justiceinspectorates.gov.uk/test-regrade/"


def grade_card(http_app, slack_api, name: str) -> dict:
    body = slash_body("/grade", name, slack_api.response_url("g"))
    status, text = http_app.post(body, sign(body))
    assert status == 200
    reply = json.loads(text)
    assert_valid_blocks(reply)
    return reply


def area_text(reply: dict, area: str) -> str:
    [text] = [
        b["text"]["text"]
        for b in reply["blocks"]
        if b["type"] == "section" and b["text"]["text"].startswith(f"*{area}*")
    ]
    return text


def test_northamptonshires_shipped_regrade_shows_what_it_was_when_and_the_source(http_app, slack_api):
    reply = grade_card(http_app, slack_api, "northamptonshire")
    responding = area_text(reply, "Responding to the public")
    assert (
        "*Requires improvement*, regraded from Adequate on 8 August 2024 (<https://northantspfcc.org.uk/?p=25963|source>)"
        in responding
    )
    assert "regraded" not in area_text(reply, "Investigating crime")  # only the area that changed


def test_a_loaded_regrade_shows_on_the_card_with_the_day_it_was_loaded(http_app, slack_api, db):
    rows = parse_text(
        f"force_id,round,area,grade,basis,source_url,evidence\ncambridgeshire,2023-25,responding,Adequate,stated,{SRC},x\n",
        "regrade.csv",
    )
    load_rows(db, rows, source="regrade.csv", loaded_by="UADMIN", now=datetime(2026, 5, 2, 10, 0, tzinfo=UTC))
    responding = area_text(grade_card(http_app, slack_api, "cambridgeshire"), "Responding to the public")
    assert f"*Adequate*, regraded from Inadequate on 2 May 2026 (<{SRC}|source>)" in responding


def test_a_one_area_answer_marks_the_regrade_too(http_app, slack_api):
    body = slash_body("/inspections", "northants 999 calls", slack_api.response_url("i"))
    status, raw = http_app.post(body, sign(body))
    assert status == 200
    reply = json.loads(raw)
    assert_valid_blocks(reply)
    shown = json.dumps(reply, ensure_ascii=False)
    assert "*Requires improvement*, regraded from Adequate on 8 August 2024" in shown
