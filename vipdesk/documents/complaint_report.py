"""The daily complaint report as a PDF: the day's feedback in figures, then each item in full.

The summary counts complaints, requests, suggestions and praise by kind,
category, severity and status, with the time taken to resolve them, the
compensation given and the promises kept late, not kept or still open. Then every item
follows with the guest's own words in full, what they expect, what was done and
its history; praise comes last, in its own section.

A guest's words can run to thousands of characters, so they are Paragraphs in
the story (which break across pages), never table cells (which cannot).
"""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from vipdesk.documents import language, text
from vipdesk.documents import report_layout as layout
from vipdesk.documents.language import DocumentLanguage
from vipdesk.documents.report_data import (
    ComplaintEntry,
    ComplaintHistoryLine,
    ComplaintReportData,
)
from vipdesk.documents.report_layout import (
    DASH,
    Styles,
    cell,
    data_table,
    format_date,
    format_duration,
    format_money,
    format_share,
    format_time,
    label,
    markup,
    markup_lines,
)
from vipdesk.domain.complaints import PromiseOutcome
from vipdesk.domain.message import QT_TRANSLATE_NOOP

CONTEXT = "ComplaintReport"
TITLE = QT_TRANSLATE_NOOP("ComplaintReport", "Daily complaint report")
_URGENT = ("high", "critical")  # severities printed in red


def _tr(words: str) -> str:
    return language.tr(CONTEXT, words)


def _items_counted(count: int) -> str:
    return language.counted(CONTEXT, count, QT_TRANSLATE_NOOP("ComplaintReport", "{n} item"),
                            QT_TRANSLATE_NOOP("ComplaintReport", "{n} items"))


def _num(value: int) -> str:
    return layout.format_number(value)


def complaint_report_pdf(data: ComplaintReportData,
                         on_page: layout.PageHook | None = None,
                         in_language: DocumentLanguage = language.ENGLISH) -> bytes:
    """The whole report as PDF bytes (``on_page``: see :func:`report_layout.build_pdf`),
    in ``in_language``."""
    return layout.build_pdf(
        lambda out: layout.ReportDocument(out, title=_tr(TITLE), header=data.header),
        lambda document: _story(document, data, Styles()), on_page, in_language)


def expected_pages(data: ComplaintReportData) -> int:
    """About how many pages the report will have (a summary, then some three items a page)."""
    return 2 + len(data.entries) // 3 if data.entries else 1


def _story(document: layout.ReportDocument, data: ComplaintReportData,
           styles: Styles) -> list[Flowable]:
    width = document.frame_width(layout.PORTRAIT)
    day = data.header.day
    story: list[Flowable] = [
        Paragraph(text.escape(_tr(TITLE)), styles.title),
        Paragraph(_tr(QT_TRANSLATE_NOOP(
            "ComplaintReport", "{date} · complaints, requests, suggestions and praise recorded "
            "in {zone}")).format(date=format_date(day.day), zone=text.escape(day.timezone)),
            styles.subtitle),
    ]
    if not data.entries:
        return [
            *story,
            Paragraph(_tr(QT_TRANSLATE_NOOP(
                "ComplaintReport", "No complaints or praise were recorded on this day.")),
                styles.h2),
            Paragraph(_tr(QT_TRANSLATE_NOOP(
                "ComplaintReport", "Nothing was logged between local midnight and the next: no "
                "complaints, requests, suggestions or praise.")), styles.body)]
    story.append(layout.key_figures(_headline(data), width, styles))
    story += _breakdowns(data, styles, width)
    story += _resolution_and_compensation(data, styles, width)
    story += _promises(data, styles, width)
    story += _items(_tr(QT_TRANSLATE_NOOP("ComplaintReport",
                                          "Complaints, requests and suggestions")),
                    data.complaints, data, styles, width,
                    empty=_tr(QT_TRANSLATE_NOOP(
                        "ComplaintReport", "No complaints, requests or suggestions on this day.")))
    story += _items(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "Praise")), data.praise, data,
                    styles, width, empty=_tr(QT_TRANSLATE_NOOP(
                        "ComplaintReport", "No praise was recorded on this day.")))
    return story


def _headline(data: ComplaintReportData) -> list[tuple[str, str]]:
    complaints = sum(1 for e in data.entries if e.kind.value == "complaint")
    open_items = sum(1 for e in data.entries if e.status.value not in ("resolved", "closed"))
    late_or_open = len(data.promises)
    return [
        (_num(len(data.entries)), _tr(QT_TRANSLATE_NOOP("ComplaintReport", "items of feedback"))),
        (_num(complaints), _tr(QT_TRANSLATE_NOOP("ComplaintReport", "complaints"))),
        (_num(len(data.praise)), _tr(QT_TRANSLATE_NOOP("ComplaintReport", "praise"))),
        (_num(open_items), _tr(QT_TRANSLATE_NOOP("ComplaintReport", "not yet resolved"))),
        (format_duration(data.average_time_to_resolve),
         _tr(QT_TRANSLATE_NOOP("ComplaintReport", "average time to resolve"))),
        (format_duration(data.longest_time_to_resolve),
         _tr(QT_TRANSLATE_NOOP("ComplaintReport", "longest time to resolve"))),
        (format_money(data.compensation_total),
         _tr(QT_TRANSLATE_NOOP("ComplaintReport", "compensation given (value)"))),
        (_num(late_or_open),
         _tr(QT_TRANSLATE_NOOP("ComplaintReport", "promises kept late, not kept or still open"))),
    ]


def _breakdowns(data: ComplaintReportData, styles: Styles, width: float) -> list[Flowable]:
    half = (width - 12) / 2
    total = len(data.entries)

    def counts(title: str, values: tuple[tuple[str, int], ...]) -> Flowable:
        rows = [(label(key), _num(n), format_share(n, total)) for key, n in values]
        return data_table((title, _tr(QT_TRANSLATE_NOOP("ComplaintReport", "Items")),
                           _tr(QT_TRANSLATE_NOOP("ComplaintReport", "Share"))), rows,
                          [half - 100, 50, 50], numeric=(1, 2),
                          total=(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "Total")), _num(total),
                                 format_share(1, 1)))

    return [
        Paragraph(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "The day in figures")), styles.h2),
        layout.side_by_side(counts(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "Kind")),
                                   data.by_kind),
                            counts(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "Severity")),
                                   data.by_severity), width),
        Spacer(0, 8),
        layout.side_by_side(counts(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "Category")),
                                   data.by_category),
                            counts(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "Status")),
                                   data.by_status), width),
    ]


def _not_resolved(data: ComplaintReportData) -> int:
    """Items still to resolve; praise is thanked and closed, never resolved."""
    return sum(1 for entry in data.complaints if entry.time_to_resolve is None)


def _resolution_and_compensation(data: ComplaintReportData, styles: Styles,
                                 width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(_tr(QT_TRANSLATE_NOOP(
        "ComplaintReport", "Resolution and compensation")), styles.h2)]
    if data.resolved:
        story.append(Paragraph(_tr(QT_TRANSLATE_NOOP(
            "ComplaintReport", "{resolved} resolved, on average {average} after it was "
            "recorded; the longest took {longest}. {open} not resolved yet.")).format(
                resolved=_items_counted(data.resolved),
                average=format_duration(data.average_time_to_resolve),
                longest=format_duration(data.longest_time_to_resolve),
                open=_items_counted(_not_resolved(data))), styles.body))
    else:
        story.append(Paragraph(_tr(QT_TRANSLATE_NOOP(
            "ComplaintReport", "Nothing recorded on this day has been resolved yet.")),
            styles.body))
    if not data.compensation_by_kind:
        return [*story, Paragraph(_tr(QT_TRANSLATE_NOOP(
            "ComplaintReport", "No compensation was given.")), styles.body)]
    count = sum(c.count for c in data.compensation_by_kind)
    rows = [(cell(c.kind or _tr(QT_TRANSLATE_NOOP("ComplaintReport", "(kind not recorded)")),
                  width - 190, styles.cell), _num(c.count),
             format_money(c.total)) for c in data.compensation_by_kind]
    story.append(data_table((_tr(QT_TRANSLATE_NOOP("ComplaintReport", "Compensation")),
                             _tr(QT_TRANSLATE_NOOP("ComplaintReport", "Times given")),
                             _tr(QT_TRANSLATE_NOOP("ComplaintReport", "Value"))), rows,
                            [width - 190, 80, 110], numeric=(1, 2),
                            total=(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "Total")),
                                   _num(count), format_money(data.compensation_total))))
    return story


def _promises(data: ComplaintReportData, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(_tr(QT_TRANSLATE_NOOP(
        "ComplaintReport", "Promises kept late, not kept or still open")), styles.h2)]
    if not data.promises:
        return [*story, Paragraph(_tr(QT_TRANSLATE_NOOP(
            "ComplaintReport", "Every promise made on this day was kept on time.")),
            styles.body)]
    widths = [36, 150, 110, width - 36 - 150 - 110 - 60 - 90, 60, 90]
    day = data.header.day.day
    rows, marks = [], []
    for n, promise in enumerate(data.promises, start=1):
        if promise.kept_at is not None:
            state = _tr(QT_TRANSLATE_NOOP("ComplaintReport", "kept {late} late")).format(
                late=format_duration(promise.kept_at - promise.due_at))
        elif promise.outcome == PromiseOutcome.NOT_KEPT:
            state = _tr(QT_TRANSLATE_NOOP("ComplaintReport", "not kept"))
            marks.append(("TEXTCOLOR", (5, n), (5, n), layout.WARNING))
        else:
            state = _tr(QT_TRANSLATE_NOOP("ComplaintReport", "open, overdue") if promise.overdue
                        else QT_TRANSLATE_NOOP("ComplaintReport", "open"))
            marks.append(("TEXTCOLOR", (5, n), (5, n), layout.WARNING))
        rows.append((f"#{promise.complaint_id}", cell(promise.guest or _tr(QT_TRANSLATE_NOOP(
                         "ComplaintReport", "(no name)")), widths[1],
                                                      styles.cell),
                     cell(promise.owner or DASH, widths[2], styles.cell),
                     cell(promise.how or DASH, widths[3], styles.cell),
                     format_time(promise.due_at, day), state))
    header = [_tr(word) for word in (
        QT_TRANSLATE_NOOP("ComplaintReport", "Item"), QT_TRANSLATE_NOOP("ComplaintReport", "Guest"),
        QT_TRANSLATE_NOOP("ComplaintReport", "Owner"), QT_TRANSLATE_NOOP("ComplaintReport", "How"),
        QT_TRANSLATE_NOOP("ComplaintReport", "Due"), QT_TRANSLATE_NOOP("ComplaintReport", "State"))]
    story.append(data_table(header, rows, widths, extra=marks))
    return story


def _items(title: str, entries: tuple[ComplaintEntry, ...], data: ComplaintReportData,
           styles: Styles, width: float, *, empty: str) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(120), Paragraph(title, styles.h2)]
    if not entries:
        return [*story, Paragraph(empty, styles.body)]
    for entry in entries:
        story += _item(entry, data, styles, width)
    return story


def _item(entry: ComplaintEntry, data: ComplaintReportData, styles: Styles,
          width: float) -> list[Flowable]:
    day = data.header.day.day
    text_width = width - 22
    story: list[Flowable] = [_opening(entry, styles, text_width)]
    for caption, value in (
            (QT_TRANSLATE_NOOP("ComplaintReport", "The guest expects"), entry.guest_expects),
            (QT_TRANSLATE_NOOP("ComplaintReport", "Done at once"), entry.immediate_action),
            (QT_TRANSLATE_NOOP("ComplaintReport", "Resolution"), entry.resolution)):
        if value.strip():
            story.append(Paragraph(f"{_caption(caption)} {markup_lines(value, text_width)}",
                                   styles.field))
    if entry.gave_compensation:
        kind = (markup(entry.compensation_kind) if entry.compensation_kind.strip()
                else text.escape(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "given"))))
        story.append(Paragraph(
            _caption(QT_TRANSLATE_NOOP("ComplaintReport", "Compensation")) + " "
            + _tr(QT_TRANSLATE_NOOP("ComplaintReport", "{kind}, value {value}")).format(
                kind=kind, value=format_money(entry.compensation_value)), styles.field))
    if entry.promise_due_at is not None:
        how = (markup(entry.promise_how) if entry.promise_how
               else text.escape(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "an answer"))))
        story.append(Paragraph(
            _caption(QT_TRANSLATE_NOOP("ComplaintReport", "Promise")) + " "
            + _tr(QT_TRANSLATE_NOOP("ComplaintReport", "{how} by {due}, owner {owner}; {state}"))
            .format(how=how, due=format_time(entry.promise_due_at, day),
                    owner=markup(entry.promise_owner or DASH),
                    state=_promise_state(entry, data)), styles.field))
    if entry.resolved_at is not None:
        story.append(Paragraph(
            _caption(QT_TRANSLATE_NOOP("ComplaintReport", "Resolved")) + " "
            + _tr(QT_TRANSLATE_NOOP("ComplaintReport", "{time}, {taken} after it was recorded"))
            .format(time=format_time(entry.resolved_at, day),
                    taken=format_duration(entry.time_to_resolve)), styles.field))
    if entry.history:
        story.append(Paragraph(_caption(QT_TRANSLATE_NOOP("ComplaintReport", "History")),
                               styles.field_label))
        story += [_history_line(line, day, styles, text_width) for line in entry.history]
    story.append(HRFlowable(width="100%", thickness=0.4, color=layout.RULE, spaceBefore=6,
                            spaceAfter=2))
    return story


def _opening(entry: ComplaintEntry, styles: Styles, text_width: float) -> Flowable:
    """The heading, the facts and the guest's words, started on the same page; words too
    long for one page then break across pages (KeepTogether gives way)."""
    severity = text.escape(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "{severity} severity"))
                           .format(severity=label(entry.severity.value)))
    if entry.severity.value in _URGENT:
        severity = f'<font color="{layout.WARNING_HEX}">{severity}</font>'
    heading = " · ".join([f"#{entry.complaint_id}", format_time(entry.created_at),
                          label(entry.kind.value), label(entry.category.value), severity,
                          label(entry.status.value)])
    who = (markup(entry.guest) if entry.guest
           else text.escape(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "Guest not named"))))
    facts = [_caption(QT_TRANSLATE_NOOP("ComplaintReport", "Guest")) + f" {who}"]
    if entry.flight:
        facts.append(_caption(QT_TRANSLATE_NOOP("ComplaintReport", "Flight"))
                     + f" {markup(entry.flight)}")
    facts += [_caption(QT_TRANSLATE_NOOP("ComplaintReport", "Channel"))
              + f" {text.escape(label(entry.channel))}",
              _caption(QT_TRANSLATE_NOOP("ComplaintReport", "Department"))
              + f" {text.escape(label(entry.department))}",
              _caption(QT_TRANSLATE_NOOP("ComplaintReport", "Recorded by"))
              + f" {markup(entry.created_by)}"]
    flags = [_tr(flag) for flag, on in (
        (QT_TRANSLATE_NOOP("ComplaintReport", "escalated to the duty manager"), entry.escalated),
        (QT_TRANSLATE_NOOP("ComplaintReport", "apologised"), entry.apologised)) if on]
    if flags:
        separator = "、" if language.current().chinese else ", "
        facts.append(_caption(QT_TRANSLATE_NOOP("ComplaintReport", "Also"))
                     + f" {text.escape(separator.join(flags))}")
    return KeepTogether([
        Paragraph(heading, styles.h3),
        Paragraph(" · ".join(facts), styles.field),
        Paragraph(_caption(QT_TRANSLATE_NOOP("ComplaintReport", "In the guest's words")),
                  styles.field),
        Paragraph(markup_lines(entry.guest_words, text_width - 12) or DASH, styles.quote),
    ])


def _promise_state(entry: ComplaintEntry, data: ComplaintReportData) -> str:
    """Whether the promise was kept, as the report was printed."""
    if entry.promise_kept_at is not None:
        return text.escape(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "kept at {time}")).format(
            time=format_time(entry.promise_kept_at, data.header.day.day)))
    if entry.promise_outcome == PromiseOutcome.NOT_KEPT:
        return _warning(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "not kept")))
    if entry.promise_outcome == PromiseOutcome.NO_PROMISE:
        return text.escape(_tr(QT_TRANSLATE_NOOP("ComplaintReport",
                                                  "no promise was made after all")))
    if entry.promise_due_at is not None and entry.promise_due_at < data.header.printed_at:
        return _warning(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "not kept, overdue")))
    return text.escape(_tr(QT_TRANSLATE_NOOP("ComplaintReport", "not kept yet")))


def _warning(words: str) -> str:
    return f'<font color="{layout.WARNING_HEX}">{text.escape(words)}</font>'


def _caption(words: str) -> str:
    """A field's bold caption, translated, with the language's colon: "<b>Guest:</b>"."""
    colon = "：" if language.current().chinese else ":"
    return f"<b>{text.escape(_tr(words))}{colon}</b>"


def _history_line(line: ComplaintHistoryLine, day: dt.date, styles: Styles,
                  text_width: float) -> Flowable:
    note = f" — {markup_lines(line.note, text_width - 64)}" if line.note.strip() else ""
    step, status = label(line.step), label(line.status.value).lower()
    # "Started (in progress)"
    status = f" ({text.escape(status)})" if status != step.lower() else ""
    return Paragraph(f"{format_time(line.at, day)}&nbsp;&nbsp;{markup(line.staff)}: "
                     f"<b>{text.escape(step)}</b>{status}{note}", styles.history)
