"""Which stored report a pasted HMICFRS link points at, if any. Knows no Slack."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from bot.questions.answers.snapshot import FRAMEWORK_FOR_KIND, Snapshot
from bot.questions.names import Body

HOSTS = ("hmicfrs.justiceinspectorates.gov.uk", "justiceinspectorates.gov.uk")
_PEEL = re.compile(r"^/peel-reports/([a-z0-9-]+?)-(20\d\d)-(?:20)?(\d\d)$")
_FIRE = re.compile(r"^/frs-assessments?/([a-z0-9-]+?)-(20\d\d)-(?:20)?(\d\d)$")


def link_key(url: str) -> str | None:
    """A link reduced to host-independent form: '/peel-reports/kent-2023-25'; None off HMICFRS's site.

    'www.', an 'http' scheme, the '/hmicfrs/' prefix, a trailing slash, a query and a fragment all
    lead to the same key."""
    try:
        parts = urlsplit(url.strip().strip("<>").split("|", 1)[0])
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    if parts.scheme not in ("http", "https") or host not in HOSTS:
        return None
    path = re.sub(r"/+", "/", parts.path.lower()).rstrip("/")
    if path.startswith("/hmicfrs/"):
        path = path.removeprefix("/hmicfrs")
    return path or None


def find_report(snap: Snapshot, url: str) -> tuple[Body, dict] | None:
    """The body and report a link points at: by the report's stored URL, else by the URL patterns."""
    key = link_key(url)
    if key is None:
        return None
    for body_id, reports in snap.reports.items():
        for report in reports:
            if report.get("report_url") and link_key(report["report_url"]) == key:
                return snap.bodies[body_id], report
    for pattern, kind in ((_PEEL, "police"), (_FIRE, "fire")):
        match = pattern.match(key)
        if match:
            body = _body_for_slug(snap, match.group(1), kind)
            round_ = f"{match.group(2)}-{match.group(3)}"
            if body is not None:
                framework = FRAMEWORK_FOR_KIND[kind]
                reports = snap.reports.get(body.id, [])
                matching = [r for r in reports if r["round"] == round_ and r["framework"] == framework]
                return (body, matching[0]) if matching else None
    return None


def _body_for_slug(snap: Snapshot, slug: str, kind: str) -> Body | None:
    """A body whose id is the slug, or the one body whose id starts with it ('avon' → Avon Fire...)."""
    found = snap.bodies.get(slug)
    if found is not None and found.kind == kind:
        return found
    starting = [b for b in snap.bodies.values() if b.kind == kind and b.id.startswith(slug + "-")]
    return starting[0] if len(starting) == 1 else None
