"""How a flight is written: the carrier, a space, the number without padding zeros."""

from __future__ import annotations

import pytest

from vipdesk.domain.flights import flight_label, unpadded


@pytest.mark.parametrize(("number", "spelt"), [
    ("5", "5"), ("61", "61"), ("501", "501"), ("1234", "1234"),  # one to four digits
    ("0501", "501"), ("0061", "61"), ("0005", "5"),  # padding zeros go
    ("1050", "1050"), ("100", "100"),  # zeros inside or at the end stay
    ("61A", "61A"), ("001A", "1A"), ("0012B", "12B"),  # a suffix letter stays
    ("0000", "0"), ("0", "0"), ("000A", "0A"),  # a number keeps a digit
    ("", ""),
])
def test_a_flight_number_loses_only_its_padding_zeros(number: str, spelt: str) -> None:
    assert unpadded(number) == spelt


@pytest.mark.parametrize(("carrier", "number", "label"), [
    ("SK", "501", "SK 501"), ("SK", "0501", "SK 501"), ("U2", "61A", "U2 61A"),
    ("DY", "1", "DY 1"), ("BA", "1234", "BA 1234"), ("LH", "0040", "LH 40"),
    ("SK", "", "SK"), ("", "", ""),  # no flight: nothing, not a lone space
])
def test_a_flight_is_labelled_carrier_space_number(carrier: str, number: str,
                                                    label: str) -> None:
    assert flight_label(carrier, number) == label
