"""Lounge settings an administrator changes: the backup interval among the thresholds."""

from __future__ import annotations

import dataclasses
import json

import pytest

from tests.conftest import ADMIN_PIN
from vipdesk.domain import waiting as rules
from vipdesk.domain.message import Message
from vipdesk.domain.waiting import WaitSettings
from vipdesk.services import staff
from vipdesk.services.lounge_settings import (
    SettingsRejected,
    lounge_settings,
    settings_problems,
    update_lounge_settings,
)
from vipdesk.services.session import Session
from vipdesk.storage.models import AuditEvent, Lounge, Staff


@pytest.fixture
def admin_session(session: Session, team: dict[str, Staff]) -> Session:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    return session


def test_a_new_lounge_backs_up_every_four_hours(admin_session: Session) -> None:
    assert lounge_settings(admin_session).backup_every_hours == 4


def test_the_backup_interval_is_saved_and_audited(admin_session: Session) -> None:
    current = lounge_settings(admin_session)
    update_lounge_settings(admin_session, dataclasses.replace(current, backup_every_hours=6))
    assert Lounge.get().backup_every_hours == 6
    event = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert event.action == "lounge.update_settings"
    assert json.loads(event.detail)["changed"] == ["backup_every_hours"]


@pytest.mark.parametrize("hours", [0, 25, -4])
def test_a_backup_interval_outside_one_to_24_hours_is_refused(admin_session: Session,
                                                              hours: int) -> None:
    current = lounge_settings(admin_session)
    with pytest.raises(SettingsRejected) as refusal:
        update_lounge_settings(admin_session,
                               dataclasses.replace(current, backup_every_hours=hours))
    assert refusal.value.problems == {
        "backup_every_hours": "The backup interval must be between 1 and 24 hours."}
    assert Lounge.get().backup_every_hours == 4


@pytest.mark.parametrize("thresholds", [(10, 15, 5), (14, 15, 1), (15, 15, 5), (16, 15, 5),
                                        (10, 121, 5), (10, 15, 0), (1, 120, 120), (121, 1440, 5)])
def test_the_settings_and_the_wait_rules_judge_the_thresholds_alike(
        admin_session: Session, thresholds: tuple[int, int, int]) -> None:
    """Issue 17: they were two rules (1 to 1440 minutes and amber at fatigue allowed in the
    domain; 1 to 120 and amber strictly before fatigue here). Now one."""
    wait = WaitSettings(*thresholds)
    changed = dataclasses.replace(lounge_settings(admin_session), **dataclasses.asdict(wait))
    assert settings_problems(changed) == rules.settings_problems(wait)


def test_a_refused_setting_carries_a_message_to_show_in_the_agents_language(
        admin_session: Session) -> None:
    current = lounge_settings(admin_session)
    with pytest.raises(SettingsRejected) as refusal:
        update_lounge_settings(admin_session,
                               dataclasses.replace(current, name=" ", backup_every_hours=0))
    messages = refusal.value.messages
    assert set(messages) == {"name", "backup_every_hours"}
    assert all(isinstance(said, Message) for said in messages.values())
    assert str(messages["name"]) == "Please enter the lounge name."
    assert messages["backup_every_hours"].text != str(messages["backup_every_hours"])
