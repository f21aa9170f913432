"""Which lounge this desk serves, asked once when the database holds several.

Start-up (:mod:`vipdesk.gui.app`) shows it only when the database holds more than one
lounge and this desk remembers none of them; the choice is remembered per database in the
desk's own settings (:func:`vipdesk.gui.desk_settings.serve_lounge`). "Set up another
lounge…" opens the first-run dialog for a new lounge beside the others, which this desk
then serves.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from vipdesk.gui.form_types import LoungeChooserForm
from vipdesk.gui.forms import load_form
from vipdesk.services.session import Session
from vipdesk.services.setup import LoungeRef


def lounge_line(lounge: LoungeRef) -> str:
    """How a lounge is named in a list: its name and its airport."""
    return f"{lounge.name} — {lounge.airport}"


class LoungeChooser(QDialog):
    """The lounges of the database; :attr:`chosen` once accepted."""

    def __init__(self, session: Session, lounges: list[LoungeRef],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
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
        self.ui.anotherButton.clicked.connect(self.set_up_another)
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

    @Slot()
    def set_up_another(self) -> None:
        from vipdesk.gui.first_run_dialog import FirstRunDialog
        dialog = FirstRunDialog(self.session, self, another=True)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
            self.chosen = dialog.created
            self.accept()
