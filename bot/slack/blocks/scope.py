"""Render 'HMICFRS doesn't inspect that': bodies outside England and Wales, and who inspects them."""

from __future__ import annotations

from bot.slack.blocks.common import Message, context, link, message, section

# Who inspects police and fire outside HMICFRS's remit (England and Wales).
INSPECTORATES = {
    "Scotland": (
        "Police Scotland is inspected by "
        + link("https://www.hmics.scot/", "HM Inspectorate of Constabulary in Scotland (HMICS)")
        + ", and the Scottish Fire and Rescue Service by "
        + link(
            "https://www.gov.scot/groups/hm-fire-service-inspectorate/",
            "HM Fire Service Inspectorate in Scotland (HMFSI)",
        )
        + "."
    ),
    "Northern Ireland": (
        "The Police Service of Northern Ireland is inspected by "
        + link("https://www.cjini.org/", "Criminal Justice Inspection Northern Ireland (CJI)")
        + ". Northern Ireland's fire and rescue service is not inspected by HMICFRS either."
    ),
}


def render_out_of_scope(place: str) -> Message:
    """HMICFRS inspects England and Wales only; say who inspects the place asked about."""
    lead = (
        "HMICFRS inspects police forces in England and Wales and fire and rescue services in England, "
        f"so I have no grades for {place}."
    )
    who = INSPECTORATES.get(place, "")
    blocks = [section(lead)] + ([section(who)] if who else [])
    blocks.append(
        context(
            "Ask me about any police force in England or Wales, or fire and rescue service in England, e.g. `grade kent`."
        )
    )
    return message(lead, blocks)
