"""Counted phrases on screen: "1 page", "3 pages", never "page(s)"; earlier visits are earlier."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from reportlab.pdfgen.canvas import Canvas

from tests.helpers.desk_screen import open_desk
from vipdesk.domain.complaints import FeedbackInput
from vipdesk.domain.vocabulary import Category, FeedbackKind
from vipdesk.gui import words
from vipdesk.gui.complaints_screen import ComplaintsScreen
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.pdf_preview import PdfPreviewDialog
from vipdesk.services import complaints
from vipdesk.services.session import Session


def boarding_pass(name: str = "CHEN/LIMS", sequence: str = "0025") -> str:
    return f"M1{name:<20}EABC123 CPHLHRSK 0501 327J002A{sequence:<5}100"


def pdf_of(pages: int) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=(200, 200))
    for number in range(pages):
        canvas.drawString(20, 100, f"Page {number + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def texts_of(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


@pytest.mark.parametrize(("count", "expected"), [(0, "0 pages"), (1, "1 page"), (2, "2 pages"),
                                                 (1000, "1000 pages")])
def test_the_helper_says_one_or_many(qapp, count: int, expected: str) -> None:
    tr = QApplication.translate
    assert words.counted(count, tr("Test", "%n page", "", count),
                         tr("Test", "%n pages", "", count)) == expected


@pytest.mark.parametrize(("pages", "expected"), [(1, "1 page"), (2, "2 pages")])
def test_the_pdf_preview_counts_its_pages(qtbot, pages: int, expected: str) -> None:
    dialog = PdfPreviewDialog(pdf_of(pages), "Card", "card.pdf")
    qtbot.addWidget(dialog)
    shown = texts_of(dialog)
    assert expected in shown
    assert not any("(s)" in text for text in shown)


def test_a_guest_in_the_lounge_scanned_again_has_no_earlier_visit(
        qtbot, desk_session: Session) -> None:
    desk = open_desk(qtbot, desk_session)
    for _ in range(2):
        qtbot.keyClicks(desk.ui.scanEdit, boarding_pass())
        qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)  # the first scan checked in; this one not
    qtbot.keyClicks(desk.ui.scanEdit, boarding_pass())
    qtbot.keyClick(desk.ui.scanEdit, Qt.Key.Key_Return)
    history = desk.ui.historyLabel.text()
    assert "1 earlier" not in history and "(s)" not in history
    assert "No earlier visits" in history


def test_the_complaints_list_counts_one_item(qtbot, desk_session: Session) -> None:
    complaints.log_feedback(desk_session, FeedbackInput(
        kind=FeedbackKind.COMPLAINT, category=Category.NOISE, guest_words="Too loud"))
    screen = ComplaintsScreen(desk_session, DeskEvents())
    qtbot.addWidget(screen)
    screen.show()
    screen.activate()
    assert screen.ui.countLabel.text() == "1 item"
