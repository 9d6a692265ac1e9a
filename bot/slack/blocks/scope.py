"""Render 'I have no grades for that': bodies HMICFRS doesn't inspect (or whose grades aren't held here),
and who inspects them. Never another body's grades."""

from __future__ import annotations

from bot.slack.blocks.common import Message, context, link, message, section

_HMI_PRISONS = link("https://hmiprisons.justiceinspectorates.gov.uk/", "HM Inspectorate of Prisons")
_HMI_PROBATION = link("https://hmiprobation.justiceinspectorates.gov.uk/", "HM Inspectorate of Probation")
_HMCPSI = link(
    "https://www.justiceinspectorates.gov.uk/hmcpsi/", "HM Crown Prosecution Service Inspectorate (HMCPSI)"
)
_OTHER_POLICE = (
    "HMICFRS also inspects some police bodies beyond the 43 territorial forces (British Transport Police, "
    "the Civil Nuclear Constabulary, the Ministry of Defence Police and the National Crime Agency), but "
    "their inspections are not recorded here. See "
    + link("https://hmicfrs.justiceinspectorates.gov.uk/", "HMICFRS's website")
    + " for their reports."
)

# Who inspects each body or service the question engine names as outside what's held here
# (bot.questions.topics.OUT_OF_SCOPE).
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
    "fire and rescue services in Wales": (
        "Wales's three fire and rescue services (North Wales Fire and Rescue Service, Mid and West Wales Fire and "
        "Rescue Service, and South Wales Fire and Rescue Service) are not inspected by HMICFRS: they are the "
        "Welsh Government's responsibility, overseen by its Chief Fire and Rescue Adviser, not HMICFRS. "
        "Wales's four police forces are inspected by HMICFRS, so ask me about them by name."
    ),
    **dict.fromkeys(
        (
            "North Wales Fire and Rescue Service",
            "Mid and West Wales Fire and Rescue Service",
            "South Wales Fire and Rescue Service",
        ),
        "Wales's fire and rescue services are the Welsh Government's responsibility, overseen by its Chief Fire "
        "and Rescue Adviser, not HMICFRS. Wales's four police forces are inspected by HMICFRS, so ask me about "
        "them by name.",
    ),
    "British Transport Police": _OTHER_POLICE,
    "the Civil Nuclear Constabulary": _OTHER_POLICE,
    "the Ministry of Defence Police": _OTHER_POLICE,
    "the National Crime Agency": _OTHER_POLICE,
    "prisons": f"Prisons and young offender institutions are inspected by {_HMI_PRISONS}.",
    "probation services": f"Probation services are inspected by {_HMI_PROBATION}.",
    "youth justice services": (
        f"Youth justice services (youth offending teams) are inspected by {_HMI_PROBATION}; young "
        f"offender institutions by {_HMI_PRISONS}."
    ),
    "the Crown Prosecution Service": f"The Crown Prosecution Service is inspected by {_HMCPSI}.",
    "courts": (
        "Courts are run by HM Courts & Tribunals Service, and HMICFRS doesn't inspect them; the Crown "
        f"Prosecution Service is inspected by {_HMCPSI}."
    ),
}
# Bodies HMICFRS does inspect, though this bot holds none of their grades.
_INSPECTED_NOT_HELD = frozenset(k for k, v in INSPECTORATES.items() if v is _OTHER_POLICE)
COVERS = (
    "Ask me about any police force in England or Wales, or fire and rescue service in England, "
    "e.g. `grade kent` or `compare essex and kent fire on preventing fires`."
)


def render_out_of_scope(place: str) -> Message:
    """What's held here (police forces of England and Wales, fire and rescue services of England), that
    the place or body asked about is not, and who inspects it."""
    held = "police forces in England and Wales and fire and rescue services in England"
    if place in _INSPECTED_NOT_HELD:
        lead = f"I hold inspection grades for {held} only, so I have no grades for {place}."
    else:
        lead = f"HMICFRS inspects {held}, so I have no grades for {place}."
    who = INSPECTORATES.get(place, "")
    blocks = [section(lead)] + ([section(who)] if who else [])
    blocks.append(context(COVERS))
    return message(lead, blocks)
