"""A report-sized PDF made here, with no PDF library: Helvetica text, one stream per page (uncompressed, so
the size is the text's), a grade table on page 3 the way HMICFRS lays out its summary."""

from __future__ import annotations

PROSE = (
    "We found that the force has improved how it answers emergency calls since our last inspection, "
    "and that it understands the demand it faces. Officers told us they had the training they needed. "
)
TABLE = [
    "PEEL 2023-2025: An inspection of Kent Police",
    "Published 12 March 2025",
    "We make graded judgments in eight of the ten areas as follows:",
    "Police powers and public treatment: Good",
    "Preventing crime and antisocial behaviour: Adequate",
    "Responding to the public: Requires improvement",
    "Investigating crime: Good",
    "Protecting vulnerable people: Adequate",
    "Managing offenders and suspects: Good",
    "Building, supporting and protecting the workforce: Adequate",
    "Leadership and force management: Good",
]


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _page_stream(lines: list[str]) -> bytes:
    ops = ["BT", "/F1 9 Tf", "11 TL", "40 800 Td"]
    ops += [f"({_escape(line)}) '" for line in lines]
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def sample_pdf(pages: int = 100, target_bytes: int = 1_000_000) -> bytes:
    """A PDF of `pages` pages, about `target_bytes` long, stating eight grades for Kent Police."""
    per_page = max(1, target_bytes // pages // 110)
    bodies = []
    for n in range(pages):
        lines = [f"Page {n + 1}"]
        if n == 0:
            lines += TABLE[:2]
        if n == 2:
            lines += TABLE[2:]
        lines += [PROSE[i % 60 : i % 60 + 105] for i in range(per_page)]
        bodies.append(_page_stream(lines))
    objects: list[bytes] = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"",  # pages, filled below
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    kids = []
    for body in bodies:
        objects.append(b"<< /Length %d >>\nstream\n" % len(body) + body + b"\nendstream")
        content = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
            b"/Contents %d 0 R >>" % content
        )
        kids.append(len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
