"""Modals as Block Kit: the admins' grade form, 'this looks wrong', resolving a flag. Pure: plain data in.

Block ids are stable and name their field, because a view_submission's errors are keyed by them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.slack.blocks.common import Block, context, escape, section
from bot.slack.ids import FLAG_FORM_CALLBACK, GRADE_FORM_CALLBACK, RESOLVE_FLAG_CALLBACK

View = dict[str, Any]

GRADE_CHOICES = ("Outstanding", "Good", "Adequate", "Requires improvement", "Inadequate")
NOT_RECORDED = "none"  # the option value for "Not recorded"
GRADE_ACTION = "grade"
MAX_TITLE = 24
MAX_METADATA = 3000
MAX_MODAL_BLOCKS = 100
MAX_EVIDENCE = 2000
MAX_NOTE = 1000

# Block ids of the form fields (errors are keyed by these).
PUBLISHED_BLOCK = "published"
REPORT_URL_BLOCK = "report_url"
SOURCE_BLOCK = "source"
EVIDENCE_BLOCK = "evidence"
NOTE_BLOCK = "note"
LINK_BLOCK = "link"
HOW_BLOCK = "how"
VALUE_ACTION = "value"


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


def _modal(
    callback_id: str, title: str, blocks: list[Block], *, submit: str = "", metadata: str = ""
) -> View:
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
class FormArea:
    """One area on the grade form, with the grade the store holds (None: not recorded)."""

    area: str
    name: str
    grade: str | None


@dataclass(frozen=True)
class GradeForm:
    """What the grade form shows, and the metadata it carries back."""

    title: str  # "Kent Police: PEEL 2023–25"
    areas: tuple[FormArea, ...]
    ask_published: bool
    ask_report_url: bool
    report_exists: bool
    metadata: str


def render_grade_form(form: GradeForm) -> View:
    """The admins' form: one select per area, pre-set to what the store holds, and the source fields."""
    intro = f"*{escape(form.title)}*\nChange only what the report states. Each change needs the link it comes from and a quote."
    if not form.report_exists:
        intro += "\nThis report is not in the store yet: saving adds it."
    blocks: list[Block] = [section(intro)]
    options = [_option(g, g) for g in GRADE_CHOICES] + [_option("Not recorded", NOT_RECORDED)]
    for a in form.areas:
        select = {
            "type": "static_select",
            "action_id": GRADE_ACTION,
            "options": options,
            "initial_option": _grade_option(a.grade),
        }
        blocks.append(_input(area_block_id(a.area), a.name, select))
    if form.ask_published:
        picker = {"type": "datepicker", "action_id": VALUE_ACTION, "placeholder": _plain("Publication date")}
        blocks.append(_input(PUBLISHED_BLOCK, "Report published", picker, optional=True))
    if form.ask_report_url:
        url = {"type": "url_text_input", "action_id": VALUE_ACTION}
        blocks.append(_input(REPORT_URL_BLOCK, "Link to the report", url, optional=True, hint="https only"))
    source = {"type": "url_text_input", "action_id": VALUE_ACTION}
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
            hint="The sentence that states the grade, e.g. “We found the force is good at responding to the public.”",
        )
    )
    blocks.append(context("Saved like a data load: the change, its history and your name are recorded."))
    return _modal(GRADE_FORM_CALLBACK, "Record grades", blocks, submit="Save", metadata=form.metadata)


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
    return _modal(FLAG_FORM_CALLBACK, "This looks wrong", blocks, submit="Send", metadata=target.metadata)


def render_flag_thanks(sent_to_channel: bool) -> View:
    """What replaces the flag form once it is stored."""
    where = "posted to the admins' channel" if sent_to_channel else "kept for the admins"
    return _modal(
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
    return _modal(RESOLVE_FLAG_CALLBACK, "Resolve flag", blocks, submit="Resolve", metadata=metadata)


def submitted_values(view: dict[str, Any]) -> dict[str, str]:
    """A submitted view's inputs as block id -> value ('' when left empty; a select gives its option value)."""
    out: dict[str, str] = {}
    for block_id, actions in ((view.get("state") or {}).get("values") or {}).items():
        for element in actions.values():
            if not isinstance(element, dict):
                continue
            chosen = element.get("selected_option") or {}
            value = chosen.get("value") or element.get("value") or element.get("selected_date") or ""
            out[block_id] = str(value).strip()
    return out
