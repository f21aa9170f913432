"""A second lounge of the operator in the test's database, with a desk signed in there.

Set up through the service, as the first is (tests/conftest.py), by the first lounge's
administrator signed in at a desk of their own (a lounge beside another is an
administrator's act), then given a front-desk agent and an attendant as rows.
"""

from __future__ import annotations

from vipdesk.clock import Clock
from vipdesk.domain.lounge_setup import LoungePlan
from vipdesk.domain.pin import PinKey
from vipdesk.domain.vocabulary import Role
from vipdesk.services import setup
from vipdesk.services.session import Session, signed_in
from vipdesk.storage.models import Lounge, Staff

ADMIN_PIN = "975312"


def other_lounge(db: object, clock: Clock, pin_key: PinKey, *, name: str = "Sky Lounge",
                 airport: str = "CPH", timezone: str = "Europe/Copenhagen") -> Session:
    """A lounge named ``name`` and a desk session there, its agent ("Bo Desk") signed in."""
    session = Session(db=db, clock=clock, pin_key=pin_key, desk="Desk B1")  # type: ignore[arg-type]
    session.lounge_id = set_up_beside(session, LoungePlan(
        name=name, airport=airport, timezone=timezone, admin_name="Bea Admin",
        admin_pin=ADMIN_PIN)).id
    agent = Staff.create(lounge=session.lounge_id, name="Bo Desk", role=Role.FRONT_DESK,
                         created_at=clock.now())
    Staff.create(lounge=session.lounge_id, name="Ulla Attendant", role=Role.ATTENDANT,
                 created_at=clock.now())
    session.staff = signed_in(agent)
    return session


def set_up_beside(session: Session, plan: LoungePlan) -> setup.LoungeRef:
    """``plan`` set up beside the database's first lounge by its administrator, signed in at
    a desk of their own there; ``session`` is left as it was."""
    first = Lounge.select().order_by(Lounge.id).get()
    admin = (Staff.select().where((Staff.lounge == first) & (Staff.role == Role.ADMINISTRATOR))
             .order_by(Staff.id).get())
    desk = Session(db=session.db, clock=session.clock, pin_key=session.pin_key,
                   lounge_id=first.id, staff=signed_in(admin), desk="Office")
    return setup.set_up_lounge(desk, plan)
