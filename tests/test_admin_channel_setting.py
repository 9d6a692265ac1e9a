"""ADMIN_CHANNEL: where flags go; a channel id, checked at start."""

from __future__ import annotations

import pytest

from bot.config import ConfigError, load_settings


def test_admin_channel_is_optional_and_read_as_given():
    assert load_settings({}).admin_channel == ""
    assert load_settings({"ADMIN_CHANNEL": " C0ADMINS1 "}).admin_channel == "C0ADMINS1"


@pytest.mark.parametrize("value", ["#admins", "admins", "U0123456", "<#C0123|admins>"])
def test_admin_channel_must_be_a_channel_id(value):
    with pytest.raises(ConfigError, match="ADMIN_CHANNEL must be a channel id"):
        load_settings({"ADMIN_CHANNEL": value})
