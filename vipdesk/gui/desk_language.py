"""The language this desk PC last spoke at its sign-in screen: the first window's language.

The desk's language comes from the lounge (in the database), but the windows shown before
the database is read (the opening window, the lounge chooser, a refusal to start) come
first. So the desk remembers, beside its other settings (:mod:`vipdesk.gui.desk_settings`,
the same store), the language its sign-in screen last spoke (the lounge's default), and
start-up speaks it from the first window on. The first start ever speaks English.

Read before the first window: this module imports no database code (no peewee), only
QSettings, so reading it costs well under a millisecond.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from PySide6.QtCore import QSettings

SIGN_IN_LANGUAGE: Final = "desk/sign_in_language"
ENGLISH: Final = "en"



def desk_store() -> QSettings:
    return QSettings("VIPDesk", "VIPDesk")


store: Callable[[], QSettings] = desk_store
"""The desk's settings store (the one :class:`~vipdesk.gui.desk_settings.DeskSettings`
uses); a test puts a file of its own here."""


def remembered_language() -> str:
    """The code of the language the sign-in screen last spoke on this PC; English at first."""
    value = store().value(SIGN_IN_LANGUAGE, ENGLISH)
    return value if isinstance(value, str) and value else ENGLISH


def remember_language(code: str) -> None:
    """The sign-in screen speaks ``code``: the next start opens in it."""
    settings = store()
    if settings.value(SIGN_IN_LANGUAGE, ENGLISH) != code:  # no write at each sign-out
        settings.setValue(SIGN_IN_LANGUAGE, code)
