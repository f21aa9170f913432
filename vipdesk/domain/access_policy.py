"""The access policy a new lounge starts with; the administrator edits it in Settings."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from vipdesk.domain.vocabulary import Cabin, Entitlement


@dataclass(frozen=True)
class RulePlan:
    name: str
    entitlement: Entitlement
    cabin: Cabin | None = None
    price: Decimal = Decimal(0)
    free_companions: int = 0
    paid_companions: int = 0
    companion_price: Decimal = Decimal(45)


STARTING_POLICY: tuple[RulePlan, ...] = (
    RulePlan("First class", Entitlement.CABIN, Cabin.FIRST, free_companions=1, paid_companions=2),
    RulePlan("Business class", Entitlement.CABIN, Cabin.BUSINESS, paid_companions=2),
    RulePlan("Paid entry", Entitlement.PAID, price=Decimal(45), paid_companions=3),
    RulePlan("Invitation", Entitlement.INVITATION, free_companions=1),
)
