"""The reasons behind grades, with admin review: `/inspections-admin reasons <https URL>` reads a report,
press release or news story and lists the causes of concern and areas for improvement it states, each with a
*Keep* button; only what an admin keeps enters the store (and then "why" answers with it). Authorised and
audited like every admin command."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime

from bot.config import Settings
from bot.jobs import downloads
from bot.jobs.downloads import FetchError
from bot.reader.extract import ExtractError, text_from
from bot.reader.read import read_text
from bot.reader.reasons import ProposedReason, propose_reasons
from bot.reading import catalog
from bot.slack.admin.commands import AdminUsageError, _unwrap_link
from bot.slack.admin.guard import audited, refusal_for
from bot.slack.blocks.common import (
    MAX_BUTTON_VALUE,
    Block,
    Message,
    button,
    context,
    escape,
    link,
    message,
    section,
)
from bot.slack.ids import INSPECTIONS_ADMIN_COMMAND, KEEP_REASON_ACTION
from db.connection import Store
from db.reasons import add_reason

LookupUser = Callable[[str], dict | None]
_KIND = {"cause_of_concern": "Cause of concern", "area_for_improvement": "Area for improvement"}


def parse_reasons(text: str) -> str:
    """The URL of `reasons <https URL>`; AdminUsageError saying what to type otherwise."""
    words = text.split()[1:]
    if len(words) != 1:
        raise AdminUsageError("give one link: `reasons https://…` (a report, press release or news story)")
    return _unwrap_link(words[0])


def _value(body: str, framework: str, round_: str, reason: ProposedReason, url: str) -> str:
    return json.dumps(
        {
            "b": body,
            "f": framework,
            "r": round_,
            "k": reason.kind,
            "a": reason.area,
            "s": reason.sentence,
            "u": url,
        }
    )[:MAX_BUTTON_VALUE]


def render_proposed(
    body_name: str, body: str, framework: str, round_: str, url: str, reasons: tuple[ProposedReason, ...]
) -> Message:
    """The proposed reasons, each with its Keep button; nothing is kept until pressed."""
    head = f"*Reasons stated for {escape(body_name)} ({escape(round_)})* in {link(url, 'this text')}"
    blocks: list[Block] = [section(head)]
    if not reasons:
        blocks.append(section("I found no cause of concern or area for improvement stated there."))
    for i, r in enumerate(reasons):
        area = f" · {escape(r.area.replace('_', ' '))}" if r.area else ""
        blocks.append(
            section(
                f"*{_KIND[r.kind]}*{area}\n“{escape(r.sentence)}”",
                accessory=button("Keep", KEEP_REASON_ACTION, _value(body, framework, round_, r, url)),
            )
        )
        if i >= 20:
            break
    blocks.append(context('Nothing is kept until you press Keep; kept reasons are what "why" answers with.'))
    return message(f"Reasons stated for {body_name}", blocks)


def _said(text: str) -> Message:
    return message(text, [section(f":warning: {escape(text)}")])


def run_reasons_command(
    text: str, *, store: Store, settings: Settings, team_id: str, user_id: str, lookup_user: LookupUser
) -> Message:
    """`/inspections-admin reasons <url>`: read it and propose its reasons, for admins; audited."""

    def work() -> tuple[Message, str]:
        refused = refusal_for(user_id, settings, lookup_user, shared=True)
        if refused:
            return refused
        try:
            url = parse_reasons(text)
            doc = downloads.fetch_document(url, allow_http=settings.allow_http_loads)
            page = text_from(doc.data, doc.content_type)
        except AdminUsageError as e:
            return _said(e.problem), f"usage: {e.problem}"
        except (FetchError, ExtractError) as e:
            return _said(f"I couldn't read that page: {e}."), f"unreadable: {e}"
        with store.connect() as db:
            cat = catalog(db)
        proposal = read_text(page, cat, url=doc.url)
        if not proposal.body or not proposal.round or not proposal.framework:
            return _said(
                "That text doesn't say clearly which force or service and round it is about."
            ), "no body"
        found = cat.body(proposal.body)
        reasons = propose_reasons(page, cat.areas_of(proposal.framework, proposal.round))
        msg = render_proposed(found.name if found else proposal.body, proposal.body, proposal.framework,
                              proposal.round, doc.url, reasons)  # fmt: skip
        return msg, f"ok: {len(reasons)} reasons proposed"

    command = f"{INSPECTIONS_ADMIN_COMMAND} {text}".strip()
    return audited(store, team_id=team_id, user_id=user_id, command=command, work=work)


def keep_reason(
    value: str, *, store: Store, settings: Settings, team_id: str, user_id: str, lookup_user: LookupUser
) -> Message:
    """The Keep button: an admin keeps one proposed reason in the store; audited."""

    def work() -> tuple[Message, str]:
        refused = refusal_for(user_id, settings, lookup_user, shared=True)
        if refused:
            return refused
        try:
            v = json.loads(value)
            with store.connect() as db:
                added = add_reason(db, body_id=v["b"], framework=v["f"], round_=v["r"], kind=v["k"], area=v["a"],
                                   sentence=v["s"], source_url=v["u"], added_by=user_id, now=datetime.now(UTC))  # fmt: skip
        except (ValueError, KeyError, TypeError) as e:
            return _said("That button's reason could not be read; nothing was kept."), f"bad value: {e}"
        said = "Kept" if added else "Already on record"
        return message(f"{said}: {v['s']}", [context(f"{said}: “{escape(v['s'])}”")]), f"ok: {said.lower()}"

    return audited(store, team_id=team_id, user_id=user_id, command="keep reason", work=work)
