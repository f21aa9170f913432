"""Each desk's name (issue 15) on the audit trail and on each check-in it makes."""

from __future__ import annotations

from tests.services.test_board import arrive
from vipdesk.clock import FakeClock
from vipdesk.services import checkin, staff
from vipdesk.services.session import Session
from vipdesk.storage.models import AuditEvent, Visit


def last_audit() -> AuditEvent:
    return AuditEvent.select().order_by(AuditEvent.id.desc()).first()


def test_a_check_in_and_its_audit_row_name_the_desk(desk_session: Session) -> None:
    desk_session.desk = "Desk 1"
    record = arrive(desk_session, "Chen", wait=True)
    assert record.desk == "Desk 1"
    assert Visit.get_by_id(record.id).desk == "Desk 1"
    assert (last_audit().action, last_audit().desk) == ("visit.check_in", "Desk 1")
    found = checkin.find_visit(desk_session, record.id)
    assert found is not None and found.desk == "Desk 1", "the visit's details say where"


def test_another_desk_names_itself_and_a_desk_without_a_name_names_none(
        desk_session: Session, clock: FakeClock) -> None:
    office = Session(db=desk_session.db, clock=clock, lounge_id=desk_session.lounge_id,
                     pin_key=desk_session.pin_key, staff=desk_session.staff, desk="Office")
    assert arrive(office, "Berg", wait=True).desk == "Office"
    assert last_audit().desk == "Office"
    assert arrive(desk_session, "Chen", wait=True).desk is None  # no name set: the CLI's
    staff.sign_out(desk_session)
    assert last_audit().desk is None


def test_work_handed_to_a_worker_is_done_in_the_desks_name(
        desk_session: Session, clock: FakeClock) -> None:
    desk_session.desk = "Desk 2"
    worker = desk_session.for_worker(clock)
    assert worker.desk == "Desk 2" and worker.origin != desk_session.origin
    assert arrive(worker, "Chen", wait=True).desk == "Desk 2"
