"""How long personal data is kept and what replaces it: the retention rules on their own."""

from __future__ import annotations

import datetime as dt

import pytest

from vipdesk.domain import retention as rules

NOW = dt.datetime(2026, 11, 23, 8, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize(("days", "cut"), [
    (1, dt.datetime(2026, 11, 22, 8, 0, tzinfo=dt.UTC)),
    (90, dt.datetime(2026, 8, 25, 8, 0, tzinfo=dt.UTC)),
    (3650, dt.datetime(2016, 11, 25, 8, 0, tzinfo=dt.UTC)),
])
def test_the_cut_off_is_exactly_the_retention_period_before_now(days: int,
                                                                 cut: dt.datetime) -> None:
    assert rules.cut_off(NOW, days) == cut


def test_the_cut_off_refuses_a_naive_time_and_a_setting_out_of_range() -> None:
    with pytest.raises(ValueError, match=r"^cut_off needs a timezone-aware time; use the clock$"):
        rules.cut_off(NOW.replace(tzinfo=None), 90)
    for days in (0, 3651):
        with pytest.raises(ValueError) as refused:
            rules.cut_off(NOW, days)
        assert str(refused.value) == rules.retention_problem(days)
        assert str(refused.value)


def test_the_marker_says_how_long_the_text_was_kept() -> None:
    assert rules.removed_after(1) == "[removed after 1 day]"
    assert rules.removed_after(90) == "[removed after 90 days]"


@pytest.mark.parametrize(("text", "removed"), [
    ("[removed after 90 days]", True), ("[removed on request]", True), ("[removed", False),
    ("Guest said [removed after 90 days]", False), ("", False), (None, False)])
def test_a_text_is_removed_when_it_starts_with_a_marker(text: str | None, removed: bool) -> None:
    assert rules.is_removed(text) is removed


@pytest.mark.parametrize(("text", "after"), [
    ("Mr Chen wants tea", "[removed after 90 days]"),
    ("", ""), (None, None),
    ("[removed on request]", "[removed on request]"),  # already done: left as it says
])
def test_scrubbing_replaces_a_whole_text_once(text: str | None, after: str | None) -> None:
    assert rules.scrub(text, "[removed after 90 days]") == after


def test_the_words_of_a_name_longest_first_both_ways_round() -> None:
    assert rules.name_words("Chen", "Mei Lin") == [
        "Chen Mei Lin", "Mei Lin Chen", "Mei Lin", "Chen", "Lin", "Mei"]
    assert rules.name_words("  Al-Rashid ", "O'Brien") == [
        "Al-Rashid O'Brien", "O'Brien Al-Rashid", "Al-Rashid", "O'Brien", "Rashid", "Brien"]
    assert rules.name_words("O’Neil") == ["O’Neil", "Neil"]  # the typographic apostrophe too
    assert rules.name_words("Al-Lin") == ["Al-Lin", "Lin"]  # a part of three letters is a name


def test_initials_and_the_anonymised_name_are_not_cut() -> None:
    assert rules.name_words("Chen", "M") == ["Chen M", "M Chen", "Chen"]
    assert rules.name_words("Anonymised") == []
    assert rules.name_words("anonymised", "Jo") == ["Jo anonymised", "anonymised Jo", "Jo"]
    assert rules.name_words("王", "伟") == ["伟 王", "王 伟", "伟", "王"]  # one character is a name
    assert rules.name_pattern("", "") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Mei  Chen asked", "[name removed] asked"),  # spaces between the words may vary
    ("CHEN", "[name removed]"),
    ("Chenoweth", "Chenoweth"),
    ("Chen2", "Chen2"),  # a word character right after: another word
    ("王伟先生", "[name removed][name removed]先生"),  # each name, wherever it appears
])
def test_a_name_pattern_cuts_whole_words_except_in_scripts_without_spaces(
        text: str, expected: str) -> None:
    assert rules.redact(text, rules.name_pattern("王 伟" if "王" in text else "Chen",
                                                 "" if "王" in text else "Mei")) == expected


def test_redacting_leaves_empty_text_and_no_pattern_alone() -> None:
    pattern = rules.name_pattern("Chen")
    assert rules.redact("", pattern) == ""
    assert rules.redact(None, pattern) is None
    assert rules.redact("Mr Chen", None) == "Mr Chen"


def test_a_scrubbed_handover_keeps_empty_names_and_non_text_values() -> None:
    data = {"guests": [{"guest_name": "", "party_size": 2, "guest_words": "Loud",
                        "how": "", "seated": True}], "note": None}
    done = rules.scrub_handover(data, "[removed after 90 days]")
    assert done == {"guests": [{"guest_name": "", "party_size": 2,
                                "guest_words": "[removed after 90 days]", "how": "",
                                "seated": True}],
                    "note": None, "personal_data_removed": True}
    assert "personal_data_removed" not in data
    assert rules.handover_scrubbed(done)
    assert not rules.handover_scrubbed(data) and not rules.handover_scrubbed({})


def test_erasing_from_a_handover_scrubs_the_guests_lines_and_cuts_the_name_elsewhere() -> None:
    data = {
        "guests_in_lounge": [
            {"guest_id": 7, "guest_name": "Ms Chen", "text": "Chen wants tea"},
            {"visit_id": 70, "guest_name": "Ms Chen", "how": "Call Chen"},
            {"guest_id": 8, "guest_name": "Mr Berg", "text": "Berg knows Chen"},
        ],
        "open_items": [{"complaint_id": 700, "guest_words": "Cold", "owner": "Mads"},
                       {"complaint_id": 800, "guest_words": "Chen was loud"}],
        "staff": "Dina Desk",
    }
    erased = rules.erase_from_handover(data, guest_id=7, visit_ids={70}, complaint_ids={700},
                                       pattern=rules.name_pattern("Chen"))
    assert erased == {
        "guests_in_lounge": [
            {"guest_id": 7, "guest_name": "Anonymised", "text": "[removed on request]"},
            {"visit_id": 70, "guest_name": "Anonymised", "how": "[removed on request]"},
            {"guest_id": 8, "guest_name": "Mr Berg", "text": "Berg knows [name removed]"},
        ],
        "open_items": [{"complaint_id": 700, "guest_words": "[removed on request]",
                        "owner": "Mads"},
                       {"complaint_id": 800, "guest_words": "[name removed] was loud"}],
        "staff": "Dina Desk",
    }


def test_only_the_guests_own_words_are_cut() -> None:
    assert rules.redact("Mr Chen gave XXXX and xxxx points", rules.name_pattern("Chen")) == (
        "Mr [name removed] gave XXXX and xxxx points")


def test_a_name_with_a_character_unicode_has_no_name_for_is_still_cut() -> None:
    # U+E000 is a private-use character: it has no name in the Unicode tables.
    assert rules.redact("Ask Li\ue000 first", rules.name_pattern("Li\ue000")) == (
        "Ask [name removed] first")
