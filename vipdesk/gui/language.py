"""The language the desk speaks: English, 简体中文 or Dansk, switched while it runs.

Qt's own translation system: ``resources/translations/vipdesk_<code>.qm``, compiled from
the ``.ts`` sources that ``.ci/translations`` updates with lupdate. Switching installs the
language's translators (ours and Qt's own for its dialogs' buttons); Qt then sends every
widget a ``LanguageChange`` event. Forms loaded from ``ui/`` retranslate themselves
(``vipdesk.gui.forms``); a screen that sets texts in code registers what redoes them with
:func:`when_language_changes`, so nothing typed is lost and nothing restarts.
"""

from __future__ import annotations

import datetime as dt
import inspect
import weakref
from collections.abc import Callable
from decimal import Decimal
from typing import Final

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    Qt,
    QTranslator,
)

from vipdesk.domain.message import Message
from vipdesk.resources_path import resource_path

ENGLISH: Final = "en"
LANGUAGES: Final[dict[str, str]] = {"en": "English", "zh_CN": "简体中文", "da": "Dansk"}
"""Each language the desk speaks, named in itself (as the sign-in screen lists them)."""

_installed: list[QTranslator] = []
_current = ENGLISH


def current_language() -> str:
    """The code of the language the desk speaks now ("en", "zh_CN", "da")."""
    return _current


def translator_for(code: str, parent: QObject | None = None) -> QTranslator | None:
    """Our translator for ``code`` (loaded, not installed), or None for English or a
    language we do not ship: a printed report in a language other than the screen's."""
    if code == ENGLISH or code not in LANGUAGES:
        return None
    translator = QTranslator(parent)
    if not translator.load(f"vipdesk_{code}", str(resource_path("translations"))):
        return None
    return translator


def forget_language() -> None:
    """Back to English without redoing any screen's texts: for screens that are going (a
    test's, whose database is already gone), where a redo would read what is no longer there."""
    global _current
    app = QCoreApplication.instance()
    if app is not None:
        for translator in _installed:
            app.removeTranslator(translator)
    _installed.clear()
    _current = ENGLISH
    QLocale.setDefault(locale_for(ENGLISH))


def use_language(code: str) -> None:
    """Speak ``code`` from now on: every open screen retranslates at once.

    An unknown code (a language removed since it was saved) falls back to English."""
    global _current
    app = QCoreApplication.instance()
    if code not in LANGUAGES:
        code = ENGLISH
    if app is None or code == _current:
        _current = code
        return
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = code
    QLocale.setDefault(locale_for(code))
    if code == "zh_CN":
        from vipdesk.gui.cjk_font import register_cjk_font
        register_cjk_font()  # before the screens lay out their Chinese
    if code != ENGLISH:
        ours = translator_for(code, app)
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{code}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            _installed.append(qt_own)
        if ours is not None:
            _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)  # each install or removal tells every widget...
    # ...by a posted LanguageChange: deliver it now, so the forms have put their texts back
    # before the screens redo theirs, and the switch is done when this returns
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    _redo_code_set_texts()


def locale_for(code: str) -> QLocale:
    """The locale a language formats dates and numbers in (English: British, 24 hours)."""
    return QLocale({"en": "en_GB", "zh_CN": "zh_CN", "da": "da_DK"}.get(code, "en_GB"))


class _OnLanguageChange(QObject):
    """What redoes one widget's code-set texts; a child of the widget, so it goes with it.

    It holds the widget's ``retranslate`` weakly: a dialog nobody keeps is still freed."""

    def __init__(self, watched: QObject, redo: Callable[[], None]) -> None:
        super().__init__(watched)
        self._redo: Callable[[], Callable[[], None] | None] = (
            weakref.WeakMethod(redo) if inspect.ismethod(redo) else (lambda: redo))
        _watchers.add(self)

    def redo(self) -> None:
        redo = self._redo()
        if redo is not None:
            redo()


_watchers: weakref.WeakSet[_OnLanguageChange] = weakref.WeakSet()


def when_language_changes(widget: QObject, redo: Callable[[], None]) -> None:
    """Call ``redo`` (the screen's ``retranslate``) each time the language changes.

    It runs after Qt's ``LanguageChange`` has gone through every widget: a form loaded
    from ``ui/`` puts its own texts back then, and a text the screen sets in code must win."""
    _OnLanguageChange(widget, redo)


def say_model_again(model: QAbstractItemModel) -> None:
    """A table model's retranslate: its views ask again for every header and cell."""
    columns, rows = model.columnCount(), model.rowCount()
    if columns:
        model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        if rows:
            model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, columns - 1))


def _redo_code_set_texts() -> None:
    for watcher in list(_watchers):
        if shiboken6.isValid(watcher):
            watcher.redo()


# --- what a screen shows in the language: messages, times, dates, numbers ---------------


def translate(context: str, text: str, count: int = -1) -> str:
    """Qt's translation of ``text`` in ``context``, ``%n`` put in (English: the text itself)."""
    return QCoreApplication.translate(context, text, None, count)


def shown_time(value: dt.time | dt.datetime) -> str:
    """A time of day as the language writes it, always 24 hours ("09:05")."""
    return f"{value.hour:02d}:{value.minute:02d}"


def shown_date(value: dt.date, *, long: bool = False) -> str:
    """A day as the language writes it: "23 Nov 2026", "2026年11月23日", "23. nov. 2026"."""
    locale = locale_for(_current)
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    if not long:
        pattern = {"zh_CN": "yyyy年M月d日", "da": "d. MMM yyyy"}.get(_current, "d MMM yyyy")
        return locale.toString(QDate(value.year, value.month, value.day), pattern)
    return locale.toString(QDate(value.year, value.month, value.day), form)


def shown_number(value: int | float | Decimal, decimals: int = 0) -> str:
    """A number with the language's separators ("1,234" / "1.234")."""
    locale = locale_for(_current)
    if isinstance(value, int) and decimals == 0:
        return locale.toString(value)
    return locale.toString(float(value), "f", decimals)


def shown_value(value: object) -> str:
    """A message's named value in the language (times in 24 hours)."""
    if isinstance(value, dt.datetime):
        return f"{shown_date(value.date())} {shown_time(value)}"
    if isinstance(value, dt.time):
        return shown_time(value)
    if isinstance(value, dt.date):
        return shown_date(value)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return shown_number(value)
    if isinstance(value, Decimal):
        return shown_number(value, 2)
    return str(value)


def in_language(message: Message) -> str:
    """A service's or the pass reader's message in the language the desk speaks now."""
    return message.render(translate, shown_value)
