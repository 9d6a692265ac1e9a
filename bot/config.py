"""Settings: one frozen object built from a mapping (normally os.environ)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

DEFAULT_SLACK_API_URL = "https://slack.com/api/"


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
    slack_api_url: str = DEFAULT_SLACK_API_URL
    database_path: str = "inspections.db"
    port: int = 3000
    log_level: str = "INFO"
    admin_user_ids: tuple[str, ...] = ()
    allow_workspace_admins: bool = False

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)

    def require_slack(self) -> None:
        """Raise ConfigError naming every setting `serve` needs but lacks."""
        missing = []
        if not self.bot_token:
            missing.append("SLACK_BOT_TOKEN")
        if not self.socket_mode and not self.signing_secret:
            missing.append("SLACK_SIGNING_SECRET")
        if missing:
            raise ConfigError(
                "missing required setting"
                + ("s" if len(missing) > 1 else "")
                + ": "
                + ", ".join(missing)
                + " (set them in the environment or .env; see .env.example)"
            )


def load_settings(env: Mapping[str, str]) -> Settings:
    """Build Settings from an environment mapping; raise ConfigError on malformed values."""
    api_url = env.get("SLACK_API_URL", "").strip() or DEFAULT_SLACK_API_URL
    if not api_url.endswith("/"):
        api_url += "/"
    level = env.get("LOG_LEVEL", "INFO").strip().upper() or "INFO"
    if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
        raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING or ERROR, not {level!r}")
    return Settings(
        bot_token=env.get("SLACK_BOT_TOKEN", "").strip(),
        signing_secret=env.get("SLACK_SIGNING_SECRET", "").strip(),
        app_token=env.get("SLACK_APP_TOKEN", "").strip(),
        slack_api_url=api_url,
        database_path=env.get("DATABASE_PATH", "").strip() or "inspections.db",
        port=_int(env, "PORT", 3000),
        log_level=level,
        admin_user_ids=tuple(u for u in env.get("ADMIN_USER_IDS", "").replace(",", " ").split() if u),
        allow_workspace_admins=_bool(env.get("ALLOW_WORKSPACE_ADMINS")),
    )
