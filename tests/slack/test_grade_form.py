"""The admins' grade form, driven the way Slack drives it: a signed slash command, views.open at the Web API
stand-in (validated with slack-sdk's view models), a signed view_submission back, then the answer and audit."""

from __future__ import annotations

import dataclasses
import json
import time
from urllib.parse import urlencode

import pytest

from tests.conftest import assert_valid_blocks, assert_valid_view, sign, slash_body

KENT_SOURCE = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2023-25/"
QUOTE = "We found the force is good at responding to the public."


@pytest.fixture
def settings(settings):
    return dataclasses.replace(settings, admin_user_ids=("UADMIN", "UADMIN2"))


# ---------------------------------------------------------------- speaking Slack


def command(
    http_app, slack_api, text: str, *, user: str = "UADMIN", trigger: str = "1.2.3", name: str = "form"
):
    body = slash_body(
        "/inspections-admin", text, slack_api.response_url(name), user_id=user, trigger_id=trigger
    )
    status, _ = http_app.post(body, sign(body))
    assert status == 200


def interactive(http_app, payload: dict) -> tuple[int, dict | None]:
    """POST an interaction payload as Slack does (form-encoded `payload`, signed); the ack's JSON, if any."""
    body = urlencode({"payload": json.dumps(payload)})
    status, text = http_app.post(body, sign(body))
    return status, (json.loads(text) if text.strip() else None)


def opened_view(slack_api, count: int = 1) -> dict:
    call = slack_api.wait_for("views.open", count)[count - 1]
    assert call.args["trigger_id"]
    view = call.args["view"]
    assert_valid_view(view)
    return view


def _state(view: dict, answers: dict[str, str | None]) -> dict:
    """state.values as Slack fills them: selects keep their initial option unless answered."""
    values: dict = {}
    for block in view["blocks"]:
        if block["type"] != "input":
            continue
        el, bid = block["element"], block["block_id"]
        given = answers.get(bid)
        if el["type"] == "static_select":
            option = next((o for o in el["options"] if o["value"] == given), None) or el.get("initial_option")
            values[bid] = {el["action_id"]: {"type": "static_select", "selected_option": option}}
        elif el["type"] == "datepicker":
            values[bid] = {el["action_id"]: {"type": "datepicker", "selected_date": given}}
        else:
            values[bid] = {el["action_id"]: {"type": el["type"], "value": given}}
    return {"values": values}


def submit(
    http_app, view: dict, answers: dict[str, str | None], *, user: str = "UADMIN"
) -> tuple[int, dict | None]:
    payload = {
        "type": "view_submission",
        "team": {"id": "T0TEST", "domain": "test"},
        "user": {"id": user, "username": user.lower(), "name": user.lower(), "team_id": "T0TEST"},
        "api_app_id": "A0TEST",
        "token": "legacy-unused",
        "trigger_id": "9.9.9",
        "view": {**view, "id": "V0FORM", "team_id": "T0TEST", "state": _state(view, answers), "hash": "h"},
        "response_urls": [],
        "is_enterprise_install": False,
    }
    return interactive(http_app, payload)


def click(http_app, slack_api, action: dict, *, user: str = "UADMIN", container: dict | None = None):
    payload = {
        "type": "block_actions",
        "team": {"id": "T0TEST", "domain": "test"},
        "user": {"id": user, "username": user.lower(), "team_id": "T0TEST"},
        "api_app_id": "A0TEST",
        "token": "legacy-unused",
        "trigger_id": "4.5.6",
        "container": container
        or {"type": "message", "message_ts": "1.1", "channel_id": "C0NEWS", "is_ephemeral": True},
        "channel": {"id": "C0NEWS", "name": "newsroom"},
        "response_url": slack_api.response_url("click"),
        "actions": [{**action, "block_id": "b", "action_ts": "1.2"}],
    }
    return interactive(http_app, payload)


def grade_of(db, body_id: str, round_: str, area: str) -> str | None:
    row = db.execute(
        "SELECT g.grade FROM grades g JOIN reports r ON r.id = g.report_id WHERE r.body_id = ? AND r.round = ? AND g.area = ?",
        [body_id, round_, area],
    ).fetchone()
    return row[0] if row else None


def dms_to(slack_api, user: str) -> list[dict]:
    return [c.args for c in slack_api.calls_to("chat.postMessage") if c.args.get("channel") == user]


def wait_dm(slack_api, user: str, timeout: float = 5) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = dms_to(slack_api, user)
        if found:
            assert_valid_blocks(found[-1])
            return found[-1]
        time.sleep(0.02)
    raise AssertionError(f"no direct message to {user}")


def wait_audit(store, count: int, timeout: float = 5) -> None:
    """Wait for `count` audit rows: opening a form is audited just after views.open returns."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with store.connect() as db:
            if db.execute("SELECT count(*) FROM audit").fetchone()[0] >= count:
                return
        time.sleep(0.02)
    raise AssertionError(f"fewer than {count} audit rows")


def select_of(view: dict, block_id: str) -> str:
    block = next(b for b in view["blocks"] if b.get("block_id") == block_id)
    return block["element"]["initial_option"]["value"]


# ---------------------------------------------------------------- the whole flow


def test_an_admin_records_grades_with_the_form_and_it_is_loaded_audited_and_confirmed(
    http_app, slack_api, store
):
    command(http_app, slack_api, "grades kent 2023-25")
    view = opened_view(slack_api)
    wait_audit(store, 1)
    assert slack_api.calls_to("views.open")[0].args["trigger_id"] == "1.2.3"
    assert view["callback_id"] == "grade_form" and view["title"]["text"] == "Record grades"
    areas = [b["block_id"] for b in view["blocks"] if b.get("block_id", "").startswith("area_")]
    assert len(areas) == 10 and "area_responding" in areas  # every area of PEEL 2023–25
    assert select_of(view, "area_responding") == "none"  # Kent's responding grade is not recorded yet
    ids = {b.get("block_id") for b in view["blocks"]}
    assert "published" in ids  # the store lacks Kent's publication date...
    assert "report_url" not in ids  # ...but has its link
    meta = json.loads(view["private_metadata"])
    assert (meta["b"], meta["r"]) == ("kent", "2023-25") and meta["v"]
    with store.connect() as db:
        loads_before = db.execute("SELECT count(*) FROM loads").fetchone()[0]

    status, ack = submit(
        http_app,
        view,
        {
            "area_responding": "Good",
            "area_investigating": "Adequate",
            "source": KENT_SOURCE,
            "evidence": QUOTE,
        },
    )
    assert status == 200 and ack is None  # a plain ack closes the modal

    with store.connect() as db:
        assert grade_of(db, "kent", "2023-25", "responding") == "Good"
        assert grade_of(db, "kent", "2023-25", "investigating") == "Adequate"
        history = list(db.query("SELECT * FROM grade_changes WHERE changed_by = 'UADMIN' ORDER BY area"))
        assert [(h["area"], h["old_grade"], h["new_grade"]) for h in history] == [
            ("investigating", None, "Adequate"),
            ("responding", None, "Good"),
        ]
        assert {h["source"] for h in history} == {KENT_SOURCE}
        evidence = db.execute(
            "SELECT evidence, basis, source_url FROM grades g JOIN reports r ON r.id = g.report_id "
            "WHERE r.body_id = 'kent' AND r.round = '2023-25' AND g.area = 'responding'"
        ).fetchone()
        assert evidence == (QUOTE, "stated", KENT_SOURCE)
        load = db.execute("SELECT source, loaded_by, summary FROM loads ORDER BY id DESC").fetchone()
        assert db.execute("SELECT count(*) FROM loads").fetchone()[0] == loads_before + 1
        assert load[0] == f"grade form: {KENT_SOURCE}" and load[1] == "UADMIN" and "2 grades added" in load[2]
        audit = [
            (a["user_id"], a["command"], a["outcome"]) for a in db.query("SELECT * FROM audit ORDER BY id")
        ]
    assert audit[0] == (
        "UADMIN",
        "/inspections-admin grades kent 2023-25",
        "ok: form opened for kent 2023-25",
    )
    assert audit[1][:2] == ("UADMIN", "grade form kent 2023-25") and "2 grades added" in audit[1][2]

    confirmation = wait_dm(slack_api, "UADMIN")
    text = json.dumps(confirmation, ensure_ascii=False)
    assert "kent 2023-25 responding: Good" in text and "kent 2023-25 investigating: Adequate" in text

    # Everyone's answers follow at once.
    body = slash_body("/grade", "kent 2023-25", slack_api.response_url("g"))
    answer = json.loads(http_app.post(body, sign(body))[1])
    assert "Responding to the public: Good" in answer["text"]


def test_a_grade_can_be_changed_and_unrecorded_keeping_its_history(http_app, slack_api, store):
    command(http_app, slack_api, "grades cambridgeshire")  # no round: the latest round with areas
    view = opened_view(slack_api)
    assert json.loads(view["private_metadata"])["r"] == "2025-27"
    command(http_app, slack_api, "grades cambs 2023-25", trigger="1.2.4")
    view = opened_view(slack_api, 2)
    assert select_of(view, "area_responding") == "Inadequate"
    status, ack = submit(
        http_app,
        view,
        {
            "area_responding": "Requires improvement",
            "area_workforce": "none",
            "source": KENT_SOURCE,
            "evidence": "regraded",
        },
    )
    assert status == 200 and ack is None
    with store.connect() as db:
        assert grade_of(db, "cambridgeshire", "2023-25", "responding") == "Requires improvement"
        assert grade_of(db, "cambridgeshire", "2023-25", "workforce") is None
        changes = {
            r["area"]: (r["old_grade"], r["new_grade"])
            for r in db.query("SELECT * FROM grade_changes WHERE changed_by = 'UADMIN'")
        }
    assert changes == {"responding": ("Inadequate", "Requires improvement"), "workforce": ("Good", None)}
    text = json.dumps(wait_dm(slack_api, "UADMIN"), ensure_ascii=False)
    assert "Inadequate → Requires improvement" in text and "Grades removed" in text


def test_a_non_admin_gets_no_form(http_app, slack_api, store):
    command(http_app, slack_api, "grades kent 2023-25", user="U0REPORTER", name="nope")
    reply = slack_api.wait_for("response_url:nope")[-1].args
    assert_valid_blocks(reply)
    assert "only the bot's admins" in reply["text"] and "<@UADMIN>" in reply["text"]
    assert slack_api.calls_to("views.open") == []
    with store.connect() as db:
        (row,) = db.query("SELECT * FROM audit")
    assert row["user_id"] == "U0REPORTER" and row["outcome"] == "refused: not an admin"


def test_a_form_submitted_by_someone_no_longer_an_admin_writes_nothing(http_app, slack_api, store):
    command(http_app, slack_api, "grades kent 2023-25")
    view = opened_view(slack_api)
    status, ack = submit(
        http_app,
        view,
        {"area_responding": "Good", "source": KENT_SOURCE, "evidence": QUOTE},
        user="U0REPORTER",
    )
    assert (
        status == 200
        and ack["response_action"] == "errors"
        and "only the bot's admins" in ack["errors"]["source"]
    )
    with store.connect() as db:
        assert grade_of(db, "kent", "2023-25", "responding") is None


@pytest.mark.parametrize(
    ("answers", "field", "says"),
    [
        ({"source": "http://hmicfrs.justiceinspectorates.gov.uk/x", "evidence": QUOTE}, "source", "https://"),
        ({"source": "https://", "evidence": QUOTE}, "source", "https://"),
        ({"source": "https://no host/report", "evidence": QUOTE}, "source", "https://"),
        ({"source": "javascript:alert(1)", "evidence": QUOTE}, "source", "https://"),
        ({"evidence": QUOTE}, "source", "link the changed grades come from"),
        ({"source": KENT_SOURCE}, "evidence", "Quote"),
        ({"source": KENT_SOURCE, "evidence": "   "}, "evidence", "Quote"),
        ({"source": KENT_SOURCE, "evidence": QUOTE, "published": "2024-02-30"}, "published", "real date"),
    ],
)
def test_a_bad_form_gets_a_field_error_and_writes_nothing(http_app, slack_api, store, answers, field, says):
    command(http_app, slack_api, "grades kent 2023-25")
    view = opened_view(slack_api)
    wait_audit(store, 1)
    with store.connect() as db:
        before = db.execute(
            "SELECT (SELECT count(*) FROM loads), (SELECT count(*) FROM grade_changes)"
        ).fetchone()
    status, ack = submit(http_app, view, {"area_responding": "Good", **answers})
    assert status == 200
    assert ack["response_action"] == "errors" and says in ack["errors"][field]
    assert set(ack["errors"]) <= {b.get("block_id") for b in view["blocks"] if b["type"] == "input"}
    with store.connect() as db:
        assert grade_of(db, "kent", "2023-25", "responding") is None
        after = db.execute(
            "SELECT (SELECT count(*) FROM loads), (SELECT count(*) FROM grade_changes)"
        ).fetchone()
        assert after == before
        assert db.execute("SELECT outcome FROM audit ORDER BY id DESC").fetchone()[0].startswith("invalid: ")
    assert dms_to(slack_api, "UADMIN") == []


def test_a_form_with_no_changes_writes_nothing_and_says_so(http_app, slack_api, store):
    command(http_app, slack_api, "grades kent 2023-25")
    status, ack = submit(http_app, opened_view(slack_api), {})
    assert status == 200 and ack is None
    assert "Nothing changed" in wait_dm(slack_api, "UADMIN")["text"]
    with store.connect() as db:
        assert db.execute("SELECT count(*) FROM grade_changes WHERE changed_by != 'seed'").fetchone()[0] == 0


def test_two_admins_submit_the_same_form_and_the_second_is_told_the_data_changed(http_app, slack_api, store):
    command(http_app, slack_api, "grades kent 2023-25", user="UADMIN")
    first = opened_view(slack_api)
    command(http_app, slack_api, "grades kent 2023-25", user="UADMIN2", trigger="7.7.7")
    second = opened_view(slack_api, 2)
    wait_audit(store, 2)
    assert first["private_metadata"] == second["private_metadata"]

    assert submit(http_app, first, {"area_responding": "Good", "source": KENT_SOURCE, "evidence": QUOTE}) == (
        200,
        None,
    )
    status, ack = submit(
        http_app,
        second,
        {"area_responding": "Inadequate", "source": KENT_SOURCE, "evidence": "a different reading"},
        user="UADMIN2",
    )
    assert status == 200 and ack["response_action"] == "errors"
    assert "changed this to Good since you opened the form" in ack["errors"]["area_responding"]
    assert "/inspections-admin grades kent 2023-25" in ack["errors"]["area_responding"]
    with store.connect() as db:
        assert grade_of(db, "kent", "2023-25", "responding") == "Good"
        assert (
            db.execute("SELECT outcome FROM audit WHERE user_id = 'UADMIN2' ORDER BY id DESC")
            .fetchone()[0]
            .startswith("stale: ")
        )

    # The offer to reopen: a button that opens the form again with the latest data.
    offer = wait_dm(slack_api, "UADMIN2")
    button = next(b for b in offer["blocks"] if b["type"] == "actions")["elements"][0]
    assert (button["action_id"], button["value"]) == ("open_grade_form", "kent 2023-25")
    click(
        http_app,
        slack_api,
        {"type": "button", "action_id": button["action_id"], "value": button["value"]},
        user="UADMIN2",
    )
    fresh = opened_view(slack_api, 3)
    assert select_of(fresh, "area_responding") == "Good"


# ---------------------------------------------------------------- gaps


def test_gaps_lists_bodies_missing_grades_with_a_button_that_opens_the_form(http_app, slack_api, store):
    command(http_app, slack_api, "gaps police 2023-25", name="gaps")
    reply = slack_api.wait_for("response_url:gaps")[-1].args
    assert_valid_blocks(reply)
    assert reply["text"] == "80 grades missing from 13 reports."
    rows = [b for b in reply["blocks"] if b.get("accessory", {}).get("action_id") == "open_grade_form"]
    assert len(rows) == 13
    kent = next(b for b in rows if "Kent Police" in b["text"]["text"])
    assert (
        "8 of 8 areas missing" in kent["text"]["text"] and "Responding to the public" in kent["text"]["text"]
    )
    assert not any("Cambridgeshire" in b["text"]["text"] for b in rows)  # fully graded

    click(http_app, slack_api, kent["accessory"])
    view = opened_view(slack_api)
    assert json.loads(view["private_metadata"])["b"] == "kent"
    assert slack_api.calls_to("views.open")[0].args["trigger_id"] == "4.5.6"


def test_gaps_without_arguments_covers_every_round_within_slacks_limits(http_app, slack_api):
    command(http_app, slack_api, "gaps", name="all")
    reply = slack_api.wait_for("response_url:all")[-1].args
    assert_valid_blocks(reply)
    text = json.dumps(reply, ensure_ascii=False)
    assert "PEEL 2023–25*: 80 grades missing from 13 reports" in text
    assert "more reports" in text  # cut, with a way to narrow the list


@pytest.mark.parametrize(
    "text", ["gaps ambulance", "grades", "grades atlantis", "grades kent 1999-00", "flags delete 3"]
)
def test_bad_form_commands_say_what_to_fix_and_open_nothing(http_app, slack_api, store, text):
    command(http_app, slack_api, text, name="bad")
    reply = slack_api.wait_for("response_url:bad")[-1].args
    assert_valid_blocks(reply)
    assert ":warning:" in reply["blocks"][0]["text"]["text"]
    assert slack_api.calls_to("views.open") == []
    with store.connect() as db:
        assert db.execute("SELECT outcome FROM audit").fetchone()[0].startswith("usage: ")


def test_app_home_shows_admins_the_gaps_and_nobody_else(http_app, slack_api):
    def home_for(user: str) -> str:
        payload = json.dumps(
            {
                "team_id": "T0TEST",
                "api_app_id": "A0TEST",
                "type": "event_callback",
                "event_id": f"EvHome{user}",
                "event_time": int(time.time()),
                "event": {"type": "app_home_opened", "user": user, "channel": "D0DM", "tab": "home"},
            }
        )
        assert http_app.post(payload, {**sign(payload), "Content-Type": "application/json"})[0] == 200
        calls = slack_api.wait_for("views.publish", len(slack_api.calls_to("views.publish")) + 1, timeout=20)
        view = next(c.args["view"] for c in reversed(calls) if c.args["user_id"] == user)
        assert_valid_view(view)
        return json.dumps(view, ensure_ascii=False)

    admin_home = home_for("UADMIN")
    assert "missing grades" in admin_home and "PEEL 2023–25*: 80 grades missing" in admin_home
    assert "open_grade_form" in admin_home
    assert "missing grades" not in home_for("U0REPORTER")


def test_a_fill_in_button_opens_nothing_for_a_non_admin(http_app, slack_api, store):
    click(
        http_app,
        slack_api,
        {"type": "button", "action_id": "open_grade_form", "value": "kent 2023-25"},
        user="U0REPORTER",
    )
    reply = slack_api.wait_for("response_url:click")[-1].args
    assert "only the bot's admins" in reply["text"]
    assert slack_api.calls_to("views.open") == []
    with store.connect() as db:
        assert db.execute("SELECT outcome FROM audit").fetchone()[0] == "refused: not an admin"
