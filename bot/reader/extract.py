"""Bytes of a published document -> plain text the reader can read.

- HTML with selectolax (the Lexbor engine: a full HTML5 parser in C, fast enough for a report page in a few
  milliseconds, with CSS selectors; well kept, wheels for every platform): the page's main content, a line per
  block, a table row as one line of cells joined by " | ", list items as "- item".
- PDF with pypdfium2 (Google's PDFium, the engine in Chrome: reads real-world report PDFs, fonts and all, about
  three times faster than pure-Python pypdf on a 100-page report): page text, wrapped prose lines joined.
- Anything else that is text: decoded as UTF-8 (Windows-1252 as a fallback).

Each library is imported only when a document of its kind is read, so `ask` and `serve` never load them.

Reading is bounded in text, time and memory, whatever the document: a PDF is read in a child process under a
memory limit and a wall-clock limit, page by page with a running cap on the text; an HTML page's nesting is
flattened below MAX_DEPTH and cut at MAX_TAGS before it is parsed; any text is cut at MAX_TEXT_CHARS. Every cap that stops a read
is named in the notes, with the pages left unread."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MAX_PAGES = 400
MAX_TEXT_CHARS = 1_000_000  # about three times the longest PEEL report; the reader stops there
MAX_DEPTH = 256  # HTML nesting kept; deeper tags are dropped before parsing (Lexbor slows on deep trees)
MAX_TAGS = 200_000  # tags parsed (a long PEEL report page has about 20,000); a tree costs memory per node
PDF_MEMORY_MB = 512  # the PDF reader's address space, library included
PDF_SECONDS = 30.0  # the PDF reader's wall-clock limit; pages not reached by then are named
_CHILD = Path(__file__).resolve().with_name("pdf_child.py")

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


@dataclass(frozen=True)
class Extracted:
    """A document's text, and what cut the reading short (each said in a sentence), if anything did."""

    text: str
    notes: tuple[str, ...] = ()


def extract(data: bytes, content_type: str) -> Extracted:
    """Plain text of an HTML page, a PDF or a text file, within the caps, with a note for each cap hit."""
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/pdf" or data[:5] == b"%PDF-":
        got = pdf_extract(data)
    else:
        text = _decode(data)
        if kind in ("text/html", "application/xhtml+xml") or re.match(
            r"\s*(<!doctype html|<html)", text[:500], re.I
        ):
            text, notes = bound_html(text)
            got = Extracted(html_text(text), notes)
        else:
            got = Extracted(text)
    if len(got.text) > MAX_TEXT_CHARS:
        cut = (
            f"Only the first {MAX_TEXT_CHARS:,} characters of the text were read (it has {len(got.text):,})."
        )
        return Extracted(got.text[:MAX_TEXT_CHARS], (*got.notes, cut))
    return got


def text_from(data: bytes, content_type: str) -> str:
    """Plain text of an HTML page, a PDF or a text file (within the caps of `extract`)."""
    return extract(data, content_type).text


_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)([^<>]*)>")  # [^<>]: each match stops at the next "<"
# Elements that hold nothing, and those whose end tag may be left out: neither deepens a real page for long.
_FLAT = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
         "p", "li", "dt", "dd", "tr", "td", "th", "option", "thead", "tbody", "tfoot", "rt", "rp"}  # fmt: skip


def bound_html(
    html: str, max_depth: int = MAX_DEPTH, max_tags: int = MAX_TAGS
) -> tuple[str, tuple[str, ...]]:
    """The page as it is parsed, in one linear pass before parsing: every tag nested deeper than `max_depth`
    dropped, and the page cut at its `max_tags`-th tag; a note for each."""
    out: list[str] = []
    depth = excess = tags = 0
    last = 0
    flattened = False
    for m in _TAG.finditer(html):
        tags += 1
        if tags > max_tags:
            out.append(html[last : m.start()])
            notes = (f"The page has more than {max_tags:,} tags; only the part before them was read.",)
            flat = (f"The page nests tags deeper than {max_depth} levels; the deeper ones were ignored.",)
            return "".join(out), (flat if flattened else ()) + notes
        closing, name = m.group(1), m.group(2).lower()
        if name in _FLAT or m.group(3).endswith("/"):
            continue
        drop = False
        if closing:
            if excess:
                excess -= 1
                drop = True
            elif depth:
                depth -= 1
        elif depth >= max_depth:
            excess += 1
            drop = True
        else:
            depth += 1
        if drop:
            flattened = True
            out.append(html[last : m.start()])
            out.append(" ")
            last = m.end()
    if not flattened:
        return html, ()
    out.append(html[last:])
    return "".join(out), (
        f"The page nests tags deeper than {max_depth} levels; the deeper ones were ignored.",
    )


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


def pdf_extract(data: bytes) -> Extracted:
    """The text of a PDF's pages, read in a child process under PDF_MEMORY_MB and PDF_SECONDS, page by page
    up to MAX_PAGES and MAX_TEXT_CHARS; prose lines that wrap at the page margin are joined again."""
    limits = [str(PDF_MEMORY_MB), str(MAX_PAGES), str(MAX_TEXT_CHARS), str(PDF_SECONDS * 0.8)]
    try:
        done = subprocess.run(  # the script alone (-I: isolated), not the package: it starts in about 0.1 s
            [sys.executable, "-I", str(_CHILD), *limits],
            input=data,
            capture_output=True,
            timeout=PDF_SECONDS,
        )
    except subprocess.TimeoutExpired:
        raise ExtractError(f"reading the PDF took longer than {PDF_SECONDS:g} seconds; stopped") from None
    try:
        answer = json.loads(done.stdout) if done.returncode == 0 else None
    except ValueError:
        answer = None
    if not isinstance(answer, dict):
        raise ExtractError(
            f"reading the PDF needed more than {PDF_MEMORY_MB} MB of memory (or failed); stopped"
        )
    if "error" in answer:
        raise ExtractError(str(answer["error"]))
    pages = [str(p) for p in answer["pages"]]
    count, read = int(answer["count"]), len(pages)
    text = "\n".join(_reflow(p.replace("\r\n", "\n").replace("\r", "\n")) for p in pages)
    why = {
        "pages": f"the {MAX_PAGES}-page limit",
        "text": f"the {MAX_TEXT_CHARS:,}-character limit",
        "time": f"the {PDF_SECONDS * 0.8:g}-second limit",
    }.get(answer["stopped"])
    if why is None or read >= count:
        return Extracted(text)
    return Extracted(
        text, (f"Read {read} of the PDF's {count:,} pages ({why}): pages {read + 1}-{count} were not read.",)
    )


def pdf_text(data: bytes) -> str:
    """The text of a PDF's pages (within the caps of `pdf_extract`)."""
    return pdf_extract(data).text


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
