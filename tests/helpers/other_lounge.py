"""A second lounge of the operator in the test's database, with a desk signed in there.

``set_up_lounge`` sets up only a database's first lounge; this one is furnished like the
first (a copy of its spaces and access rules), with a front-desk agent and an attendant.
"""

from __future__ import annotations

from typing import Any

from vipdesk.clock import Clock
from vipdesk.domain.pin import PinKey
from vipdesk.domain.vocabulary import Role
from vipdesk.services.session import Session, signed_in
from vipdesk.storage.models import AccessRule, Lounge, Space, Staff


def other_lounge(db: object, clock: Clock, pin_key: PinKey, *, name: str = "Sky Lounge",
                 airport: str = "CPH", timezone: str = "Europe/Copenhagen") -> Session:
    """A lounge named ``name`` and a desk session there, its agent ("Bo Desk") signed in."""
    first = Lounge.select().order_by(Lounge.id).get()
    lounge = Lounge.create(name=name, airport=airport, timezone=timezone,
                           created_at=clock.now())
    for model in (Space, AccessRule):
        _copy(model, first, lounge)
    agent = Staff.create(lounge=lounge, name="Bo Desk", role=Role.FRONT_DESK,
                         created_at=clock.now())
    Staff.create(lounge=lounge, name="Ulla Attendant", role=Role.ATTENDANT,
                 created_at=clock.now())
    return Session(db=db, clock=clock, lounge_id=lounge.id, pin_key=pin_key,  # type: ignore[arg-type]
                   staff=signed_in(agent), desk="Desk B1")


def _copy(model: Any, first: Lounge, lounge: Lounge) -> None:
    """The first lounge's rows of ``model``, made again for ``lounge``."""
    for row in model.select().where(model.lounge == first.id).order_by(model.id):
        values = {key: value for key, value in row.__data__.items()
                  if key not in ("id", "lounge")}
        model.create(lounge=lounge, **values)
