"""The lounge settings' one declaration and its one rule: bounds inclusive, amber strictly
before fatigue, switches on or off, texts short and printable."""

from __future__ import annotations

import pytest

from vipdesk.domain import lounge_settings as declared
from vipdesk.domain.lounge_settings import NUMBERS, SWITCHES, TEXTS, Number, setting_problems
from vipdesk.domain.waiting import WaitSettings

DEFAULTS = {s.name: s.default for group in (NUMBERS, SWITCHES, TEXTS) for s in group.values()}


def test_a_new_lounges_settings_are_usable() -> None:
    assert setting_problems(DEFAULTS) == {}


def test_each_setting_is_declared_once_under_its_own_name() -> None:
    names = [*NUMBERS, *SWITCHES, *TEXTS]
    assert len(names) == len(set(names)) == 12
    assert all(key == s.name for group in (NUMBERS, SWITCHES, TEXTS) for key, s in group.items())


def test_the_wait_thresholds_are_the_declared_ones_in_wait_settings_order() -> None:
    assert [s.name for s in declared.WAIT_THRESHOLDS] == [
        "amber_minutes", "fatigue_minutes", "escalate_after_minutes"]
    assert WaitSettings() == WaitSettings(*(s.default for s in declared.WAIT_THRESHOLDS))
    assert WaitSettings() == WaitSettings(amber_minutes=10, fatigue_minutes=15,
                                          escalate_after_minutes=5)


@pytest.mark.parametrize("number", NUMBERS.values(), ids=list(NUMBERS))
def test_a_number_is_allowed_from_its_lowest_to_its_highest_both_included(
        number: Number) -> None:
    for allowed in (number.low, number.high):
        assert number.name not in setting_problems({number.name: allowed})
    for refused in (number.low - 1, number.high + 1):
        assert setting_problems({number.name: refused}) == {number.name: (
            f"The {number.called} must be between {number.low} and {number.high} "
            f"{number.unit}.")}


@pytest.mark.parametrize("value", [True, False, "15", 15.0, None])
def test_a_number_is_a_whole_number_not_a_switch_or_text(value: object) -> None:
    assert setting_problems({"fatigue_minutes": value}) == {
        "fatigue_minutes": "The fatigue alert must be a whole number of minutes."}


@pytest.mark.parametrize(("amber", "fatigue", "ok"), [(14, 15, True), (15, 15, False),
                                                      (16, 15, False), (1, 120, True)])
def test_the_amber_warning_comes_strictly_before_the_fatigue_alert(amber: int, fatigue: int,
                                                                   ok: bool) -> None:
    problems = setting_problems({"amber_minutes": amber, "fatigue_minutes": fatigue})
    assert problems == ({} if ok else {
        "amber_minutes": "The amber warning must come before the fatigue alert."})


def test_the_order_is_not_judged_when_either_threshold_is_already_wrong() -> None:
    """One message per field: the bounds' message, not the order's as well."""
    assert setting_problems({"amber_minutes": 200, "fatigue_minutes": 15}) == {
        "amber_minutes": "The amber warning must be between 1 and 120 minutes."}
    assert set(setting_problems({"amber_minutes": 20, "fatigue_minutes": 0})) == {
        "fatigue_minutes"}


def test_only_the_settings_given_are_judged() -> None:
    assert setting_problems({}) == {}
    assert setting_problems({"amber_minutes": 30}) == {}
    assert setting_problems({"name": "anything", "airport": 7}) == {}


@pytest.mark.parametrize("value", [1, 0, None, "yes"])
def test_a_switch_is_on_or_off(value: object) -> None:
    assert setting_problems({"pin_for_restore": value}) == {
        "pin_for_restore": "The setting pin_for_restore is either on or off."}
    assert setting_problems({"pin_for_restore": False}) == {}


@pytest.mark.parametrize(("text", "ok"), [
    ("A" * 64, True), ("Aurora-Guest ø", True), ("", True),
    ("A" * 65, False), ("bad\x00byte", False), ("line\nbreak", False), ("\x1f", False),
    (64, False), (None, False)])
def test_a_text_is_short_and_without_control_characters(text: object, ok: bool) -> None:
    problems = setting_problems({"wifi_password": text})
    assert problems == ({} if ok else {"wifi_password": (
        "The Wi-Fi password is at most 64 characters, without control characters.")})


def test_every_default_is_within_its_bounds() -> None:
    for number in NUMBERS.values():
        assert number.low <= number.default <= number.high, number.name
    for text in TEXTS.values():
        assert len(text.default) <= text.max_length, text.name


def test_a_problem_is_a_message_the_screen_translates() -> None:
    """The same problems as messages: English as ``setting_problems`` says them, each
    setting's name and unit a word of its own for the translator."""
    from vipdesk.domain.lounge_settings import setting_messages
    values = {"amber_minutes": 20, "fatigue_minutes": 15, "retention_days": 0}
    messages = setting_messages(values)
    assert {name: str(m) for name, m in messages.items()} == setting_problems(values)
    asked: list[str] = []

    def translate(context: str, text: str, count: int) -> str:
        asked.append(text)
        return f"«{text}»"
    assert messages["amber_minutes"].render(translate) == (
        "«The «amber warning» must come before the «fatigue alert».»")
    asked.clear()
    messages["retention_days"].render(translate)
    assert {"retention period", "days"} <= set(asked)
