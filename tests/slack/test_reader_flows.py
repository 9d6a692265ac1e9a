"""Grades read from published text, driven the way Slack drives it: `/inspections-admin read <url>`, the
"Fill from the report" buttons, the "Record grades" message shortcut and a new report from the feed, each over
signed HTTP with the Web API stand-in (every view and message validated with slack-sdk's models). Nothing is
written until Save; Save keeps each proposed grade's sentence as its quote."""

from __future__ import annotations

import dataclasses
import json
import time
from urllib.parse import urlencode

import pytest

from tests.conftest import assert_valid_blocks, assert_valid_view, sign, slash_body
from tests.fakes.feed_server import FeedServer

KENT_PAGE = """PEEL 2023–2025: An inspection of Kent Police
Published 12 March 2025
Responding to the public: Requires improvement
Investigating crime: Good
"""
ESSEX_PAGE = """PEEL 2025–2027: An inspection of Essex Police
Published 2 April 2026
Responding to the public: Good
Investigating crime: Adequate
"""
HTTPS_SOURCE = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2023-25/"
ADMINS = "C0ADMINS"


@pytest.fixture
def settings(settings):
    return dataclasses.replace(settings, allow_http_loads=True, admin_channel=ADMINS, feed_urls=())


def serve_page(file_server, path: str, text: str) -> str:
    return file_server.serve(path, text.encode(), headers={"Content-Type": "text/plain; charset=utf-8"})


# ---------------------------------------------------------------- speaking Slack


def admin_command(http_app, slack_api, text: str, *, user: str = "UADMIN", name: str = "cmd") -> None:
    body = slash_body("/inspections-admin", text, slack_api.response_url(name), user_id=user)
    status, _ = http_app.post(body, sign(body))
    assert status == 200


def interactive(http_app, payload: dict) -> tuple[int, dict | None]:
    body = urlencode({"payload": json.dumps(payload)})
    status, text = http_app.post(body, sign(body))
    return status, (json.loads(text) if text.strip() else None)


def press(http_app, slack_api, button: dict, *, user: str = "UADMIN", view: dict | None = None):
    """Press a button in a message, or (with `view`) on an open modal."""
    payload = {
        "type": "block_actions",
        "team": {"id": "T0TEST", "domain": "test"},
        "user": {"id": user, "team_id": "T0TEST"},
        "api_app_id": "A0TEST",
        "trigger_id": "4.5.6",
        "actions": [{**button, "block_id": "b", "action_ts": "1.2"}],
    }
    if view is None:
        payload |= {
            "container": {"type": "message", "message_ts": "1.1", "channel_id": ADMINS},
            "channel": {"id": ADMINS},
            "response_url": slack_api.response_url("press"),
        }
    else:
        payload |= {"container": {"type": "view", "view_id": "V0FORM"}, "view": {**view, "id": "V0FORM"}}
    return interactive(http_app, payload)


def shortcut(http_app, slack_api, text: str, *, user: str = "UADMIN"):
    payload = {
        "type": "message_action",
        "callback_id": "record_grades_from_message",
        "team": {"id": "T0TEST", "domain": "test"},
        "user": {"id": user, "team_id": "T0TEST"},
        "channel": {"id": "C0NEWS", "name": "newsroom"},
        "message": {"type": "message", "user": "U0PRESS", "ts": "1700000000.000100", "text": text},
        "message_ts": "1700000000.000100",
        "response_url": slack_api.response_url("shortcut"),
        "trigger_id": "8.8.8",
        "action_ts": "1.3",
    }
    return interactive(http_app, payload)


def initial_state(view: dict, answers: dict[str, object] | None = None) -> dict:
    """state.values as Slack sends them: every input keeps its initial value unless answered."""
    answers = answers or {}
    values: dict = {}
    for block in view["blocks"]:
        if block["type"] != "input":
            continue
        el, bid = block["element"], block["block_id"]
        kind, given = el["type"], answers.get(bid)
        if kind == "static_select":
            option = next((o for o in el["options"] if o["value"] == given), None) or el.get("initial_option")
            values[bid] = {el["action_id"]: {"type": kind, "selected_option": option}}
        elif kind == "checkboxes":
            chosen = el.get("initial_options", []) if given is None else [o for o in el["options"] if given]
            values[bid] = {el["action_id"]: {"type": kind, "selected_options": chosen}}
        elif kind == "datepicker":
            values[bid] = {el["action_id"]: {"type": kind, "selected_date": given or el.get("initial_date")}}
        else:
            values[bid] = {el["action_id"]: {"type": kind, "value": given or el.get("initial_value")}}
    return {"values": values}


def save(http_app, view: dict, answers: dict[str, object] | None = None, *, user: str = "UADMIN"):
    payload = {
        "type": "view_submission",
        "team": {"id": "T0TEST", "domain": "test"},
        "user": {"id": user, "team_id": "T0TEST"},
        "api_app_id": "A0TEST",
        "trigger_id": "9.9.9",
        "view": {
            **view,
            "id": "V0FORM",
            "team_id": "T0TEST",
            "state": initial_state(view, answers),
            "hash": "h",
        },
    }
    return interactive(http_app, payload)


def updated_view(slack_api, count: int = 1, timeout: float = 15) -> dict:
    call = slack_api.wait_for("views.update", count, timeout=timeout)[count - 1]
    assert call.args["view_id"]
    view = call.args["view"]
    assert_valid_view(view)
    return view


def opened_view(slack_api, count: int = 1) -> dict:
    view = slack_api.wait_for("views.open", count)[count - 1].args["view"]
    assert_valid_view(view)
    return view


def select_of(view: dict, area: str) -> str:
    block = next(b for b in view["blocks"] if b.get("block_id") == f"area_{area}")
    return block["element"]["initial_option"]["value"]


def input_of(view: dict, block_id: str) -> dict:
    return next(b for b in view["blocks"] if b.get("block_id") == block_id)["element"]


def text_of(thing: dict) -> str:
    return json.dumps(thing, ensure_ascii=False)


def evidence_of(db, body_id: str, round_: str, area: str) -> tuple | None:
    return db.execute(
        "SELECT g.grade, g.evidence, g.source_url FROM grades g JOIN reports r ON r.id = g.report_id "
        "WHERE r.body_id = ? AND r.round = ? AND g.area = ?",
        [body_id, round_, area],
    ).fetchone()


def written_by_admins(db) -> int:
    return db.execute("SELECT count(*) FROM grade_changes WHERE changed_by LIKE 'UADMIN%'").fetchone()[0]


def wait_for_audit(store, count: int, timeout: float = 10) -> list[dict]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with store.connect() as db:
            rows = list(db.query("SELECT * FROM audit ORDER BY id"))
        if len(rows) >= count:
            return rows
        time.sleep(0.02)
    raise AssertionError(f"fewer than {count} audit rows")


# ---------------------------------------------------------------- read <url>


def test_read_opens_a_loading_modal_then_the_form_prefilled_and_writes_nothing_until_save(
    http_app, slack_api, store, file_server
):
    url = serve_page(file_server, "/peel-reports/kent-2023-25/", KENT_PAGE)
    admin_command(http_app, slack_api, f"read {url}")

    loading = opened_view(slack_api)
    assert "Reading the report" in text_of(loading)
    assert slack_api.wait_for("views.open")[0].args["trigger_id"] == "1.2.3"
    form = updated_view(slack_api)
    assert (
        slack_api.calls_to("views.update")[0].args["view_id"] == "V0000001"
    )  # the stand-in's id for the loading modal
    assert form["callback_id"] == "grade_form"
    assert select_of(form, "responding") == "Requires improvement"
    assert select_of(form, "investigating") == "Good"
    assert select_of(form, "workforce") == "none"  # the text states nothing for it: left as the store has it
    shown = text_of(form)
    assert "Responding to the public: Requires improvement" in shown and "*New*" in shown
    assert input_of(form, "source")["initial_value"] == url
    meta = json.loads(form["private_metadata"])
    assert (meta["b"], meta["r"]) == ("kent", "2023-25") and meta["p"]

    audit = wait_for_audit(store, 1)
    assert audit[0]["command"] == f"/inspections-admin read {url}"
    assert audit[0]["outcome"].startswith("ok: form filled for kent 2023-25")
    with store.connect() as db:
        assert evidence_of(db, "kent", "2023-25", "responding") is None
        assert written_by_admins(db) == 0
        (proposal,) = db.query("SELECT * FROM proposals")
    assert (proposal["body_id"], proposal["round"], proposal["origin"], proposal["status"]) == (
        "kent",
        "2023-25",
        "command",
        "open",
    )

    # Save: the admin keeps the proposed grades; a grade's sentence is its quote. (A page served over plain
    # http in this test cannot be a grade's source, so the admin gives the report's https link.)
    status, ack = save(http_app, form, {"source": HTTPS_SOURCE})
    assert status == 200 and ack is None
    with store.connect() as db:
        assert evidence_of(db, "kent", "2023-25", "responding") == (
            "Requires improvement",
            "Responding to the public: Requires improvement",
            HTTPS_SOURCE,
        )
        assert evidence_of(db, "kent", "2023-25", "investigating")[:2] == (
            "Good",
            "Investigating crime: Good",
        )
        assert db.execute("SELECT status, saved_by FROM proposals").fetchone() == ("saved", "UADMIN")
        saved = db.execute("SELECT command, outcome FROM audit ORDER BY id DESC").fetchone()
    assert (
        saved[0] == f"grade form kent 2023-25 (read: proposal {meta['p']})" and "2 grades added" in saved[1]
    )


def test_a_grade_set_differently_from_the_text_needs_its_own_quote(http_app, slack_api, store, file_server):
    url = serve_page(file_server, "/k/", KENT_PAGE)
    admin_command(http_app, slack_api, f"read <{url}>")
    form = updated_view(slack_api)
    status, ack = save(http_app, form, {"source": HTTPS_SOURCE, "area_investigating": "Adequate"})
    assert ack["response_action"] == "errors" and "Quote" in ack["errors"]["evidence"]
    typed = "We found the force adequate at investigating crime."
    status, ack = save(
        http_app, form, {"source": HTTPS_SOURCE, "area_investigating": "Adequate", "evidence": typed}
    )
    assert ack is None
    with store.connect() as db:
        assert evidence_of(db, "kent", "2023-25", "investigating")[:2] == ("Adequate", typed)
        assert (
            evidence_of(db, "kent", "2023-25", "responding")[1]
            == "Responding to the public: Requires improvement"
        )


def test_a_non_admin_who_asks_to_read_gets_a_refusal_and_nothing_opens(
    http_app, slack_api, store, file_server
):
    url = serve_page(file_server, "/k/", KENT_PAGE)
    admin_command(http_app, slack_api, f"read {url}", user="U0REPORTER", name="nope")
    reply = slack_api.wait_for("response_url:nope")[-1].args
    assert_valid_blocks(reply)
    assert reply["response_type"] == "ephemeral" and "only the bot's admins" in reply["text"]
    assert slack_api.calls_to("views.open") == [] and file_server.requests == []
    with store.connect() as db:
        (row,) = db.query("SELECT * FROM audit")
        assert db.execute("SELECT count(*) FROM proposals").fetchone()[0] == 0
    assert (row["user_id"], row["outcome"]) == ("U0REPORTER", "refused: not an admin")


@pytest.mark.parametrize(
    ("page", "says"),
    [
        ("A speech about policing in general.\nNothing here names a force.", "which force or service"),
        ("PEEL 2023–2025: An inspection of Kent Police\nPublished 12 March 2025\n", "states no grades"),
    ],
)
def test_a_text_with_nothing_to_record_says_so_instead_of_a_form(
    http_app, slack_api, store, file_server, page, says
):
    url = serve_page(file_server, "/p/", page)
    admin_command(http_app, slack_api, f"read {url}")
    view = updated_view(slack_api)
    assert view["callback_id"] == "reading_report" and "submit" not in view
    assert says in text_of(view)
    with store.connect() as db:
        assert written_by_admins(db) == 0


def test_a_page_that_cannot_be_fetched_is_said_kindly_in_the_modal(http_app, slack_api, store, file_server):
    missing = file_server.url("/gone/")
    admin_command(http_app, slack_api, f"read {missing}")
    view = updated_view(slack_api)
    assert view["callback_id"] == "reading_report" and "couldn't download" in text_of(view)
    assert wait_for_audit(store, 1)[0]["outcome"].startswith("refused: ")


@pytest.mark.parametrize(
    ("text", "says"), [("read", "give the report's link"), ("read a b", "give"), ("read x --all", "--all")]
)
def test_a_bad_read_command_says_what_to_fix_and_opens_nothing(http_app, slack_api, text, says):
    admin_command(http_app, slack_api, text, name="bad")
    reply = slack_api.wait_for("response_url:bad")[-1].args
    assert_valid_blocks(reply)
    assert says in reply["text"] or says in text_of(reply)
    assert slack_api.calls_to("views.open") == []


# ---------------------------------------------------------------- the message shortcut


PRESS_RELEASE = (
    "Kent Police must improve how it responds to the public, says the inspectorate. "
    f"<{HTTPS_SOURCE}|Read the report>\n" + KENT_PAGE
)


def test_the_shortcut_opens_the_form_prefilled_from_a_message_and_save_uses_its_link(
    http_app, slack_api, store
):
    status, _ = shortcut(http_app, slack_api, PRESS_RELEASE)
    assert status == 200
    assert slack_api.wait_for("views.open")[0].args["trigger_id"] == "8.8.8"
    form = updated_view(slack_api)
    assert select_of(form, "responding") == "Requires improvement"
    assert input_of(form, "source")["initial_value"] == HTTPS_SOURCE
    with store.connect() as db:
        assert written_by_admins(db) == 0
        assert db.execute("SELECT origin FROM proposals").fetchone()[0] == "shortcut"

    status, ack = save(http_app, form)  # saved as pre-filled: the link in the message is the source
    assert status == 200 and ack is None
    with store.connect() as db:
        assert evidence_of(db, "kent", "2023-25", "responding") == (
            "Requires improvement",
            "Responding to the public: Requires improvement",
            HTTPS_SOURCE,
        )


def test_the_shortcut_on_a_message_without_a_link_needs_a_source_on_save(http_app, slack_api, store):
    shortcut(http_app, slack_api, KENT_PAGE)
    form = updated_view(slack_api)
    assert "initial_value" not in input_of(form, "source")
    status, ack = save(http_app, form)
    assert ack["response_action"] == "errors" and "link" in ack["errors"]["source"]
    with store.connect() as db:
        assert written_by_admins(db) == 0


def test_the_shortcut_refuses_a_non_admin_privately_and_opens_nothing(http_app, slack_api, store):
    shortcut(http_app, slack_api, PRESS_RELEASE, user="U0REPORTER")
    reply = slack_api.wait_for("response_url:shortcut")[-1].args
    assert_valid_blocks(reply)
    assert reply["response_type"] == "ephemeral" and "only the bot's admins" in reply["text"]
    assert slack_api.calls_to("views.open") == []
    with store.connect() as db:
        assert db.execute("SELECT count(*) FROM proposals").fetchone()[0] == 0


# ---------------------------------------------------------------- Fill from the report


def point_kent_at(store, url: str) -> None:
    with store.connect() as db:
        db.execute("UPDATE reports SET report_url = ? WHERE body_id = 'kent' AND round = '2023-25'", [url])
        db.conn.commit()


def test_gaps_has_fill_from_the_report_which_opens_the_form_prefilled(
    http_app, slack_api, store, file_server
):
    point_kent_at(store, serve_page(file_server, "/kent/", KENT_PAGE))
    admin_command(http_app, slack_api, "gaps police 2023-25", name="gaps")
    reply = slack_api.wait_for("response_url:gaps")[-1].args
    assert_valid_blocks(reply)
    fills = [
        e
        for b in reply["blocks"]
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "fill_from_report"
    ]
    kent = next(e for e in fills if e["value"] == "kent 2023-25")
    press(http_app, slack_api, {"type": "button", "action_id": kent["action_id"], "value": kent["value"]})
    assert "Reading the report" in text_of(opened_view(slack_api))
    assert slack_api.calls_to("views.open")[0].args["trigger_id"] == "4.5.6"
    form = updated_view(slack_api)
    assert select_of(form, "responding") == "Requires improvement"
    with store.connect() as db:
        assert db.execute("SELECT origin FROM proposals").fetchone()[0] == "button"
        assert written_by_admins(db) == 0


def test_the_grade_forms_fill_button_replaces_the_form_with_a_prefilled_one(
    http_app, slack_api, store, file_server
):
    point_kent_at(store, serve_page(file_server, "/kent/", KENT_PAGE))
    admin_command(http_app, slack_api, "grades kent 2023-25")
    form = opened_view(slack_api)
    (fill,) = next(b for b in form["blocks"] if b.get("block_id") == "fill_from_report")["elements"]
    assert select_of(form, "responding") == "none"
    press(
        http_app,
        slack_api,
        {"type": "button", "action_id": fill["action_id"], "value": fill["value"]},
        view=form,
    )
    filled = updated_view(slack_api, 2)  # first "Reading the report…", then the form
    assert all(c.args["view_id"] == "V0FORM" for c in slack_api.calls_to("views.update"))
    assert select_of(filled, "responding") == "Requires improvement"
    assert len(slack_api.calls_to("views.open")) == 1


def test_fill_from_the_report_opens_nothing_for_a_non_admin(http_app, slack_api, store):
    press(
        http_app,
        slack_api,
        {"type": "button", "action_id": "fill_from_report", "value": "kent 2023-25"},
        user="U0X",
    )
    reply = slack_api.wait_for("response_url:press")[-1].args
    assert "only the bot's admins" in reply["text"]
    assert slack_api.calls_to("views.open") == []


# ---------------------------------------------------------------- a new report from the feed


@pytest.fixture
def feed(settings, file_server):
    server = FeedServer().start()
    page = serve_page(file_server, "/peel-reports/essex-2025-27/", ESSEX_PAGE)
    rss = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>HMICFRS</title>
<item><title>PEEL 2025–2027: An inspection of Essex Police</title><link>{page}</link>
<pubDate>Thu, 02 Apr 2026 09:00:00 GMT</pubDate></item></channel></rss>"""
    url = server.serve("/feed/", body=rss.encode())
    yield url
    server.stop()


@pytest.fixture
def settings_with_feed(settings, feed):
    return dataclasses.replace(settings, feed_urls=(feed,))


@pytest.fixture
def app(settings_with_feed, store):
    from bot.slack.app import create_app

    return create_app(settings_with_feed, store, raise_unhandled=True)


def test_a_new_report_from_the_feed_brings_its_grades_to_the_admins_channel_and_review_adds_its_areas(
    http_app, slack_api, store
):
    admin_command(http_app, slack_api, "poll", name="poll")
    posted = slack_api.wait_for("chat.postMessage", timeout=15)[-1].args
    assert posted["channel"] == ADMINS
    assert_valid_blocks(posted)
    shown = text_of(posted)
    assert "Essex Police" in shown and "PEEL 2025–27" in shown and "2 April 2026" in shown
    assert "Responding to the public: Good" in shown  # the sentence, quoted
    review = next(e for b in posted["blocks"] if b["type"] == "actions" for e in b["elements"])
    assert review["action_id"] == "review_proposal"
    reply = slack_api.wait_for("response_url:poll")[-1].args
    assert "read: grades posted" in text_of(reply)
    with store.connect() as db:
        assert db.execute("SELECT origin, body_id, round FROM proposals").fetchone() == (
            "feed",
            "essex",
            "2025-27",
        )
        assert written_by_admins(db) == 0

    press(http_app, slack_api, {"type": "button", "action_id": review["action_id"], "value": review["value"]})
    form = opened_view(slack_api)
    assert form["callback_id"] == "grade_form"
    box = input_of(form, "add_areas")
    assert box["type"] == "checkboxes" and "initial_options" not in box  # not ticked unless --add-areas
    assert "Add these areas to PEEL 2025–27" in text_of(box)
    assert "Responding to the public" in text_of(form)

    status, ack = save(http_app, form, {"add_areas": True, "source": HTTPS_SOURCE})
    assert status == 200 and ack is None
    with store.connect() as db:
        added = {r["area"]: r["name"] for r in db.query("SELECT * FROM areas WHERE round = '2025-27'")}
        # the ids these words have in earlier rounds, so answers can follow an area across rounds
        assert added["responding"] == "Responding to the public" and "investigating" in added
        assert evidence_of(db, "essex", "2025-27", "responding")[:2] == (
            "Good",
            "Responding to the public: Good",
        )
        assert db.execute("SELECT status FROM proposals").fetchone()[0] == "saved"


def test_review_and_save_is_for_admins_only(http_app, slack_api, store):
    admin_command(http_app, slack_api, "poll", name="poll")
    posted = slack_api.wait_for("chat.postMessage", timeout=15)[-1].args
    review = next(e for b in posted["blocks"] if b["type"] == "actions" for e in b["elements"])
    press(
        http_app,
        slack_api,
        {"type": "button", "action_id": review["action_id"], "value": review["value"]},
        user="U0X",
    )
    reply = slack_api.wait_for("response_url:press")[-1].args
    assert "only the bot's admins" in reply["text"]
    assert slack_api.calls_to("views.open") == []


def test_read_add_areas_ticks_the_box(http_app, slack_api, store, file_server):
    url = serve_page(file_server, "/essex/", ESSEX_PAGE)
    admin_command(http_app, slack_api, f"read {url} --add-areas")
    form = updated_view(slack_api)
    assert input_of(form, "add_areas")["initial_options"][0]["value"] == "add"


def test_fill_from_the_report_on_the_app_home_opens_a_modal_rather_than_replacing_the_home_tab(
    http_app, slack_api, store, file_server
):
    point_kent_at(store, serve_page(file_server, "/kent/", KENT_PAGE))
    home = {"type": "home", "blocks": []}
    press(
        http_app,
        slack_api,
        {"type": "button", "action_id": "fill_from_report", "value": "kent 2023-25"},
        view=home,
    )
    assert "Reading the report" in text_of(opened_view(slack_api))
    form = updated_view(slack_api)
    assert slack_api.calls_to("views.update")[0].args["view_id"] != "V0FORM"
    assert select_of(form, "responding") == "Requires improvement"


def test_an_html_report_page_is_read_into_the_form(http_app, slack_api, store, file_server):
    lines = "".join(f"<p>{line}</p>" for line in KENT_PAGE.splitlines()[1:])
    html = f"<html><head><title>Kent</title></head><body><main><h1>{KENT_PAGE.splitlines()[0]}</h1>{lines}</main></body></html>"
    url = file_server.serve("/kent.html", html.encode(), headers={"Content-Type": "text/html; charset=utf-8"})
    admin_command(http_app, slack_api, f"read {url}")
    form = updated_view(slack_api)
    assert (
        select_of(form, "responding") == "Requires improvement" and select_of(form, "investigating") == "Good"
    )


# ---------------------------------------------------------------- a proposal without a round is never saved


ROUNDLESS = (
    "Kent Police was rated good at investigating crime and requires improvement in responding to the public."
)


def test_the_shortcut_on_a_text_without_a_round_says_why_and_keeps_nothing_to_save(
    http_app, slack_api, store
):
    shortcut(http_app, slack_api, ROUNDLESS)
    view = updated_view(slack_api)
    assert view["callback_id"] == "reading_report" and "submit" not in view  # no form, nothing to save
    assert "No round: the text names no round and states no date" in text_of(view)
    with store.connect() as db:
        assert db.execute("SELECT count(*) FROM proposals").fetchone()[0] == 0
        assert written_by_admins(db) == 0


def test_review_and_save_on_a_kept_proposal_without_a_round_opens_no_form(http_app, slack_api, store):
    from db.proposals import add_proposal

    payload = {
        "body": "kent",
        "body_name": "Kent Police",
        "framework": "peel",
        "round": None,
        "grades": [{"area": "investigating", "grade": "Good", "quote": ROUNDLESS}],
        "source": HTTPS_SOURCE,
    }
    with store.connect() as db:
        proposal_id = add_proposal(db, payload, origin="feed", created_by="feed")
    press(http_app, slack_api, {"type": "button", "action_id": "review_proposal", "value": str(proposal_id)})
    view = opened_view(slack_api)
    assert view["callback_id"] == "reading_report" and "submit" not in view
    assert "which inspection round" in text_of(view)
    with store.connect() as db:
        assert written_by_admins(db) == 0


def test_a_fire_report_of_a_round_the_store_does_not_hold_names_it_and_opens_no_form(
    http_app, slack_api, store, file_server
):
    page = (
        "Fire and rescue service inspection 2018/19: Kent Fire and Rescue Service\n"
        "Published 20 June 2019\nPreventing fires and other risks: Good\n"
    )
    url = serve_page(file_server, "/frs-2018/", page)
    admin_command(http_app, slack_api, f"read {url}")
    view = updated_view(slack_api)
    assert "submit" not in view
    assert "fire and rescue 2018/19 (round 1), a round the store does not hold" in text_of(view)
    with store.connect() as db:
        assert db.execute("SELECT count(*) FROM proposals").fetchone()[0] == 0
        assert written_by_admins(db) == 0
