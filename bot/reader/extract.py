"""Bytes of a published document -> plain text: HTML (main content, a table row per line), PDF or text.
Each parsing library is imported only when a document of its kind is read."""

from __future__ import annotations


class ExtractError(Exception):
    """The document could not be read as text; the message is safe to show."""


def text_from(data: bytes, content_type: str) -> str:
    """Plain text of an HTML page, a PDF or a text file."""
    raise ExtractError("not finished")
