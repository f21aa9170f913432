"""Show, print and save the PDFs the desk makes (welcome cards, reports, handovers).

Pages are rasterised with PDFium (pypdfium2), so what is previewed is exactly
what prints; printing paints those pages at the printer's resolution.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QRect, Qt, Slot
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from vipdesk.gui.language import ENGLISH
from vipdesk.gui.print_language import offer_languages
from vipdesk.gui.saving import save_file
from vipdesk.gui.words import counted

# PDFium is not thread-safe, not even for different documents: every use of it holds this
# lock (the Reports screen draws its pages on a worker thread while the desk may preview
# a welcome card).
PDFIUM = threading.RLock()


def page_image(page: pdfium.PdfPage, scale: float) -> QImage:
    """One PDF page as an image, ``scale`` pixels per point (hold :data:`PDFIUM`)."""
    bitmap = page.render(scale=scale, rev_byteorder=True)
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                       QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                       else QImage.Format.Format_RGBA8888)
        return image.copy()  # detach from PDFium's buffer before it is freed
    finally:
        bitmap.close()


def render_pages(pdf: bytes, dpi: float = 96) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi``."""
    with PDFIUM:
        document = pdfium.PdfDocument(pdf)
        try:
            images = []
            for page in document:
                images.append(page_image(page, dpi / 72))
                page.close()
            return images
        finally:
            document.close()


class PrinterNotStarted(OSError):
    """The printer would not take the job (switched off, unplugged, gone, or none at all)."""

    def __init__(self, printer_name: str) -> None:
        super().__init__(f"The printer {printer_name!r} could not be started.")
        self.printer_name = printer_name


def start_printer(printer: QPrinter) -> QPainter:
    """A painter on ``printer``, or :class:`PrinterNotStarted` naming it."""
    painter = QPainter()
    if not painter.begin(printer):
        raise PrinterNotStarted(printer.printerName())
    return painter


def not_printed(problem: OSError, *, card: bool = False) -> str:
    """What to tell the agent when printing failed: which printer, and what to do now.

    ``card``: the desk's welcome card, printed on the printer chosen in Settings
    (reports and handovers choose theirs in the print dialog)."""
    if not isinstance(problem, PrinterNotStarted):
        return QCoreApplication.translate("Printing", "Nothing was printed: %1").replace(
            "%1", str(problem))
    name = problem.printer_name
    if card:
        text = (QCoreApplication.translate(
                    "Printing", "The printer “%1” could not be started. Check that it is "
                    "switched on and has paper, choose another printer in Settings, or save "
                    "the card as PDF from its preview.") if name else
                QCoreApplication.translate(
                    "Printing", "The default printer could not be started. Check that it is "
                    "switched on and has paper, choose a card printer in Settings, or save the "
                    "card as PDF from its preview."))
    else:
        text = (QCoreApplication.translate(
                    "Printing", "The printer “%1” could not be started. Check that it is "
                    "switched on and has paper, then print again and choose it or another "
                    "printer, or save as PDF instead.") if name else
                QCoreApplication.translate(
                    "Printing", "The default printer could not be started. Check that it is "
                    "switched on and has paper, then print again and choose another printer, "
                    "or save as PDF instead."))
    return text.replace("%1", name)


def print_pdf(pdf: bytes, printer: QPrinter) -> None:
    """Paint each page on ``printer``, scaled to fit its page, keeping proportions."""
    dpi = min(max(printer.resolution(), 150), 300)
    painter = start_printer(printer)
    try:
        for number, image in enumerate(render_pages(pdf, dpi)):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()), image)
    finally:
        painter.end()


def printer_named(name: str) -> QPrinter:
    """The printer chosen in Settings, or the system default when it is gone or unset."""
    info = QPrinterInfo.printerInfo(name) if name else QPrinterInfo.defaultPrinter()
    if info.isNull():
        info = QPrinterInfo.defaultPrinter()
    return QPrinter(info, QPrinter.PrinterMode.HighResolution)


class PdfPreviewDialog(QDialog):
    """The pages on screen, with Print… and Save as PDF….

    Given ``rebuild`` (a language code to the document's PDF bytes), it offers the
    languages the document may print in, ``language`` chosen first, and shows the
    document again in the one chosen."""

    def __init__(self, pdf: bytes, title: str, suggested_name: str,
                 parent: QWidget | None = None, *,
                 rebuild: Callable[[str], bytes] | None = None,
                 language: str | None = None) -> None:
        super().__init__(parent)
        self.pdf, self.suggested_name = pdf, suggested_name
        self._rebuild = rebuild
        self.setWindowTitle(title)
        self.page_labels: list[QLabel] = []
        self.pages_area = QScrollArea()
        self.pages_area.setWidgetResizable(True)
        self.pages_area.setStyleSheet("QScrollArea { background: #dfe3e8; }")
        self.page_count = QLabel()
        self._show_pages()
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setDefault(True)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.page_count)
        self.language_combo: QComboBox | None = None
        if rebuild is not None:
            buttons.addSpacing(16)
            caption = QLabel(self.tr("Language"))
            self.language_combo = QComboBox()
            caption.setBuddy(self.language_combo)
            offer_languages(self.language_combo, language or ENGLISH)
            self.language_combo.currentIndexChanged.connect(
                lambda _index: self._language_chosen())
            buttons.addWidget(caption)
            buttons.addWidget(self.language_combo)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        self.column = QVBoxLayout(self)
        self.column.addWidget(self.pages_area, 1)
        self.column.addLayout(buttons)
        widest = max((label.pixmap().width() for label in self.page_labels), default=600)
        self.resize(min(widest + 80, 1200), 760)

    def _show_pages(self) -> None:
        pages = QWidget()
        column = QVBoxLayout(pages)
        column.setSpacing(16)
        self.page_labels = []
        for image in render_pages(self.pdf):
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setStyleSheet("background: white; border: 1px solid #c5cad1;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        self.pages_area.setWidget(pages)  # the old pages' widget is deleted
        count = len(self.page_labels)
        self.page_count.setText(counted(count, self.tr("%n page", "", count),
                                        self.tr("%n pages", "", count)))

    def chosen_language(self) -> str | None:
        """The language chosen for the document, when the dialog offers the choice."""
        combo = self.language_combo
        return None if combo is None else str(combo.currentData())

    def _language_chosen(self) -> None:
        code = self.chosen_language()
        if self._rebuild is None or code is None:
            return
        self.pdf = self._rebuild(code)
        self._show_pages()

    def add_notice(self, notice: QWidget) -> None:
        """A line above the pages (the desk's boarding notice on a welcome card)."""
        self.column.insertWidget(0, notice)

    @Slot()
    def print_(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        try:
            print_pdf(self.pdf, printer)
        except OSError as problem:
            QMessageBox.warning(self, self.tr("Not printed"), not_printed(problem))

    @Slot()
    def save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), self.suggested_name,
                                              self.tr("PDF files (*.pdf)"))
        if path:
            save_pdf(self, self.pdf, Path(path))


def save_pdf(parent: QWidget, pdf: bytes, path: Path) -> bool:
    """Write ``pdf`` to ``path`` owner-only, never over a link, device or database; a refusal,
    a full disk or a read-only folder gets a message, not a crash."""
    return save_file(parent, pdf, path, QCoreApplication.translate(
        "PdfPreviewDialog", "The PDF could not be saved: %1"))
