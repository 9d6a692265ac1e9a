"""Logging set-up: secrets are redacted from every record, whatever logged them."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_TOKEN = re.compile(r"\bx(?:ox[abposr]|app)-[A-Za-z0-9-]+")


class RedactSecrets:
    """Replace Slack tokens and known secret values in log messages with [redacted]."""

    def __init__(self, secrets: Iterable[str] = ()):
        self.secrets = [s for s in secrets if s and len(s) >= 6]

    def redact(self, text: str) -> str:
        text = _TOKEN.sub("[redacted]", text)
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        return text


class RedactingFormatter(logging.Formatter):
    """Format as usual, then redact: covers messages, arguments and tracebacks alike."""

    def __init__(self, fmt: str, redactor: RedactSecrets):
        super().__init__(fmt)
        self.redactor = redactor

    def format(self, record: logging.LogRecord) -> str:
        return self.redactor.redact(super().format(record))


class JsonFormatter(RedactingFormatter):
    """One JSON object per line, for log shippers; request fields (team, command...) become keys."""

    FIELDS = ("team", "kind", "target", "outcome", "duration_ms", "job")

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        entry.update({k: getattr(record, k) for k in self.FIELDS if hasattr(record, k)})
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return self.redactor.redact(json.dumps(entry, ensure_ascii=False, default=str))


def configure(level: str, secrets: Iterable[str] = (), fmt: str = "text") -> None:
    """Log to stderr at `level` as text or JSON lines, redacting secrets from everything written."""
    handler = logging.StreamHandler()
    redactor = RedactSecrets(secrets)
    handler.setFormatter(
        JsonFormatter(LOG_FORMAT, redactor) if fmt == "json" else RedactingFormatter(LOG_FORMAT, redactor)
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
