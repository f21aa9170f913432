"""How a flight is written: one spelling of its number and one label, everywhere.

A flight number is one to four digits and maybe a letter (``501``, ``61A``).
Its padding zeros are dropped (:func:`unpadded`), as a scanned boarding pass
and the departures file both spell it, so a visit and its departure link.
Every screen, report and card writes a flight as :func:`flight_label` does:
the carrier, a space, the number (``SK 501``).
"""

from __future__ import annotations


def unpadded(number: str) -> str:
    """Leading zeros off a flight number that may end in a letter: 0061 -> 61, 001A -> 1A,
    0000 -> 0, 000A -> 0A (a number keeps at least one digit)."""
    stripped = number.lstrip("0")
    if stripped == number:
        return number
    return stripped if stripped[:1].isdigit() else "0" + stripped


def flight_label(carrier: str, number: str) -> str:
    """``SK 501`` for ``SK``/``0501``: the carrier, a space, the number unpadded;
    '' without a flight, the carrier alone without a number."""
    return f"{carrier} {unpadded(number)}".strip()
