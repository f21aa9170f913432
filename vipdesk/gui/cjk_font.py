"""Chinese on a kiosk without CJK fonts: the font the PDFs use (WenQuanYi Micro Hei,
``resources/fonts/wqy-microhei.ttc``) registered for the screens too.

Registering it reads a 5 MB file (about 20 ms), so it is not done before the first window:
the desk registers it once the opening window is painted (while the database is checked on
a worker, before any screen shows a guest's name), and at once whenever the desk switches
to Chinese (tests, benches, a window built without the opening one). The family is made a
substitute of the application's font, so any text with Chinese characters in it (a guest's
name on an English screen too) falls back to it for the characters the Latin font lacks.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from vipdesk.desk_log import log
from vipdesk.resources_path import resource_path

FILE = "wqy-microhei.ttc"
_registered: list[str] = []  # the family, once registered; [""] if the file could not be


def register_cjk_font() -> str | None:
    """Register the CJK font for the screens (once; later calls cost nothing); its family,
    or None when the file is missing or unreadable (the PC's own fonts are used)."""
    if _registered:
        return _registered[0] or None
    if QGuiApplication.instance() is None:
        return None
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("the CJK font %s could not be registered: Chinese may not show", FILE)
        _registered.append("")
        return None
    family = families[0]
    _registered.append(family)
    for base in {QGuiApplication.font().family(), QFont().defaultFamily(), "Sans Serif"}:
        if family not in QFont.substitutes(base):
            QFont.insertSubstitutions(base, [*QFont.substitutes(base), family])
    return family
