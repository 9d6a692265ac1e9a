"""The parts behind reading grades from text, without Slack: the verb table, the manifest's shortcut, parsing
links, the pre-filled form and the channel message (validated with slack-sdk), saving with a proposal, and the
feed's best-effort announcing."""

from __future__ import annotations

import dataclasses
import json
import logging
from pathlib import Path

import pytest

from bot.jobs.downloads import FetchError
from bot.reader import Conflict, Proposal, ProposedGrade, Unmatched
from bot.slack import ids
from bot.slack.admin.commands import AdminUsageError
from bot.slack.admin.feed_proposals import announce_new_reports
from bot.slack.admin.grade_form import grade_form_view
from bot.slack.admin.proposed import edit_with_proposal
from bot.slack.admin.reading import first_link, parse_read, slack_text
from bot.slack.blocks.reading import FeedProposal, ProposalLine, render_feed_proposal, render_reading_problem
from bot.slack.listeners.admin import VERBS
from db.grade_entry import GradeEdit, grade_sheet
from tests.conftest import assert_valid_blocks, assert_valid_view

ROOT = Path(__file__).resolve().parents[2]
URL = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2023-25/"
KENT = Proposal(
    body="kent",
    body_name="Kent Police",
    framework="peel",
    round="2023-25",
    published="2025-03-12",
    grades=(
        ProposedGrade("responding", "Requires improvement", "Responding to the public: Requires improvement"),
        ProposedGrade(
            "investigating", "Good", "We found <!channel> the force *good* at investigating crime."
        ),
    ),
    unmatched=(
        Unmatched("Tackling violence against women", "Good", "Tackling violence against women: Good"),
    ),
    conflicts=(Conflict("workforce", ("Good", "Adequate"), ("Workforce: Good", "Workforce: Adequate")),),
    source_url=URL,
)


def test_one_table_answers_every_admin_verb():
    assert set(VERBS) == set(ids.ADMIN_VERBS)


def test_the_manifest_declares_the_message_shortcut_the_app_answers():
    manifest = json.loads((ROOT / "manifest.json").read_text())
    (declared,) = manifest["features"]["shortcuts"]
    assert declared["callback_id"] == ids.READ_MESSAGE_SHORTCUT and declared["type"] == "message"
    assert len(declared["name"]) <= 24
    from bot.slack.manifest import http_manifest

    assert http_manifest(manifest, "https://bot.example.org")["features"]["shortcuts"] == [declared]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"read {URL}", (URL, False)),
        (f"read <{URL}> --add-areas", (URL, True)),
        (f"read --ADD-AREAS <{URL}|the report>", (URL, True)),
    ],
)
def test_read_commands_parse(text, expected):
    assert parse_read(text) == expected


@pytest.mark.parametrize("text", ["read", f"read {URL} {URL}", f"read {URL} --force"])
def test_bad_read_commands_say_what_to_fix(text):
    with pytest.raises(AdminUsageError):
        parse_read(text)


@pytest.mark.parametrize(
    ("text", "link"),
    [
        (f"New report <{URL}|Read it> and <https://x.org/b>", URL),
        (f"See {URL}. Then <https://x.org/b|b>", URL),
        ("<http://plain.example.org/a|a> no https link", ""),
        ("no link at all", ""),
    ],
)
def test_the_first_https_link_of_a_message_is_its_source(text, link):
    assert first_link(text) == link


def test_a_message_is_read_as_people_see_it():
    assert slack_text(f"<{URL}|Kent&apos;s report> &amp; more &lt;x&gt;") == "Kent&apos;s report & more <x>"


def test_the_prefilled_form_shows_sentences_conflicts_and_new_areas_and_validates(db):
    sheet = grade_sheet(db, "kent", "2023-25")
    view = grade_form_view(sheet, KENT, 7, add_areas=False)
    assert_valid_view(view)
    shown = json.dumps(view, ensure_ascii=False)
    selects = {
        b["block_id"]: b["element"]["initial_option"]["value"]
        for b in view["blocks"]
        if b.get("block_id", "").startswith("area_")
    }
    assert selects["area_responding"] == "Requires improvement" and selects["area_investigating"] == "Good"
    assert selects["area_workforce"] == (sheet.grades["workforce"] or "none")  # a conflict is not pre-set
    assert "Workforce: Good" in shown and "Workforce: Adequate" in shown and ":warning:" in shown
    assert "&lt;!channel&gt;" in shown and "<!channel>" not in shown
    assert "Tackling violence against women" in shown and "Add these areas to PEEL 2023–25" in shown
    assert json.loads(view["private_metadata"])["p"] == 7
    assert not any(b.get("block_id") == "fill_from_report" for b in view["blocks"])


def test_a_very_long_sentence_is_cut_on_the_form_and_in_the_channel(db):
    long = Proposal(**{**KENT.__dict__, "grades": (ProposedGrade("responding", "Good", "word " * 2000),)})
    assert_valid_view(grade_form_view(grade_sheet(db, "kent", "2023-25"), long, 1))
    lines = tuple(ProposalLine(f"Area {i}", "Good", "<@U1> " + "x" * 900) for i in range(20))
    msg = render_feed_proposal(FeedProposal(3, "Kent <Police>", "PEEL 2023–25", "", URL, lines))
    assert_valid_blocks(msg)
    shown = json.dumps(msg)
    assert "<@U1>" not in shown and "more in the form" in shown and "Kent &lt;Police&gt;" in shown


def test_nothing_to_record_is_said_with_the_readers_notes_escaped():
    view = render_reading_problem("No grades.", ["names <!here> three forces"], "http://127.0.0.1/x")
    assert_valid_view(view)
    assert "&lt;!here&gt;" in json.dumps(view) and "submit" not in view


def test_a_proposal_survives_being_kept():
    assert Proposal.from_json(json.loads(json.dumps(KENT.to_json()))) == KENT


def test_saving_keeps_the_sentences_of_grades_kept_as_stated_and_adds_ticked_areas():
    submitted = GradeEdit(
        grades={"responding": "Requires improvement", "investigating": "Adequate"}, source=URL
    )
    edit = edit_with_proposal(submitted, KENT, sheet_areas={"responding", "investigating"}, add_areas=True)
    assert edit.quotes["responding"] == "Responding to the public: Requires improvement"
    assert "investigating" not in edit.quotes  # changed from the text: the typed quote is needed
    assert edit.new_areas == {"tackling_violence_against_women": "Tackling violence against women"}
    assert edit.grades["tackling_violence_against_women"] == "Good"
    untouched = edit_with_proposal(submitted, KENT, sheet_areas=set(), add_areas=False)
    assert untouched.new_areas == {} and "tackling_violence_against_women" not in untouched.grades


# ---------------------------------------------------------------- the feed, best effort


NEW = [{"body_id": "kent", "report_url": URL}, {"body_id": None, "report_url": "https://x.org/a"}]


@pytest.fixture
def with_channel(settings):
    return dataclasses.replace(settings, admin_channel="C0ADMINS")


def test_a_page_that_fails_is_logged_and_skipped_and_the_others_are_posted(store, with_channel, caplog):
    seen, posted = [], []

    def read(db, url, **kw):
        seen.append(url)
        if len(seen) == 1:
            raise FetchError("HTTP 403")
        if len(seen) == 2:
            raise RuntimeError("a bug")
        return KENT

    reports = [NEW[0], NEW[0], NEW[0], NEW[1]]
    with caplog.at_level(logging.WARNING):
        count = announce_new_reports(store, with_channel, reports, posted.append, read=read)
    assert count == 1 and len(posted) == 1 and len(seen) == 3  # the report with no body is not read
    assert_valid_blocks(posted[0])
    assert "HTTP 403" in caplog.text and "a bug" not in caplog.text.split("Traceback")[0]


def test_without_an_admin_channel_nothing_is_read(store, settings):
    def read(db, url, **kw):
        raise AssertionError("read")

    assert announce_new_reports(store, settings, NEW, lambda m: None, read=read) == 0


def test_a_page_about_another_body_or_stating_nothing_is_not_posted(store, with_channel):
    posted: list = []
    about_essex = Proposal(**{**KENT.__dict__, "body": "essex"})
    for proposal in (about_essex, Proposal(body="kent", round="2023-25")):
        announce_new_reports(
            store, with_channel, NEW[:1], posted.append, read=lambda db, url, p=proposal, **kw: p
        )
    assert posted == []


def test_a_failing_post_does_not_stop_the_next(store, with_channel):
    calls = []

    def post(msg):
        calls.append(msg)
        if len(calls) == 1:
            raise OSError("down")

    assert announce_new_reports(store, with_channel, NEW[:1] * 2, post, read=lambda db, url, **kw: KENT) == 1


def test_a_press_storys_link_and_date_are_not_offered_as_the_reports():
    from bot.reader import Proposal
    from bot.slack.admin.proposed import initial_date, initial_report_url

    story = Proposal(body="kent", published="2025-03-12", source_url="https://www.bbc.co.uk/news/kent-1")
    report = Proposal(
        body="kent",
        published="2025-03-12",
        source_url="https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2023-25/",
    )
    assert (initial_report_url(story), initial_date(story)) == ("", "")
    assert initial_report_url(report) == report.source_url and initial_date(report) == "2025-03-12"
