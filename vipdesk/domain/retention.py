"""Personal data and how long we keep it: what it is, what it becomes, and from when.

The lounge keeps passenger data only for its retention period (``Lounge.retention_days``,
90 days unless the administrator says otherwise). After that, or at once when an
administrator erases a guest on request, personal data is replaced in place, never
deleted with its row, so every count and figure of the reports stays correct:

- The guest record: :data:`ANONYMISED_GUEST` (names, frequent-flyer details,
  birthday, memberships, preferences and notes). Language stays: it names no one.
- Per visit: the seat and the boarding-pass sequence number (with flight and date
  they let an airline name the passenger); companions' names. Flight, cabin,
  entitlement, party size, times, space and rating stay: the reports count them.
- Free text that people wrote about guests: the guest's words, what they expect,
  the immediate action, the resolution and how we promised to answer (they may
  hold a phone number), complaint history notes, work-order descriptions, the
  reason for an exception, the answer to a fatigue alert, who a space was reserved
  for, shift diary entries and the handover snapshots. Staff write guests' names
  into all of these, so the whole text goes, replaced by a marker that says why
  (:func:`removed_after`, :data:`ERASED_TEXT`). Category, severity, status,
  compensation, department and times stay. Diary entries are included (decided
  for issue 7): a diary line is about the shift, but "Mr Chen's wife lost her
  passport" is personal data, and we cannot tell which lines are.
- On an erasure request the guest's own records go at once, and elsewhere (other
  guests' complaints, newer diary entries) the words of the guest's name are cut
  out by :func:`name_pattern`: whole words, ignoring case; names written in a
  script without spaces (Chinese, Japanese, Thai) are cut wherever they appear.
  It errs towards cutting too much; it cannot catch a misspelt name.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Collection, Mapping
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final

from vipdesk.domain.counting import counted
from vipdesk.domain.lounge_settings import RETENTION, setting_problems

ANONYMISED_NAME: Final = "Anonymised"
NAME_REMOVED: Final = "[name removed]"
ERASED_TEXT: Final = "[removed on request]"
REMOVED_MARK: Final = "[removed "  # every marker starts so: a text that does is already done

ANONYMISED_GUEST: Final[Mapping[str, object]] = MappingProxyType({
    "surname": ANONYMISED_NAME,
    "given_names": "",
    "title": "",
    "frequent_flyer_programme": "",
    "frequent_flyer_number": "",
    "frequent_flyer_tier": "",
    "memberships": "",
    "birthday": None,
    "preferences": "",
    "notes": "",
})

# Complaint columns written by or about the guest (the rest are codes, amounts and times).
COMPLAINT_TEXTS: Final = (
    "guest_words", "guest_expects", "immediate_action", "resolution", "promise_how")

# Keys of the shift handover snapshot (services/shifts.py) that hold personal data.
HANDOVER_NAME_KEYS: Final = frozenset({"guest_name"})
HANDOVER_TEXT_KEYS: Final = frozenset(
    {"guest_words", "guest_expects", "description", "text", "how"})
HANDOVER_DONE_KEY: Final = "personal_data_removed"


class ErasureReason(StrEnum):
    """Why a guest was erased on request: the code kept in the audit trail."""

    GUEST_REQUEST = "guest_request"  # the guest asked (right to erasure)
    LEGAL_OBLIGATION = "legal_obligation"  # a regulator or court requires it
    RECORDED_IN_ERROR = "recorded_in_error"  # the profile should never have existed


def retention_problem(days: object) -> str | None:
    """Why this retention setting cannot be used, or None when it can: the setting's
    declared rule (:data:`vipdesk.domain.lounge_settings.RETENTION`)."""
    return setting_problems({RETENTION.name: days}).get(RETENTION.name)


def cut_off(now: dt.datetime, retention_days: int) -> dt.datetime:
    """The moment before which personal data is no longer kept."""
    if now.tzinfo is None:
        raise ValueError("cut_off needs a timezone-aware time; use the clock")
    if problem := retention_problem(retention_days):
        raise ValueError(problem)
    return now - dt.timedelta(days=retention_days)


def removed_after(retention_days: int) -> str:
    """What replaces a text whose retention period ended."""
    return f"[removed after {counted(retention_days, '{n} day', '{n} days')}]"


def is_removed(text: str | None) -> bool:
    return text is not None and text.startswith(REMOVED_MARK)


def scrub(text: str | None, marker: str) -> str | None:
    """The marker in place of a text; empty and already-removed texts stay as they are."""
    if not text or is_removed(text):
        return text
    return marker


# ---------------------------------------------------------------------------
# Names inside free text

_UNSPACED_SCRIPTS: Final = ("CJK", "HIRAGANA", "KATAKANA", "THAI", "LAO", "KHMER", "MYANMAR")


def _unspaced(word: str) -> bool:
    """Written without spaces between words, so a name has no word boundary around it."""
    return any(unicodedata.name(ch, "").startswith(_UNSPACED_SCRIPTS) for ch in word)


def _worth_cutting(word: str) -> bool:
    letters = sum(ch.isalpha() for ch in word)
    return (letters >= 2 or (letters >= 1 and _unspaced(word))) \
        and word.casefold() != ANONYMISED_NAME.casefold()


def name_words(surname: str, given_names: str = "") -> list[str]:
    """The words of a guest's name worth cutting out of text, longest first.

    The full name both ways round ("Mei Chen", "Chen Mei"), each name, each word
    of it, and each part of a hyphenated or apostrophised word ("Al-Rashid",
    "Rashid"; "O'Brien", "Brien"). Single letters (initials) are left, unless
    written in a script without spaces.
    """
    surname, given_names = " ".join(surname.split()), " ".join(given_names.split())
    candidates = {surname, given_names, f"{given_names} {surname}".strip(),
                  f"{surname} {given_names}".strip()}
    for word in f"{given_names} {surname}".split():
        candidates.add(word)
        candidates.update(part for part in re.split(r"[-'’]", word) if len(part) >= 3)
    return sorted((w for w in candidates if w and _worth_cutting(w)), key=lambda w: (-len(w), w))


def name_pattern(surname: str, given_names: str = "") -> re.Pattern[str] | None:
    """A pattern matching a guest's name in free text (see the module docstring), or None."""
    parts = []
    for word in name_words(surname, given_names):
        body = r"\s+".join(re.escape(piece) for piece in word.split())
        parts.append(body if _unspaced(word) else rf"(?<!\w){body}(?!\w)")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


def redact(text: str | None, pattern: re.Pattern[str] | None) -> str | None:
    """The text with every match of the name pattern cut out."""
    if not text or pattern is None:
        return text
    return pattern.sub(NAME_REMOVED, text)


# ---------------------------------------------------------------------------
# The shift handover snapshot (a JSON document)


def _rewrite(node: Any, fix: Callable[[str, Any], Any]) -> Any:
    """A copy of a JSON value with ``fix(key, value)`` applied to every string under a key."""
    if isinstance(node, dict):
        return _rewrite_object(node, fix)
    if isinstance(node, list):
        return [_rewrite(item, fix) for item in node]
    return node


def _rewrite_object(node: Mapping[str, Any], fix: Callable[[str, Any], Any]) -> dict[str, Any]:
    """:func:`_rewrite` of a JSON object, which is an object again."""
    return {key: fix(key, value) if isinstance(value, str) else _rewrite(value, fix)
            for key, value in node.items()}


def _scrubbed(key: str, value: str, marker: str) -> str:
    if key in HANDOVER_NAME_KEYS:
        return ANONYMISED_NAME if value else value
    if key in HANDOVER_TEXT_KEYS:
        return scrub(value, marker) or ""
    return value


def scrub_handover(data: Mapping[str, Any], marker: str) -> dict[str, Any]:
    """The handover with every guest name and every text about guests replaced.

    Staff names, times, codes and counts stay, so the handover still shows what
    was open. The result is marked, so the retention job reads it only once.
    """
    done = _rewrite_object(data, lambda key, value: _scrubbed(key, value, marker))
    done[HANDOVER_DONE_KEY] = True
    return done


def handover_scrubbed(data: Mapping[str, Any]) -> bool:
    return bool(data.get(HANDOVER_DONE_KEY))


def erase_from_handover(data: Mapping[str, Any], *, guest_id: int,
                        visit_ids: Collection[int], complaint_ids: Collection[int],
                        pattern: re.Pattern[str] | None) -> dict[str, Any]:
    """The handover without one guest: their lines scrubbed, their name cut from all text."""
    def about_guest(item: Mapping[str, Any]) -> bool:
        return (item.get("guest_id") == guest_id or item.get("visit_id") in visit_ids
                or item.get("complaint_id") in complaint_ids)

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            if about_guest(node):
                return _rewrite(node, lambda key, value: _scrubbed(key, value, ERASED_TEXT))
            return {key: walk(value) for key, value in node.items()}
        if isinstance(node, list):
            return [walk(item) for item in node]
        return node

    erased = walk(dict(data))
    return _rewrite_object(erased, lambda key, value: redact(value, pattern))
