"""What a boarding pass looks like as text: one rule for a scan and for a typed line.

A pass (IATA BCBP, format ``M``) starts with ``M`` and its number of legs, after the
AIM symbology identifier (``]Q3``) some scanners send first and the prefix a desk's
scanner may be set to send. The desk's scan field asks :func:`looks_like_a_pass` of
a whole line; the scanner path asks :func:`pass_start` of the first keys of a burst,
before it knows the rest, so it can hold them back from the focused field.
"""

from __future__ import annotations

import re
from enum import Enum

AIM_IDENTIFIER = re.compile(r"\][A-Za-z][0-9A-Za-z]")
SHORTEST_PASS = 40  # shorter than any pass (60 and more), longer than a name or a flight


class Start(Enum):
    """How far the first characters of a text go towards a boarding pass."""

    NO = "no"
    MAYBE = "maybe"  # could still become one: the next characters tell
    YES = "yes"  # reads as the start of a pass: M and the number of legs


def _body_start(body: str) -> Start:
    if not body:
        return Start.MAYBE
    if body[0] not in "Mm":
        return Start.NO
    if len(body) == 1:
        return Start.MAYBE
    return Start.YES if body[1] in "123456789" else Start.NO


def pass_start(text: str, prefix: str = "") -> Start:
    """Whether ``text`` (the first keys of a burst) starts a pass, with or without the
    desk scanner's ``prefix``."""
    if prefix and text and (prefix.startswith(text) or text.startswith(prefix)):
        if len(text) <= len(prefix):
            return Start.MAYBE
        after = pass_start(text[len(prefix):])
        if after is not Start.NO:
            return after
    if text.startswith("]"):
        if len(text) < 3:
            return Start.MAYBE if len(text) == 1 or text[1].isalpha() else Start.NO
        if AIM_IDENTIFIER.match(text) is None:
            return Start.NO
        return _body_start(text[3:])
    return _body_start(text)


def looks_like_a_pass(text: str) -> bool:
    """A whole line that is a scanner's boarding pass rather than a name typed to search."""
    body = text[3:] if AIM_IDENTIFIER.match(text) else text
    return len(body) >= SHORTEST_PASS and _body_start(body[:2]) is Start.YES
