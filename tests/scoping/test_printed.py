"""At lounge A every document printed or exported, and every report of the command line,
read back: none shows a row of lounge B. A new document is one more line in DOCUMENTS."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.report_fixtures import pdf_pages
from tests.scoping.two_lounges import LoungeCast, leaks
from vipdesk.cli.report_command import run as report_command
from vipdesk.clock import FakeClock
from vipdesk.documents.complaint_report import complaint_report_pdf
from vipdesk.documents.csv_export import complaint_csv, guest_csv
from vipdesk.documents.guest_report import guest_report_pdf
from vipdesk.documents.handover_pdf import render_handover_pdf
from vipdesk.services import reports, shifts, staff, welcome_cards
from vipdesk.services.session import Session

Document = Callable[[Session, LoungeCast], bytes | str]


def _today(session: Session) -> dt.date:
    return session.clock.now().date()


DOCUMENTS: dict[str, Document] = {
    "guest report": lambda s, a: guest_report_pdf(reports.guest_report(s, _today(s))),
    "guest CSV": lambda s, a: guest_csv(reports.guest_report(s, _today(s))),
    "complaint report": lambda s, a: complaint_report_pdf(reports.complaint_report(s, _today(s))),
    "complaint CSV": lambda s, a: complaint_csv(reports.complaint_report(s, _today(s))),
    "handover": lambda s, a: render_handover_pdf(shifts.handover(s, a.shifts[0]).data),
    "welcome card": lambda s, a: welcome_cards.welcome_card_pdf(s, a.visits[1]),
}


def read_back(document: bytes | str) -> list[str]:
    return pdf_pages(document) if isinstance(document, bytes) else [document]


@pytest.fixture
def manager_at_a(session: Session, lounges: tuple[LoungeCast, LoungeCast]) -> LoungeCast:
    a, _ = lounges
    assert a.manager.pin is not None and staff.sign_in(session, a.manager.id, a.manager.pin).ok
    return a


@pytest.mark.parametrize("name", DOCUMENTS)
def test_no_document_of_a_shows_a_row_of_b(session: Session, manager_at_a: LoungeCast,
                                           name: str) -> None:
    pages = read_back(DOCUMENTS[name](session, manager_at_a))
    assert "".join(pages).strip(), "the document says something"
    assert leaks(pages) == []


@pytest.mark.parametrize("name", DOCUMENTS)
def test_the_same_document_of_b_shows_bs_rows(session: Session,
                                              lounges: tuple[LoungeCast, LoungeCast],
                                              name: str) -> None:
    """The control: B's own document is read back with B's markers in it."""
    _, b = lounges
    session.lounge_id = b.lounge_id
    assert b.manager.pin is not None and staff.sign_in(session, b.manager.id, b.manager.pin).ok
    assert leaks(read_back(DOCUMENTS[name](session, b)))


@pytest.mark.parametrize("kind", ["guests", "complaints"])
def test_the_command_lines_reports_of_a_show_no_row_of_b(
        db_target: str | Path, clock: FakeClock, tmp_path: Path,
        lounges: tuple[LoungeCast, LoungeCast], kind: str) -> None:
    """The command line reports on the lounge ``--lounge`` names: A."""
    pdf, table = tmp_path / f"{kind}.pdf", tmp_path / f"{kind}.csv"
    out, err = io.StringIO(), io.StringIO()
    status = report_command([kind, "--date", clock.now().date().isoformat(), "--out", str(pdf),
                             "--csv", str(table), "--db", str(db_target),
                             "--lounge", str(lounges[0].lounge_id)],
                            clock=clock, stdout=out, stderr=err)
    assert (status, err.getvalue()) == (0, "")
    shown = [out.getvalue(), *pdf_pages(pdf.read_bytes()),
             table.read_text(encoding="utf-8-sig")]
    assert "Nordic" in "".join(shown) or kind == "complaints"
    assert leaks(shown) == []
