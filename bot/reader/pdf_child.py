"""`python -I bot/reader/pdf_child.py`: a PDF's text, read in a process of its own under a memory limit.

The parent (bot.reader.extract.pdf_text) sends the PDF on stdin and reads one JSON object from stdout. A PDF
can hold a page stream that inflates to gigabytes; here the allocation fails and this process dies, not the
bot. Pages are read one at a time with a running cap on the text and a time budget; whatever stops the read
is said in the answer, with the pages left unread."""

from __future__ import annotations

import json
import resource
import sys
import time

PAGE_CHARS = 200_000  # one page's text at most: a text-bomb page is cut, not read whole


def read_pages(data: bytes, *, max_pages: int, max_chars: int, seconds: float) -> dict:
    """The text of the PDF's pages, page by page, until the page, text or time cap; what stopped it."""
    import pypdfium2 as pdfium

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as e:
        return {"error": f"the PDF could not be opened ({e})"}
    started = time.monotonic()
    pages: list[str] = []
    total = 0
    stopped = ""
    try:
        count = len(doc)
        for i in range(count):
            if i >= max_pages:
                stopped = "pages"
                break
            if time.monotonic() - started > seconds:
                stopped = "time"
                break
            page = doc[i]
            textpage = page.get_textpage()
            chars = min(textpage.count_chars(), PAGE_CHARS, max_chars - total)
            text = textpage.get_text_range(0, chars) if chars > 0 else ""
            textpage.close()
            page.close()
            pages.append(text)
            total += len(text)
            if total >= max_chars:
                stopped = "text"
                break
    finally:
        doc.close()
    return {"pages": pages, "count": count, "stopped": stopped}


def main() -> int:
    memory_mb, max_pages, max_chars, seconds = (float(a) for a in sys.argv[1:5])
    data = sys.stdin.buffer.read()
    import pypdfium2  # noqa: F401 - loaded before the limit: the library itself is not the document's cost

    limit = int(memory_mb) * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    cpu = int(seconds) + 5
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    try:
        answer = read_pages(data, max_pages=int(max_pages), max_chars=int(max_chars), seconds=seconds)
    except MemoryError:
        return 3
    sys.stdout.write(json.dumps(answer))
    return 0


if __name__ == "__main__":
    sys.exit(main())
