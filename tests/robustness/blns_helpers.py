"""The naughty strings, what Qt's text widgets do to them, and a tally of what became of each.

Documented Qt changes (measured on every string of blns.json, PySide6 6.x):

- ``QLineEdit`` and ``QPlainTextEdit`` drop a leading U+FEFF (byte-order mark) or U+FFFE
  (a non-character): the two strings made of only that character come back empty.
- ``QPlainTextEdit`` stores Enter as U+2029 (paragraph separator), so a typed U+2029 comes
  back as a line break when read with ``feedback_dialog.plain_text`` (the raw text).
- A ``QLineEdit`` with a ``maxLength`` (200 on the manual-entry fields) keeps only that many
  UTF-16 code units of a pasted string (an emoji counts two; a pair cut in half is dropped):
  ``Tally.record(..., limit=edit.maxLength())`` expects exactly ``utf16_prefix`` of it and
  counts it under "Qt". Six strings of the list are longer than 200 units.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

QT_DROPS_AT_START = "\ufeff\ufffe"


def in_line_edit(text: str) -> str:
    """What a QLineEdit holds after ``text`` is typed or pasted into it."""
    return text.lstrip(QT_DROPS_AT_START) if text[:1] in QT_DROPS_AT_START else text


def in_plain_text_edit(text: str) -> str:
    """What a QPlainTextEdit gives back (raw text, paragraph separators as line breaks)."""
    return in_line_edit(text).replace("\u2029", "\n")


def utf16_prefix(text: str, limit: int) -> str:
    """A QLineEdit's ``maxLength`` counts UTF-16 code units: an emoji counts two, and a
    pair cut in half is dropped."""
    return text.encode("utf-16-le")[: 2 * limit].decode("utf-16-le", errors="ignore")


def collapsed(text: str) -> str:
    """Names: any run of white space is one space (the names rule, on purpose)."""
    return " ".join(text.split())


def stripped(text: str) -> str:
    return text.strip()


def exact(text: str) -> str:
    return text


@dataclass
class FieldTally:
    tried: int = 0
    saved: int = 0
    rejected: int = 0
    changed_by_qt: int = 0
    same_guest: int = 0


@dataclass
class Tally:
    """Per field: how many strings were tried, saved unchanged, refused with a message."""

    fields: dict[str, FieldTally] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    def record(self, name: str, original: str, typed: str, stored: str | None, message: str,
               *, widget: Callable[[str], str] = in_line_edit,
               saved_as: Callable[[str], str] = exact, same_guest_ok: bool = False,
               limit: int = 32767) -> None:
        """``typed``: what the widget held; ``stored``: read back (None: refused); ``message``:
        what the screen said."""
        tally = self.count_try(name, original, typed, widget=widget, limit=limit)
        if tally is None:
            return
        short = repr(original[:60])
        if stored is None:
            tally.rejected += 1
            if not message.strip() or "Traceback" in message:
                self.failures.append(f"{name}: {short} refused without a clear message: "
                                     f"{message[:80]!r}")
            return
        tally.saved += 1
        if stored != saved_as(typed):
            if same_guest_ok and (collapsed(stored).casefold()
                                  == collapsed(saved_as(typed)).casefold()):
                tally.same_guest += 1  # recognised as a guest already on file
                return
            self.failures.append(f"{name}: {short} saved as {stored[:60]!r}")

    def count_try(self, name: str, original: str, typed: str, *,
              widget: Callable[[str], str] = in_line_edit, limit: int = 32767
              ) -> FieldTally | None:
        """Count a try of ``name``; its tally, or None when Qt changed the text in a way not
        documented above (a failure)."""
        tally = self.fields.setdefault(name, FieldTally())
        tally.tried += 1
        if typed != utf16_prefix(widget(original), limit):  # maxLength cuts what is typed
            self.failures.append(f"{name}: Qt changed {original[:60]!r} to {typed[:60]!r} "
                                 "(undocumented)")
            return None
        if typed != original:
            tally.changed_by_qt += 1
        return tally

    def summary(self) -> str:
        lines = [f"{'field':<28}{'tried':>7}{'saved':>7}{'refused':>9}{'Qt':>5}"]
        for name, t in self.fields.items():
            lines.append(f"{name:<28}{t.tried:>7}{t.saved:>7}{t.rejected:>9}{t.changed_by_qt:>5}")
        total = sum(t.tried for t in self.fields.values())
        lines.append(f"{'all fields':<28}{total:>7}"
                     f"{sum(t.saved for t in self.fields.values()):>7}"
                     f"{sum(t.rejected for t in self.fields.values()):>9}"
                     f"{sum(t.changed_by_qt for t in self.fields.values()):>5}")
        return "\n".join(lines)
