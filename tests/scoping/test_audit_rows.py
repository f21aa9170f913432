"""Each audit row is its lounge's (migration 0017), and lounge A's lists of it show none of B's."""

from __future__ import annotations

import json

from tests.scoping.reads import texts
from tests.scoping.two_lounges import LoungeCast, leaks
from vipdesk.services import staff
from vipdesk.services.command_runs import RUN_ACTION, command_runs
from vipdesk.services.session import Session
from vipdesk.storage.models import AuditEvent, Staff


def test_every_action_writes_its_lounge_on_its_audit_row(
        session: Session, lounges: tuple[LoungeCast, LoungeCast]) -> None:
    a, b = lounges
    lounge_of_staff = {member.id: member.lounge_id for member in Staff.select()}
    rows = list(AuditEvent.select())
    assert {row.lounge_id for row in rows} == {a.lounge_id, b.lounge_id}
    assert [row.action for row in rows if row.staff_id is not None
            and row.lounge_id != lounge_of_staff[row.staff_id]] == []


def test_a_run_of_b_that_does_not_name_its_lounge_is_not_listed_at_a(
        session: Session, lounges: tuple[LoungeCast, LoungeCast]) -> None:
    """Before 0017 the list kept any run whose details named no lounge (an older desk's, a
    hand-written one): B's showed at A."""
    a, b = lounges
    AuditEvent.create(at=session.clock.now(), action=RUN_ACTION, lounge_id=b.lounge_id,
                      detail=json.dumps({"command": "backup", "outcome": "done",
                                         "os_account": "bzzleakjob", "note": "Bzzleak"}))
    assert a.manager.pin is not None and staff.sign_in(session, a.manager.id, a.manager.pin).ok
    runs = command_runs(session)
    assert runs and leaks(texts(runs)) == []
