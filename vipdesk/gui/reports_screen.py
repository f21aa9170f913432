"""Reports: the duty manager picks a daily report and a day, reads it, prints or saves it.

An administrator is also offered the operator report: every lounge, from one day to
another (the "to" date shows for it only). Each kind of report is offered to whoever
its permission allows; the service refuses anyone else all the same.

A report is built only when "Show" is pressed (a busy day takes seconds), never as
the choices change, and on a worker thread (``report_builder``): the desk stays
usable while a progress bar counts the pages, Cancel stops it, and choosing another
report or day, locking the desk or quitting stops it too. A 3,000-guest day is over
100 pages, so the preview draws only the pages near the visible part of the scroll
area, at the width they are shown, also on the worker; printing paints one page at
a time: rendering them all at once (``render_pages``) would hold hundreds of
megabytes of images.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QRect,
    Qt,
    QThreadPool,
    QTimer,
    Slot,
)
from PySide6.QtGui import QHideEvent, QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from vipdesk.documents.csv_export import ENCODING
from vipdesk.domain.permissions import allows
from vipdesk.gui.button_width import as_wide_as_its_words
from vipdesk.gui.command_runs_panel import CommandRunsPanel
from vipdesk.gui.desk_events import DeskEvents
from vipdesk.gui.flow_layout import FlowRow, flow_pairs
from vipdesk.gui.form_types import ReportsForm
from vipdesk.gui.forms import load_form
from vipdesk.gui.language import current_language, locale_for, when_language_changes
from vipdesk.gui.messages import MessageLine
from vipdesk.gui.pdf_preview import PDFIUM, not_printed, page_image, save_pdf, start_printer
from vipdesk.gui.print_language import (
    default_print_language,
    document_language,
    offer_languages,
)
from vipdesk.gui.report_builder import (
    REPORT_KINDS,
    BuilderSignals,
    BuildTask,
    BuiltReport,
    DrawTask,
    Job,
    ReportKind,
)
from vipdesk.gui.saving import save_file
from vipdesk.gui.words import counted
from vipdesk.services.guests import lounge_now
from vipdesk.services.session import Session

# Pages this far (in viewport heights) above or below the visible part are kept rendered.
RENDER_MARGIN = 1.0
PRINT_DPI_RANGE = (150, 300)
# Page frames are added to the preview this many at a time, so a thousand-page report
# does not hold the GUI thread while they are made (their look is the form's style sheet:
# one per label took 2 ms each).
PAGES_PER_TURN = 50


def print_document(pdf: bytes, printer: QPrinter) -> None:
    """Paint each page on ``printer``, one at a time, scaled to fit and keeping proportions."""
    dpi = min(max(printer.resolution(), PRINT_DPI_RANGE[0]), PRINT_DPI_RANGE[1])
    painter = start_printer(printer)
    try:
        with PDFIUM:
            document = pdfium.PdfDocument(pdf)
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
                    size = image.size().scaled(area.size(),
                                               Qt.AspectRatioMode.KeepAspectRatio)
                    painter.drawImage(QRect(area.x(), area.y(), size.width(), size.height()),
                                      image)
            finally:
                document.close()
    finally:
        painter.end()


class ReportsScreen(QWidget):
    def __init__(self, session: Session, events: DeskEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session, self.events = session, events
        # One worker, made before the signals it answers on: at teardown the pool (deleted
        # first) waits for its task while the signals still exist.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.builder = BuilderSignals(self)
        self.builder.progress.connect(self._on_progress)
        self.builder.built.connect(self._on_built)
        self.builder.failed.connect(self._on_failed)
        self.builder.page_drawn.connect(self._on_page_drawn)
        self._jobs = 0
        self.building: Job | None = None  # the build under way
        self._drawing: Job | None = None  # the preview pages being drawn
        self._shown_job = 0  # the build whose report is shown
        self.ui = load_form(ReportsForm, self)
        self._to_pair = self._let_choices_wrap()
        self.report: BuiltReport | None = None
        self.page_sizes: list[tuple[float, float]] = []  # points
        self.page_labels: list[QLabel] = []
        self._shown_day = False
        self.messages = MessageLine(self.ui.deskMessage)
        self._offer_kinds()
        self._language_chosen = False  # by the person printing: else the lounge's default
        offer_languages(self.ui.languageCombo, default_print_language(self.session))
        self.ui.languageCombo.currentIndexChanged.connect(lambda _index: self._language_changed())
        self.ui.dayEdit.setCalendarPopup(True)
        self.ui.toEdit.setCalendarPopup(True)
        self.ui.toEdit.dateChanged.connect(lambda _date: self.forget_report())
        self.ui.showButton.clicked.connect(self.show_report)
        self._fit_buttons()
        when_language_changes(self, self._fit_buttons)
        self.ui.cancelButton.clicked.connect(self.cancel_build)
        self.ui.printButton.clicked.connect(self.print_report)
        self.ui.savePdfButton.clicked.connect(self.save_pdf)
        self.ui.saveCsvButton.clicked.connect(self.save_csv)
        self.ui.reportCombo.currentIndexChanged.connect(lambda _index: self._kind_changed())
        self.ui.dayEdit.dateChanged.connect(lambda _date: self.forget_report())
        # Scrolling and resizing re-render the pages in view, coalesced into one pass.
        self._render_timer = QTimer(self, singleShot=True, interval=30)
        self._render_timer.timeout.connect(self.render_visible_pages)
        self.ui.pagesArea.verticalScrollBar().valueChanged.connect(
            lambda _value: self._render_timer.start())
        self.ui.pagesArea.viewport().installEventFilter(self)
        self.messages.info(self.tr("Pick a report and a day, then press Show."))
        self._enable_output(False)
        self.command_runs = CommandRunsPanel(session, self.ui.commandRunsTable, self.ui.runsNote,
                                             self.ui.reportTabs, self.ui.runsTab)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    # -- the shell's hooks ---------------------------------------------------------------
    def activate(self) -> None:
        """The first time the screen is shown, the day is today on the lounge's wall clock.
        The command-line runs are read again every time."""
        self.command_runs.reload()
        self._offer_kinds()
        if not self._language_chosen:  # the default may have changed (signed in in Danish)
            offer_languages(self.ui.languageCombo, default_print_language(self.session))
        if not self._shown_day:
            today = lounge_now(self.session).date()
            self.ui.dayEdit.setDate(QDate(today.year, today.month, today.day))
            self.ui.toEdit.setDate(QDate(today.year, today.month, today.day))
            self._shown_day = True

    def _offer_kinds(self) -> None:
        """The reports the signed-in person may build (the operator report: administrators
        only), keeping the one chosen if it is still offered."""
        staff = self.session.staff
        offered = [kind for kind in REPORT_KINDS
                   if (allows(staff.role, kind.permission) if staff is not None
                       else not kind.ranged)]  # nobody signed in: the screen is not shown
        combo = self.ui.reportCombo
        if [combo.itemData(i) for i in range(combo.count())] != [k.key for k in offered]:
            chosen = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for kind in offered:
                combo.addItem(QCoreApplication.translate("ReportsScreen", kind.label), kind.key)
            combo.setCurrentIndex(max(combo.findData(chosen), 0))
            combo.blockSignals(False)
            if combo.currentData() != chosen:
                self.forget_report()
        self._show_range()

    def _language_changed(self) -> None:
        self._language_chosen = True
        self.forget_report()

    def _kind_changed(self) -> None:
        self._show_range()
        self.forget_report()

    def _show_range(self) -> None:
        ranged = self.chosen_kind().ranged if self.ui.reportCombo.count() else False
        self.ui.dayLabel.setText(self.tr("From") if ranged else self.tr("Day"))
        self.ui.toLabel.setVisible(ranged)
        self.ui.toEdit.setVisible(ranged)
        self._to_pair.setVisible(ranged)

    def forget_agent(self) -> None:
        """The desk locked or the agent signed out: the report they built (guests' names)
        is not left on screen for the next person, nor still being built for them; nor is
        a choice offered to them only (the operator report), once they signed out."""
        self.forget_report()
        self._offer_kinds()
        self._language_chosen = False  # the next person prints in the default again
        offer_languages(self.ui.languageCombo, default_print_language(self.session))
        self.messages.info(self.tr("Pick a report and a day, then press Show."))

    @Slot()
    def stop(self) -> None:
        """Quitting: stop the worker at its next page and let it finish (the one wait on
        the GUI thread, at quit only)."""
        self._cancel_jobs()
        self.pool.clear()
        self.pool.waitForDone()

    def hideEvent(self, event: QHideEvent) -> None:
        """The window closing (not another screen shown): nothing is left building."""
        if not self.window().isVisible():
            self._cancel_jobs()
        super().hideEvent(event)

    # -- building ------------------------------------------------------------------------
    def chosen_kind(self) -> ReportKind:
        key = self.ui.reportCombo.currentData()
        return next(kind for kind in REPORT_KINDS if kind.key == key)

    def chosen_language(self) -> str:
        """The language the report prints in: the lounge's unless another is chosen."""
        return str(self.ui.languageCombo.currentData() or "en")

    def chosen_day(self) -> dt.date:
        date = self.ui.dayEdit.date()
        return dt.date(date.year(), date.month(), date.day())

    def chosen_last_day(self) -> dt.date:
        """The last day of a range; the chosen day itself for a daily report."""
        if not self.chosen_kind().ranged:
            return self.chosen_day()
        date = self.ui.toEdit.date()
        return dt.date(date.year(), date.month(), date.day())

    @Slot()
    def _let_choices_wrap(self) -> QWidget:
        """The report's choices flow and wrap to a second line where the screen ends, each
        label with its field (in a language 40% longer than English the one row needed
        more than 1280 px and cut "Show"). Returns the "to" pair, shown for a range."""
        ui, row = self.ui, self.ui.choices
        flow = FlowRow(ui.panel, spacing=max(row.spacing(), 6))
        flow.setObjectName("choicesFlow")
        pairs = ((ui.reportLabel, ui.reportCombo), (ui.dayLabel, ui.dayEdit),
                 (ui.toLabel, ui.toEdit), (ui.languageLabel, ui.languageCombo))
        made = flow_pairs(flow, row, pairs)
        row.removeWidget(ui.showButton)
        flow.add(ui.showButton)
        while row.count():  # the spacers between them: a wrapped row starts at the left
            row.takeAt(0)
        row.addWidget(flow)
        previous: QWidget | None = None
        for focused in (ui.reportCombo, ui.dayEdit, ui.toEdit, ui.languageCombo, ui.showButton):
            if previous is not None:
                QWidget.setTabOrder(previous, focused)
            previous = focused
        return made[2]

    def _fit_buttons(self) -> None:
        """The buttons beside the report's choices are as wide as their words, in any
        language (the choices are stretched; "Show" was cut in a longer language)."""
        for button in (self.ui.showButton, self.ui.cancelButton, self.ui.printButton):
            as_wide_as_its_words(button)

    def show_report(self) -> None:
        """Check here who may read which day (quick), then build it on the worker."""
        kind, day, last = self.chosen_kind(), self.chosen_day(), self.chosen_last_day()
        self.forget_report()
        asked = self.messages.run(lambda: kind.ask(self.session, day, last))
        if asked is None:
            return
        request = asked.result
        self._jobs += 1
        self.building = Job(self._jobs)
        self._show_building(True)
        self.messages.info(self.tr("Building the report…"))
        self.pool.start(BuildTask(self.building, kind, request, self.session.db, self.builder,
                                  document_language(self.chosen_language())))

    @Slot()
    def cancel_build(self) -> None:
        if self.building is None:
            return
        self._cancel_jobs()
        self.messages.info(self.tr("The report was not built. Press Show to build it."))

    def _cancel_jobs(self) -> None:
        for job in (self.building, self._drawing):
            if job is not None:
                job.cancel()
        self.building = self._drawing = None
        self._show_building(False)

    @Slot(int, int, int)
    def _on_progress(self, job: int, pages: int, expected: int) -> None:
        if self.building is None or job != self.building.number:
            return
        bar = self.ui.buildProgress
        bar.setRange(0, max(expected, pages, 1))
        bar.setValue(pages)
        if pages:
            self.messages.info(self.tr("Building the report… page %1 of %2")  # not "1 of 1 pages"
                               .replace("%1", str(pages)).replace("%2", str(bar.maximum())))

    @Slot(int, object)
    def _on_built(self, job: int, report: BuiltReport) -> None:
        if self.building is None or job != self.building.number:
            return  # cancelled, or an earlier choice's: not what is asked for now
        self.building = None
        self._show_building(False)
        self.report, self._shown_job = report, job
        self._show_pages(report.page_sizes)
        self._enable_output(True)
        pages = len(report.page_sizes)
        days = _date_words(report.day)
        if report.last_day != report.day:
            days = (self.tr("%1 to %2").replace("%1", days)
                    .replace("%2", _date_words(report.last_day)))
        self.messages.ok(counted(pages, self.tr("%1 for %2: %n page.", "", pages),
                                 self.tr("%1 for %2: %n pages.", "", pages))
                         .replace("%1", QCoreApplication.translate("ReportsScreen",
                                                                   report.kind.label))
                         .replace("%2", days))

    @Slot(int, str)
    def _on_failed(self, job: int, refusal: str) -> None:
        if self.building is None or job != self.building.number:
            return
        self.building = None
        self._show_building(False)
        self.messages.error(refusal or self.tr(
            "The report could not be built: an unexpected error (see the desk's log)."))

    def _show_building(self, building: bool) -> None:
        self.ui.buildProgress.setVisible(building)
        self.ui.cancelButton.setVisible(building)
        self.ui.showButton.setEnabled(not building)
        if building:
            self.ui.buildProgress.setRange(0, 0)  # busy until the figures are read

    @Slot()
    def forget_report(self) -> None:
        """Another report or day was chosen: what is shown, or being built, no longer
        matches it."""
        had_report = self.report is not None or self.building is not None
        self._cancel_jobs()
        self.report, self._shown_job = None, 0
        for label in self.page_labels:
            label.deleteLater()
        self.page_labels, self.page_sizes = [], []
        self._enable_output(False)
        if had_report:
            self.messages.info(self.tr("Press Show to build the report for this choice."))

    # -- the preview ---------------------------------------------------------------------
    def _show_pages(self, sizes: list[tuple[float, float]]) -> None:
        self.page_sizes = list(sizes)
        self.ui.pagesArea.verticalScrollBar().setValue(0)
        self._add_page_frames(self._shown_job)

    def _add_page_frames(self, job: int) -> None:
        """A frame for each page, fifty at a time; the first ones are drawn at once."""
        if job != self._shown_job:
            return
        layout, width = self.ui.pagesLayout, self.page_width()
        start = len(self.page_labels)
        for index in range(start, min(start + PAGES_PER_TURN, len(self.page_sizes))):
            label = QLabel(self.ui.pagesWidget)
            label.setObjectName(f"page{index + 1}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            points_wide, points_high = self.page_sizes[index]
            label.setFixedSize(width, round(width * points_high / points_wide))
            label.setProperty("renderedWidth", 0)
            layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.page_labels.append(label)
        if not start:
            self.ui.pagesWidget.adjustSize()
            self.render_visible_pages()
        if len(self.page_labels) < len(self.page_sizes):
            QTimer.singleShot(0, self, lambda: self._add_page_frames(job))

    def page_width(self) -> int:
        margins = self.ui.pagesLayout.contentsMargins()
        return max(200, self.ui.pagesArea.viewport().width() - margins.left() - margins.right())

    def fit_pages(self) -> None:
        """Every page as wide as the preview; only the pages in view are drawn."""
        width = self.page_width()
        if all(label.width() == width for label in self.page_labels):
            return  # the viewport changed height only: the pages drawn stay right
        pages = zip(self.page_labels, self.page_sizes, strict=False)  # labels come 50 at a time
        for label, (points_wide, points_high) in pages:
            label.setFixedSize(width, round(width * points_high / points_wide))
            label.setProperty("renderedWidth", 0)
        self.ui.pagesWidget.adjustSize()
        self.render_visible_pages()

    @Slot()
    def render_visible_pages(self) -> None:
        """Ask the worker for the pages in view that are not drawn at their width yet;
        the pages scrolled far away give their images back."""
        if self.report is None:
            return
        viewport = self.ui.pagesArea.viewport()
        top = self.ui.pagesArea.verticalScrollBar().value()
        reach = int(viewport.height() * RENDER_MARGIN)
        first, last = top - reach, top + viewport.height() + reach
        ratio = self.devicePixelRatioF()
        wanted: list[tuple[int, int, float]] = []
        # Positions are worked out, not read from the layout: it may not have run yet.
        y = self.ui.pagesLayout.contentsMargins().top()
        for index, label in enumerate(self.page_labels):
            page_top, y = y, y + label.height() + self.ui.pagesLayout.spacing()
            if page_top > last or page_top + label.height() < first:
                if label.property("renderedWidth"):
                    label.clear()
                    label.setProperty("renderedWidth", 0)
                continue
            if label.property("renderedWidth") != label.width():
                wanted.append((index, label.width(),
                               label.width() * ratio / self.page_sizes[index][0]))
        if self._drawing is not None:
            self._drawing.cancel()  # what it was drawing may be out of view now
            self._drawing = None
        if wanted:
            self._jobs += 1
            self._drawing = Job(self._jobs)
            self.pool.start(DrawTask(self._drawing, self._shown_job, self.report.pdf, wanted,
                                     self.builder))

    @Slot(int, int, int, QImage)
    def _on_page_drawn(self, job: int, index: int, width: int, image: QImage) -> None:
        if job != self._shown_job or index >= len(self.page_labels):
            return
        label = self.page_labels[index]
        if label.width() != width:
            return  # resized meanwhile: drawn again at the new width
        pixmap = QPixmap.fromImage(image)
        pixmap.setDevicePixelRatio(self.devicePixelRatioF())
        label.setPixmap(pixmap)
        label.setProperty("renderedWidth", width)

    def rendered_pages(self) -> int:
        return sum(1 for label in self.page_labels if label.property("renderedWidth"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.ui.pagesArea.viewport() and event.type() == QEvent.Type.Resize
                and self.page_labels):
            QTimer.singleShot(0, self, self.fit_pages)
        return super().eventFilter(watched, event)

    # -- print and save ------------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        return QPrinter(QPrinter.PrinterMode.HighResolution)

    @Slot()
    def print_report(self) -> None:
        if self.report is None:
            return
        printer = self.make_printer()
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            print_document(self.report.pdf, printer)
        except OSError as problem:
            QMessageBox.warning(self, self.tr("Not printed"), not_printed(problem))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.messages.ok(self.tr("Sent to the printer."))

    @Slot()
    def save_pdf(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as PDF"),
                                              self.report.file_name("pdf"),
                                              self.tr("PDF files (*.pdf)"))
        if path and save_pdf(self, self.report.pdf, Path(path)):
            self.messages.ok(self.tr("Saved %1.").replace("%1", path))

    @Slot()
    def save_csv(self) -> None:
        if self.report is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the table as CSV"),
                                              self.report.file_name("csv"),
                                              self.tr("CSV files (*.csv)"))
        if path and save_file(self, self.report.table().encode(ENCODING), Path(path),
                              self.tr("The CSV could not be saved: %1")):
            self.messages.ok(self.tr("Saved %1.").replace("%1", path))

    # -- helpers -------------------------------------------------------------------------
    def _enable_output(self, enabled: bool) -> None:
        for button in (self.ui.printButton, self.ui.savePdfButton, self.ui.saveCsvButton):
            button.setEnabled(enabled)


def _date_words(day: dt.date) -> str:
    """"22 November 2026", "2026年11月22日", "22. november 2026": in the desk's language."""
    code = current_language()
    pattern = {"zh_CN": "yyyy年M月d日", "da": "d. MMMM yyyy"}.get(code, "d MMMM yyyy")
    return locale_for(code).toString(QDate(day.year, day.month, day.day), pattern)
