"""/inspections-admin over signed HTTP and Socket Mode: who may, loads from URLs and uploads, stats, audit."""

from __future__ import annotations

import dataclasses
import json
import threading
import time

import pytest
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.slack.admin.access import admin_mentions, authorise
from bot.slack.admin.commands import AdminCommand, AdminUsageError, parse_admin
from tests.conftest import (
    APP_TOKEN,
    BOT_TOKEN,
    assert_valid_blocks,
    run_cli,
    serve_in_thread,
    sign,
    slash_body,
)
from tests.fakes.web import FileServer

REGRADE = {
    "reports": [
        {
            "force_id": "cambridgeshire",
            "round": "2025-27",
            "published": "2026-05-01",
            "report_url": "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/cambridgeshire-2025-27/",
            "title": "PEEL 2025–27: An inspection of Cambridgeshire Constabulary",
        }
    ],
    "grades": [
        {
            "force_id": "northamptonshire",
            "round": "2023-25",
            "area": "responding",
            "grade": "Inadequate",
            "source_url": "https://hmicfrs.justiceinspectorates.gov.uk/regrade",
            "evidence": "test regrade",
        },
        {
            "force_id": "cambridgeshire",
            "round": "2025-27",
            "area": "workforce",
            "grade": "Good",
            "source_url": "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/cambridgeshire-2025-27/",
        },
    ],
}
BAD_CSV = (
    "force_id,round,area,grade,basis,source_url,evidence\n"
    "northamptonshire,2023-25,responding,Inadequate,stated,https://x.org/a,ok\n"
    "kent,2023-25,responding,<!channel> Great,stated,https://x.org/a,e\n"
    "nowhere,2023-25,responding,Good,stated,https://x.org/a,e\n"
)


RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>HMICFRS</title>
<item><title>A report</title><link>https://hmicfrs.justiceinspectorates.gov.uk/publications/a-report/</link>
<pubDate>Tue, 05 May 2026 09:00:00 GMT</pubDate></item></channel></rss>"""


@pytest.fixture
def settings(settings, file_server):
    feed = file_server.serve("/feed/", RSS, headers={"Content-Type": "application/rss+xml"})
    return dataclasses.replace(settings, allow_http_loads=True, feed_urls=(feed,))


def admin(http_app, slack_api, text: str, *, user: str = "UADMIN", name: str = "admin") -> dict:
    body = slash_body("/inspections-admin", text, slack_api.response_url(name), user_id=user)
    status, _ = http_app.post(body, sign(body))
    assert status == 200
    reply = slack_api.wait_for(f"response_url:{name}", timeout=15)[-1].args
    assert reply["response_type"] == "ephemeral"
    assert_valid_blocks(reply)
    return reply


def text_of(reply: dict) -> str:
    return json.dumps(reply, ensure_ascii=False)


def grade_of(db, body_id: str, round_: str, area: str) -> str | None:
    row = db.execute(
        "SELECT g.grade FROM grades g JOIN reports r ON r.id = g.report_id "
        "WHERE r.body_id = ? AND r.round = ? AND g.area = ?",
        [body_id, round_, area],
    ).fetchone()
    return row[0] if row else None


def audit_rows(db) -> list[dict]:
    return list(db.query("SELECT * FROM audit ORDER BY id"))


# ---------------------------------------------------------------- parsing and deciding (pure)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", AdminCommand("help")),
        ("help", AdminCommand("help")),
        ("HELP", AdminCommand("help")),
        ("load https://example.org/g.csv", AdminCommand("load", url="https://example.org/g.csv")),
        (
            "load <https://example.org/g.csv> --dry-run",
            AdminCommand("load", url="https://example.org/g.csv", dry_run=True),
        ),
        (
            "load --dry-run <https://example.org/g.csv|g.csv>",
            AdminCommand("load", url="https://example.org/g.csv", dry_run=True),
        ),
        ("poll", AdminCommand("poll")),
        ("digest", AdminCommand("digest")),
        ("digest --preview", AdminCommand("digest", preview=True)),
        ("stats", AdminCommand("stats")),
        ("audit", AdminCommand("audit", count=10)),
        ("audit 3", AdminCommand("audit", count=3)),
    ],
)
def test_admin_commands_parse(text, expected):
    assert parse_admin(text) == expected


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("load", "give an https URL"),
        ("load a b", "one URL"),
        ("load https://x.org --force", "--force"),
        ("digest --now", "--now"),
        ("audit lots", "number from 1"),
        ("audit 0", "number from 1"),
        ("audit 9999", "number from 1"),
        ("stats everything", "no arguments"),
        ("drop", "don't know"),
        ("x" * 1200, "characters long"),
    ],
)
def test_bad_admin_commands_say_what_to_fix(text, problem):
    with pytest.raises(AdminUsageError, match=problem):
        parse_admin(text)


@pytest.mark.parametrize(
    ("user", "allow_ws", "slack_user", "allowed"),
    [
        ("UADMIN", False, None, True),
        ("UOTHER", False, {"id": "UOTHER", "is_admin": True}, False),
        ("UOTHER", True, {"id": "UOTHER", "is_admin": True}, True),
        ("UOTHER", True, {"id": "UOTHER", "is_owner": True}, True),
        ("UOTHER", True, {"id": "UOTHER", "is_primary_owner": True}, True),
        ("UOTHER", True, {"id": "UOTHER", "is_admin": True, "deleted": True}, False),
        ("UOTHER", True, {"id": "USOMEONE", "is_admin": True}, False),
        ("UOTHER", True, {"id": "UOTHER", "is_admin": False}, False),
        ("UOTHER", True, None, False),
        ("", False, None, False),
    ],
)
def test_who_may_run_admin_commands(user, allow_ws, slack_user, allowed):
    decision = authorise(user, ("UADMIN",), allow_workspace_admins=allow_ws, slack_user=slack_user)
    assert decision.allowed is allowed


def test_only_real_user_ids_become_mentions():
    assert admin_mentions(("UADMIN", "W0ABC", "<!channel>", "nobody")) == ["<@UADMIN>", "<@W0ABC>"]


# ---------------------------------------------------------------- who may, over HTTP


def test_a_non_admin_is_refused_politely_told_who_the_admins_are_and_audited(
    http_app, slack_api, store, file_server
):
    url = file_server.serve(
        "/regrade.json", json.dumps(REGRADE).encode(), headers={"Content-Type": "application/json"}
    )
    reply = admin(http_app, slack_api, f"load {url}", user="U0REPORTER")
    assert "<@UADMIN>" in reply["text"] and "Sorry" in reply["text"]
    assert file_server.requests == []
    assert slack_api.calls_to("users.info") == []
    with store.connect() as db:
        assert grade_of(db, "northamptonshire", "2023-25", "responding") == "Requires improvement"
        (row,) = audit_rows(db)
    assert row["user_id"] == "U0REPORTER" and row["team_id"] == "T0TEST"
    assert row["command"] == f"/inspections-admin load {url}"
    assert row["outcome"] == "refused: not an admin"


@pytest.mark.parametrize(
    "verb", ["poll", "digest", "digest --preview", "stats", "audit", "help", "load https://x.org/a.csv"]
)
def test_every_admin_verb_is_refused_to_non_admins(http_app, slack_api, store, verb):
    reply = admin(http_app, slack_api, verb, user="U0REPORTER")
    assert "only the bot's admins" in reply["text"]
    with store.connect() as db:
        assert [r["outcome"] for r in audit_rows(db)] == ["refused: not an admin"]


def test_workspace_admins_are_admins_only_when_allowed(settings, store, slack_api):
    from bot.slack.app import create_app
    from bot.slack.server import make_server
    from tests.conftest import RunningApp

    slack_api.on(
        "users.info", lambda a: {"ok": True, "user": {"id": a["user"], "is_admin": a["user"] == "UWSADMIN"}}
    )
    allowed = dataclasses.replace(settings, allow_workspace_admins=True)
    server = make_server(create_app(allowed, store, raise_unhandled=True), store, "127.0.0.1", 0)
    serve_in_thread(server)
    try:
        running = RunningApp(f"http://127.0.0.1:{server.effective_port}")
        assert "Inspections bot: stats" in text_of(
            admin(running, slack_api, "stats", user="UWSADMIN", name="ws")
        )
        assert "only the bot's admins" in admin(running, slack_api, "stats", user="UMEMBER", name="m")["text"]
        assert {c.args["user"] for c in slack_api.calls_to("users.info")} == {"UWSADMIN", "UMEMBER"}
    finally:
        server.close()


def test_users_info_failing_means_refused(settings, store, slack_api):
    from bot.slack.app import create_app
    from bot.slack.server import make_server
    from tests.conftest import RunningApp

    slack_api.fail("users.info", 200, body={"ok": False, "error": "user_not_found"})
    allowed = dataclasses.replace(settings, allow_workspace_admins=True)
    server = make_server(create_app(allowed, store, raise_unhandled=True), store, "127.0.0.1", 0)
    serve_in_thread(server)
    try:
        running = RunningApp(f"http://127.0.0.1:{server.effective_port}")
        assert "only the bot's admins" in admin(running, slack_api, "stats", user="UGHOST")["text"]
    finally:
        server.close()


# ---------------------------------------------------------------- loading from a URL


def test_an_admin_loads_from_a_url_and_sees_the_diff_with_history_kept(
    http_app, slack_api, store, file_server
):
    url = file_server.serve(
        "/regrade.json", json.dumps(REGRADE).encode(), headers={"Content-Type": "application/json"}
    )
    reply = admin(http_app, slack_api, f"load <{url}>")
    shown = text_of(reply)
    assert "northamptonshire 2023-25 responding: Requires improvement → Inadequate" in shown
    assert "cambridgeshire 2025-27 workforce: Good" in shown
    assert "peel:2025-27:cambridgeshire" in shown
    assert "1 reports added" in reply["text"] and "1 grades changed" in reply["text"]
    with store.connect() as db:
        assert grade_of(db, "northamptonshire", "2023-25", "responding") == "Inadequate"
        change = db.execute(
            "SELECT old_grade, new_grade, changed_by FROM grade_changes WHERE area = 'responding' ORDER BY id DESC"
        ).fetchone()
        assert tuple(change) == ("Requires improvement", "Inadequate", "UADMIN")
        report = db.execute(
            "SELECT origin, added_at FROM reports WHERE report_key = 'peel:2025-27:cambridgeshire'"
        ).fetchone()
        (row,) = audit_rows(db)
    # New reports land like polled ones: in `reports` with added_at, which is what digests read.
    assert report[0] == "load" and report[1]
    assert row["outcome"].startswith("ok: ") and "1 grades changed" in row["outcome"]


def test_a_dry_run_shows_the_diff_and_changes_nothing(http_app, slack_api, store, file_server):
    url = file_server.serve(
        "/regrade.json", json.dumps(REGRADE).encode(), headers={"Content-Type": "application/json"}
    )
    reply = admin(http_app, slack_api, f"load {url} --dry-run")
    assert "Requires improvement → Inadequate" in text_of(reply)
    assert reply["text"].startswith("Dry run")
    with store.connect() as db:
        assert grade_of(db, "northamptonshire", "2023-25", "responding") == "Requires improvement"
        assert (
            db.execute(
                "SELECT count(*) FROM reports WHERE round = '2025-27' AND body_id = 'cambridgeshire'"
            ).fetchone()[0]
            == 0
        )
        assert audit_rows(db)[0]["outcome"].startswith("dry run: ")


def test_a_bad_file_changes_nothing_and_lists_problems_by_line_escaped(
    http_app, slack_api, store, file_server
):
    url = file_server.serve("/bad.csv", BAD_CSV.encode())
    reply = admin(http_app, slack_api, f"load {url}")
    shown = text_of(reply)
    assert "Nothing was loaded" in reply["text"]
    assert "line 3" in shown and "line 4" in shown and "unknown body 'nowhere'" in shown
    assert "&lt;!channel&gt;" in shown and "<!channel>" not in shown
    with store.connect() as db:
        assert grade_of(db, "northamptonshire", "2023-25", "responding") == "Requires improvement"
        assert audit_rows(db)[0]["outcome"].startswith("invalid: 2 problem")


def test_loading_the_same_file_twice_changes_nothing_the_second_time(http_app, slack_api, file_server):
    url = file_server.serve(
        "/regrade.json", json.dumps(REGRADE).encode(), headers={"Content-Type": "application/json"}
    )
    admin(http_app, slack_api, f"load {url}", name="first")
    second = admin(http_app, slack_api, f"load {url}", name="second")
    assert "nothing changed" in second["text"]


@pytest.mark.parametrize(
    ("path", "body", "headers", "reason"),
    [
        ("/page", b"<html></html>", {"Content-Type": "text/html"}, "text/html"),
        ("/bomb.csv", b"PK\x03\x04" + b"\x00" * 100, {"Content-Type": "text/csv"}, "zip archive"),
        ("/huge.csv", b"a", {"Content-Type": "text/csv", "Content-Length": "999999999"}, "limit"),
    ],
)
def test_refused_downloads_say_why_and_load_nothing(
    http_app, slack_api, store, file_server, path, body, headers, reason
):
    url = file_server.serve(path, body, headers=headers)
    reply = admin(http_app, slack_api, f"load {url}")
    assert "Nothing was loaded" in reply["text"] and reason in reply["text"]
    with store.connect() as db:
        assert audit_rows(db)[0]["outcome"].startswith("refused: ")


def test_plain_http_to_another_host_is_refused_for_admins_too(http_app, slack_api):
    reply = admin(http_app, slack_api, "load http://example.org/grades.csv")
    assert "only https://" in reply["text"]


# ---------------------------------------------------------------- loading an upload in a DM


def file_shared(http_app, *, user: str = "UADMIN", channel: str = "D0ADMIN", file_id: str = "F0DATA") -> None:
    body = json.dumps(
        {
            "token": "legacy",
            "team_id": "T0TEST",
            "api_app_id": "A0TEST",
            "type": "event_callback",
            "event_id": f"Ev{time.time_ns()}",
            "event_time": int(time.time()),
            "event": {
                "type": "file_shared",
                "file_id": file_id,
                "user_id": user,
                "file": {"id": file_id},
                "channel_id": channel,
                "event_ts": f"{time.time():.6f}",
            },
        }
    )
    headers = {**sign(body), "Content-Type": "application/json"}
    status, _ = http_app.post(body, headers)
    assert status == 200


def serve_upload(slack_api, file_server: FileServer, body: bytes, **info) -> None:
    url = file_server.serve(
        "/files-pri/T0TEST-F0DATA/regrade.json", body, headers={"Content-Type": "application/json"}
    )
    meta = {
        "id": "F0DATA",
        "name": "regrade.json",
        "title": "regrade",
        "filetype": "json",
        "mimetype": "application/json",
        "size": len(body),
        "url_private": url,
        **info,
    }
    slack_api.on("files.info", lambda a: {"ok": True, "file": meta})


def test_an_admin_uploads_a_file_in_a_dm_and_it_is_loaded(http_app, slack_api, store, file_server):
    serve_upload(slack_api, file_server, json.dumps(REGRADE).encode())
    file_shared(http_app)
    posted = slack_api.wait_for("chat.postMessage", timeout=15)[0].args
    assert posted["channel"] == "D0ADMIN"
    assert_valid_blocks(posted)
    assert "Requires improvement → Inadequate" in text_of(posted)
    assert slack_api.wait_for("files.info")[0].args["file"] == "F0DATA"
    ((path, headers),) = file_server.requests
    assert headers["Authorization"] == f"Bearer {BOT_TOKEN}"
    with store.connect() as db:
        assert grade_of(db, "northamptonshire", "2023-25", "responding") == "Inadequate"
        (row,) = audit_rows(db)
    assert row["command"] == "upload F0DATA" and row["outcome"].startswith("ok: ")


def test_an_upload_titled_dry_run_changes_nothing(http_app, slack_api, store, file_server):
    serve_upload(slack_api, file_server, json.dumps(REGRADE).encode(), title="regrade --dry-run")
    file_shared(http_app)
    posted = slack_api.wait_for("chat.postMessage", timeout=15)[0].args
    assert posted["text"].startswith("Dry run")
    with store.connect() as db:
        assert grade_of(db, "northamptonshire", "2023-25", "responding") == "Requires improvement"


@pytest.mark.parametrize(
    ("info", "reason"),
    [
        ({"size": 50_000_000}, "limit"),
        ({"filetype": "zip", "mimetype": "application/zip", "name": "data.zip"}, "zip"),
        ({"filetype": "pdf", "mimetype": "application/pdf", "name": "report.pdf"}, "pdf"),
    ],
)
def test_uploads_too_big_or_of_the_wrong_type_are_refused_without_downloading(
    http_app, slack_api, store, file_server, info, reason
):
    serve_upload(slack_api, file_server, json.dumps(REGRADE).encode(), **info)
    file_shared(http_app)
    posted = slack_api.wait_for("chat.postMessage", timeout=15)[0].args
    assert "Nothing was loaded" in posted["text"] and reason in posted["text"]
    assert file_server.requests == []


def test_a_zip_bomb_disguised_as_csv_is_refused_from_its_first_bytes(http_app, slack_api, store, file_server):
    serve_upload(slack_api, file_server, b"PK\x03\x04" + b"\x00" * 4000, filetype="csv", mimetype="text/csv")
    file_shared(http_app)
    posted = slack_api.wait_for("chat.postMessage", timeout=15)[0].args
    assert "zip archive" in posted["text"]
    with store.connect() as db:
        assert grade_of(db, "northamptonshire", "2023-25", "responding") == "Requires improvement"


def test_a_non_admin_upload_is_refused_audited_and_never_fetched(http_app, slack_api, store, file_server):
    serve_upload(slack_api, file_server, json.dumps(REGRADE).encode())
    file_shared(http_app, user="U0REPORTER", channel="D0REPORTER")
    posted = slack_api.wait_for("chat.postMessage", timeout=15)[0].args
    assert posted["channel"] == "D0REPORTER" and "<@UADMIN>" in posted["text"]
    assert slack_api.calls_to("files.info") == [] and file_server.requests == []
    with store.connect() as db:
        assert audit_rows(db)[0]["outcome"] == "refused: not an admin"


def test_files_shared_in_channels_or_by_the_bot_are_ignored(http_app, slack_api, store, file_server):
    serve_upload(slack_api, file_server, json.dumps(REGRADE).encode())
    file_shared(http_app, channel="C0NEWS")
    file_shared(http_app, user="U0BOT", channel="D0BOT")
    time.sleep(0.5)
    assert slack_api.calls_to("files.info") == [] and slack_api.calls_to("chat.postMessage") == []
    with store.connect() as db:
        assert audit_rows(db) == []


# ---------------------------------------------------------------- stats, audit, help, poll, digest


def test_stats_reports_counts_newest_report_and_last_load(http_app, slack_api, file_server):
    url = file_server.serve(
        "/regrade.json", json.dumps(REGRADE).encode(), headers={"Content-Type": "application/json"}
    )
    admin(http_app, slack_api, f"load {url}", name="load")
    reply = admin(http_app, slack_api, "stats", name="stats")
    shown = text_of(reply)
    assert "*Police forces*\\n43" in shown
    assert "PEEL 2025–27: An inspection of Cambridgeshire Constabulary" in shown
    assert "by UADMIN" in shown and "Database size" in shown


def test_stats_show_feed_failures_and_only_this_workspaces_paused_subscriptions(db):
    from bot.slack.blocks.admin import render_stats
    from db.stats import store_stats

    db.execute(
        "INSERT INTO feeds (url, last_polled_at, last_status, last_error, failures) "
        "VALUES ('https://hmicfrs.example/feed/', '2026-01-02T08:00:00', 'error', 'HTTP 403 <!here>', 3)"
    )
    for team, channel, paused in (
        ("T0TEST", "C0GONE", "2026-01-01"),
        ("T0TEST", "C0LIVE", None),
        ("T0OTHER", "C0THEIRS", "2026-01-01"),
    ):
        db.execute(
            "INSERT INTO subscriptions (team_id, channel_id, target_kind, target, cadence, created_by, created_at, "
            "paused_at, paused_reason) VALUES (?, ?, 'all', '', 'weekly', 'U1', '2025-12-01', ?, ?)",
            [team, channel, paused, "not_in_channel" if paused else None],
        )
    msg = render_stats(store_stats(db, "T0TEST"))
    assert_valid_blocks(msg)
    shown = text_of(msg)
    assert "https://hmicfrs.example/feed/: error at 2026-01-02T08:00:00, 3 failure(s) in a row" in shown
    assert "HTTP 403 &lt;!here&gt;" in shown and "<!here>" not in shown
    assert "<#C0GONE> since 2026-01-01: not_in_channel" in shown
    assert "C0LIVE" not in shown and "C0THEIRS" not in shown


def test_audit_lists_the_last_actions_newest_first_escaped(http_app, slack_api):
    admin(http_app, slack_api, "stats", name="a1")
    admin(http_app, slack_api, "drop <!channel>", user="U0REPORTER", name="a2")
    admin(http_app, slack_api, "frobnicate <@U123>", name="a3")
    reply = admin(http_app, slack_api, "audit 2", name="a4")
    shown = text_of(reply)
    assert "Last 2 admin actions" in shown
    assert "frobnicate &lt;@U123&gt;" in shown and "drop &lt;!channel&gt;" in shown
    assert "/inspections-admin stats" not in shown
    assert shown.index("frobnicate") < shown.index("drop")
    assert "<!channel>" not in shown and "<@U123>" not in shown


@pytest.mark.parametrize("text", ["", "help", "wat"])
def test_help_lists_every_admin_command(http_app, slack_api, text):
    shown = text_of(admin(http_app, slack_api, text))
    for verb in ("load", "poll", "digest", "stats", "audit"):
        assert f"/inspections-admin {verb}" in shown


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("poll", "Feeds polled: 1 feed(s) polled"),
        ("digest", "Digests sent: 0 report(s) newly due"),
        ("digest --preview", "Digest preview: 0 message(s) due"),
    ],
)
def test_poll_and_digest_run_now_and_are_audited(http_app, slack_api, store, file_server, text, said):
    reply = admin(http_app, slack_api, text)
    assert reply["text"].startswith(said)
    with store.connect() as db:
        assert audit_rows(db)[0]["command"] == f"/inspections-admin {text}"
    if text == "poll":
        assert any(path == "/feed/" for path, _ in file_server.requests)


def test_admin_command_over_socket_mode(app, slack_api, socket_server, store):
    slack_api.socket_url = socket_server.url
    handler = SocketModeHandler(app, APP_TOKEN)
    threading.Thread(target=handler.connect, daemon=True).start()
    try:
        assert socket_server.connected.wait(5)
        envelope = socket_server.send(
            "slash_commands",
            {
                "command": "/inspections-admin",
                "text": "stats",
                "team_id": "T0TEST",
                "channel_id": "C0NEWS",
                "user_id": "UADMIN",
                "response_url": slack_api.response_url("sm"),
                "trigger_id": "1.2.3",
            },
        )
        socket_server.wait_ack(envelope)
        reply = slack_api.wait_for("response_url:sm")[0].args
        assert "Inspections bot: stats" in text_of(reply)
        assert_valid_blocks(reply)
    finally:
        handler.close()
    with store.connect() as db:
        assert audit_rows(db)[0]["outcome"] == "ok: stats"


# ---------------------------------------------------------------- the operator's command line


def test_cli_loads_from_a_url_with_a_dry_run_then_for_real(tmp_path, db_path, file_server):
    url = file_server.serve(
        "/regrade.json", json.dumps(REGRADE).encode(), headers={"Content-Type": "application/json"}
    )
    env = {"DATABASE_PATH": str(db_path), "ALLOW_HTTP_LOADS": "true"}
    dry = run_cli("load", url, "--dry-run", cwd=tmp_path, env=env)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("Dry run:") and "Requires improvement → Inadequate" in dry.stdout
    real = run_cli("load", url, cwd=tmp_path, env=env)
    assert real.returncode == 0 and "1 grades changed" in real.stdout


def test_cli_refuses_plain_http_unless_allowed(tmp_path, db_path, file_server):
    url = file_server.serve(
        "/regrade.json", json.dumps(REGRADE).encode(), headers={"Content-Type": "application/json"}
    )
    result = run_cli("load", url, cwd=tmp_path, env={"DATABASE_PATH": str(db_path)})
    assert result.returncode == 1 and "only https://" in result.stderr
    assert file_server.requests == []


def test_cli_stats(tmp_path, db_path):
    result = run_cli("stats", cwd=tmp_path, env={"DATABASE_PATH": str(db_path)})
    assert result.returncode == 0, result.stderr
    assert (
        "Inspections bot: stats" in result.stdout
        and "Police forces" in result.stdout
        and "43" in result.stdout
    )
