"""Render replies to subscribe, unsubscribe and subscriptions. Pure: plain data in, Block Kit out."""

from __future__ import annotations

from collections.abc import Sequence

from bot.jobs.subscriptions import (
    TOPIC_LABEL,
    Listed,
    NotSubscribed,
    Result,
    Subscribed,
    SubscriptionHelp,
    SubscriptionView,
    Target,
    Unsubscribed,
    Where,
)
from bot.slack.blocks.common import Block, Message, context, divider, escape, message, section


def _cadence(cadence: str, when: str) -> str:
    if cadence == "instant":
        return "as soon as they appear (within a minute)"
    return f"{cadence} ({when})" if when else cadence


def _what(topics: str) -> str:
    return TOPIC_LABEL.get(topics, TOPIC_LABEL["all"])


def render_subscribed(
    outcome: str,
    target: Target,
    cadence: str,
    user_id: str,
    when: str,
    previous_cadence: str = "",
    topics: str = "all",
    previous_topics: str = "",
) -> Message:
    """Posted in the channel: who subscribed it to what, and when digests come."""
    what = escape(target.label)
    how = _cadence(cadence, when)
    hears = _what(topics)
    if outcome == "changed" and previous_topics and previous_topics != topics:
        text = (
            f"<@{user_id}> changed what this channel hears about *{what}* from {_what(previous_topics)} "
            f"to {hears}, {how}."
        )
    elif outcome == "changed":
        text = f"<@{user_id}> changed this channel's digest for *{what}* ({hears}) from {previous_cadence} to {how}."
    elif outcome == "resumed":
        text = f"<@{user_id}> resumed this channel's digest for *{what}* ({hears}), {how}."
    else:
        text = f"<@{user_id}> subscribed this channel to HMICFRS news for *{what}*: {hears}, {how}."
    tip = (
        "Change it with `/inspections subscribe … [reports|grades|engage] [daily|weekly|instant]`; "
        "stop with `/inspections unsubscribe …`."
    )
    return message(text.replace("*", ""), [section(text), context(tip)])


def render_already_subscribed(target: Target, cadence: str, when: str, topics: str = "all") -> Message:
    """Private: nothing changed."""
    text = (
        f"This channel is already subscribed to *{escape(target.label)}* ({_what(topics)}), "
        f"{_cadence(cadence, when)}. Nothing changed."
    )
    return message(text.replace("*", ""), [section(text)])


def render_unsubscribed(labels: Sequence[str], user_id: str) -> Message:
    """Posted in the channel: what was removed."""
    what = ", ".join(f"*{escape(label)}*" for label in labels)
    text = f"<@{user_id}> unsubscribed this channel from HMICFRS news for {what}."
    return message(text.replace("*", ""), [section(text)])


def render_subscription_list(subs: Sequence[SubscriptionView], when: dict[str, str]) -> Message:
    """Posted in the channel: what it follows."""
    if not subs:
        text = "This channel has no subscriptions to HMICFRS news."
        return message(text, [section(text), context("Try `/inspections subscribe kent weekly`.")])
    lines = []
    for s in subs:
        line = f"• *{escape(s.label)}* ({_what(s.topics)}), {_cadence(s.cadence, when.get(s.cadence, ''))}"
        if s.paused_reason:
            line += f" — _paused: {escape(s.paused_reason)}_"
        lines.append(line)
    text = "This channel hears HMICFRS news for:\n" + "\n".join(lines)
    blocks = [
        section(text),
        context(
            "Stop one with `/inspections unsubscribe <what>`, or all with `/inspections unsubscribe all`."
        ),
    ]
    return message(text.replace("*", ""), blocks)


SUBSCRIBE_USAGE = (
    "*Usage*\n"
    "`/inspections subscribe [all | <force or fire service> | <region or country> | police | fire] "
    "[reports | grades | engage] [daily | weekly | instant]`\n"
    "`/inspections unsubscribe [all | <what you subscribed to>]`\n"
    "`/inspections subscriptions` lists this channel's subscriptions.\n"
    "A channel hears every kind of change for what it follows: new reports (with grades when known), "
    "grades recorded later, regrades, and entering or leaving enhanced monitoring (Engage). "
    "`reports`, `grades` or `engage` keeps one kind.\n"
    "Examples: `/inspections subscribe kent`, `/inspections subscribe kent reports`, "
    "`/inspections subscribe wales daily`, `/inspections subscribe fire engage instant`. Weekly is the default."
)


def render_subscription_help(problem: str = "") -> Message:
    """Private: what went wrong (echoing the input) and how to say it."""
    blocks: list[Block] = []
    if problem:
        blocks.append(section(problem))
    blocks.append(section(SUBSCRIBE_USAGE))
    return message((problem or "How to subscribe a channel to HMICFRS news").replace("*", ""), blocks)


def render_did_you_mean(typed: str, names: Sequence[str]) -> Message:
    """Private: several bodies fit what was typed."""
    options = ", ".join(f"*{escape(n)}*" for n in names)
    text = (
        f"I'm not sure which you mean by “{escape(typed[:100])}”: {options}? Try again with the fuller name."
    )
    return message(text.replace("*", ""), [section(text), divider(), section(SUBSCRIBE_USAGE)])


def render_invite_needed(channel_id: str, reason: str) -> Message:
    """Private: the bot cannot post in this channel, and how to fix that."""
    text = (
        f"I can't post in <#{channel_id}> yet ({escape(reason)}), so a subscription here would never arrive. "
        "Invite me first: type `/invite @Inspections` in this channel (or open the channel details → "
        "Integrations → Add apps), then subscribe again."
    )
    return message(text, [section(text)])


def render_help(request: SubscriptionHelp) -> Message:
    """'Did you mean' buttons when the target was nearly a name, else specific help."""
    if request.suggestions:
        return render_did_you_mean(request.problem, request.suggestions)
    return render_subscription_help(escape(request.problem))


def render_result(result: Result, where: Where, when: dict[str, str]) -> tuple[Message, bool]:
    """The message for what happened, and whether the whole channel should see it."""
    if isinstance(result, Listed):
        if not result.views:
            return render_subscription_help("This channel has no subscriptions to HMICFRS news."), False
        return render_subscription_list(list(result.views), when), result.public
    if isinstance(result, NotSubscribed):
        current = ", ".join(result.current) or "nothing"
        problem = (
            f"This channel isn't subscribed to “{escape(result.typed[:100])}”. It follows: {escape(current)}."
        )
        return render_subscription_help(problem), False
    if isinstance(result, Unsubscribed):
        return render_unsubscribed(list(result.labels), where.user_id), True
    assert isinstance(result, Subscribed)
    slot = when.get(result.cadence, "")
    if result.outcome == "exists":
        return render_already_subscribed(result.target, result.cadence, slot, result.topics), False
    message_ = render_subscribed(
        result.outcome,
        result.target,
        result.cadence,
        where.user_id,
        slot,
        result.previous_cadence,
        result.topics,
        result.previous_topics,
    )
    return message_, True
