"""'This looks wrong': the ⋯ menu on every grade opens a small form for anyone; the flag is stored, posted to
ADMIN_CHANNEL escaped, listed by `/inspections-admin flags` and resolved from there."""

from __future__ import annotations

import dataclasses
import json

import pytest

from tests.conftest import assert_valid_blocks, assert_valid_view, sign, slash_body
from tests.slack.test_grade_form import click, command, opened_view, submit

NOTE = "The report says <!channel> Good, not Inadequate <@U0BOSS> <https://evil.example|click>"


@pytest.fixture
def settings(settings):
    return dataclasses.replace(settings, admin_channel="C0ADMINS")


def grade_answer(http_app, slack_api, text: str = "cambridgeshire") -> dict:
    body = slash_body("/grade", text, slack_api.response_url("g"))
    status, raw = http_app.post(body, sign(body))
    assert status == 200
    return json.loads(raw)


def flag_menu_of(answer: dict, area_name: str) -> dict:
    block = next(
        b
        for b in answer["blocks"]
        if b["type"] == "section" and b["text"]["text"].startswith(f"*{area_name}*")
    )
    return block["accessory"]


def open_flag_form(http_app, slack_api, *, user: str = "U0REPORTER") -> dict:
    answer = grade_answer(http_app, slack_api)
    menu = flag_menu_of(answer, "Responding to the public")
    assert menu["type"] == "overflow" and menu["options"][0]["text"]["text"] == "This looks wrong…"
    action = {"type": "overflow", "action_id": menu["action_id"], "selected_option": menu["options"][0]}
    assert click(http_app, slack_api, action, user=user)[0] == 200
    return opened_view(slack_api, len(slack_api.calls_to("views.open")) or 1)


def test_every_grade_in_an_answer_has_the_menu(http_app, slack_api):
    answer = grade_answer(http_app, slack_api)
    assert_valid_blocks(answer)
    menus = [b["accessory"] for b in answer["blocks"] if b.get("accessory", {}).get("type") == "overflow"]
    assert len(menus) == 8  # every area the answer shows: Cambridgeshire's eight PEEL 2023–25 grades
    assert menus[0]["options"][0]["value"].startswith("peel|2023-25|cambridgeshire|")


def test_anyone_can_flag_a_grade_and_it_reaches_the_admins_channel_escaped(http_app, slack_api, store):
    view = open_flag_form(http_app, slack_api)
    assert view["callback_id"] == "flag_form"
    assert "Responding to the public: *Inadequate*" in json.dumps(view, ensure_ascii=False)

    status, ack = submit(
        http_app, view, {"note": NOTE, "link": "https://example.org/report.pdf"}, user="U0REPORTER"
    )
    assert status == 200 and ack["response_action"] == "update"
    assert_valid_view(ack["view"])
    assert "admins' channel" in ack["view"]["blocks"][0]["text"]["text"]

    posted = slack_api.wait_for("chat.postMessage")[-1].args
    assert posted["channel"] == "C0ADMINS"
    assert_valid_blocks(posted)
    shown = json.dumps(posted, ensure_ascii=False)
    assert "<!channel>" not in shown and "<@U0BOSS>" not in shown and "<https://evil" not in shown
    assert "&lt;!channel&gt;" in shown and "&lt;@U0BOSS&gt;" in shown
    assert "<@U0REPORTER>" in shown  # who raised it: a mention the bot made itself
    assert "Cambridgeshire Constabulary · PEEL 2023–25 · Responding to the public: Inadequate" in shown
    assert "https://example.org/report.pdf" in shown

    with store.connect() as db:
        (row,) = db.query("SELECT * FROM flags")
    assert (row["user_id"], row["team_id"], row["body_id"], row["framework"], row["round"]) == (
        "U0REPORTER",
        "T0TEST",
        "cambridgeshire",
        "peel",
        "2023-25",
    )
    assert (row["area"], row["grade_shown"], row["note"], row["link"]) == (
        "responding",
        "Inadequate",
        NOTE,
        "https://example.org/report.pdf",
    )
    assert row["created_at"] and row["resolved_at"] is None


@pytest.mark.parametrize(
    ("answers", "field"),
    [
        ({"note": ""}, "note"),
        ({"note": "wrong", "link": "http://example.org/x"}, "link"),
        ({"note": "x", "link": "ftp://a.b/c"}, "link"),
    ],
)
def test_a_flag_needs_a_note_and_an_https_source(http_app, slack_api, store, answers, field):
    view = open_flag_form(http_app, slack_api)
    status, ack = submit(http_app, view, answers, user="U0REPORTER")
    assert status == 200 and ack["response_action"] == "errors" and field in ack["errors"]
    with store.connect() as db:
        assert db.execute("SELECT count(*) FROM flags").fetchone()[0] == 0
    assert slack_api.calls_to("chat.postMessage") == []


def test_without_admin_channel_a_flag_is_kept_and_posted_nowhere(http_app, slack_api, store, settings, app):
    # The app under test was built with ADMIN_CHANNEL; build one without it on the same store.
    from bot.slack.app import create_app
    from bot.slack.server import make_server
    from tests.conftest import RunningApp, serve_in_thread

    quiet = create_app(dataclasses.replace(settings, admin_channel=""), store, raise_unhandled=True)
    server = make_server(quiet, store, "127.0.0.1", 0)
    serve_in_thread(server)
    try:
        running = RunningApp(f"http://127.0.0.1:{server.effective_port}")
        view = open_flag_form(running, slack_api)
        status, ack = submit(running, view, {"note": "looks off"}, user="U0REPORTER")
        assert status == 200 and "kept for the admins" in ack["view"]["blocks"][0]["text"]["text"]
    finally:
        server.close()
    assert slack_api.calls_to("chat.postMessage") == []
    with store.connect() as db:
        assert db.execute("SELECT count(*) FROM flags").fetchone()[0] == 1


def test_admins_list_and_resolve_flags_and_resolved_flags_say_how(http_app, slack_api, store):
    submit(http_app, open_flag_form(http_app, slack_api), {"note": NOTE}, user="U0REPORTER")

    command(http_app, slack_api, "flags", name="list")
    listing = slack_api.wait_for("response_url:list")[-1].args
    assert_valid_blocks(listing)
    text = json.dumps(listing, ensure_ascii=False)
    assert "#1" in text and "&lt;!channel&gt;" in text and "<!channel>" not in text
    button = next(
        b["accessory"] for b in listing["blocks"] if b.get("accessory", {}).get("action_id") == "resolve_flag"
    )

    # A reader cannot list or resolve flags.
    command(http_app, slack_api, "flags resolve 1 nothing to see", user="U0REPORTER", name="no")
    assert "only the bot's admins" in slack_api.wait_for("response_url:no")[-1].args["text"]

    # The Resolve button opens a small form; its submission resolves the flag, audited.
    click(http_app, slack_api, button)
    view = opened_view(slack_api, 2)
    assert view["callback_id"] == "resolve_flag_form"
    status, ack = submit(http_app, view, {"how": ""})
    assert ack["response_action"] == "errors" and "how" in ack["errors"]
    assert submit(http_app, view, {"how": "Checked the report: Inadequate is right."}) == (200, None)
    with store.connect() as db:
        (row,) = db.query("SELECT * FROM flags")
        audit = db.execute("SELECT command, outcome FROM audit ORDER BY id DESC").fetchone()
    assert row["resolved_by"] == "UADMIN" and row["resolution"] == "Checked the report: Inadequate is right."
    assert audit == (
        "/inspections-admin flags resolve 1 Checked the report: Inadequate is right.",
        "ok: flag 1 resolved",
    )

    command(http_app, slack_api, "flags", name="open")
    assert "No open flags" in slack_api.wait_for("response_url:open")[-1].args["text"]
    command(http_app, slack_api, "flags all", name="all")
    everything = json.dumps(slack_api.wait_for("response_url:all")[-1].args, ensure_ascii=False)
    assert "Resolved by <@UADMIN>" in everything and "Inadequate is right" in everything

    command(http_app, slack_api, "flags resolve 1 again", name="again")
    assert "no open flag #1" in json.dumps(slack_api.wait_for("response_url:again")[-1].args)


def test_a_flag_is_kept_when_the_admins_channel_cannot_be_posted_to(http_app, slack_api, store):
    slack_api.fail("chat.postMessage", 200, body={"ok": False, "error": "not_in_channel"})
    view = open_flag_form(http_app, slack_api)
    status, ack = submit(http_app, view, {"note": "looks off"}, user="U0REPORTER")
    assert status == 200 and ack["response_action"] == "update"
    slack_api.wait_for("chat.postMessage")
    with store.connect() as db:
        assert db.execute("SELECT count(*) FROM flags").fetchone()[0] == 1


def test_one_person_cannot_flood_the_admins(http_app, slack_api, store):
    from db.flags import add_flag

    with store.connect() as db:
        for _ in range(10):
            add_flag(
                db,
                team_id="T0TEST",
                user_id="U0REPORTER",
                body_id="kent",
                framework="peel",
                round_="2023-25",
                area="responding",
                grade_shown="",
                note="spam",
            )
    status, ack = submit(
        http_app, open_flag_form(http_app, slack_api), {"note": "one more"}, user="U0REPORTER"
    )
    assert ack["response_action"] == "errors" and "last hour" in ack["errors"]["note"]
    with store.connect() as db:
        assert db.execute("SELECT count(*) FROM flags").fetchone()[0] == 10
    assert slack_api.calls_to("chat.postMessage") == []


def test_a_one_area_answer_has_the_menu_and_it_opens_the_form_for_that_grade(http_app, slack_api):
    body = slash_body(
        "/inspections", "is thames valley any good at safeguarding", slack_api.response_url("i")
    )
    status, raw = http_app.post(body, sign(body))
    assert status == 200
    answer = json.loads(raw)
    assert_valid_blocks(answer)
    menus = [b["accessory"] for b in answer["blocks"] if b.get("accessory", {}).get("type") == "overflow"]
    assert [m["options"][0]["value"] for m in menus] == [
        "peel|2023-25|thames-valley|protecting_vulnerable|Inadequate"
    ]
    action = {
        "type": "overflow",
        "action_id": menus[0]["action_id"],
        "selected_option": menus[0]["options"][0],
    }
    assert click(http_app, slack_api, action, user="U0REPORTER")[0] == 200
    view = opened_view(slack_api)
    assert "Protecting vulnerable people: *Inadequate*" in json.dumps(view, ensure_ascii=False)
