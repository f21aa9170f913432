"""Counted phrases in plain text: "1 companion", "2 companions", never "companion(s)"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from vipdesk.documents.report_layout import plural
from vipdesk.domain.counting import counted
from vipdesk.domain.eligibility import Allowance, allowance_message


@pytest.mark.parametrize(("count", "expected"), [(0, "0 visits"), (1, "1 visit"), (2, "2 visits"),
                                                 (12345, "12,345 visits")])
def test_one_for_one_and_many_for_every_other_count(count: int, expected: str) -> None:
    assert counted(count, "{n} visit", "{n} visits") == expected


def test_the_documents_count_with_the_same_rule() -> None:
    assert (plural(1, "party", "parties"), plural(3, "party", "parties")) == ("1 party",
                                                                            "3 parties")


@pytest.mark.parametrize(("free", "words"), [(1, "admits 1 companion free"),
                                             (2, "admits 2 companions free")])
def test_the_companion_allowance_counts_its_companions(free: int, words: str) -> None:
    message = str(allowance_message(Allowance(free=free, paid=0, price=Decimal(0)), 5))
    assert words in message and "(s)" not in message


def test_a_one_day_retention_marker_says_one_day() -> None:
    from vipdesk.domain.retention import removed_after
    assert (removed_after(1), removed_after(90)) == ("[removed after 1 day]",
                                                    "[removed after 90 days]")
