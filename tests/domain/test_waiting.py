"""The stages of a wait and what is due when: pure rules, thresholds inclusive."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.domain import waiting as rules
from vipdesk.domain.vocabulary import WaitReason
from vipdesk.domain.waiting import Acknowledgement, DueNow, WaitSettings, WaitStage, WaitTimes

START = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)
SETTINGS = WaitSettings()  # amber 10, fatigue 15, escalate after 5 more
TICK = dt.timedelta(milliseconds=1)


def at(minutes: float) -> dt.datetime:
    return START + dt.timedelta(minutes=minutes)


@pytest.mark.parametrize(("moment", "expected"), [
    (at(0), WaitStage.CALM),
    (at(10) - TICK, WaitStage.CALM),
    (at(10), WaitStage.AMBER),
    (at(15) - TICK, WaitStage.AMBER),
    (at(15), WaitStage.RED),
    (at(20) - TICK, WaitStage.RED),
    (at(20), WaitStage.ESCALATED),
    (at(300), WaitStage.ESCALATED),
])
def test_stages_turn_at_their_thresholds_inclusive(moment: dt.datetime,
                                                   expected: WaitStage) -> None:
    assert rules.stage(WaitTimes(started_at=START), SETTINGS, moment) is expected


def test_the_alert_is_due_at_15_00_and_not_at_14_59_999() -> None:
    times = WaitTimes(started_at=START)
    assert rules.due_now(times, SETTINGS, at(15) - TICK) == DueNow()
    assert not rules.due_now(times, SETTINGS, at(15) - TICK)
    assert rules.due_now(times, SETTINGS, at(15)) == DueNow(raise_alert=True)
    assert rules.alert_due_at(START, SETTINGS) == at(15)


def test_an_alert_once_raised_is_never_due_again() -> None:
    raised = WaitTimes(started_at=START, alert_raised_at=at(15))
    assert not rules.due_now(raised, SETTINGS, at(15))
    assert not rules.due_now(raised, SETTINGS, at(19.99))


def test_escalation_is_due_five_minutes_after_the_alert_was_due_unless_acknowledged() -> None:
    raised = WaitTimes(started_at=START, alert_raised_at=at(15))
    assert rules.due_now(raised, SETTINGS, at(20) - TICK) == DueNow()
    assert rules.due_now(raised, SETTINGS, at(20)) == DueNow(escalate=True)
    acknowledged = WaitTimes(started_at=START, alert_raised_at=at(15), acknowledged_at=at(19.99))
    assert rules.due_now(acknowledged, SETTINGS, at(34.98)) == DueNow()
    assert rules.stage(acknowledged, SETTINGS, at(34.98)) is WaitStage.RED, "still waiting: red"
    escalated = WaitTimes(started_at=START, alert_raised_at=at(15), escalated_at=at(20))
    assert rules.due_now(escalated, SETTINGS, at(21)) == DueNow()


def test_a_desk_back_after_a_power_cut_raises_and_escalates_at_once() -> None:
    """The guest's clock rules: 30 minutes waited means the manager must know now."""
    assert rules.due_now(WaitTimes(started_at=START), SETTINGS, at(30)) == DueNow(
        raise_alert=True, escalate=True)


def test_an_acknowledgement_at_the_escalation_time_is_too_late() -> None:
    late = WaitTimes(started_at=START, alert_raised_at=at(15), acknowledged_at=at(20))
    assert rules.stage(late, SETTINGS, at(21)) is WaitStage.ESCALATED
    assert not rules.due_now(late, SETTINGS, at(21)), "acknowledged: nothing left to escalate"


def test_an_ended_wait_has_nothing_due_and_keeps_the_stage_it_ended_in() -> None:
    ended = WaitTimes(started_at=START, ended_at=at(12))
    assert rules.due_now(ended, SETTINGS, at(60)) == DueNow()
    assert rules.stage(ended, SETTINGS, at(60)) is WaitStage.AMBER
    assert rules.minutes_waited(ended, at(60)) == 12


def test_minutes_waited_counts_whole_minutes_and_never_goes_negative() -> None:
    times = WaitTimes(started_at=START)
    assert rules.minutes_waited(times, at(15) - TICK) == 14
    assert rules.minutes_waited(times, at(15)) == 15
    assert rules.minutes_waited(times, at(-3)) == 0


def test_other_lounge_settings_move_every_threshold() -> None:
    settings = WaitSettings(amber_minutes=5, fatigue_minutes=8, escalate_after_minutes=2)
    times = WaitTimes(started_at=START)
    assert rules.stage(times, settings, at(5)) is WaitStage.AMBER
    assert rules.due_now(times, settings, at(8)).raise_alert
    assert rules.stage(times, settings, at(10)) is WaitStage.ESCALATED


def test_a_wait_for_a_seat_starts_at_arrival_and_settling_starts_now() -> None:
    arrived, now = at(-7), at(0)
    assert rules.wait_starts_at(WaitReason.LOUNGE_FULL, arrived, seated=False, now=now) == arrived
    assert rules.wait_starts_at(WaitReason.DESK_QUEUE, arrived, seated=False, now=now) == arrived
    assert rules.wait_starts_at(WaitReason.SETTLING, arrived, seated=False, now=now) == now
    assert rules.wait_starts_at(WaitReason.SETTLING, arrived, seated=True, now=now) == now
    # Seated since: waiting for the VIP room now is a new wait, not one since arrival.
    assert rules.wait_starts_at(WaitReason.ROOM_PREPARING, arrived, seated=True, now=now) == now
    assert rules.wait_starts_at(WaitReason.DESK_QUEUE, at(5), seated=False, now=now) == now


def test_an_alert_can_be_acknowledged_once_it_is_due() -> None:
    times = WaitTimes(started_at=START)
    assert str(rules.can_acknowledge(times, SETTINGS, at(14))) == (
        "This guest's fatigue alert is not due yet.")
    assert rules.can_acknowledge(times, SETTINGS, at(15)) is None
    done = WaitTimes(started_at=START, alert_raised_at=at(15), acknowledged_at=at(16))
    assert "already" in str(rules.can_acknowledge(done, SETTINGS, at(17)) or "")
    ended = WaitTimes(started_at=START, alert_raised_at=at(15), ended_at=at(16))
    assert "no longer waiting" in str(rules.can_acknowledge(ended, SETTINGS, at(17)) or "")


@pytest.mark.parametrize(("choices", "text", "ok"), [
    ((Acknowledgement.DRINK,), "", True),
    ((), "Brought a chair and water", True),
    ((), "   ", False),
    ((Acknowledgement.OTHER,), "", False),
    ((Acknowledgement.APOLOGY, Acknowledgement.UPDATE), "Room ready in 5 min 😊 مرحبا", True),
    ((), "x" * 501, False),
    ((), "bad\x00byte", False),
])
def test_an_acknowledgement_says_what_was_done(choices: tuple[Acknowledgement, ...], text: str,
                                                ok: bool) -> None:
    assert (rules.acknowledgement_problem(choices, text) is None) is ok


def test_the_choices_are_the_documented_codes() -> None:
    assert [c.value for c in rules.ACKNOWLEDGEMENT_CHOICES] == [
        "seat", "drink", "update", "apology", "other"]


def test_unusable_settings_are_refused() -> None:
    assert rules.settings_problems(WaitSettings()) == {}
    assert "amber_minutes" in rules.settings_problems(WaitSettings(amber_minutes=20))
    assert "fatigue_minutes" in rules.settings_problems(WaitSettings(fatigue_minutes=0))


@pytest.mark.parametrize(("settings", "refused"), [
    (WaitSettings(amber_minutes=14, fatigue_minutes=15), set()),
    (WaitSettings(amber_minutes=15, fatigue_minutes=15), {"amber_minutes"}),
    (WaitSettings(amber_minutes=119, fatigue_minutes=120, escalate_after_minutes=120), set()),
    (WaitSettings(amber_minutes=10, fatigue_minutes=121), {"fatigue_minutes"}),
    (WaitSettings(amber_minutes=121, fatigue_minutes=1440), {"amber_minutes", "fatigue_minutes"}),
    (WaitSettings(escalate_after_minutes=121), {"escalate_after_minutes"}),
])
def test_the_thresholds_are_judged_by_the_lounge_settings_one_rule(settings: WaitSettings,
                                                                   refused: set[str]) -> None:
    """Issue 17: the domain allowed 1 to 1440 minutes and amber equal to fatigue, the settings
    service 1 to 120 with amber strictly before fatigue; the Settings screen offers 1 to 120
    and refuses amber at fatigue, so that is the rule, and both now ask the same one."""
    assert set(rules.settings_problems(settings)) == refused


def test_an_acknowledged_guest_still_waiting_is_alerted_again_one_interval_later() -> None:
    """Seen: acknowledged at 16 minutes, still waiting at 37, and no banner at all."""
    acknowledged = WaitTimes(started_at=START, alert_raised_at=at(15), acknowledged_at=at(16))
    assert rules.repeat_due_at(acknowledged, SETTINGS) == at(31)
    assert rules.due_now(acknowledged, SETTINGS, at(31) - TICK) == DueNow()
    assert not rules.needs_acknowledgement(acknowledged, SETTINGS, at(31) - TICK)
    assert rules.due_now(acknowledged, SETTINGS, at(31)) == DueNow(repeat=True)
    repeated = WaitTimes(started_at=START, alert_raised_at=at(15), acknowledged_at=at(16),
                         realerted_at=at(31), escalated_at=at(31))
    assert rules.due_now(repeated, SETTINGS, at(37)) == DueNow(), "raised once per acknowledgement"
    assert rules.needs_acknowledgement(repeated, SETTINGS, at(37))
    assert rules.is_escalated(repeated, SETTINGS, at(37)), "the repeat goes to the duty manager"
    assert rules.can_acknowledge(repeated, SETTINGS, at(37)) is None
    again = WaitTimes(started_at=START, alert_raised_at=at(15), acknowledged_at=at(38),
                      realerted_at=at(31), escalated_at=at(31))
    assert not rules.needs_acknowledgement(again, SETTINGS, at(40))
    assert rules.due_now(again, SETTINGS, at(53)) == DueNow(repeat=True), "and again"


def test_an_ended_wait_is_never_alerted_again() -> None:
    ended = WaitTimes(started_at=START, alert_raised_at=at(15), acknowledged_at=at(16),
                      ended_at=at(20))
    assert rules.due_now(ended, SETTINGS, at(60)) == DueNow()
    assert not rules.needs_acknowledgement(ended, SETTINGS, at(60))


def test_the_thresholds_are_read_from_a_lounge_or_a_query_row_alike() -> None:
    row = {"amber_minutes": 7, "fatigue_minutes": 9, "escalate_after_minutes": 3, "name": "x"}
    expected = WaitSettings(amber_minutes=7, fatigue_minutes=9, escalate_after_minutes=3)
    assert WaitSettings.of(row) == expected
    assert WaitSettings.of(expected) == expected
    with pytest.raises(KeyError):
        WaitSettings.of({"amber_minutes": 7, "fatigue_minutes": 9})
