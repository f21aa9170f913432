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

from vipdesk.documents import report_layout as layout
from vipdesk.documents import text
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
    plural,
)
from vipdesk.domain.complaints import PromiseOutcome

TITLE = "Daily complaint report"
_URGENT = ("high", "critical")  # severities printed in red


def complaint_report_pdf(data: ComplaintReportData,
                         on_page: layout.PageHook | None = None) -> bytes:
    """The whole report as PDF bytes (``on_page``: see :func:`report_layout.build_pdf`)."""
    return layout.build_pdf(
        lambda out: layout.ReportDocument(out, title=TITLE, header=data.header),
        lambda document: _story(document, data, Styles()), on_page)


def expected_pages(data: ComplaintReportData) -> int:
    """About how many pages the report will have (a summary, then some three items a page)."""
    return 2 + len(data.entries) // 3 if data.entries else 1


def _story(document: layout.ReportDocument, data: ComplaintReportData,
           styles: Styles) -> list[Flowable]:
    width = document.frame_width(layout.PORTRAIT)
    day = data.header.day
    story: list[Flowable] = [
        Paragraph(TITLE, styles.title),
        Paragraph(f"{format_date(day.day)} · complaints, requests, suggestions and praise "
                  f"recorded in {text.escape(day.timezone)}", styles.subtitle),
    ]
    if not data.entries:
        return [
            *story,
            Paragraph("No complaints or praise were recorded on this day.", styles.h2),
            Paragraph("Nothing was logged between local midnight and the next: no "
                      "complaints, requests, suggestions or praise.", styles.body)]
    story.append(layout.key_figures(_headline(data), width, styles))
    story += _breakdowns(data, styles, width)
    story += _resolution_and_compensation(data, styles, width)
    story += _promises(data, styles, width)
    story += _items("Complaints, requests and suggestions", data.complaints, data, styles,
                    width, empty="No complaints, requests or suggestions on this day.")
    story += _items("Praise", data.praise, data, styles, width,
                    empty="No praise was recorded on this day.")
    return story


def _headline(data: ComplaintReportData) -> list[tuple[str, str]]:
    complaints = sum(1 for e in data.entries if e.kind.value == "complaint")
    open_items = sum(1 for e in data.entries if e.status.value not in ("resolved", "closed"))
    late_or_open = len(data.promises)
    return [
        (f"{len(data.entries):,}", "items of feedback"),
        (f"{complaints:,}", "complaints"),
        (f"{len(data.praise):,}", "praise"),
        (f"{open_items:,}", "not yet resolved"),
        (format_duration(data.average_time_to_resolve), "average time to resolve"),
        (format_duration(data.longest_time_to_resolve), "longest time to resolve"),
        (format_money(data.compensation_total), "compensation given (value)"),
        (f"{late_or_open:,}", "promises kept late, not kept or still open"),
    ]


def _breakdowns(data: ComplaintReportData, styles: Styles, width: float) -> list[Flowable]:
    half = (width - 12) / 2
    total = len(data.entries)

    def counts(title: str, values: tuple[tuple[str, int], ...]) -> Flowable:
        rows = [(label(key), f"{n:,}", format_share(n, total)) for key, n in values]
        return data_table((title, "Items", "Share"), rows, [half - 100, 50, 50],
                          numeric=(1, 2), total=("Total", f"{total:,}", "100%"))

    return [
        Paragraph("The day in figures", styles.h2),
        layout.side_by_side(counts("Kind", data.by_kind), counts("Severity", data.by_severity),
                            width),
        Spacer(0, 8),
        layout.side_by_side(counts("Category", data.by_category),
                            counts("Status", data.by_status), width),
    ]


def _not_resolved(data: ComplaintReportData) -> int:
    """Items still to resolve; praise is thanked and closed, never resolved."""
    return sum(1 for entry in data.complaints if entry.time_to_resolve is None)


def _resolution_and_compensation(data: ComplaintReportData, styles: Styles,
                                 width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Resolution and compensation", styles.h2)]
    if data.resolved:
        story.append(Paragraph(
            f"{plural(data.resolved, 'item')} resolved, on average "
            f"{format_duration(data.average_time_to_resolve)} after it was recorded; the "
            f"longest took {format_duration(data.longest_time_to_resolve)}. "
            f"{plural(_not_resolved(data), 'item')} not resolved yet.",
            styles.body))
    else:
        story.append(Paragraph("Nothing recorded on this day has been resolved yet.",
                               styles.body))
    if not data.compensation_by_kind:
        return [*story, Paragraph("No compensation was given.", styles.body)]
    count = sum(c.count for c in data.compensation_by_kind)
    rows = [(cell(c.kind or "(kind not recorded)", width - 190, styles.cell), f"{c.count:,}",
             format_money(c.total)) for c in data.compensation_by_kind]
    story.append(data_table(("Compensation", "Times given", "Value"), rows,
                            [width - 190, 80, 110], numeric=(1, 2),
                            total=("Total", f"{count:,}", format_money(data.compensation_total))))
    return story


def _promises(data: ComplaintReportData, styles: Styles, width: float) -> list[Flowable]:
    story: list[Flowable] = [Paragraph("Promises kept late, not kept or still open", styles.h2)]
    if not data.promises:
        return [*story, Paragraph("Every promise made on this day was kept on time.",
                                  styles.body)]
    widths = [36, 150, 110, width - 36 - 150 - 110 - 60 - 90, 60, 90]
    day = data.header.day.day
    rows, marks = [], []
    for n, promise in enumerate(data.promises, start=1):
        if promise.kept_at is not None:
            state = f"kept {format_duration(promise.kept_at - promise.due_at)} late"
        elif promise.outcome == PromiseOutcome.NOT_KEPT:
            state = "not kept"
            marks.append(("TEXTCOLOR", (5, n), (5, n), layout.WARNING))
        else:
            state = "open, overdue" if promise.overdue else "open"
            marks.append(("TEXTCOLOR", (5, n), (5, n), layout.WARNING))
        rows.append((f"#{promise.complaint_id}", cell(promise.guest or "(no name)", widths[1],
                                                      styles.cell),
                     cell(promise.owner or DASH, widths[2], styles.cell),
                     cell(promise.how or DASH, widths[3], styles.cell),
                     format_time(promise.due_at, day), state))
    story.append(data_table(("Item", "Guest", "Owner", "How", "Due", "State"), rows, widths,
                            extra=marks))
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
    for caption, value in (("The guest expects", entry.guest_expects),
                           ("Done at once", entry.immediate_action),
                           ("Resolution", entry.resolution)):
        if value.strip():
            story.append(Paragraph(f"<b>{caption}:</b> {markup_lines(value, text_width)}",
                                   styles.field))
    if entry.gave_compensation:
        kind = markup(entry.compensation_kind) if entry.compensation_kind.strip() else "given"
        story.append(Paragraph(f"<b>Compensation:</b> {kind}, value "
                               f"{format_money(entry.compensation_value)}", styles.field))
    if entry.promise_due_at is not None:
        story.append(Paragraph(
            f"<b>Promise:</b> {markup(entry.promise_how or 'an answer')} by "
            f"{format_time(entry.promise_due_at, day)}, owner "
            f"{markup(entry.promise_owner or DASH)}; {_promise_state(entry, data)}",
            styles.field))
    if entry.resolved_at is not None:
        story.append(Paragraph(
            f"<b>Resolved:</b> {format_time(entry.resolved_at, day)}, "
            f"{format_duration(entry.time_to_resolve)} after it was recorded", styles.field))
    if entry.history:
        story.append(Paragraph("<b>History:</b>", styles.field_label))
        story += [_history_line(line, day, styles, text_width) for line in entry.history]
    story.append(HRFlowable(width="100%", thickness=0.4, color=layout.RULE, spaceBefore=6,
                            spaceAfter=2))
    return story


def _opening(entry: ComplaintEntry, styles: Styles, text_width: float) -> Flowable:
    """The heading, the facts and the guest's words, started on the same page; words too
    long for one page then break across pages (KeepTogether gives way)."""
    severity = f"{label(entry.severity.value)} severity"
    if entry.severity.value in _URGENT:
        severity = f'<font color="{layout.WARNING_HEX}">{severity}</font>'
    heading = " · ".join([f"#{entry.complaint_id}", format_time(entry.created_at),
                          label(entry.kind.value), label(entry.category.value), severity,
                          label(entry.status.value)])
    who = markup(entry.guest) if entry.guest else "Guest not named"
    facts = [f"<b>Guest:</b> {who}"]
    if entry.flight:
        facts.append(f"<b>Flight:</b> {markup(entry.flight)}")
    facts += [f"<b>Channel:</b> {label(entry.channel)}",
              f"<b>Department:</b> {label(entry.department)}",
              f"<b>Recorded by:</b> {markup(entry.created_by)}"]
    flags = [flag for flag, on in (("escalated to the duty manager", entry.escalated),
                                   ("apologised", entry.apologised)) if on]
    if flags:
        facts.append(f"<b>Also:</b> {', '.join(flags)}")
    return KeepTogether([
        Paragraph(heading, styles.h3),
        Paragraph(" · ".join(facts), styles.field),
        Paragraph("<b>In the guest's words:</b>", styles.field),
        Paragraph(markup_lines(entry.guest_words, text_width - 12) or DASH, styles.quote),
    ])


def _promise_state(entry: ComplaintEntry, data: ComplaintReportData) -> str:
    """Whether the promise was kept, as the report was printed."""
    if entry.promise_kept_at is not None:
        return f"kept at {format_time(entry.promise_kept_at, data.header.day.day)}"
    if entry.promise_outcome == PromiseOutcome.NOT_KEPT:
        return f'<font color="{layout.WARNING_HEX}">not kept</font>'
    if entry.promise_outcome == PromiseOutcome.NO_PROMISE:
        return "no promise was made after all"
    if entry.promise_due_at is not None and entry.promise_due_at < data.header.printed_at:
        return f'<font color="{layout.WARNING_HEX}">not kept, overdue</font>'
    return "not kept yet"


def _history_line(line: ComplaintHistoryLine, day: dt.date, styles: Styles,
                  text_width: float) -> Flowable:
    note = f" — {markup_lines(line.note, text_width - 64)}" if line.note.strip() else ""
    step, status = label(line.step), label(line.status.value).lower()
    status = f" ({status})" if status != step.lower() else ""  # "Started (in progress)"
    return Paragraph(f"{format_time(line.at, day)}&nbsp;&nbsp;{markup(line.staff)}: "
                     f"<b>{step}</b>{status}{note}", styles.history)
