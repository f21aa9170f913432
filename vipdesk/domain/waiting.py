"""The rules of a wait: when it turns amber, when the fatigue alert is due, when it escalates.

Guests grow visibly tired at about 15 minutes of waiting, so the clock that
matters is the guest's, not the desk's:

- A wait for a seat starts when the guest arrived at the desk (they have been
  standing since); a guest already seated who now waits (for a room being
  prepared, say) and a guest waiting to settle at check-out start waiting now.
- Stages, all thresholds inclusive (at exactly 15:00 the alert is due, at
  14:59.999 it is not):
  CALM below ``amber_minutes`` (10); AMBER from 10; RED from ``fatigue_minutes``
  (15): the fatigue alert is due; ESCALATED from ``fatigue + escalate_after``
  minutes (20) if the alert has not been acknowledged by then.
- The alert and the escalation are due at times computed from the start of the
  wait, whatever the desk was doing: after a power cut of half an hour, the
  first tick raises the alert and escalates it at once, because the guest has
  waited 30 minutes and the duty manager must know. The desk records when it
  actually raised and escalated (``alert_raised_at``, ``escalated_at``: the
  honest audit times); the due times can always be computed again from
  ``started_at`` and the lounge's settings.
- The first alert and the first escalation are recorded once per wait. An
  acknowledged alert does not escalate; an alert acknowledged at or after its
  escalation time was escalated (the manager was, or should have been, told).
  The row stays red while the guest waits: acknowledging is not seating.
- Acknowledging is not the end of it: a guest still waiting ``fatigue_minutes``
  after the latest acknowledgement is alerted again (``realerted_at``), and the
  repeat goes to the duty manager at once (escalated). Each acknowledgement
  starts a new interval, so a guest who waits on is never forgotten.
- An escalated alert is the duty manager's to close: acknowledging it needs
  :data:`ESCALATION_PERMISSION`; the desk can add a note for the manager.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import asdict, dataclass, fields
from enum import StrEnum
from typing import Any, Final, Protocol

from vipdesk.domain.lounge_settings import AMBER, ESCALATE, FATIGUE, setting_problems
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.permissions import Permission
from vipdesk.domain.vocabulary import WaitReason

MAX_ACKNOWLEDGEMENT_LENGTH: Final = 500
# Who may acknowledge (close) an escalated alert: the duty manager (and administrators).
ESCALATION_PERMISSION: Final = Permission.CLOSE_ESCALATIONS


class WaitStage(StrEnum):
    """How urgent a wait is; ordered from calm to escalated."""

    CALM = "calm"
    AMBER = "amber"
    RED = "red"
    ESCALATED = "escalated"


class Acknowledgement(StrEnum):
    """What the desk did for a guest whose fatigue alert was raised (stored by value)."""

    SEAT = "seat"  # offered a seat (somewhere to sit while waiting)
    DRINK = "drink"
    UPDATE = "update"  # told the guest how long it will be
    APOLOGY = "apology"
    OTHER = "other"  # described in the free text


ACKNOWLEDGEMENT_CHOICES: Final[tuple[Acknowledgement, ...]] = tuple(Acknowledgement)


class Thresholds(Protocol):
    """What holds a lounge's wait thresholds: its row, its settings."""

    @property
    def amber_minutes(self) -> int: ...
    @property
    def fatigue_minutes(self) -> int: ...
    @property
    def escalate_after_minutes(self) -> int: ...


@dataclass(frozen=True)
class WaitSettings:
    """The lounge's thresholds, in minutes; the defaults are a new lounge's
    (:mod:`vipdesk.domain.lounge_settings`)."""

    amber_minutes: int = AMBER.default
    fatigue_minutes: int = FATIGUE.default
    escalate_after_minutes: int = ESCALATE.default

    @classmethod
    def of(cls, lounge: Thresholds | Mapping[str, Any]) -> WaitSettings:
        """The thresholds a lounge holds: its row, its settings, or a query row (a mapping)
        that selected the three columns. Read as stored; :func:`settings_problems` judges."""
        def read(name: str) -> Any:
            return lounge[name] if isinstance(lounge, Mapping) else getattr(lounge, name)
        return cls(**{f.name: read(f.name) for f in fields(cls)})


@dataclass(frozen=True)
class WaitTimes:
    """What is recorded about one wait (aware datetimes)."""

    started_at: dt.datetime
    alert_raised_at: dt.datetime | None = None
    acknowledged_at: dt.datetime | None = None
    escalated_at: dt.datetime | None = None
    ended_at: dt.datetime | None = None
    realerted_at: dt.datetime | None = None  # the alert came back after an acknowledgement


@dataclass(frozen=True)
class DueNow:
    """What the desk must record now for one wait."""

    raise_alert: bool = False
    escalate: bool = False
    repeat: bool = False  # alert again (and escalate) after an acknowledgement

    def __bool__(self) -> bool:
        return self.raise_alert or self.escalate or self.repeat


def settings_problems(settings: WaitSettings) -> dict[str, str]:
    """Thresholds the rules cannot work with, by field; {} when usable. The lounge
    settings' one rule: each within its bounds, the amber warning strictly before the
    fatigue alert."""
    return setting_problems(asdict(settings))


def wait_starts_at(reason: WaitReason, arrived_at: dt.datetime, seated: bool,
                   now: dt.datetime) -> dt.datetime:
    """When a new wait started: at arrival for a guest not yet seated, else now."""
    if reason is WaitReason.SETTLING or seated:
        return now
    return min(arrived_at, now)  # a clock set back must not start a wait in the future


def alert_due_at(started_at: dt.datetime, settings: WaitSettings) -> dt.datetime:
    return started_at + dt.timedelta(minutes=settings.fatigue_minutes)


def escalation_due_at(started_at: dt.datetime, settings: WaitSettings) -> dt.datetime:
    after = dt.timedelta(minutes=settings.escalate_after_minutes)
    return alert_due_at(started_at, settings) + after


def repeat_due_at(times: WaitTimes, settings: WaitSettings) -> dt.datetime | None:
    """When the alert comes back after the latest acknowledgement; None if not acknowledged."""
    if times.acknowledged_at is None:
        return None
    return times.acknowledged_at + dt.timedelta(minutes=settings.fatigue_minutes)


def repeat_open(times: WaitTimes) -> bool:
    """The alert came back after the latest acknowledgement and nobody has answered it."""
    return (times.realerted_at is not None and times.acknowledged_at is not None
            and times.realerted_at >= times.acknowledged_at)


def needs_acknowledgement(times: WaitTimes, settings: WaitSettings, now: dt.datetime) -> bool:
    """A red (or escalated) wait whose alert nobody has answered, or whose alert came back."""
    if times.ended_at is not None:
        return False
    if times.acknowledged_at is not None:
        return repeat_open(times)
    return stage(times, settings, now) in (WaitStage.RED, WaitStage.ESCALATED)


def is_escalated(times: WaitTimes, settings: WaitSettings, now: dt.datetime) -> bool:
    """The alert is with the duty manager now (recorded, or due and not answered in time)."""
    return stage(times, settings, now) is WaitStage.ESCALATED


def waited(times: WaitTimes, now: dt.datetime) -> dt.timedelta:
    """How long the guest has waited (or did wait, once ended); never negative."""
    return max((times.ended_at or now) - times.started_at, dt.timedelta(0))


def minutes_waited(times: WaitTimes, now: dt.datetime) -> int:
    """Whole minutes, as the live timer shows them (14:59 is 14)."""
    return int(waited(times, now).total_seconds() // 60)


def stage(times: WaitTimes, settings: WaitSettings, now: dt.datetime) -> WaitStage:
    """The stage of a wait at ``now`` (for an ended wait: at its end)."""
    at = min(times.ended_at, now) if times.ended_at is not None else now
    if times.escalated_at is not None:
        return WaitStage.ESCALATED
    escalation = escalation_due_at(times.started_at, settings)
    if at >= escalation and (times.acknowledged_at is None or times.acknowledged_at >= escalation):
        return WaitStage.ESCALATED
    if times.alert_raised_at is not None or at >= alert_due_at(times.started_at, settings):
        return WaitStage.RED
    if at >= times.started_at + dt.timedelta(minutes=settings.amber_minutes):
        return WaitStage.AMBER
    return WaitStage.CALM


def due_now(times: WaitTimes, settings: WaitSettings, now: dt.datetime) -> DueNow:
    """What must be recorded now: the alert (once), the escalation (once, if not acknowledged)."""
    if times.ended_at is not None:
        return DueNow()
    raise_alert = times.alert_raised_at is None and now >= alert_due_at(times.started_at, settings)
    escalate = (times.escalated_at is None and times.acknowledged_at is None
                and now >= escalation_due_at(times.started_at, settings))
    again = repeat_due_at(times, settings)
    repeat = (again is not None and now >= again and not repeat_open(times))
    return DueNow(raise_alert=raise_alert, escalate=escalate, repeat=repeat)


def can_acknowledge(times: WaitTimes, settings: WaitSettings,
                    now: dt.datetime) -> Message | None:
    """Why the alert of this wait cannot be acknowledged now; None when it can."""
    if times.ended_at is not None:
        return Message(QT_TRANSLATE_NOOP("Messages", "This guest is no longer waiting."))
    if times.acknowledged_at is not None and not repeat_open(times):
        return Message(QT_TRANSLATE_NOOP("Messages", "This alert has already been acknowledged."))
    if times.alert_raised_at is None and now < alert_due_at(times.started_at, settings):
        return Message(QT_TRANSLATE_NOOP("Messages", "This guest's fatigue alert is not due yet."))
    return None


def acknowledgement_problem(choices: tuple[Acknowledgement, ...], text: str) -> Message | None:
    """At least one thing done, or a few words; text within its length."""
    if not isinstance(text, str):
        return Message(QT_TRANSLATE_NOOP("Messages", "Please describe what was done as text."))
    if not choices and not text.strip():
        return Message(QT_TRANSLATE_NOOP(
            "Messages",
            "Please say what was done for the guest: a seat, a drink, an update, an apology."))
    if Acknowledgement.OTHER in choices and not text.strip():
        return Message(QT_TRANSLATE_NOOP("Messages", "Please describe what else was done."))
    if len(text) > MAX_ACKNOWLEDGEMENT_LENGTH:
        return Message(QT_TRANSLATE_NOOP(
            "Messages",
            "The note is {length} characters long; the most we keep is {most}. "
            "Please shorten it."),
            {"length": f"{len(text):,}", "most": str(MAX_ACKNOWLEDGEMENT_LENGTH)})
    if any(0xD800 <= ord(ch) <= 0xDFFF or (ord(ch) < 32 and ch not in "\t\n\r") for ch in text):
        return Message(QT_TRANSLATE_NOOP(
            "Messages", "The note contains characters that cannot be stored; please retype it."))
    return None
