"""Each staff member's language and the lounge's default (vipdesk.services.languages)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ADMIN_PIN, DESK_PIN, MANAGER_PIN
from vipdesk.gui.language import LANGUAGES
from vipdesk.services import languages, staff
from vipdesk.services.session import NotSignedIn, PermissionDenied, Session
from vipdesk.storage.models import AuditEvent, Lounge, Staff


def last_event() -> AuditEvent:
    return AuditEvent.select().order_by(AuditEvent.id.desc()).get()


def test_the_services_speak_the_languages_the_screens_ship() -> None:
    assert tuple(LANGUAGES) == languages.CODES


def test_a_new_lounge_speaks_english_and_nobody_chose_a_language(
        session: Session, team: dict[str, Staff]) -> None:
    assert languages.lounge_language(session) == "en"
    assert languages.staff_language(session, team["desk"].id) is None


def test_a_staff_member_remembers_their_own_language_audited(
        session: Session, team: dict[str, Staff]) -> None:
    assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok
    assert languages.set_my_language(session, "zh_CN") == "zh_CN"
    assert Staff.get_by_id(team["desk"].id).language == "zh_CN"
    event = last_event()
    assert event.action == "staff.set_language"
    assert json.loads(event.detail) == {"language": "zh_CN", "was": None}
    assert languages.language_at_sign_in(session) == "zh_CN"
    staff.sign_out(session)
    assert staff.sign_in(session, team["manager"].id, MANAGER_PIN).ok
    assert languages.language_at_sign_in(session) == "en"  # the lounge's, theirs unset
    assert languages.staff_language(session, team["desk"].id) == "zh_CN"


def test_nobody_signed_in_sets_no_language(session: Session, team: dict[str, Staff]) -> None:
    with pytest.raises(NotSignedIn):
        languages.set_my_language(session, "da")


@pytest.mark.parametrize("code", ["fr", "", "zh", "DA", "en; DROP TABLE staff"])
def test_an_unknown_language_is_refused(session: Session, team: dict[str, Staff],
                                        code: str) -> None:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    with pytest.raises(languages.UnknownLanguage) as refusal:
        languages.set_my_language(session, code)
    assert "does not speak the language" in str(refusal.value)
    with pytest.raises(languages.UnknownLanguage):
        languages.set_lounge_language(session, code)
    assert Lounge.get().language == "en"
    assert Staff.get_by_id(team["admin"].id).language is None


def test_the_administrator_sets_the_lounges_language_audited(
        session: Session, team: dict[str, Staff]) -> None:
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    languages.set_lounge_language(session, "da")
    assert Lounge.get().language == "da"
    assert languages.lounge_language(session) == "da"
    event = last_event()
    assert event.action == "lounge.set_language"
    assert json.loads(event.detail) == {"language": "da", "was": "en"}
    staff.sign_out(session)
    assert staff.sign_in(session, team["desk"].id, DESK_PIN).ok
    assert languages.language_at_sign_in(session) == "da"


@pytest.mark.parametrize("who, pin", [("desk", DESK_PIN), ("manager", MANAGER_PIN)])
def test_only_an_administrator_sets_the_lounges_language(
        session: Session, team: dict[str, Staff], who: str, pin: str) -> None:
    assert staff.sign_in(session, team[who].id, pin).ok
    with pytest.raises(PermissionDenied):
        languages.set_lounge_language(session, "zh_CN")
    assert Lounge.get().language == "en"


def test_a_language_no_longer_spoken_falls_back_to_the_lounges(
        session: Session, team: dict[str, Staff]) -> None:
    Staff.update(language="fr").where(Staff.id == team["desk"].id).execute()
    assert languages.staff_language(session, team["desk"].id) is None


def test_a_lounge_in_use_gets_its_language_from_settings_only(
        session: Session, team: dict[str, Staff]) -> None:
    """The set-up dialog's choice counts until someone has signed in to the lounge."""
    with pytest.raises(languages.ServiceError, match="in use"):
        languages.set_new_lounges_language(session, team["admin"].lounge_id, "da")
    assert Lounge.get().language == "en"


def test_a_new_lounge_speaks_the_language_chosen_as_it_was_set_up(
        session: Session, team: dict[str, Staff]) -> None:
    from vipdesk.domain.lounge_setup import LoungePlan
    from vipdesk.services import setup
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    made = setup.set_up_lounge(session, LoungePlan(
        name="Aurora Lounge", airport="PEK", timezone="Asia/Shanghai",
        admin_name="Wang Xiaoming", admin_pin="975318"))
    languages.set_new_lounges_language(session, made.id, "zh_CN")
    assert Lounge.get_by_id(made.id).language == "zh_CN"
    staff.sign_out(session)
    with pytest.raises(NotSignedIn):  # beside other lounges: an administrator's act only
        languages.set_new_lounges_language(session, made.id, "da")
