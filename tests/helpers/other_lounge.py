"""A second lounge of the operator in the test's database, with a desk signed in there.

Made with rows, as the first run makes the first lounge (services/setup.py): its spaces,
the starting access policy, a front-desk agent and an attendant. ``set_up_lounge`` sets up
only a database's first lounge.
"""

from __future__ import annotations

from vipdesk.clock import Clock
from vipdesk.domain.access_policy import STARTING_POLICY
from vipdesk.domain.lounge_setup import default_spaces
from vipdesk.domain.pin import PinKey
from vipdesk.domain.vocabulary import Role
from vipdesk.services.session import Session, signed_in
from vipdesk.storage.models import AccessRule, Lounge, Space, Staff


def other_lounge(db: object, clock: Clock, pin_key: PinKey, *, name: str = "Sky Lounge",
                 airport: str = "CPH", timezone: str = "Europe/Copenhagen") -> Session:
    """A lounge named ``name`` and a desk session there, its agent signed in ("Bo Desk")."""
    lounge = Lounge.create(name=name, airport=airport, timezone=timezone,
                           created_at=clock.now())
    for position, space in enumerate(default_spaces()):
        Space.create(lounge=lounge, name=space.name, kind=space.kind,
                     capacity=space.capacity, position=position)
    for position, rule in enumerate(STARTING_POLICY):
        AccessRule.create(lounge=lounge, name=rule.name, entitlement=rule.entitlement,
                          cabin=rule.cabin, price=rule.price,
                          free_companions=rule.free_companions,
                          paid_companions=rule.paid_companions,
                          companion_price=rule.companion_price, position=position)
    agent = Staff.create(lounge=lounge, name="Bo Desk", role=Role.FRONT_DESK,
                         created_at=clock.now())
    Staff.create(lounge=lounge, name="Ulla Attendant", role=Role.ATTENDANT,
                 created_at=clock.now())
    return Session(db=db, clock=clock, lounge_id=lounge.id, pin_key=pin_key,  # type: ignore[arg-type]
                   staff=signed_in(agent), desk="Desk B1")
