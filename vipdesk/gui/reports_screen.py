"""Reports: the duty manager picks a daily report and a day, reads it, prints or saves it.

A report is built only when "Show" is pressed (a busy day takes seconds), never as
the choices change. A 3,000-guest day is over 100 pages, so the preview renders
only the pages near the visible part of the scroll area, at the width they are
shown, and printing paints one page at a time: rendering them all at once
(``render_pages``) would hold hundreds of megabytes of images.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QDate, QEvent, QObject, QRect, Qt, QTimer, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox, QWidget

from vipdesk.documents.complaint_report import complaint_report_pdf
from vipdesk.documents.csv_export import ENCODING, complaint_csv, guest_csv
from vipdesk.documents.guest_report import guest_report_pdf
from vipdesk.gui.command_runs_panel import CommandRunsPanel
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.forms import load_form
from vipdesk.gui.pdf_preview import not_printed, save_pdf, start_printer
from vipdesk.gui.saving import save_file
from vipdesk.gui.style import set_tone
from vipdesk.services import reports
from vipdesk.services.guests import lounge_now
from vipdesk.services.session import ServiceError, Session

# Pages this far (in viewport heights) above or below the visible part are kept rendered.
RENDER_MARGIN = 1.0
PRINT_DPI_RANGE = (150, 300)


@dataclass(frozen=True)
class ReportKind:
    key: str
    label: str  # translated in the "ReportsScreen" context
    file_stem: str
    build: Callable[[Session, dt.date], tuple[bytes, Callable[[], str]]]


def _guests(session: Session, day: dt.date) -> tuple[bytes, Callable[[], str]]:
    data = reports.guest_report(session, day)
    return guest_report_pdf(data), lambda: guest_csv(data)


def _complaints(session: Session, day: dt.date) -> tuple[bytes, Callable[[], str]]:
    data = reports.complaint_report(session, day)
    return complaint_report_pdf(data), lambda: complaint_csv(data)


REPORT_KINDS = (
    ReportKind("guests", "Daily guest report", "guest-report", _guests),
    ReportKind("complaints", "Daily complaint report", "complaint-report", _complaints),
)


@dataclass
class BuiltReport:
    kind: ReportKind
    day: dt.date
    pdf: bytes
    table: Callable[[], str]  # the CSV, made only when asked for

    def file_name(self, suffix: str) -> str:
        return f"{self.kind.file_stem}-{self.day.isoformat()}.{suffix}"


def page_image(page: pdfium.PdfPage, scale: float) -> QImage:
    """One PDF page as an image, ``scale`` pixels per point."""
    bitmap = page.render(scale=scale, rev_byteorder=True)
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                       else QImage.Format.Format_RGBA8888)
        return image.copy()  # detach from PDFium's buffer before it is freed
    finally:
        bitmap.close()


def print_document(document: pdfium.PdfDocument, printer: QPrinter) -> None:
    """Paint each page on ``printer``, one at a time, scaled to fit and keeping proportions."""
    dpi = min(max(printer.resolution(), PRINT_DPI_RANGE[0]), PRINT_DPI_RANGE[1])
    painter = start_printer(printer)
    try:
        for number in range(len(document)):
            if number:
                printer.newPage()
            page = document[number]
            try:
                image = page_image(page, dpi / 72)
            finally:
                page.close()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
    finally:
        painter.end()


class ReportsScreen(QWidget):
    def __init__(self, session: Session, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.events = session, events
        self.ui = load_form("reports_screen", self)
        self.report: BuiltReport | None = None
        self.document: pdfium.PdfDocument | None = None
        self.page_sizes: list[tuple[float, float]] = []  # points
        self.page_labels: list[QLabel] = []
        self._shown_day = False
        for kind in REPORT_KINDS:
            self.ui.reportCombo.addItem(self.tr(kind.label), kind.key)
        self.ui.dayEdit.setCalendarPopup(True)
        self.ui.showButton.clicked.connect(self.show_report)
        self.ui.printButton.clicked.connect(self.print_report)
        self.ui.savePdfButton.clicked.connect(self.save_pdf)
        self.ui.saveCsvButton.clicked.connect(self.save_csv)
        self.ui.reportCombo.currentIndexChanged.connect(lambda _index: self.forget_report())
        self.ui.dayEdit.dateChanged.connect(lambda _date: self.forget_report())
        # Scrolling and resizing re-render the pages in view, coalesced into one pass.
        self._render_timer = QTimer(self, singleShot=True, interval=30)
        self._render_timer.timeout.connect(self.render_visible_pages)
        self.ui.pagesArea.verticalScrollBar().valueChanged.connect(
            lambda _value: self._render_timer.start())
        self.ui.pagesArea.viewport().installEventFilter(self)
        self._say(self.tr("Pick a report and a day, then press Show."), "info")
        self._enable_output(False)
        self.command_runs = CommandRunsPanel(session, self.ui.commandRunsTable, self.ui.runsNote,
                                             self.ui.reportTabs, self.ui.runsTab)

    # -- the shell's hooks ---------------------------------------------------------------
    def activate(self) -> None:
        """The first time the screen is shown, the day is today on the lounge's wall clock.
        The command-line runs are read again every time."""
        self.command_runs.reload()
        if not self._shown_day:
            today = lounge_now(self.session).date()
            self.ui.dayEdit.setDate(QDate(today.year, today.month, today.day))
            self._shown_day = True

    def forget_agent(self) -> None:
        """The desk locked or the agent signed out: the report they built (guests' names)
        is not left on screen for the next person."""
        self.forget_report()
        self._say(self.tr("Pick a report and a day, then press Show."), "info")

    # -- building ------------------------------------------------------------------------
    def chosen_kind(self) -> ReportKind:
        key = self.ui.reportCombo.currentData()
        return next(kind for kind in REPORT_KINDS if kind.key == key)

    def chosen_day(self) -> dt.date:
        date = self.ui.dayEdit.date()
        return dt.date(date.year(), date.month(), date.day())

    @Slot()
    def show_report(self) -> None:
        kind, day = self.chosen_kind(), self.chosen_day()
        self.forget_report()
        self._say(self.tr("Building the report…"), "info")
        self.ui.showButton.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            pdf, table = kind.build(self.session, day)
        except ServiceError as refusal:
            self._say(str(refusal), "error")
            return
        finally:
            QApplication.restoreOverrideCursor()
            self.ui.showButton.setEnabled(True)
        self.report = BuiltReport(kind, day, pdf, table)
        self._show_pages(pdf)
        self._enable_output(True)
        pages = len(self.page_labels)
        self._say((self.tr("%1 for %2: 1 page.") if pages == 1 else
                   self.tr("%1 for %2: %3 pages.").replace("%3", str(pages)))
                  .replace("%1", self.tr(kind.label))
                  .replace("%2", self.ui.dayEdit.date().toString("d MMMM yyyy")), "ok")

    @Slot()
    def forget_report(self) -> None:
        """Another report or day was chosen: what is shown no longer matches it."""
        had_report = self.report is not None
        self.report = None
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels, self.page_sizes = [], []
        if self.document is not None:
            self.document.close()
            self.document = None
        self._enable_output(False)
        if had_report:
            self._say(self.tr("Press Show to build the report for this choice."), "info")

    # -- the preview ---------------------------------------------------------------------
    def _show_pages(self, pdf: bytes) -> None:
        self.document = pdfium.PdfDocument(pdf)
        layout = self.ui.pagesLayout
        for index in range(len(self.document)):
            self.page_sizes.append(self.document.get_page_size(index))
            label = QLabel(self.ui.pagesWidget)
            label.setObjectName(f"page{index + 1}")
            label.setStyleSheet("background: white; border: 1px solid #c5cad1;")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.ui.pagesArea.verticalScrollBar().setValue(0)
        self.fit_pages()

    def page_width(self) -> int:
        margins = self.ui.pagesLayout.contentsMargins()
        return max(200, self.ui.pagesArea.viewport().width() - margins.left() - margins.right())

    def fit_pages(self) -> None:
        """Every page as wide as the preview; only the pages in view are drawn."""
        width = self.page_width()
        for label, (points_wide, points_high) in zip(self.page_labels, self.page_sizes):
            label.setFixedSize(width, round(width * points_high / points_wide))
            label.setProperty("renderedWidth", 0)
        self.ui.pagesWidget.adjustSize()
        self.render_visible_pages()

    @Slot()
    def render_visible_pages(self) -> None:
        if self.document is None:
            return
        viewport = self.ui.pagesArea.viewport()
        top = self.ui.pagesArea.verticalScrollBar().value()
        reach = int(viewport.height() * RENDER_MARGIN)
        first, last = top - reach, top + viewport.height() + reach
        ratio = self.devicePixelRatioF()
        # Positions are worked out, not read from the layout: it may not have run yet.
        y = self.ui.pagesLayout.contentsMargins().top()
        for index, label in enumerate(self.page_labels):
            page_top, y = y, y + label.height() + self.ui.pagesLayout.spacing()
            if page_top > last or page_top + label.height() < first:
                if label.property("renderedWidth"):
                    label.clear()
                    label.setProperty("renderedWidth", 0)
                continue
            if label.property("renderedWidth") == label.width():
                continue
            page = self.document[index]
            try:
                image = page_image(page, label.width() * ratio / self.page_sizes[index][0])
            finally:
                page.close()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            label.setProperty("renderedWidth", label.width())

    def rendered_pages(self) -> int:
        return sum(1 for label in self.page_labels if label.property("renderedWidth"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if (watched is self.ui.pagesArea.viewport() and event.type() == QEvent.Type.Resize
                and self.page_labels):
            QTimer.singleShot(0, self, self.fit_pages)
        return super().eventFilter(watched, event)

    # -- print and save ------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        return QPrinter(QPrinter.PrinterMode.HighResolution)

    @Slot()
    def print_report(self) -> None:
        if self.document is None:
            return
        printer = self.make_printer()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            print_document(self.document, printer)
        except OSError as problem:
            QMessageBox.warning(self, self.tr("Not printed"), not_printed(problem))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._say(self.tr("Sent to the printer."), "ok")

    @Slot()
    def save_pdf(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as PDF"),
                                              self.report.file_name("pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if path and save_pdf(self, self.report.pdf, Path(path)):
            self._say(self.tr("Saved %1.").replace("%1", path), "ok")

    @Slot()
    def save_csv(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the table as CSV"),
                                              self.report.file_name("csv"),
                                              self.tr("CSV files (*.csv)"))
        if path and save_file(self, self.report.table().encode(ENCODING), Path(path),
                              self.tr("The CSV could not be saved: %1")):
            self._say(self.tr("Saved %1.").replace("%1", path), "ok")

    # -- helpers -------------------------------------------------------------------------
    def _enable_output(self, enabled: bool) -> None:
        for button in (self.ui.printButton, self.ui.savePdfButton, self.ui.saveCsvButton):
            button.setEnabled(enabled)

    def _say(self, text: str, tone: str) -> None:
        self.ui.deskMessage.setText(text)
        set_tone(self.ui.deskMessage, tone)
