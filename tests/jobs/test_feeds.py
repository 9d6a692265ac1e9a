"""The feed poller against a local HTTP server serving RSS and Atom fixtures: new, repeated, 304, 403, broken."""

from __future__ import annotations

import functools
from datetime import UTC, datetime, timedelta

import pytest

from bot.jobs.feeds import USER_AGENT, FeedItem, classify, fetch_feed, poll_feed, poll_feeds
from bot.questions.answers import directory
from db import subscriptions as store
from db.load import load_rows, parse_text
from tests.conftest import run_cli
from tests.fakes.feed_server import FeedServer

NOW = datetime(2026, 4, 9, 10, 0, tzinfo=UTC)
SURREY = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/surrey-2025-27/"


@pytest.fixture
def feeds():
    server = FeedServer().start()
    yield server
    server.stop()


def feed_reports(db) -> dict[str, dict]:
    return {r["report_url"]: r for r in db.query("SELECT * FROM reports WHERE origin = 'feed'")}


def test_new_items_are_stored_with_kind_body_date_and_no_grades(db, feeds):
    url = feeds.serve("/feed/", "hmicfrs_news.rss")
    outcome = poll_feed(db, url, NOW)
    assert outcome.status == "ok" and outcome.items == 5
    stored = feed_reports(db)
    surrey = stored[SURREY]
    assert surrey["report_key"] == "peel:2025-27:surrey"
    assert (surrey["body_id"], surrey["framework"], surrey["round"], surrey["kind"]) == (
        "surrey",
        "peel",
        "2025-27",
        "peel",
    )
    assert surrey["title"] == "PEEL 2025–2027: An inspection of Surrey Police"
    assert surrey["published"] == "2026-04-09"
    assert surrey["added_at"] == store.iso(NOW)
    assert db.execute("SELECT count(*) FROM grades WHERE report_id = ?", [surrey["id"]]).fetchone()[0] == 0
    news = stored[
        "https://hmicfrs.justiceinspectorates.gov.uk/news/news-feed/cambridgeshire-constabulary-uses-police-powers-effectively/"
    ]
    assert (news["kind"], news["body_id"], news["framework"]) == ("publication", "cambridgeshire", None)
    essex = stored["https://hmicfrs.justiceinspectorates.gov.uk/frs-assessment/essex-2025-27/"]
    assert (essex["kind"], essex["body_id"]) == ("fire", "essex-county-fire-and-rescue-service")
    state = stored["https://hmicfrs.justiceinspectorates.gov.uk/publications/state-of-policing-2025/"]
    assert (state["kind"], state["body_id"]) == ("publication", None)
    # The Cambridgeshire PEEL report was already in the shipped dataset: the same report, not a new one.
    assert "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/cambridgeshire-2023-25/" not in stored
    assert len(outcome.new) == 4
    row = store.feed_state(db, url)
    assert (row["last_status"], row["failures"], row["items_seen"], row["items_added"]) == ("ok", 0, 5, 4)


def test_repeated_items_are_not_added_again_and_new_ones_are(db, feeds):
    url = feeds.serve("/feed/", "hmicfrs_news.rss")
    poll_feed(db, url, NOW)
    before = feed_reports(db)
    again = poll_feed(db, url, NOW + timedelta(hours=1))
    assert again.status == "ok" and again.new == []
    feeds.serve("/feed/", "hmicfrs_news_updated.rss")
    later = poll_feed(db, url, NOW + timedelta(hours=2))
    assert [r["report_key"] for r in later.new] == ["peel:2025-27:durham"]
    after = feed_reports(db)
    assert {k: v["added_at"] for k, v in before.items()} == {
        k: v["added_at"] for k, v in after.items() if k in before
    }
    assert store.feed_state(db, url)["items_added"] == 5


def test_not_modified_sends_validators_and_changes_nothing(db, feeds):
    etag, modified = '"v1-abc"', "Thu, 09 Apr 2026 09:00:12 GMT"
    url = feeds.serve("/feed/", "hmicfrs_news.rss", etag=etag, last_modified=modified)
    assert poll_feed(db, url, NOW).status == "ok"
    first = feeds.requests_to("/feed/")[0]["headers"]
    assert "If-None-Match" not in first and first["User-Agent"] == USER_AGENT
    count = db.execute("SELECT count(*) FROM reports").fetchone()[0]
    outcome = poll_feed(db, url, NOW + timedelta(hours=1))
    assert outcome.status == "not_modified"
    second = feeds.requests_to("/feed/")[1]["headers"]
    assert second["If-None-Match"] == etag and second["If-Modified-Since"] == modified
    assert db.execute("SELECT count(*) FROM reports").fetchone()[0] == count
    row = store.feed_state(db, url)
    assert (row["last_status"], row["etag"], row["last_modified"], row["failures"]) == (
        "not_modified",
        etag,
        modified,
        0,
    )


def test_403_is_counted_backed_off_and_retried_later(db, feeds):
    url = feeds.serve("/feed/", status=403, body=b"Forbidden", content_type="text/html")
    outcome = poll_feed(db, url, NOW, poll_minutes=60)
    assert (outcome.status, outcome.new) == ("http_403", [])
    row = store.feed_state(db, url)
    assert (row["failures"], row["last_status"], row["next_poll_at"]) == (
        1,
        "http_403",
        store.iso(NOW + timedelta(hours=1)),
    )
    assert poll_feed(db, url, NOW + timedelta(minutes=30)).skipped  # backing off: not even asked
    assert len(feeds.requests_to("/feed/")) == 1
    poll_feed(db, url, NOW + timedelta(hours=1))
    row = store.feed_state(db, url)
    assert row["failures"] == 2 and row["next_poll_at"] == store.iso(NOW + timedelta(hours=3))
    feeds.serve("/feed/", "hmicfrs_news.rss")
    recovered = poll_feed(db, url, NOW + timedelta(hours=3))
    assert recovered.status == "ok" and len(recovered.new) == 4
    row = store.feed_state(db, url)
    assert (row["failures"], row["total_failures"], row["next_poll_at"]) == (0, 2, None)


@pytest.mark.parametrize(
    ("fixture", "status", "route"),
    [
        pytest.param("malformed.rss", "malformed", {}, id="malformed XML"),
        pytest.param("not_a_feed.html", "malformed", {"content_type": "text/html"}, id="an HTML page"),
        pytest.param("empty.rss", "empty", {}, id="empty feed"),
        pytest.param(None, "http_500", {"status": 500}, id="server error"),
        pytest.param(None, "http_404", {"status": 404}, id="gone"),
    ],
)
def test_bad_feeds_are_counted_and_lose_nothing_already_stored(db, feeds, fixture, status, route):
    good = feeds.serve("/good/", "hmicfrs_news.rss")
    poll_feed(db, good, NOW)
    stored = feed_reports(db)
    bad = feeds.serve("/feed/", fixture, **route)
    outcomes = poll_feeds(db, [bad, good], NOW + timedelta(hours=1))
    assert [o.status for o in outcomes] == [status, "ok"]
    assert outcomes[0].new == [] and outcomes[0].error
    assert feed_reports(db) == stored
    row = store.feed_state(db, bad)
    assert (row["last_status"], row["failures"]) == (status, 1) and row["last_error"]


def test_a_timeout_is_a_counted_failure(db, feeds):
    url = feeds.serve("/slow/", "hmicfrs_news.rss", delay=0.5)
    outcome = poll_feed(db, url, NOW, fetch=functools.partial(fetch_feed, timeout=0.1))
    assert outcome.status == "timeout"
    assert store.feed_state(db, url)["failures"] == 1


def test_unreachable_feed_is_a_counted_failure(db):
    outcome = poll_feed(db, "http://127.0.0.1:9/feed/", NOW)
    assert outcome.status == "unreachable"
    assert store.feed_state(db, "http://127.0.0.1:9/feed/")["failures"] == 1


def test_atom_feed(db, feeds):
    url = feeds.serve("/atom/", "hmicfrs_publications.atom", content_type="application/atom+xml")
    outcome = poll_feed(db, url, NOW)
    assert outcome.status == "ok"
    keys = {r["report_key"]: r for r in outcome.new}
    assert keys["peel:2025-27:dorset"]["published"] == "2026-04-10"
    thematic = keys[
        "https://hmicfrs.justiceinspectorates.gov.uk/publications/serious-and-organised-crime-2026/"
    ]
    assert (thematic["kind"], thematic["body_id"], thematic["published"]) == (
        "publication",
        None,
        "2026-04-02",
    )


def test_a_later_data_load_fills_grades_into_the_feed_report(db, feeds):
    poll_feed(db, feeds.serve("/feed/", "hmicfrs_news.rss"), NOW)
    report_id = feed_reports(db)[SURREY]["id"]
    rows = parse_text(
        "force_id,round,published,report_url\nsurrey,2025-27,2026-04-09," + SURREY + "\n", "reports.csv"
    ) + parse_text(
        "force_id,round,area,grade,basis,source_url,evidence\n"
        "surrey,2025-27,workforce,Good,stated," + SURREY + ",report summary\n",
        "grades.csv",
    )
    result = load_rows(db, rows, source="test", loaded_by="test")
    assert result.reports_added == []  # the same report, not a second one
    grades = list(db.query("SELECT area, grade FROM grades WHERE report_id = ?", [report_id]))
    assert grades == [{"area": "workforce", "grade": "Good"}]


@pytest.mark.parametrize(
    ("title", "link", "expect"),
    [
        (
            "PEEL 2023–2025: An inspection of Kent Police",
            "https://x.uk/a/",
            ("peel", "kent", "peel:2023-25:kent"),
        ),
        (
            "PEEL 2023-25: an inspection of the Metropolitan Police Service",
            "https://x.uk/b/",
            ("peel", "metropolitan", "peel:2023-25:metropolitan"),
        ),
        (
            "PEEL 2025–2027: An inspection of Nowhere Constabulary",
            "https://x.uk/c/",
            ("peel", None, "https://x.uk/c/"),
        ),
        (
            "Avon Fire and Rescue Service: inspection 2025–27",
            "https://x.uk/d/",
            ("fire", "avon-fire-and-rescue-service", "https://x.uk/d/"),
        ),
        (
            "Fire and rescue services: State of Fire 2025",
            "https://x.uk/e/",
            ("fire", None, "https://x.uk/e/"),
        ),
        (
            "Kent Police must improve how it investigates crime",
            "https://x.uk/f/",
            ("publication", "kent", "https://x.uk/f/"),
        ),
        (
            "Police response to violence against women and girls",
            "https://x.uk/g/",
            ("publication", None, "https://x.uk/g/"),
        ),
    ],
)
def test_classify_titles(db, title, link, expect):
    record = classify(FeedItem(title, link, "2026-01-01"), directory(db))
    assert (record["kind"], record["body_id"], record["report_key"]) == expect


def test_poll_command_prints_what_was_new(db_path, feeds, tmp_path):
    good, bad = feeds.serve("/feed/", "hmicfrs_news.rss"), feeds.serve("/blocked/", status=403, body=b"no")
    result = run_cli("poll", cwd=tmp_path, env={"DATABASE_PATH": str(db_path), "FEED_URLS": f"{good} {bad}"})
    assert result.returncode == 0, result.stderr
    assert f"{good}: ok, 5 items, 4 new" in result.stdout
    assert "new peel: PEEL 2025–2027: An inspection of Surrey Police (2026-04-09)" in result.stdout
    assert f"{bad}: http_403 (HTTP 403" in result.stdout
