"""The waiting list's edges the mutation run found loose (docs/mutation.md).

The thresholds' own rule (1 to 120 minutes, amber strictly before fatigue) is not here: issue 17
moves it to the one declaration of the lounge settings, whose tests pin it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.domain import waiting as rules
from vipdesk.domain.waiting import Acknowledgement, DueNow, WaitSettings, WaitTimes

START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
SETTINGS = WaitSettings()  # amber 10, fatigue 15, escalate after 5 more
TICK = dt.timedelta(milliseconds=1)


def at(minutes: float) -> dt.datetime:
    return START + dt.timedelta(minutes=minutes)


@pytest.mark.parametrize("due", [DueNow(raise_alert=True), DueNow(escalate=True),
                                 DueNow(repeat=True)])
def test_something_is_due_when_any_one_thing_is(due: DueNow) -> None:
    assert due
    assert not DueNow()


@pytest.mark.parametrize(("moment", "needs"), [
    (at(15) - TICK, False), (at(15), True), (at(20), True),
])
def test_an_unanswered_wait_needs_acknowledging_from_the_fatigue_alert_on(
        moment: dt.datetime, needs: bool) -> None:
    assert rules.needs_acknowledgement(WaitTimes(started_at=START), SETTINGS, moment) is needs


def test_an_unanswered_alert_goes_to_the_duty_manager_when_escalation_is_due() -> None:
    waiting = WaitTimes(started_at=START, alert_raised_at=at(15))

    assert not rules.is_escalated(waiting, SETTINGS, at(20) - TICK)
    assert rules.is_escalated(waiting, SETTINGS, at(20))


def test_an_alert_that_came_back_as_it_was_acknowledged_is_open() -> None:
    same_moment = WaitTimes(started_at=START, alert_raised_at=at(15), acknowledged_at=at(31),
                            realerted_at=at(31))

    assert rules.needs_acknowledgement(same_moment, SETTINGS, at(32))
    assert rules.can_acknowledge(same_moment, SETTINGS, at(32)) is None


def test_an_alert_that_cannot_be_acknowledged_says_why() -> None:
    done = WaitTimes(started_at=START, alert_raised_at=at(15), acknowledged_at=at(16))
    ended = WaitTimes(started_at=START, alert_raised_at=at(15), ended_at=at(16))

    assert str(rules.can_acknowledge(done, SETTINGS, at(17))) == (
        "This alert has already been acknowledged.")
    assert str(rules.can_acknowledge(ended, SETTINGS, at(17))) == (
        "This guest is no longer waiting.")


@pytest.mark.parametrize(("choices", "text", "problem"), [
    ((), None, "Please describe what was done as text."),
    ((), " ", "Please say what was done for the guest: a seat, a drink, an update, an apology."),
    ((Acknowledgement.OTHER,), " ", "Please describe what else was done."),
    ((), "x" * 500, None),
    ((), "x" * 501, "The note is 501 characters long; the most we keep is 500. Please shorten it."),
    ((), "tab\tand\r\nline breaks", None),
    ((), "private use \ue000 and \ud7ff", None),
    ((), "half a pair \ud800", "The note contains characters that cannot be stored; "
                               "please retype it."),
    ((), "half a pair \udfff", "The note contains characters that cannot be stored; "
                               "please retype it."),
    ((), "bell \x07", "The note contains characters that cannot be stored; please retype it."),
])
def test_an_acknowledgement_note_is_short_text_that_can_be_stored(
        choices: tuple[Acknowledgement, ...], text: str, problem: str | None) -> None:
    said = rules.acknowledgement_problem(choices, text)
    assert (None if said is None else str(said)) == problem


def test_thresholds_of_one_minute_are_usable() -> None:
    one_minute = WaitSettings(amber_minutes=1, fatigue_minutes=2, escalate_after_minutes=1)

    assert rules.settings_problems(one_minute) == {}


@pytest.mark.parametrize(("settings", "field"), [
    (WaitSettings(amber_minutes=True), "amber_minutes"),  # a switch is not a number
    (WaitSettings(fatigue_minutes=0), "fatigue_minutes"),
    (WaitSettings(amber_minutes=20), "amber_minutes"),  # amber after the fatigue alert
])
def test_an_unusable_threshold_is_named_and_said_in_a_sentence(
        settings: WaitSettings, field: str) -> None:
    problems = rules.settings_problems(settings)

    assert field in problems
    for message in problems.values():
        assert message[0].isupper() and message.endswith(".") and message != message.upper()
