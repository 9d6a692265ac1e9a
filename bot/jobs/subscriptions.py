"""What channels follow: the subscribe / unsubscribe / subscriptions grammar and its rules. No Slack here.

`parse_subscription(db, verb, rest)` turns the words after the verb into a typed request (or a usage
problem); `apply_subscription(db, request, where, now)` makes the change in the store and says what happened.
The Slack listener only acks, checks it may post in the channel, calls these and renders the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlite_utils

from bot.questions.answers import directory
from bot.questions.names import normalise
from db import subscriptions as store

CADENCE_WORDS = {"daily": "daily", "weekly": "weekly", "instant": "instant", "instantly": "instant"}
# The optional filter: which kinds of change a channel hears (all of them unless it says).
TOPIC_WORDS = {
    "reports": "reports",
    "report": "reports",
    "new reports": "reports",
    "grades": "grades",
    "grade": "grades",
    "regrades": "grades",
    "grade changes": "grades",
    "engage": "engage",
    "monitoring": "engage",
    "enhanced monitoring": "engage",
    "everything": "all",
    "all changes": "all",
}
TOPIC_LABEL = {
    "all": "new reports, grades, regrades and Engage",
    "reports": "new reports only",
    "grades": "grades recorded and regrades only",
    "engage": "enhanced monitoring (Engage) only",
}
MAX_INPUT = 200
_ALL = {"", "all", "everything", "all reports", "all new reports"}
_POLICE = {"police", "police forces", "forces", "peel", "all police", "all forces"}
_FIRE = {"fire", "fire and rescue", "fire services", "fire and rescue services", "frs", "all fire"}


@dataclass(frozen=True)
class Target:
    """What a subscription follows, with the words to show for it."""

    kind: str  # all | body | region | country | police | fire
    value: str
    label: str


@dataclass(frozen=True)
class SubscriptionView:
    """A subscription as listed in a channel."""

    label: str
    cadence: str
    paused_reason: str | None = None
    topics: str = "all"


@dataclass(frozen=True)
class Where:
    """The channel a command came from, and who typed it."""

    team_id: str
    channel_id: str
    user_id: str
    enterprise_id: str | None = None


# ---------------------------------------------------------------- requests


@dataclass(frozen=True)
class Subscribe:
    target: Target
    cadence: str
    topics: str = "all"  # all | reports | grades | engage


@dataclass(frozen=True)
class Unsubscribe:
    target: Target | None  # None: everything this channel follows
    typed: str


@dataclass(frozen=True)
class ListSubscriptions:
    """`subscriptions`, or a bare `unsubscribe` (which lists privately)."""

    public: bool


@dataclass(frozen=True)
class SubscriptionHelp:
    problem: str = ""  # plain text; the renderer escapes it
    suggestions: tuple[str, ...] = ()  # body names when the target was nearly one of them


Request = Subscribe | Unsubscribe | ListSubscriptions | SubscriptionHelp


def split_options(text: str) -> tuple[str, str | None, str | None]:
    """'kent reports daily' -> ('kent', 'daily', 'reports'): a cadence and a filter at the end, either order."""
    cadence = topic = None
    for _ in range(2):
        words = text.split()
        if cadence is None and words and words[-1].lower() in CADENCE_WORDS:
            cadence, text = CADENCE_WORDS[words[-1].lower()], " ".join(words[:-1])
            continue
        if topic is None:
            two, one = " ".join(words[-2:]).lower(), (words[-1].lower() if words else "")
            if len(words) >= 2 and two in TOPIC_WORDS:
                topic, text = TOPIC_WORDS[two], " ".join(words[:-2])
                continue
            if one in TOPIC_WORDS:
                topic, text = TOPIC_WORDS[one], " ".join(words[:-1])
                continue
        break
    return text, cadence, topic


def parse_target(db: sqlite_utils.Database, text: str) -> Target | SubscriptionHelp:
    """What a channel wants to follow: all, police, fire, a country, a region, or one body."""
    key = normalise(text)
    if key in _ALL:
        return Target("all", "", "all forces and fire services")
    if key in _POLICE:
        return Target("police", "", "police forces")
    if key in _FIRE:
        return Target("fire", "", "fire and rescue services")
    regions, countries = store.regions_and_countries(db)
    for country in countries:
        if normalise(country) == key:
            return Target("country", country, country)
    for region in regions:
        if normalise(region) in (key, key.removeprefix("the ")):
            return Target("region", region, f"{region} (region)")
    found = directory(db).resolve(text)
    if found.body is not None:
        return Target("body", found.body.id, found.body.name)
    if found.suggestions:
        return SubscriptionHelp(text, tuple(b.name for b in found.suggestions))
    return SubscriptionHelp(
        f"I don't know a police force, fire and rescue service, region or country called “{text[:100]}”."
    )


def parse_subscription(db: sqlite_utils.Database, verb: str, rest: str) -> Request:
    """`subscribe [target] [filter] [cadence]`, `unsubscribe [target | all]`, `subscriptions`: every kind of
    change, weekly, unless said."""
    rest = rest.strip()
    if verb == "subscriptions" or (verb == "unsubscribe" and not rest):
        return ListSubscriptions(public=verb == "subscriptions")
    if rest.lower() in ("help", "?"):
        return SubscriptionHelp()
    if len(rest) > MAX_INPUT:
        return SubscriptionHelp("That is longer than any name I know; try a shorter one.")
    text, cadence, topic = split_options(rest)
    if verb == "unsubscribe" and (normalise(text) in ("all", "everything") or (not text and topic == "all")):
        return Unsubscribe(None, text or rest)
    target = parse_target(db, text)
    if isinstance(target, SubscriptionHelp):
        return target
    if verb == "unsubscribe":
        return Unsubscribe(target, text)
    return Subscribe(target, cadence or "weekly", topic or "all")


# ---------------------------------------------------------------- results


@dataclass(frozen=True)
class Subscribed:
    outcome: str  # created | updated | resumed | exists
    target: Target
    cadence: str
    previous_cadence: str = ""
    topics: str = "all"
    previous_topics: str = ""


@dataclass(frozen=True)
class Unsubscribed:
    labels: tuple[str, ...]


@dataclass(frozen=True)
class NotSubscribed:
    typed: str
    current: tuple[str, ...]


@dataclass(frozen=True)
class Listed:
    views: tuple[SubscriptionView, ...]
    public: bool


Result = Subscribed | Unsubscribed | NotSubscribed | Listed


def label(row: dict) -> str:
    """Words for a stored subscription's target."""
    kind, target = row["target_kind"], row["target"]
    if kind == "body":
        return row.get("body_name") or target
    if kind == "region":
        return f"{target} (region)"
    return {
        "all": "all forces and fire services",
        "police": "police forces",
        "fire": "fire and rescue services",
    }.get(kind, target)


def _views(db: sqlite_utils.Database, where: Where) -> tuple[SubscriptionView, ...]:
    return tuple(
        SubscriptionView(label(r), r["cadence"], r["paused_reason"], r["topics"])
        for r in store.channel_subscriptions(db, where.team_id, where.channel_id)
    )


def apply_subscription(
    db: sqlite_utils.Database,
    request: Subscribe | Unsubscribe | ListSubscriptions,
    where: Where,
    now: datetime,
) -> Result:
    """Make the change a request asks for in the store (or read the list) and say what happened."""
    if isinstance(request, ListSubscriptions):
        return Listed(_views(db, where), request.public)
    if isinstance(request, Unsubscribe):
        target = request.target
        removed = store.remove_subscriptions(
            db, where.team_id, where.channel_id, *((target.kind, target.value) if target else ())
        )
        if not removed:
            return NotSubscribed(request.typed, tuple(v.label for v in _views(db, where)))
        return Unsubscribed(tuple(label(r) for r in removed))
    before = {
        (r["target_kind"], r["target"]): (r["cadence"], r["topics"])
        for r in store.channel_subscriptions(db, where.team_id, where.channel_id)
    }
    outcome, _row = store.add_subscription(
        db,
        team_id=where.team_id,
        enterprise_id=where.enterprise_id,
        channel_id=where.channel_id,
        target_kind=request.target.kind,
        target=request.target.value,
        cadence=request.cadence,
        created_by=where.user_id,
        now=now,
        topics=request.topics,
    )
    cadence, topics = before.get((request.target.kind, request.target.value), ("", ""))
    return Subscribed(outcome, request.target, request.cadence, cadence, request.topics, topics)
