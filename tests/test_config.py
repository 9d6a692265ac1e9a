"""Settings come from the environment; every one is documented in .env.example; bad values are named."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings

ROOT = Path(__file__).resolve().parents[1]


def test_every_setting_read_is_documented_in_env_example():
    source = (ROOT / "bot" / "config.py").read_text()
    read = set(re.findall(r'env(?:\.get)?\(\s*"([A-Z][A-Z_]+)"', source)) | set(
        re.findall(r'_\w+\(env, "([A-Z][A-Z_]+)"', source)
    )
    documented = set(re.findall(r"^([A-Z_]+)=", (ROOT / ".env.example").read_text(), re.M))
    assert read and read <= documented, read - documented


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"PORT": "eighty"}, "PORT"),
        ({"LOG_LEVEL": "LOUD"}, "LOG_LEVEL"),
        ({"LOG_FORMAT": "xml"}, "LOG_FORMAT"),
    ],
)
def test_malformed_values_are_named(env, named):
    with pytest.raises(ConfigError, match=named):
        load_settings(env)


def test_secrets_stay_out_of_the_settings_repr():
    settings = load_settings(
        {"SLACK_BOT_TOKEN": "xoxb-secret-1", "SLACK_SIGNING_SECRET": "shh-2", "SLACK_CLIENT_SECRET": "shh-3"}
    )
    shown = repr(settings)
    assert "xoxb-secret-1" not in shown and "shh-2" not in shown and "shh-3" not in shown


def test_many_workspaces_need_http_mode_and_no_bot_token():
    settings = load_settings(
        {"SLACK_CLIENT_ID": "1.2", "SLACK_CLIENT_SECRET": "s", "SLACK_SIGNING_SECRET": "x"}
    )
    settings.require_slack()  # no SLACK_BOT_TOKEN needed
    with pytest.raises(ConfigError, match="HTTP mode"):
        load_settings(
            {**{"SLACK_CLIENT_ID": "1.2", "SLACK_CLIENT_SECRET": "s"}, "SLACK_APP_TOKEN": "xapp-1"}
        ).require_slack()
