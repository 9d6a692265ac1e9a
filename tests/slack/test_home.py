"""App Home: app_home_opened publishes a valid home view with examples, newest reports and freshness."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta

from slack_sdk import WebClient
from slack_sdk.models.blocks import Block

from bot.slack.blocks.help import QUESTION_EXAMPLES
from bot.slack.dashboard import publish_dashboard
from bot.slack.ids import OPEN_GRADE_FORM_ACTION, RESOLVE_FLAG_ACTION
from db.flags import add_flag
from db.load import load_rows, parse_text
from db.subscriptions import add_subscription, pause_channel
from tests.conftest import BOT_TOKEN, ROOT, assert_valid_view, sign


def _opened(tab: str = "home") -> str:
    return json.dumps(
        {
            "team_id": "T0TEST",
            "api_app_id": "A0TEST",
            "type": "event_callback",
            "event_id": f"EvHome{tab}",
            "event_time": int(time.time()),
            "event": {"type": "app_home_opened", "user": "U0REPORTER", "channel": "D0DM", "tab": tab},
        }
    )


def test_app_home_opened_publishes_the_home_view(http_app, slack_api):
    payload = _opened()
    assert http_app.post(payload, {**sign(payload), "Content-Type": "application/json"})[0] == 200
    call = slack_api.wait_for("views.publish")[0].args
    assert call["user_id"] == "U0REPORTER"
    view = call["view"] if isinstance(call["view"], dict) else json.loads(call["view"])
    assert view["type"] == "home" and len(view["blocks"]) <= 100
    for block in view["blocks"]:
        Block.parse(block).validate_json()
    text = json.dumps(view, ensure_ascii=False)
    assert QUESTION_EXAMPLES[0][1][0] in text
    assert "Kent Police" in text and "9 April 2026" in text  # the newest report in the shipped data
    assert "Data last updated" in text


def test_messages_tab_does_not_publish(http_app, slack_api):
    payload = _opened("messages")
    http_app.post(payload, {**sign(payload), "Content-Type": "application/json"})
    time.sleep(0.4)
    assert slack_api.calls_to("views.publish") == []


def _view(call) -> dict:
    return call.args["view"] if isinstance(call.args["view"], dict) else json.loads(call.args["view"])


def test_app_home_shows_the_national_chart_uploaded_once(http_app, slack_api):
    payload = _opened()
    assert http_app.post(payload, {**sign(payload), "Content-Type": "application/json"})[0] == 200
    view = _view(slack_api.wait_for("views.publish", timeout=20)[0])
    complete = slack_api.calls_to("files.completeUploadExternal")[0].args
    assert not complete.get("channel_id")  # uploaded, shared nowhere
    file_id = json.loads(complete["files"])[0]["id"]
    image = next(b for b in view["blocks"] if b["type"] == "image")
    assert image["slack_file"] == {"id": file_id} and "43 rows by 8 columns" in image["alt_text"]
    for block in view["blocks"]:
        Block.parse(block).validate_json()
    again = json.loads(payload)
    again["event_id"] = "EvHomeAgain"
    body = json.dumps(again)
    http_app.post(body, {**sign(body), "Content-Type": "application/json"})
    slack_api.wait_for("views.publish", 2, timeout=20)
    assert len(slack_api.calls_to("files.completeUploadExternal")) == 1  # same data, same file


def test_app_home_is_published_without_the_chart_when_slack_refuses_it(http_app, slack_api):
    slack_api.fail("views.publish", 200, body={"ok": False, "error": "invalid_blocks"})
    payload = _opened()
    assert http_app.post(payload, {**sign(payload), "Content-Type": "application/json"})[0] == 200
    first, second = slack_api.wait_for("views.publish", 2, timeout=20)[:2]
    assert any(b["type"] == "image" for b in _view(first)["blocks"])
    assert not any(b["type"] == "image" for b in _view(second)["blocks"])
    assert "Data last updated" in json.dumps(_view(second))


# ---------------------------------------------------------------- the dashboard

NOW = datetime.now(UTC)
REGRADE = (
    "body_id,round,area,grade,basis,source_url,evidence\n"
    "norfolk,2023-25,investigating,Requires improvement,stated,https://example.org/norfolk,Regraded\n"
)
ENGAGE = (
    "body_id,event,date,source_url,evidence\n"
    "norfolk,entered_engage,2026-11-20,https://example.org/norfolk-engage,Moved into Engage\n"
)


def _load(db, text: str, name: str, when: datetime = NOW) -> None:
    load_rows(db, parse_text(text, name), source=name, loaded_by="test", now=when)


def _open_home(http_app, slack_api, user: str = "U0REPORTER", n: int = 1) -> dict:
    payload = json.loads(_opened())
    payload["event"]["user"] = user
    payload["event_id"] = f"EvHomeOpen{n}"
    body = json.dumps(payload)
    assert http_app.post(body, {**sign(body), "Content-Type": "application/json"})[0] == 200
    view = _view(slack_api.wait_for("views.publish", n, timeout=20)[n - 1])
    assert_valid_view(view)
    return view


def _subscribe(db, channel: str, target_kind: str, target: str, cadence: str, topics: str = "all") -> None:
    add_subscription(
        db,
        team_id="T0TEST",
        enterprise_id=None,
        channel_id=channel,
        target_kind=target_kind,
        target=target,
        cadence=cadence,
        created_by="U0REPORTER",
        now=NOW,
        topics=topics,
    )


def test_the_home_is_a_dashboard_of_engage_recent_changes_and_this_workspaces_subscriptions(
    http_app, slack_api, db
):
    _load(db, REGRADE, "regrade.csv", NOW - timedelta(days=3))
    _load(db, ENGAGE, "engage.csv")
    _load(db, REGRADE.replace("Requires improvement", "Adequate"), "old.csv", NOW - timedelta(days=45))
    _subscribe(db, "C0NEWS", "body", "kent", "weekly", "reports")
    _subscribe(db, "C0WALES", "country", "Wales", "daily")
    pause_channel(db, "T0TEST", "C0WALES", "the bot was removed from the channel", NOW)
    add_subscription(
        db,
        team_id="T0OTHER",
        enterprise_id=None,
        channel_id="C0ELSEWHERE",
        target_kind="all",
        target="",
        cadence="instant",
        created_by="U0",
        now=NOW,
    )
    view = _open_home(http_app, slack_api)
    text = json.dumps(view, ensure_ascii=False)
    headers = [b["text"]["text"] for b in view["blocks"] if b["type"] == "header"]
    assert headers[:6] == [
        "Inspections bot",
        "The national picture",
        "In enhanced monitoring (Engage) now",
        "What changed in the last 30 days",
        "Channel subscriptions in this workspace",
        "Newest reports",
    ]
    assert (
        "*Lincolnshire Police*, since 6 December 2024" in text
        and "*Norfolk Constabulary*, since 20 November 2026" in text
    )
    assert "regraded Investigating crime: Adequate → Requires improvement" in text  # three days ago
    assert "Requires improvement → Adequate" not in text  # 45 days ago
    assert "moved into Engage on 20 November 2026" in text
    assert "<#C0NEWS>: *Kent Police* (new reports only), weekly" in text
    assert "<#C0WALES>: *Wales* (new reports, grades, regrades and Engage), daily" in text
    assert "paused since " in text and "the bot was removed from the channel" in text
    assert "C0ELSEWHERE" not in text  # another workspace's channels are never shown
    assert "For admins" not in text and RESOLVE_FLAG_ACTION not in text


def test_a_fresh_store_says_nothing_changed_and_no_channel_subscribes(http_app, slack_api):
    text = json.dumps(_open_home(http_app, slack_api), ensure_ascii=False)
    assert "Nothing new since" in text  # seeding the shipped dataset is history, not news
    assert "No channel here follows HMICFRS news yet." in text


def test_admins_also_get_the_gaps_and_open_flags_with_their_buttons(http_app, slack_api, db):
    for n in range(8):
        add_flag(
            db,
            team_id="T0TEST",
            user_id="U0READER",
            body_id="kent",
            framework="peel",
            round_="2023-25",
            area="responding",
            grade_shown="Good",
            note=f"Looks wrong {n}",
        )
    view = _open_home(http_app, slack_api, user="UADMIN")
    text = json.dumps(view, ensure_ascii=False)
    assert "For admins: missing grades" in text and "8 open flags" in text
    resolve = [
        b["accessory"]
        for b in view["blocks"]
        if b.get("accessory", {}).get("action_id") == RESOLVE_FLAG_ACTION
    ]
    assert [r["value"] for r in resolve] == ["8", "7", "6", "5", "4"]  # the newest five
    assert any(b.get("accessory", {}).get("action_id") == OPEN_GRADE_FORM_ACTION for b in view["blocks"])


def test_a_crowded_home_stays_within_100_blocks_and_keeps_the_admins_part(http_app, slack_api, db):
    for n in range(60):
        _subscribe(db, f"C{n:04d}", "body", "kent", "weekly")
        pause_channel(db, "T0TEST", f"C{n:04d}", "x" * 200, NOW)
    rows = "".join(
        f"{body},2023-25,investigating,Inadequate,stated,https://example.org/{body},x\n"
        for body in ("norfolk", "suffolk", "essex", "kent", "surrey", "sussex", "cumbria", "dorset")
    )
    _load(db, "body_id,round,area,grade,basis,source_url,evidence\n" + rows, "many.csv")
    for _ in range(6):
        add_flag(
            db,
            team_id="T0TEST",
            user_id="U0",
            body_id="kent",
            framework="peel",
            round_="2023-25",
            area="responding",
            grade_shown="Good",
            note="<!channel> " + "y" * 3000,
        )
    view = _open_home(http_app, slack_api, user="UADMIN")
    assert len(view["blocks"]) <= 100
    text = json.dumps(view, ensure_ascii=False)
    assert "For admins: missing grades" in text and "Open flags" in text
    assert re.search(r"…and \d+ more", text) and "<!channel>" not in text


# ---------------------------------------------------------------- the national picture, once per data version


def _image(view: dict) -> dict | None:
    return next((b for b in view["blocks"] if b["type"] == "image"), None)


def _open_directly(slack_api, db, user: str = "U0REPORTER") -> dict:
    """Another worker opening the Home: its own client, the same store."""
    client = WebClient(token=BOT_TOKEN, base_url=slack_api.api_url)
    publish_dashboard(client, db, team="T0TEST", user=user, admin=False, now=NOW)
    return _view(slack_api.calls_to("views.publish")[-1])


def test_the_picture_is_uploaded_once_per_data_version_and_shared_by_every_worker(http_app, slack_api, db):
    first = _image(_open_home(http_app, slack_api))
    assert first is not None
    assert _image(_open_directly(slack_api, db)) == first  # a second worker: the record is in the store
    assert len(slack_api.calls_to("files.completeUploadExternal")) == 1
    _load(db, REGRADE, "regrade.csv")  # new data: a new picture, uploaded once more
    second = _image(_open_directly(slack_api, db))
    assert second is not None and second["slack_file"] != first["slack_file"]
    assert _image(_open_home(http_app, slack_api, n=4)) == second
    assert len(slack_api.calls_to("files.completeUploadExternal")) == 2


def test_a_picture_slack_no_longer_shows_is_uploaded_again_next_time(http_app, slack_api, db):
    first = _image(_open_home(http_app, slack_api))
    slack_api.fail(
        "views.publish", 200, body={"ok": False, "error": "invalid_blocks"}
    )  # the file was deleted
    view = _open_directly(slack_api, db)
    assert _image(view) is None and "Data last updated" in json.dumps(view)
    again = _image(_open_directly(slack_api, db))
    assert again is not None and again["slack_file"] != first["slack_file"]
    assert len(slack_api.calls_to("files.completeUploadExternal")) == 2


FRESH_WORKER = """
import json, sys
from datetime import UTC, datetime
from slack_sdk import WebClient
import bot.slack.app  # everything serve loads
from bot.slack.dashboard import publish_dashboard
from db.connection import Store
client = WebClient(token="xoxb-test", base_url=sys.argv[2])
with Store(sys.argv[1]).connect() as db:
    for _ in range(2):
        publish_dashboard(client, db, team="T0TEST", user="U0REPORTER", admin=False, now=datetime.now(UTC))
print(json.dumps({"matplotlib": "matplotlib" in sys.modules}))
"""


def test_a_fresh_process_opens_the_home_without_drawing_or_importing_matplotlib(http_app, slack_api, db_path):
    first = _image(_open_home(http_app, slack_api))  # this data version's picture is uploaded and recorded
    proc = subprocess.run(
        [sys.executable, "-c", FRESH_WORKER, str(db_path), slack_api.api_url],
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert json.loads(proc.stdout.splitlines()[-1]) == {"matplotlib": False}
    published = slack_api.calls_to("views.publish")
    assert len(published) == 3 and all(_image(_view(c)) == first for c in published)
    assert len(slack_api.calls_to("files.completeUploadExternal")) == 1


def _row(seq: int, kind: str, report_id: int | None = 7, **extra) -> dict:
    base = {
        "seq": seq,
        "at": f"2026-11-{seq:02d}T10:00:00+00:00",
        "kind": kind,
        "report_id": report_id,
        "area": None,
        "before": None,
        "after": None,
        "on_date": None,
        "body_name": "Norfolk Constabulary",
        "body_kind": "police",
        "framework": "peel",
        "round": "2025-27",
        "title": "",
        "published": "2026-11-01",
        "report_url": "https://example.org/norfolk",
        "area_name": None,
    }
    return {**base, **extra}


def test_grades_recorded_for_one_report_are_one_line_and_every_kind_of_change_reads_plainly():
    from bot.questions.answers.home import group_changes
    from bot.slack.blocks.home import change_line

    rows = [  # newest first, as the store gives them
        _row(9, "engage", None, after="left_engage", on_date="2026-11-08"),
        _row(8, "ungrade", area="workforce", area_name="Workforce", before="Good"),
        _row(
            7,
            "regrade",
            area="responding",
            area_name="Responding to the public",
            before="Adequate",
            after="Good",
        ),
        _row(6, "grades", area="responding", after="Adequate"),
        _row(5, "grades", area="investigating", after="Good"),
        _row(4, "grades", area="workforce", after="Good"),
        _row(3, "report"),
    ]
    lines = [change_line(c) for c in group_changes(rows)]
    assert lines == [
        "• 9 November 2026 · *Norfolk Constabulary*: left Engage on 8 November 2026",
        "• 8 November 2026 · *Norfolk Constabulary*: grade withdrawn for Workforce, was Good "
        "(<https://example.org/norfolk|PEEL 2025–2027: An inspection of Norfolk Constabulary>)",
        "• 7 November 2026 · *Norfolk Constabulary*: regraded Responding to the public: Adequate → Good "
        "(<https://example.org/norfolk|PEEL 2025–2027: An inspection of Norfolk Constabulary>)",
        "• 6 November 2026 · *Norfolk Constabulary*: 3 grades recorded for "
        "<https://example.org/norfolk|PEEL 2025–2027: An inspection of Norfolk Constabulary>",
        "• 3 November 2026 · *Norfolk Constabulary*: new report: "
        "<https://example.org/norfolk|PEEL 2025–2027: An inspection of Norfolk Constabulary>, published 1 November 2026",
    ]
    assert len(group_changes(rows, limit=2)) == 2
