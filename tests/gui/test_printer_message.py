"""A printer that will not start: the message names it and says what to do next."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from tests.gui.test_counted_words import boarding_pass, pdf_of
from tests.helpers.desk_screen import open_desk
from vipdesk.gui import pdf_preview
from vipdesk.gui.pdf_preview import PdfPreviewDialog
from vipdesk.services.session import Session

pytestmark = pytest.mark.qt_log_ignore("QPainter::begin")


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


class BrokenPrinter(QPrinter):
    """A printer called "Reception HP" that refuses every job (PDF output with no file)."""

    def __init__(self, *args: object) -> None:
        super().__init__(QPrinter.PrinterMode.ScreenResolution)
        self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)

    def printerName(self) -> str:
        return "Reception HP"


class AcceptingDialog:
    def __init__(self, printer: QPrinter, parent: object) -> None:
        pass

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted


def test_the_card_printer_message_names_the_printer_and_gives_advice(
        qtbot, desk_session: Session, warnings: list[str]) -> None:
    desk = open_desk(qtbot, desk_session)
    qtbot.keyClicks(desk.ui.scanEdit, boarding_pass())
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    qtbot.mouseClick(desk.ui.printCardButton, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    message = warnings[0]
    assert "printer  could" not in message
    assert message.startswith("The default printer could not be started.")
    for advice in ("switched on", "paper", "Settings", "save the card as PDF"):
        assert advice in message


def test_a_chosen_printer_is_named(qtbot, monkeypatch: pytest.MonkeyPatch,
                                   warnings: list[str]) -> None:
    monkeypatch.setattr(pdf_preview, "QPrinter", BrokenPrinter)
    monkeypatch.setattr(pdf_preview, "QPrintDialog", AcceptingDialog)
    dialog = PdfPreviewDialog(pdf_of(1), "Handover", "handover.pdf")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    assert warnings[0].startswith("The printer “Reception HP” could not be started.")
    assert "switched on" in warnings[0] and "save as PDF" in warnings[0]
