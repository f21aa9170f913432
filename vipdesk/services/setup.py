"""First run: create the lounge, its spaces, its access policy and the first administrator."""

from __future__ import annotations

from dataclasses import dataclass

from vipdesk.domain.access_policy import STARTING_POLICY
from vipdesk.domain.lounge_setup import LoungePlan, plan_problems
from vipdesk.domain.pin import hash_pin
from vipdesk.domain.vocabulary import Role
from vipdesk.services.actions import Done, action
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import AccessRule, Lounge, Space, Staff


class PlanRejected(ServiceError):
    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(" ".join(problems.values()))
        self.problems = problems


@dataclass(frozen=True)
class LoungeRef:
    """Which lounge a database serves: what start-up, the CLI and the first run read."""

    id: int
    name: str
    airport: str
    timezone: str


def lounge_ref(lounge: Lounge) -> LoungeRef:
    return LoungeRef(lounge.id, lounge.name, lounge.airport, lounge.timezone)


def find_lounge(session: Session) -> LoungeRef | None:
    """The lounge this database serves (one per database), or None before set-up."""
    lounge: Lounge | None = Lounge.select().order_by(Lounge.id).first()
    return lounge_ref(lounge) if lounge is not None else None


@action("lounge.set_up", permission=None)
def set_up_lounge(session: Session, plan: LoungePlan) -> Done[LoungeRef]:
    if problems := plan_problems(plan):
        raise PlanRejected(problems)
    if find_lounge(session) is not None:
        raise ServiceError("This database already has a lounge.")
    now = session.clock.now()
    lounge = Lounge.create(name=plan.name.strip(), airport=plan.airport.upper(),
                           timezone=plan.timezone.strip(), created_at=now)
    for position, space in enumerate(plan.spaces):
        Space.create(lounge=lounge, name=space.name.strip(), kind=space.kind,
                     capacity=space.capacity, position=position)
    for position, rule in enumerate(STARTING_POLICY):
        AccessRule.create(lounge=lounge, name=rule.name, entitlement=rule.entitlement,
                          cabin=rule.cabin, price=rule.price,
                          free_companions=rule.free_companions,
                          paid_companions=rule.paid_companions,
                          companion_price=rule.companion_price, position=position)
    admin = Staff.create(lounge=lounge, name=plan.admin_name.strip(), role=Role.ADMINISTRATOR,
                         pin_hash=hash_pin(plan.admin_pin, session.key), created_at=now)
    session.lounge_id = lounge.id
    return Done(lounge_ref(lounge), lounge, {"spaces": len(plan.spaces)}, staff=admin)
