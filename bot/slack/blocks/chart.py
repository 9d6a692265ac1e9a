"""Render charts for Slack: the words beside a picture, the private answer that shows an uploaded one,
and what to say when no chart can be drawn. Pure: plain data in, Block Kit out."""

from __future__ import annotations

from bot.questions.answers.chart import SOURCE_LINE, ChartProblem, ChartSpec
from bot.slack.blocks.common import Block, Message, actions, button, context, escape, header, message, section
from bot.slack.ids import SHARE_CHART_ACTION

MAX_IMAGE_TITLE = 2000
MAX_ALT_TEXT = 2000


def chart_comment(spec: ChartSpec, shared_by: str | None = None) -> str:
    """The message posted with an uploaded chart (mrkdwn)."""
    text = f"*{escape(spec.title)}*\n{escape(spec.subtitle)}"
    if shared_by:
        text += f"\nShared by <@{shared_by}>"
    return text


def render_private_chart(spec: ChartSpec, file_id: str, *, shareable: bool = True) -> Message:
    """A private answer showing an uploaded chart through an image block, with a share button."""
    blocks = [
        section(chart_comment(spec)),
        {
            "type": "image",
            "slack_file": {"id": file_id},
            "alt_text": spec.alt_text[:MAX_ALT_TEXT],
            "title": {"type": "plain_text", "text": spec.title[:MAX_IMAGE_TITLE]},
        },
        context(*(escape(n) for n in (*spec.notes, SOURCE_LINE))),
    ]
    if shareable:
        blocks.append(
            actions(button("Share in channel", SHARE_CHART_ACTION, spec.key), block_id="share_chart")
        )
    return message(spec.alt_text, blocks)


def render_chart_text(spec: ChartSpec) -> Message:
    """A chart described in words, where no picture can be shown (the command line's `ask`)."""
    return message(
        spec.alt_text,
        [
            section(chart_comment(spec)),
            section(escape(spec.alt_text)),
            context(
                "To see the picture, ask me in Slack, or run "
                f"`inspections-bot {escape(spec.key)} --out chart.png`.",
                *(escape(n) for n in spec.notes),
            ),
        ],
    )


def render_chart_not_uploaded(spec: ChartSpec, error: str) -> Message:
    """The chart in words when Slack would not take the picture (e.g. `missing_scope` before a reinstall)."""
    why = (
        "I need the `files:write` permission to post pictures: ask an admin to reinstall the app."
        if error == "missing_scope"
        else "Slack didn't accept the picture just now; here it is in words."
    )
    return message(
        spec.alt_text, [section(chart_comment(spec)), section(escape(spec.alt_text)), context(why)]
    )


def render_chart_problem(problem: ChartProblem) -> Message:
    """Why no chart was drawn, and what to ask instead."""
    tries = ", ".join(f"`{escape(e)}`" for e in problem.examples)
    text = f"{escape(problem.message)} Try {tries}."
    return message(text, [section(text)])


def render_chart_sent_to_dm() -> Message:
    """Said privately when a chart could not be shown in place and went to a direct message instead."""
    text = "I couldn't show the picture here, so I've sent it to you in a direct message."
    return message(text, [section(text)])


def home_chart_blocks(spec: ChartSpec, file_id: str) -> list[Block]:
    """The App Home's national picture: an uploaded chart, and how to ask for others."""
    return [
        header("The national picture"),
        {
            "type": "image",
            "slack_file": {"id": file_id},
            "alt_text": spec.alt_text[:MAX_ALT_TEXT],
            "title": {"type": "plain_text", "text": spec.title[:MAX_IMAGE_TITLE]},
        },
        context(
            escape(spec.subtitle),
            "Ask for others: `chart fire`, `chart wales`, `chart police 2021/22`, `chart kent`.",
        ),
    ]
