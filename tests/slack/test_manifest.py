"""manifest.json is valid against Slack's published schema and matches what the code registers."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from bot.slack import ids
from tests.conftest import sign, slash_body

ROOT = Path(__file__).resolve().parents[2]
SCHEMAS = sorted((ROOT / "tests" / "slack_schema").glob("manifest.schema.*.json"))


def _manifest() -> dict:
    return json.loads((ROOT / "manifest.json").read_text())


@pytest.mark.parametrize("schema_path", SCHEMAS, ids=lambda p: p.name)
def test_manifest_is_valid_against_slacks_schema(schema_path):
    schema = json.loads(schema_path.read_text())
    jsonschema.validate(_manifest(), schema)


def test_schema_rejects_a_broken_manifest():
    schema = json.loads(SCHEMAS[-1].read_text())
    broken = _manifest()
    broken["features"]["slash_commands"][0]["command"] = 42
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)


def test_every_declared_command_is_answered_and_documented(http_app, slack_api):
    declared = {c["command"] for c in _manifest()["features"]["slash_commands"]}
    assert set(ids.COMMANDS) == declared
    readme = (ROOT / "README.md").read_text()
    for command in sorted(declared):
        body = slash_body(command, "help", slack_api.response_url(command.strip("/")))
        status, _ = http_app.post(body, sign(body))
        assert status == 200, f"{command} is declared in manifest.json but not handled"
        assert re.search(rf"`{re.escape(command)}\b", readme), f"{command} missing from README"


def test_an_undeclared_command_is_not_handled(http_app, slack_api):
    body = slash_body("/not-ours", "help", slack_api.response_url("x"))
    assert http_app.post(body, sign(body))[0] == 404


def test_socket_mode_and_messages_tab_are_on():
    manifest = _manifest()
    assert manifest["settings"]["socket_mode_enabled"] is True
    home = manifest["features"]["app_home"]
    assert home["messages_tab_enabled"] and not home["messages_tab_read_only_enabled"]


@pytest.mark.parametrize("schema_path", SCHEMAS, ids=lambda p: p.name)
def test_http_manifest_is_valid_and_points_every_request_at_the_server(schema_path):
    from bot.slack.manifest import http_manifest

    manifest = http_manifest(_manifest(), "https://bot.example.org")
    jsonschema.validate(manifest, json.loads(schema_path.read_text()))
    url = "https://bot.example.org/slack/events"
    assert manifest["settings"]["socket_mode_enabled"] is False
    assert manifest["settings"]["event_subscriptions"]["request_url"] == url
    assert manifest["settings"]["interactivity"]["request_url"] == url
    assert {c["url"] for c in manifest["features"]["slash_commands"]} == {url}
    assert _manifest()["settings"]["socket_mode_enabled"] is True


def test_http_manifest_refuses_plain_http():
    from bot.slack.manifest import http_manifest

    with pytest.raises(ValueError):
        http_manifest(_manifest(), "http://bot.example.org")


def test_oauth_install_asks_for_exactly_the_manifests_scopes():
    assert sorted(ids.BOT_SCOPES) == sorted(_manifest()["oauth_config"]["scopes"]["bot"])


def _schema_of_major(major: int) -> dict:
    (path,) = [p for p in SCHEMAS if p.name.startswith(f"manifest.schema.{major}.")]
    return json.loads(path.read_text())


def test_manifest_is_valid_against_the_schema_of_its_own_major_version():
    from bot.slack.manifest import schema_major

    manifest = _manifest()
    assert schema_major(manifest) == 1
    jsonschema.validate(manifest, _schema_of_major(schema_major(manifest)))
    assert schema_major({}) == 1  # no _metadata: Slack reads it as version 1


# Both published schemas (1.0.0 and 2.0.0) know features.agent_view; had the older one not, agent_view would be
# checked against the newer one only, with the rest of the manifest against both.
@pytest.mark.parametrize("schema_path", SCHEMAS, ids=lambda p: p.name)
def test_agent_view_is_declared_within_slacks_limits(schema_path):
    schema = json.loads(schema_path.read_text())
    assert "agent_view" in schema["definitions"]["app-manifests.v1.features.schema"]["properties"]
    agent = _manifest()["features"]["agent_view"]
    assert 0 < len(agent["agent_description"]) <= 300
    assert 1 <= len(agent["suggested_prompts"]) <= 4
    for too_much in (
        {"agent_description": "x" * 301},
        {"suggested_prompts": agent["suggested_prompts"] + [{"title": "Fifth", "message": "help"}]},
    ):
        broken = _manifest()
        broken["features"]["agent_view"].update(too_much)
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, schema)


def test_agent_view_scopes_are_asked_for():
    scopes = set(_manifest()["oauth_config"]["scopes"]["bot"])
    assert {"assistant:write", "im:history", "im:read", "im:write"} <= scopes
    assert "message.im" in _manifest()["settings"]["event_subscriptions"]["bot_events"]
