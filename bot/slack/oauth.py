"""Installs for many workspaces: slack-sdk's SQLite installation and OAuth state stores beside our data."""

from __future__ import annotations

from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk.oauth.installation_store.sqlite3 import SQLite3InstallationStore
from slack_sdk.oauth.state_store.sqlite3 import SQLite3OAuthStateStore

from bot.config import Settings
from bot.slack.ids import BOT_SCOPES, INSTALL_PATH, OAUTH_REDIRECT_PATH

STATE_EXPIRY_SECONDS = 600


def installation_store(settings: Settings) -> SQLite3InstallationStore:
    """Where each workspace's bot token lives (tables slack_installations and slack_bots in our database)."""
    store = SQLite3InstallationStore(database=settings.database_path, client_id=settings.client_id)
    store.init()
    return store


def oauth_settings(settings: Settings) -> OAuthSettings | None:
    """OAuth settings when SLACK_CLIENT_ID and SLACK_CLIENT_SECRET are set; None for one workspace."""
    if not settings.multi_workspace:
        return None
    state_store = SQLite3OAuthStateStore(
        database=settings.database_path, expiration_seconds=STATE_EXPIRY_SECONDS
    )
    state_store.init()
    return OAuthSettings(
        client_id=settings.client_id,
        client_secret=settings.client_secret,
        scopes=list(BOT_SCOPES),
        installation_store=installation_store(settings),
        state_store=state_store,
        install_path=INSTALL_PATH,
        redirect_uri_path=OAUTH_REDIRECT_PATH,
    )


def bot_token_for(settings: Settings, team_id: str, enterprise_id: str | None = None) -> str | None:
    """The bot token to act in one workspace: its installation's in multi-workspace mode, else ours."""
    if not settings.multi_workspace:
        return settings.bot_token or None
    bot = installation_store(settings).find_bot(enterprise_id=enterprise_id, team_id=team_id)
    return bot.bot_token if bot else None
