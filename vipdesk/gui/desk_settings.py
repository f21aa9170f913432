"""Settings of this desk PC (not of the lounge): its name, card printer and card size, its
scanner, and which lounge it serves on each database it opens.

Every desk setting is declared once here, with its type and default; the rest
of the code reads and writes through :class:`DeskSettings`, never a raw key. One more
setting lives in the same store but not here: the language the desk's sign-in screen last
spoke (:mod:`vipdesk.gui.desk_language`), read before the first window, where this
module's database imports (the models) have not loaded yet.
"""

from __future__ import annotations

import hashlib
import socket
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QSettings

from vipdesk.storage.models import DESK_NAME_LENGTH
from vipdesk.storage.paths import Target
from vipdesk.storage.server_url import database_key

T = TypeVar("T", str, bool, int)


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


# This desk's name on the audit trail and each check-in ("Desk 1", "Office"); empty: the
# PC's host name.
DESK_NAME = Setting("desk/name", "")
CARD_PRINTER = Setting("cards/printer", "")
CARD_PAGE_SIZE = Setting("cards/page_size", "A6")
AUTO_PRINT_CARD = Setting("cards/auto_print", False)
# What this desk's scanner types before and after each barcode, for a scanner set up so.
SCANNER_PREFIX = Setting("scanner/prefix", "")
SCANNER_SUFFIX = Setting("scanner/suffix", "")
# The lounge (its id) this desk serves, one per database the PC opens (0: none chosen yet).
SERVED_LOUNGE = "lounges/"


class DeskSettings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings("VIPDesk", "VIPDesk")

    def get(self, setting: Setting[T]) -> T:
        value = self.store.value(setting.key, setting.default)
        default = setting.default
        if isinstance(default, bool):
            if isinstance(value, str):  # some back-ends store "true"/"false"
                return value.lower() == "true"
            return bool(value)
        if isinstance(default, int):
            try:
                return int(str(value))
            except ValueError:
                return default
        return str(value)

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)


def host_name() -> str:
    """The PC's name: a desk's name while none is set."""
    return (socket.gethostname() or "Desk")[:DESK_NAME_LENGTH]


def desk_name(settings: DeskSettings) -> str:
    """The name this desk goes by: as set here (spaces tidied), else the PC's host name."""
    return " ".join(settings.get(DESK_NAME).split())[:DESK_NAME_LENGTH] or host_name()


def served_lounge_setting(target: Target) -> Setting[int]:
    """The setting holding which lounge this desk serves on ``target``: keyed by a hash of
    the database's key (:func:`vipdesk.storage.server_url.database_key`, no password), so
    one PC may serve a lounge on each of two databases."""
    digest = hashlib.sha256(database_key(target).encode("utf-8")).hexdigest()[:24]
    return Setting(SERVED_LOUNGE + digest, 0)


def served_lounge(settings: DeskSettings, target: Target) -> int | None:
    """The id of the lounge this desk serves on ``target``, if one was chosen here."""
    return settings.get(served_lounge_setting(target)) or None


def serve_lounge(settings: DeskSettings, target: Target, lounge_id: int) -> None:
    """Remember that this desk serves ``lounge_id`` on ``target`` (from its next start)."""
    settings.set(served_lounge_setting(target), lounge_id)
