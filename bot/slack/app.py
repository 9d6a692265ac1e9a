"""create_app(settings, store) -> a Bolt App with every listener registered. No I/O at import."""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from slack_bolt import BoltContext, BoltResponse
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.config import Settings
from bot.slack.listeners import actions, charts, events, grade, home, inspections, links, misses, workspace
from bot.slack.listeners import admin as admin_listeners
from bot.slack.listeners import flags as flag_listeners
from bot.slack.listeners import forms as form_listeners
from bot.slack.listeners import reading as reading_listeners
from bot.slack.listeners.reply import SORRY
from bot.slack.oauth import oauth_settings
from bot.slack.request_log import LoggedApp
from db.connection import Store

log = logging.getLogger(__name__)

LISTENER_THREADS = 16


def web_client(settings: Settings, token: str | None = None) -> WebClient:
    """A Web API client on SLACK_API_URL that retries rate limits, 5xx and dropped connections."""
    return WebClient(
        token=token or (None if settings.multi_workspace else settings.bot_token) or None,
        base_url=settings.slack_api_url,
        timeout=10,
        retry_handlers=[
            ConnectionErrorRetryHandler(max_retry_count=2),
            RateLimitErrorRetryHandler(max_retry_count=3),
            ServerErrorRetryHandler(max_retry_count=2),
        ],
    )


def create_app(settings: Settings, store: Store, *, raise_unhandled: bool = False) -> LoggedApp:
    """Build the Bolt app: store middleware, listeners, one error handler."""
    app = LoggedApp(
        client=web_client(settings),
        signing_secret=settings.signing_secret,
        oauth_settings=oauth_settings(settings),
        process_before_response=False,
        raise_error_for_unhandled_request=raise_unhandled,
        listener_executor=ThreadPoolExecutor(max_workers=LISTENER_THREADS, thread_name_prefix="listener"),
    )

    @app.middleware
    def hand_store_to_listeners(context: BoltContext, next) -> None:  # noqa: A002 - Bolt's argument name
        context["store"] = store
        context["settings"] = settings
        next()

    @app.error
    def on_error(error: Exception, body: dict, respond, logger: logging.Logger) -> BoltResponse | None:
        logger.exception("Unhandled error in a listener: %s", error.__class__.__name__, exc_info=error)
        if body.get("response_url"):
            try:
                respond(response_type="ephemeral", replace_original=False, text=SORRY)
            except Exception:  # noqa: BLE001 - the reply itself failed; it is logged and nothing more can be done
                logger.warning("Could not tell the user about the error")
        return None

    for module in (
        grade,
        inspections,
        actions,
        form_listeners,
        flag_listeners,
        reading_listeners,
        admin_listeners,
        events,
        home,
        workspace,
        charts,
        links,
        misses,
    ):
        module.register(app)
    return app
