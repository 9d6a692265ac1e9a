"""Bytes of a published document -> plain text the reader can read.

- HTML with selectolax (the Lexbor engine: a full HTML5 parser in C, fast enough for a report page in a few
  milliseconds, with CSS selectors; well kept, wheels for every platform): the page's main content, a line per
  block, a table row as one line of cells joined by " | ", list items as "- item".
- PDF with pypdfium2 (Google's PDFium, the engine in Chrome: reads real-world report PDFs, fonts and all, about
  three times faster than pure-Python pypdf on a 100-page report): page text, wrapped prose lines joined.
- Anything else that is text: decoded as UTF-8 (Windows-1252 as a fallback).

Each library is imported only when a document of its kind is read, so `ask` and `serve` never load them."""

from __future__ import annotations

import re
from typing import Any

MAX_PAGES = 400

_SKIP = {"script", "style", "noscript", "nav", "footer", "aside", "form", "svg", "iframe", "template",
         "button", "select", "head", "dialog"}  # fmt: skip
_BLOCK = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "dl",
          "dd", "dt", "blockquote", "figure", "figcaption", "caption", "table", "thead", "tbody", "tfoot",
          "header", "address", "pre", "hr", "details", "summary"}  # fmt: skip
_MAIN = ("main", "article", "[role=main]", "#main-content", "#content", ".entry-content", ".content")
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="dcterms.issued"]',
    'meta[name="DC.date.issued"]',
    'meta[name="date"]',
    "time[datetime]",
)


class ExtractError(Exception):
    """The document could not be read as text; the message is safe to show."""


def text_from(data: bytes, content_type: str) -> str:
    """Plain text of an HTML page, a PDF or a text file."""
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/pdf" or data[:5] == b"%PDF-":
        return pdf_text(data)
    text = _decode(data)
    if kind in ("text/html", "application/xhtml+xml") or re.match(
        r"\s*(<!doctype html|<html)", text[:500], re.I
    ):
        return html_text(text)
    return text


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


class _Lines:
    """Collects text into lines: blocks end lines, table rows become one line of cells."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.line: list[str] = []
        self.row: list[str] | None = None
        self.cell: list[str] | None = None

    def text(self, value: str) -> None:
        (self.cell if self.cell is not None else self.line).append(value)

    def flush(self) -> None:
        if self.cell is not None:
            self.cell.append(" ; ")
            return
        line = " ".join("".join(self.line).split())
        if line and line != "-":
            self.lines.append(line)
        self.line = []

    def open(self, tag: str) -> None:
        if tag == "tr" and self.row is None:
            self.flush()
            self.row = []
        elif tag in ("td", "th") and self.row is not None and self.cell is None:
            self.cell = []
        elif tag == "li":
            self.flush()
            self.text("- ")
        elif tag == "br" or tag in _BLOCK:
            self.flush()

    def close(self, tag: str) -> None:
        if tag in ("td", "th") and self.cell is not None and self.row is not None:
            cell = " ".join("".join(self.cell).split()).strip(" ;")
            self.row.append(cell)
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if any(self.row):
                self.lines.append(" | ".join(self.row))
            self.row = None
        elif tag in _BLOCK or tag == "li":
            self.flush()


def _walk(root: Any, out: _Lines) -> None:
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            out.close(node.tag)
            continue
        if node.is_text_node:
            out.text(node.text_content or "")
            continue
        tag = node.tag
        if not node.is_element_node or tag in _SKIP:
            continue
        out.open(tag)
        stack.append((node, True))
        children = []
        child = node.first_child
        while child is not None:
            children.append(child)
            child = child.next
        stack.extend((c, False) for c in reversed(children))
    out.flush()


def html_text(html: str) -> str:
    """The main content of a page as lines; its title and publication date first when the content lacks them."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    root = next(
        (n for sel in _MAIN if (n := tree.css_first(sel)) is not None and len(n.text(strip=True)) > 200),
        tree.body or tree.root,
    )
    out = _Lines()
    if root is not None:
        _walk(root, out)
    head: list[str] = []
    title = tree.css_first("title")
    title_text = " ".join(title.text().split()) if title is not None else ""
    if title_text and not any(title_text[:40] in line for line in out.lines[:5]):
        head.append(title_text)
    for sel in _DATE_META:
        node = tree.css_first(sel)
        value = (
            node.attributes.get("content") or node.attributes.get("datetime") if node is not None else None
        )
        if value and re.match(r"\d{4}-\d{2}-\d{2}", value):
            head.append(f"Published: {value[:10]}")
            break
    return "\n".join(head + out.lines)


_WRAPPED = re.compile(r"[A-Za-z,]$")


def pdf_text(data: bytes) -> str:
    """The text of a PDF's pages, with prose lines that wrap at the page margin joined again."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        raise ExtractError(f"the PDF could not be opened ({e})") from None
    try:
        pages = []
        for i in range(min(len(doc), MAX_PAGES)):
            page = doc[i]
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
    finally:
        doc.close()
    return "\n".join(_reflow(p.replace("\r\n", "\n").replace("\r", "\n")) for p in pages)


def _reflow(page: str) -> str:
    """Join a long line that stops mid-sentence with the line after it (a page's wrapped prose)."""
    out: list[str] = []
    for line in page.split("\n"):
        line = line.strip()
        if out and len(out[-1]) >= 60 and _WRAPPED.search(out[-1]) and line[:1].islower():
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return "\n".join(out)
