"""Settings: one frozen object built from a mapping (normally os.environ)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_SLACK_API_URL = "https://slack.com/api/"
# HMICFRS documents no feed; this WordPress-style address is a guess, hence FEED_URLS.
DEFAULT_FEED_URL = "https://hmicfrs.justiceinspectorates.gov.uk/news/news-feed/feed/"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class ConfigError(Exception):
    """Required settings are missing or malformed; the message names them."""


def _bool(value: str | None) -> bool:
    return (value or "").strip().lower() in {"1", "true", "yes", "on"}


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None


@dataclass(frozen=True)
class Settings:
    """Everything the app reads from its environment. Secrets are kept out of repr()."""

    bot_token: str = field(default="", repr=False)
    signing_secret: str = field(default="", repr=False)
    app_token: str = field(default="", repr=False)
    client_id: str = ""
    client_secret: str = field(default="", repr=False)
    slack_api_url: str = DEFAULT_SLACK_API_URL
    database_path: str = "inspections.db"
    port: int = 3000
    log_level: str = "INFO"
    log_format: str = "text"
    admin_user_ids: tuple[str, ...] = ()
    allow_workspace_admins: bool = False
    allow_http_loads: bool = False  # plain http loads, to loopback only: for tests
    max_load_bytes: int = 5_000_000
    # Subscriptions and digests (bot/jobs/)
    digest_time: str = "09:00"
    digest_weekday: str = "mon"
    timezone: str = "Europe/London"
    feed_urls: tuple[str, ...] = (DEFAULT_FEED_URL,)
    feed_poll_minutes: int = 60
    digest_pace_seconds: float = 1.0  # between messages to one channel (Slack: about 1 a second)
    digest_workers: int = 16  # channels sent side by side
    admin_channel: str = ""  # where "this looks wrong" flags are posted (a channel id); "" posts nowhere

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)

    @property
    def multi_workspace(self) -> bool:
        """OAuth installs for many workspaces (HTTP mode), instead of one bot token."""
        return bool(self.client_id and self.client_secret)

    def require_slack(self) -> None:
        """Raise ConfigError naming every setting `serve` needs but lacks."""
        missing = []
        if not self.bot_token and not self.multi_workspace:
            missing.append("SLACK_BOT_TOKEN")
        if not self.socket_mode and not self.signing_secret:
            missing.append("SLACK_SIGNING_SECRET")
        if self.multi_workspace and self.socket_mode:
            raise ConfigError(
                "SLACK_CLIENT_ID/SLACK_CLIENT_SECRET (installs for many workspaces) need HTTP mode: unset SLACK_APP_TOKEN"
            )
        if missing:
            raise ConfigError(
                "missing required setting"
                + ("s" if len(missing) > 1 else "")
                + ": "
                + ", ".join(missing)
                + " (set them in the environment or .env; see .env.example)"
            )


def _digest_settings(env: Mapping[str, str]) -> dict:
    """DIGEST_TIME, DIGEST_WEEKDAY, TIMEZONE, FEED_URLS, FEED_POLL_MINUTES, DIGEST_PACE_SECONDS, checked."""
    import re
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    at = env.get("DIGEST_TIME", "").strip() or "09:00"
    if not re.fullmatch(r"([01]?[0-9]|2[0-3]):[0-5][0-9]", at):
        raise ConfigError(f"DIGEST_TIME must be HH:MM (24-hour), not {at!r}")
    weekday = (env.get("DIGEST_WEEKDAY", "").strip().lower() or "mon")[:3]
    if weekday not in WEEKDAYS:
        raise ConfigError(f"DIGEST_WEEKDAY must be a day such as mon or monday, not {weekday!r}")
    zone = env.get("TIMEZONE", "").strip() or "Europe/London"
    try:
        ZoneInfo(zone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(f"TIMEZONE must be an IANA zone such as Europe/London, not {zone!r}") from None
    urls = tuple(u for u in env.get("FEED_URLS", "").replace(",", " ").split() if u)
    if any(not u.startswith(("https://", "http://")) for u in urls):
        raise ConfigError("FEED_URLS must be http(s) URLs separated by spaces or commas")
    minutes = _int(env, "FEED_POLL_MINUTES", 60)
    if minutes < 1:
        raise ConfigError("FEED_POLL_MINUTES must be at least 1")
    raw_pace = env.get("DIGEST_PACE_SECONDS", "").strip() or "1"
    try:
        pace = float(raw_pace)
    except ValueError:
        raise ConfigError(f"DIGEST_PACE_SECONDS must be a number, not {raw_pace!r}") from None
    workers = _int(env, "DIGEST_WORKERS", 16)
    if not 1 <= workers <= 64:
        raise ConfigError("DIGEST_WORKERS must be from 1 to 64")
    return {
        "digest_time": f"{int(at.split(':')[0]):02d}:{at.split(':')[1]}",
        "digest_weekday": weekday,
        "timezone": zone,
        "feed_urls": urls or (DEFAULT_FEED_URL,),
        "feed_poll_minutes": minutes,
        "digest_pace_seconds": max(pace, 0.0),
        "digest_workers": workers,
    }


def load_settings(env: Mapping[str, str]) -> Settings:
    """Build Settings from an environment mapping; raise ConfigError on malformed values."""
    api_url = env.get("SLACK_API_URL", "").strip() or DEFAULT_SLACK_API_URL
    if not api_url.endswith("/"):
        api_url += "/"
    level = env.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not {level!r}")
    log_format = env.get("LOG_FORMAT", "text").strip().lower() or "text"
    if log_format not in {"text", "json"}:
        raise ConfigError(f"LOG_FORMAT must be text or json, not {log_format!r}")
    return Settings(
        bot_token=env.get("SLACK_BOT_TOKEN", "").strip(),
        signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip(),
        app_token=env.get("SLACK_APP_TOKEN", "").strip(),
        client_id=env.get("SLACK_CLIENT_ID", "").strip(),
        client_secret=env.get("SLACK_CLIENT_SECRET", "").strip(),
        slack_api_url=api_url,
        database_path=env.get("DATABASE_PATH", "").strip() or "inspections.db",
        port=_int(env, "PORT", 3000),
        log_level=level,
        log_format=log_format,
        admin_user_ids=tuple(u for u in env.get("ADMIN_USER_IDS", "").replace(",", " ").split() if u),
        allow_workspace_admins=_bool(env.get("ALLOW_WORKSPACE_ADMINS")),
        allow_http_loads=_bool(env.get("ALLOW_HTTP_LOADS")),
        max_load_bytes=_int(env, "MAX_LOAD_BYTES", 5_000_000),
        **_digest_settings(env),
        admin_channel=_admin_channel(env),
    )


def _admin_channel(env: Mapping[str, str]) -> str:
    """ADMIN_CHANNEL: a channel id (C…, G…), checked so a name or a typo fails at start, not at the first flag."""
    import re

    raw = env.get("ADMIN_CHANNEL", "").strip()
    if raw and not re.fullmatch(r"[CG][A-Z0-9]{4,20}", raw):
        raise ConfigError(f"ADMIN_CHANNEL must be a channel id such as C0123456789, not {raw[:40]!r}")
    return raw
