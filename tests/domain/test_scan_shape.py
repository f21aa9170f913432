"""The one rule for what a boarding pass looks like, for a typed line and a scan's first keys."""

from __future__ import annotations

import pytest

from vipdesk.domain.scan_shape import Start, looks_like_a_pass, pass_start

PASS = "M1CHEN/LIMS            EABC123 CPHLHRSK 0501 327J002A0025 100"


@pytest.mark.parametrize(("text", "start"), [
    ("", Start.MAYBE), ("M", Start.MAYBE), ("m", Start.MAYBE), ("M1", Start.YES),
    ("m3CHEN", Start.YES), ("M0", Start.NO), ("Me", Start.NO), ("Mette", Start.NO),
    ("]", Start.MAYBE), ("]Q", Start.MAYBE), ("]Q3", Start.MAYBE), ("]Q3M", Start.MAYBE),
    ("]Q3M1", Start.YES), ("]3", Start.NO), ("]Q3X", Start.NO), ("1M", Start.NO),
])
def test_the_first_keys_of_a_pass(text: str, start: Start) -> None:
    assert pass_start(text) is start


@pytest.mark.parametrize(("text", "start"), [
    ("~", Start.MAYBE), ("~M", Start.MAYBE), ("~M1", Start.YES), ("~X", Start.NO),
    ("M1", Start.YES), ("#", Start.NO),
    ("<", Start.MAYBE), ("<S", Start.MAYBE), ("<ST>", Start.MAYBE), ("<ST>M2", Start.YES),
    ("<SX", Start.NO),
])
def test_a_prefix_the_scanner_is_set_to_send(text: str, start: Start) -> None:
    prefix = "<ST>" if text.startswith("<") else "~"
    assert pass_start(text, prefix) is start


def test_a_whole_line() -> None:
    assert looks_like_a_pass(PASS) and looks_like_a_pass("]Q3" + PASS)
    assert looks_like_a_pass(PASS.lower())
    assert not looks_like_a_pass("M1CHEN")  # too short: a search
    assert not looks_like_a_pass("Mette Hansen, SK 501, flying to London Heathrow today")
