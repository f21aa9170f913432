"""A report's figures, PDF and preview pages made on a worker thread, so the desk never freezes.

A busy day's report takes seconds to lay out (30,000 visits make a thousand pages).
The screen settles on the GUI thread who may read which day (``reports.report_request``)
and hands the plain request to a task on its own pool thread. The task reads the
figures on that thread's own database connection (peewee keeps one per thread) and
closes it, lays the PDF out, and answers by queued signals; it never touches a
widget or the desk's Session. A cancelled task stops at its next page, and its answer,
if one is already on its way, is recognised by its job number and dropped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pypdfium2 as pdfium
from peewee import Database
from PySide6.QtCore import QObject, QRunnable, Signal
from PySide6.QtGui import QImage

from vipdesk.desk_log import log
from vipdesk.documents import complaint_report, guest_report, operator_report
from vipdesk.documents import language as document_language
from vipdesk.documents.csv_export import complaint_csv, guest_csv, operator_csv
from vipdesk.documents.language import DocumentLanguage
from vipdesk.documents.report_layout import PageHook
from vipdesk.domain.message import QT_TRANSLATE_NOOP
from vipdesk.domain.permissions import Permission
from vipdesk.gui.messages import in_words
from vipdesk.gui.pdf_preview import PDFIUM, page_image
from vipdesk.services import operator_report as operator
from vipdesk.services import reports
from vipdesk.services.session import ServiceError, Session


@dataclass(frozen=True)
class ReportKind:
    key: str
    label: str  # translated in the "ReportsScreen" context
    file_stem: str
    figures: Callable[[Any], Any]  # from the request, on the worker's own connection
    pdf: Callable[[Any, PageHook | None, DocumentLanguage], bytes]
    table: Callable[[Any], str]  # the CSV
    expected_pages: Callable[[Any], int]
    # The request, settled on the GUI thread (who may, which days): session, first, last day.
    ask: Callable[[Session, dt.date, dt.date], Any] = (
        lambda session, day, _last: reports.report_request(session, day))
    days: Callable[[Any], tuple[dt.date, dt.date]] = (
        lambda request: (request.day.day, request.day.day))
    permission: Permission = Permission.VIEW_REPORTS  # who is offered it
    ranged: bool = False  # from one day to another, not a single day


REPORT_KINDS = (
    ReportKind("guests", QT_TRANSLATE_NOOP("ReportsScreen", "Daily guest report"), "guest-report",
               reports.guest_report_for,
               guest_report.guest_report_pdf, guest_csv, guest_report.expected_pages),
    ReportKind("complaints", QT_TRANSLATE_NOOP("ReportsScreen", "Daily complaint report"),
               "complaint-report",
               reports.complaint_report_for, complaint_report.complaint_report_pdf,
               complaint_csv, complaint_report.expected_pages),
    ReportKind("operator", QT_TRANSLATE_NOOP("ReportsScreen", "Operator report (all lounges)"),
               "operator-report",
               operator.operator_report_for, operator_report.operator_report_pdf,
               operator_csv, operator_report.expected_pages,
               ask=lambda session, first, last: operator.operator_report_request(
                   session, first, last),
               days=lambda request: (request.period.first, request.period.last),
               permission=Permission.OPERATOR_REPORT, ranged=True),
)


@dataclass
class BuiltReport:
    kind: ReportKind
    request: Any  # a ReportRequest, or an OperatorRequest
    pdf: bytes
    page_sizes: list[tuple[float, float]]  # points
    data: Any  # the figures, for the CSV

    @property
    def day(self) -> dt.date:
        return self.kind.days(self.request)[0]

    @property
    def last_day(self) -> dt.date:
        return self.kind.days(self.request)[1]

    def table(self) -> str:
        """The CSV, made only when asked for."""
        return self.kind.table(self.data)

    def file_name(self, suffix: str) -> str:
        days = self.day.isoformat() + (
            f"-to-{self.last_day.isoformat()}" if self.last_day != self.day else "")
        return f"{self.kind.file_stem}-{days}.{suffix}"


class Cancelled(Exception):
    """The person cancelled, or chose another report or day: the task stops where it is."""


class BuilderSignals(QObject):
    """The tasks' answers, delivered on the GUI thread (queued: emitted on a worker)."""

    progress = Signal(int, int, int)  # job, pages laid out, pages expected
    built = Signal(int, object)  # job, BuiltReport
    failed = Signal(int, str)  # job, the refusal ("" for an unexpected error, logged)
    page_drawn = Signal(int, int, int, QImage)  # job, page index, width drawn for, image


class Job:
    """One build or drawing: its number and the flag that stops it."""

    def __init__(self, number: int) -> None:
        self.number = number
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


# While a report is built, the GUI thread waits at most this long for the GIL each time it
# runs Python (a slot, an event filter): Python's default of 5 ms adds up to tens of ms
# per event-loop turn.
SWITCH_INTERVAL = 0.001
WORKER_NICENESS = 10


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """No automatic cyclic garbage collection while a report is laid out.

    A build makes hundreds of thousands of objects that live until it ends, and each
    batch of them set off a full collection of the whole heap: 100-250 ms in which the
    worker holds the GIL and the GUI thread cannot run (measured in the GUI tests). What
    the build leaves is collected when it ends, young objects only, a few ms. The
    collector is the process's: it is paused for the GUI thread too, for those seconds.
    """
    was_enabled, interval = gc.isenabled(), sys.getswitchinterval()
    gc.disable()
    sys.setswitchinterval(SWITCH_INTERVAL)
    try:
        yield
    finally:
        gc.collect(0)
        sys.setswitchinterval(interval)
        if was_enabled:
            gc.enable()


def yield_to_the_desk() -> None:
    """Give this worker thread a lower CPU priority than the GUI thread (Linux: nice is per
    thread; elsewhere nothing happens). When both want to run, the desk goes first, and
    the GIL comes back to it at once: measured, this took the event loop's gaps during a
    build from 40-100 ms down to a few ms on a loaded 2-core machine."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), WORKER_NICENESS)


class BuildTask(QRunnable):
    def __init__(self, job: Job, kind: ReportKind, request: Any, db: Database,
                 signals: BuilderSignals,
                 language: DocumentLanguage = document_language.ENGLISH) -> None:
        super().__init__()
        self.job, self.kind, self.request, self.db, self.signals = (
            job, kind, request, db, signals)
        self.language = language  # made on the GUI thread: its translator is loaded there

    def run(self) -> None:
        yield_to_the_desk()
        number = self.job.number
        try:
            with collection_paused():
                report = self._build()
        except Cancelled:
            return
        except ServiceError as refusal:
            self.signals.failed.emit(number, in_words(refusal))
            return
        except Exception:  # noqa: BLE001 (a worker thread: nobody else would hear of it)
            log.exception("the report could not be built")
            self.signals.failed.emit(number, "")
            return
        self.signals.built.emit(number, report)  # after the collection: the GUI's turn now

    def _build(self) -> BuiltReport:
        number = self.job.number
        try:
            data = self.kind.figures(self.request)
        finally:
            self.db.close()  # this thread's connection only; the desk's stays open
        self.job.check()
        expected = self.kind.expected_pages(data)
        self.signals.progress.emit(number, 0, expected)

        def on_page(pages: int) -> None:
            self.job.check()
            self.signals.progress.emit(number, pages, max(expected, pages))

        pdf = self.kind.pdf(data, on_page, self.language)
        self.job.check()
        with PDFIUM:
            document = pdfium.PdfDocument(pdf)
            try:
                sizes = [document.get_page_size(i) for i in range(len(document))]
            finally:
                document.close()
        return BuiltReport(self.kind, self.request, pdf, sizes, data)


class DrawTask(QRunnable):
    """The preview's pages in view, each drawn at the width it is shown."""

    def __init__(self, job: Job, report_job: int, pdf: bytes,
                 wanted: list[tuple[int, int, float]], signals: BuilderSignals) -> None:
        super().__init__()
        self.job, self.report_job, self.pdf, self.wanted, self.signals = (
            job, report_job, pdf, wanted, signals)

    def run(self) -> None:
        yield_to_the_desk()
        try:
            with PDFIUM:
                document = pdfium.PdfDocument(self.pdf)
            try:
                for index, width, scale in self.wanted:
                    if self.job.cancelled:
                        return
                    with PDFIUM:
                        page = document[index]
                        try:
                            image = page_image(page, scale)
                        finally:
                            page.close()
                    self.signals.page_drawn.emit(self.report_job, index, width, image)
            finally:
                with PDFIUM:
                    document.close()
        except Exception:  # noqa: BLE001 (a worker thread: nobody else would hear of it)
            log.exception("a preview page could not be drawn")
