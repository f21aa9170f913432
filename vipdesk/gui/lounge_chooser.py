"""Which lounge this desk serves, asked once when the database holds several.

Start-up (:mod:`vipdesk.gui.app`) shows it only when the database holds more than one
lounge and this desk remembers none of them; the choice is remembered per database in the
desk's own settings (:func:`vipdesk.gui.desk_settings.serve_lounge`). It only chooses:
nobody is signed in yet, so setting up another lounge is an administrator's, from
Settings → This desk of a signed-in desk (:mod:`vipdesk.gui.settings_screen`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from vipdesk.gui.form_types import LoungeChooserForm
from vipdesk.gui.forms import load_form
from vipdesk.services.setup import LoungeRef


def lounge_line(lounge: LoungeRef) -> str:
    """How a lounge is named in a list: its name and its airport."""
    return f"{lounge.name} — {lounge.airport}"


class LoungeChooser(QDialog):
    """The lounges of the database; :attr:`chosen` once accepted."""

    def __init__(self, lounges: list[LoungeRef], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chosen: LoungeRef | None = None
        self.setWindowTitle(self.tr("VIP Desk — choose this desk's lounge"))
        self.ui = load_form(LoungeChooserForm, self)
        for lounge in lounges:
            item = QListWidgetItem(lounge_line(lounge))
            item.setData(Qt.ItemDataRole.UserRole, lounge)
            self.ui.loungeList.addItem(item)
        self.ui.loungeList.itemSelectionChanged.connect(self._enable)
        self.ui.loungeList.itemActivated.connect(lambda _item: self.open_chosen())
        self.ui.openButton.clicked.connect(self.open_chosen)
        self.ui.cancelButton.clicked.connect(self.reject)
        self._enable()
        self.resize(640, 420)

    def _selected(self) -> QListWidgetItem | None:
        """The lounge picked (not merely the one the keyboard focus rests on)."""
        items = self.ui.loungeList.selectedItems()
        return items[0] if items else None

    @Slot()
    def _enable(self) -> None:
        self.ui.openButton.setEnabled(self._selected() is not None)

    @Slot()
    def open_chosen(self) -> None:
        item = self._selected()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        self.accept()
