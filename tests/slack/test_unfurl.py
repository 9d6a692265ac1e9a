"""Link previews: a pasted report link unfurls into its grades once; anything else gets no preview."""

from __future__ import annotations

import json
import time

import pytest

from bot.questions.answers import snapshot
from bot.questions.report_links import find_report, link_key
from tests.conftest import assert_valid_blocks
from tests.slack.test_events import _event, _post_event

CAMBS = "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/cambridgeshire-2023-25/"


def _link_shared(urls: list[str], ts: str = "1717000200.000100") -> dict:
    return {
        "type": "link_shared",
        "channel": "C0NEWS",
        "user": "U0REPORTER",
        "message_ts": ts,
        "unfurl_id": f"unfurl-{ts}",
        "source": "conversations_history",
        "links": [{"domain": "hmicfrs.justiceinspectorates.gov.uk", "url": u} for u in urls],
    }


def test_a_pasted_cambridgeshire_link_unfurls_with_its_eight_grades(http_app, slack_api):
    assert _post_event(http_app, _event(_link_shared([CAMBS]), "EvU1")) == 200
    call = slack_api.wait_for("chat.unfurl")[0].args
    assert call["channel"] == "C0NEWS" and call["ts"] == "1717000200.000100"
    unfurls = call["unfurls"] if isinstance(call["unfurls"], dict) else json.loads(call["unfurls"])
    assert list(unfurls) == [CAMBS]  # keyed by the URL exactly as shared
    card = unfurls[CAMBS]
    assert_valid_blocks({"text": "card", "blocks": card["blocks"]})
    text = json.dumps(card["blocks"], ensure_ascii=False)
    assert "Cambridgeshire Constabulary" in text and "PEEL 2023–25" in text and "12 March 2024" in text
    grade_lines = card["blocks"][1]["text"]["text"].splitlines()
    assert len(grade_lines) == 8
    for grade, area in [
        ("Outstanding", "Police powers and public treatment"),
        ("Inadequate", "Responding to the public"),
        ("Requires improvement", "Leadership and force management"),
    ]:
        assert any(f"*{grade}* · {area}" in line for line in grade_lines), grade


def test_an_unknown_hmicfrs_link_gets_no_preview(http_app, slack_api):
    unknown = [
        "https://hmicfrs.justiceinspectorates.gov.uk/publications/a-thematic-report/",
        "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/atlantis-2023-25/",
    ]
    assert _post_event(http_app, _event(_link_shared(unknown, "1717000201.1"), "EvU2")) == 200
    time.sleep(0.5)
    assert slack_api.calls_to("chat.unfurl") == []


def test_a_retried_link_event_unfurls_once(http_app, slack_api):
    payload = _event(_link_shared([CAMBS], "1717000202.1"), "EvU3")
    assert _post_event(http_app, payload) == 200
    assert _post_event(http_app, payload, retry=1) == 200
    slack_api.wait_for("chat.unfurl")
    time.sleep(0.5)
    assert len(slack_api.calls_to("chat.unfurl")) == 1


def test_only_matching_links_of_a_message_are_unfurled(http_app, slack_api):
    other = "https://hmicfrs.justiceinspectorates.gov.uk/news/news-feed/something/"
    fire = "https://hmicfrs.justiceinspectorates.gov.uk/frs-assessments/avon-2023-2025/"
    assert _post_event(http_app, _event(_link_shared([other, fire], "1717000203.1"), "EvU4")) == 200
    unfurls = slack_api.wait_for("chat.unfurl")[0].args["unfurls"]
    assert list(unfurls) == [fire]
    assert "Avon Fire and Rescue Service" in json.dumps(unfurls[fire]["blocks"])


@pytest.mark.parametrize(
    "url",
    [
        CAMBS,
        CAMBS.rstrip("/"),
        "https://www.hmicfrs.justiceinspectorates.gov.uk/peel-reports/cambridgeshire-2023-25/",
        "https://www.justiceinspectorates.gov.uk/hmicfrs/peel-reports/cambridgeshire-2023-25/",
        "https://justiceinspectorates.gov.uk/hmicfrs/peel-reports/cambridgeshire-2023-25?utm_source=x",
        "https://HMICFRS.justiceinspectorates.gov.uk/peel-reports/Cambridgeshire-2023-2025/",
    ],
)
def test_report_links_match_with_or_without_www_slash_and_prefix(db, url):
    found = find_report(snapshot(db), url)
    assert found is not None and found[0].id == "cambridgeshire" and found[1]["round"] == "2023-25"


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/peel-reports/cambridgeshire-2023-25/",
        "https://hmicfrs.justiceinspectorates.gov.uk.evil.example/peel-reports/cambridgeshire-2023-25/",
        "ftp://hmicfrs.justiceinspectorates.gov.uk/peel-reports/cambridgeshire-2023-25/",
        "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/cambridgeshire-2019-20/",
        "not a url",
    ],
)
def test_other_links_match_nothing(db, url):
    assert find_report(snapshot(db), url) is None


def test_link_key_normalises_the_forms_hmicfrs_uses():
    assert link_key("https://www.justiceinspectorates.gov.uk/hmicfrs/peel-reports/kent-2023-25/") == (
        "/peel-reports/kent-2023-25"
    )


@pytest.mark.parametrize("mode", ["socket", "http"])
def test_manifest_asks_for_previews_and_uploads_in_both_modes_and_stays_valid(mode):
    import jsonschema

    from bot.slack.manifest import http_manifest
    from tests.slack.test_manifest import SCHEMAS, _manifest

    manifest = _manifest() if mode == "socket" else http_manifest(_manifest(), "https://bot.example.org")
    assert manifest["features"]["unfurl_domains"] == [
        "hmicfrs.justiceinspectorates.gov.uk",
        "justiceinspectorates.gov.uk",
    ]
    assert {"files:write", "links:read", "links:write"} <= set(manifest["oauth_config"]["scopes"]["bot"])
    assert "link_shared" in manifest["settings"]["event_subscriptions"]["bot_events"]
    for schema_path in SCHEMAS:
        jsonschema.validate(manifest, json.loads(schema_path.read_text()))
