"""Modals as Block Kit: the admins' grade form, 'this looks wrong', resolving a flag. Pure: plain data in.

Block ids are stable and name their field, because a view_submission's errors are keyed by them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.slack.blocks.common import Block, actions, button, context, escape, section
from bot.slack.ids import (
    FILL_FROM_REPORT_ACTION,
    FLAG_FORM_CALLBACK,
    GRADE_FORM_CALLBACK,
    RESOLVE_FLAG_CALLBACK,
)

View = dict[str, Any]

GRADE_CHOICES = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")
NOT_RECORDED = "none"  # the option value for "Not recorded"
GRADE_ACTION = "grade"
MAX_TITLE = 24
MAX_METADATA = 3000
MAX_MODAL_BLOCKS = 100
MAX_EVIDENCE = 2000
MAX_NOTE = 1000
MAX_QUOTE_SHOWN = 600  # a proposed grade's sentence, as the form shows it (saved whole)

# Block ids of the form fields (errors are keyed by these).
PUBLISHED_BLOCK = "published"
REPORT_URL_BLOCK = "report_url"
SOURCE_BLOCK = "source"
EVIDENCE_BLOCK = "evidence"
NOTE_BLOCK = "note"
LINK_BLOCK = "link"
HOW_BLOCK = "how"
ADD_AREAS_BLOCK = "add_areas"
FILL_BLOCK = "fill_from_report"
VALUE_ACTION = "value"
ADD_AREAS_VALUE = "add"


def area_block_id(area: str) -> str:
    """The block id of an area's grade select."""
    return f"area_{area}"


def _plain(text: str, limit: int = 150) -> dict[str, Any]:
    return {
        "type": "plain_text",
        "text": text if len(text) <= limit else text[: limit - 1] + "…",
        "emoji": True,
    }


def _option(label: str, value: str) -> dict[str, Any]:
    return {"text": _plain(label, 75), "value": value}


def _input(block_id: str, label: str, element: Block, *, optional: bool = False, hint: str = "") -> Block:
    block: Block = {"type": "input", "block_id": block_id, "label": _plain(label, 2000), "element": element}
    if optional:
        block["optional"] = True
    if hint:
        block["hint"] = _plain(hint, 2000)
    return block


def modal(callback_id: str, title: str, blocks: list[Block], *, submit: str = "", metadata: str = "") -> View:
    """A modal view within Slack's limits (title 24 characters, 100 blocks, metadata 3,000)."""
    view: View = {
        "type": "modal",
        "callback_id": callback_id,
        "title": _plain(title, MAX_TITLE),
        "close": _plain("Cancel" if submit else "Done", 24),
        "blocks": blocks[:MAX_MODAL_BLOCKS],
    }
    if submit:
        view["submit"] = _plain(submit, 24)
    if metadata:
        view["private_metadata"] = metadata[:MAX_METADATA]
    return view


def _grade_option(grade: str | None) -> dict[str, Any]:
    return _option(grade, grade) if grade else _option("Not recorded", NOT_RECORDED)


@dataclass(frozen=True)
class Proposed:
    """The grade a published text states for one area, its sentence, and how it compares with the store."""

    grade: str
    quote: str
    status: str  # "new" (nothing recorded), "differs" (another grade recorded) or "same"


@dataclass(frozen=True)
class FormArea:
    """One area on the grade form, with the grade the store holds (None: not recorded)."""

    area: str
    name: str
    grade: str | None
    proposed: Proposed | None = None  # pre-sets the select
    conflict: tuple[
        tuple[str, str], ...
    ] = ()  # (grade, quote) each, when the text states several: not pre-set


@dataclass(frozen=True)
class UnmatchedArea:
    """A grade the text states for an area the round does not have, in the text's own words."""

    wording: str
    grade: str
    quote: str


@dataclass(frozen=True)
class GradeForm:
    """What the grade form shows, and the metadata it carries back."""

    title: str  # "Kent Police: PEEL 2023–25"
    areas: tuple[FormArea, ...]
    ask_published: bool
    ask_report_url: bool
    report_exists: bool
    metadata: str
    read_from: str = ""  # where the pre-set grades were read ("" for a form not filled from a text)
    source: str = ""  # the source field's initial link
    published: str = ""  # the date field's initial value (YYYY-MM-DD)
    report_url: str = ""  # the report link field's initial value
    unmatched: tuple[UnmatchedArea, ...] = ()
    round_name: str = ""  # "PEEL 2025–27", for "Add these areas to …"
    add_areas: bool = False  # the add-areas box starts ticked
    fill_value: str = ""  # a "Fill from the report" button carrying this value ("" for none)


def _quote(text: str) -> str:
    cut = text if len(text) <= MAX_QUOTE_SHOWN else text[: MAX_QUOTE_SHOWN - 1] + "…"
    return f"“{escape(cut)}”"


def _proposed_note(p: Proposed, held: str | None) -> Block:
    said = {
        "new": ":new: *New*: nothing recorded yet.",
        "differs": f":arrows_counterclockwise: *Differs* from the store ({escape(held or 'not recorded')}).",
        "same": ":white_check_mark: Same as the store.",
    }[p.status]
    return context(f"{said} The text: {_quote(p.quote)}")


def _conflict_note(a: FormArea) -> Block:
    stated = "\n".join(f"• *{escape(g)}*: {_quote(q)}" for g, q in a.conflict)
    return section(
        f":warning: The text states more than one grade for *{escape(a.name)}*, so none is pre-set:\n{stated}"
    )


def _unmatched_blocks(form: GradeForm) -> list[Block]:
    lines = "\n".join(f"• {escape(u.wording)}: *{escape(u.grade)}* {_quote(u.quote)}" for u in form.unmatched)
    where = form.round_name or "this round"
    option = _option(f"Add these areas to {where}", ADD_AREAS_VALUE)
    box: Block = {"type": "checkboxes", "action_id": VALUE_ACTION, "options": [option]}
    if form.add_areas:
        box["initial_options"] = [option]
    return [
        section(f"*Areas {escape(where)} does not have yet*, as the text words them:\n{lines}"),
        _input(
            ADD_AREAS_BLOCK,
            "New areas",
            box,
            optional=True,
            hint="Ticked, saving adds each area to the round with the grade and sentence above.",
        ),
    ]


def _intro(form: GradeForm) -> list[Block]:
    intro = f"*{escape(form.title)}*\nChange only what the report states. Each change needs the link it comes from and a quote."
    if not form.report_exists:
        intro += "\nThis report is not in the store yet: saving adds it."
    if form.read_from:
        intro += (
            f"\n:page_facing_up: Grades pre-set from {escape(form.read_from)}. Check each against its sentence; "
            "a grade you keep is saved with that sentence as its quote."
        )
    blocks: list[Block] = [section(intro)]
    if form.fill_value:
        fill = button("Fill from the report", FILL_FROM_REPORT_ACTION, form.fill_value)
        blocks.append(actions(fill, block_id=FILL_BLOCK))
    return blocks


def _text_input(initial: str = "") -> Block:
    element: Block = {"type": "url_text_input", "action_id": VALUE_ACTION}
    if initial:
        element["initial_value"] = initial[:MAX_NOTE]
    return element


def render_grade_form(form: GradeForm) -> View:
    """The admins' form: one select per area, pre-set to what the store holds (or what a text states),
    and the source fields."""
    blocks = _intro(form)
    options = [_option(g, g) for g in GRADE_CHOICES] + [_option("Not recorded", NOT_RECORDED)]
    for a in form.areas:
        select = {
            "type": "static_select",
            "action_id": GRADE_ACTION,
            "options": options,
            "initial_option": _grade_option(a.proposed.grade if a.proposed else a.grade),
        }
        blocks.append(_input(area_block_id(a.area), a.name, select))
        if a.proposed:
            blocks.append(_proposed_note(a.proposed, a.grade))
        elif a.conflict:
            blocks.append(_conflict_note(a))
    if form.unmatched:
        blocks += _unmatched_blocks(form)
    if form.ask_published:
        picker = {"type": "datepicker", "action_id": VALUE_ACTION, "placeholder": _plain("Publication date")}
        if form.published:
            picker["initial_date"] = form.published
        blocks.append(_input(PUBLISHED_BLOCK, "Report published", picker, optional=True))
    if form.ask_report_url:
        url = _text_input(form.report_url)
        blocks.append(_input(REPORT_URL_BLOCK, "Link to the report", url, optional=True, hint="https only"))
    source = _text_input(form.source)
    blocks.append(
        _input(
            SOURCE_BLOCK,
            "Source of the changed grades",
            source,
            optional=True,
            hint="The https link to the report or page that states them. Needed when a grade changes.",
        )
    )
    quote = {
        "type": "plain_text_input",
        "action_id": VALUE_ACTION,
        "multiline": True,
        "max_length": MAX_EVIDENCE,
    }
    blocks.append(
        _input(
            EVIDENCE_BLOCK,
            "Quote from the source",
            quote,
            optional=True,
            hint=(
                "Needed only for a grade you set differently from the text: the sentence that states it."
                if form.read_from
                else "The sentence that states the grade, e.g. “We found the force is good at responding to the public.”"
            ),
        )
    )
    blocks.append(context("Saved like a data load: the change, its history and your name are recorded."))
    return modal(GRADE_FORM_CALLBACK, "Record grades", blocks, submit="Save", metadata=form.metadata)


@dataclass(frozen=True)
class FlagTarget:
    """The grade someone thinks looks wrong, as their answer showed it."""

    body_name: str
    report: str  # "PEEL 2023–25"
    area_name: str
    grade_shown: str  # "" for not recorded
    metadata: str


def render_flag_form(target: FlagTarget) -> View:
    """A small form anyone can use to say what looks wrong and paste a source."""
    shown = target.grade_shown or "not recorded"
    blocks: list[Block] = [
        section(
            f"*{escape(target.body_name)}* · {escape(target.report)}\n{escape(target.area_name)}: *{escape(shown)}*"
        ),
        _input(
            NOTE_BLOCK,
            "What looks wrong?",
            {
                "type": "plain_text_input",
                "action_id": VALUE_ACTION,
                "multiline": True,
                "max_length": MAX_NOTE,
            },
        ),
        _input(
            LINK_BLOCK,
            "Source (if you have one)",
            {"type": "url_text_input", "action_id": VALUE_ACTION},
            optional=True,
            hint="An https link to the report or page that shows the right grade.",
        ),
        context("The bot's admins will see your name, this note and the link."),
    ]
    return modal(FLAG_FORM_CALLBACK, "This looks wrong", blocks, submit="Send", metadata=target.metadata)


def render_flag_thanks(sent_to_channel: bool) -> View:
    """What replaces the flag form once it is stored."""
    where = "posted to the admins' channel" if sent_to_channel else "kept for the admins"
    return modal(
        FLAG_FORM_CALLBACK,
        "Thank you",
        [
            section(
                f"Thanks: your note has been {where}. They check flags against the report before changing anything."
            )
        ],
    )


def render_resolve_form(flag_summary: str, metadata: str) -> View:
    """An admin says how a flag was resolved."""
    blocks: list[Block] = [
        section(flag_summary),
        _input(
            HOW_BLOCK,
            "How was it resolved?",
            {"type": "plain_text_input", "action_id": VALUE_ACTION, "multiline": True, "max_length": 500},
            hint="e.g. “Corrected to Good from the report, p. 12” or “The grade was right: the report says Adequate.”",
        ),
    ]
    return modal(RESOLVE_FLAG_CALLBACK, "Resolve flag", blocks, submit="Resolve", metadata=metadata)


def submitted_values(view: dict[str, Any]) -> dict[str, str]:
    """A submitted view's inputs as block id -> value ('' when left empty; a select gives its option value)."""
    out: dict[str, str] = {}
    for block_id, elements in ((view.get("state") or {}).get("values") or {}).items():
        for element in elements.values():
            if not isinstance(element, dict):
                continue
            chosen = element.get("selected_option") or {}
            ticked = ",".join(str(o.get("value") or "") for o in element.get("selected_options") or [])
            value = chosen.get("value") or element.get("value") or element.get("selected_date") or ticked
            out[block_id] = str(value).strip()
    return out
