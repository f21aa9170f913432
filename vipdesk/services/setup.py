"""First run: create a lounge, its spaces, its access policy and its first administrator.

A database may hold several lounges of one operator (several desks on one PostgreSQL
server); each desk serves one of them (:func:`lounges` lists them for the desk's chooser
and the command line's ``--lounge``). An administrator may set up a new lounge beside the
others, with its own first administrator.
"""

from __future__ import annotations

from dataclasses import dataclass

from vipdesk.domain.access_policy import STARTING_POLICY
from vipdesk.domain.lounge_setup import LoungePlan, plan_messages
from vipdesk.domain.message import QT_TRANSLATE_NOOP, Message
from vipdesk.domain.permissions import Permission
from vipdesk.domain.pin import hash_pin
from vipdesk.domain.vocabulary import Role
from vipdesk.services.actions import Done, action
from vipdesk.services.session import FieldProblems, Session
from vipdesk.storage.models import AccessRule, Lounge, Space, Staff


class PlanRejected(FieldProblems):
    """The plan cannot be used; ``problems`` are keyed by field for the form."""


@dataclass(frozen=True)
class LoungeRef:
    """A lounge of the database, as start-up, the chooser, the CLI and the first run read it."""

    id: int
    name: str
    airport: str
    timezone: str


def lounge_ref(lounge: Lounge) -> LoungeRef:
    return LoungeRef(lounge.id, lounge.name, lounge.airport, lounge.timezone)


def lounges(session: Session) -> list[LoungeRef]:
    """Every lounge of the database, oldest first (empty before the first set-up)."""
    return [lounge_ref(lounge) for lounge in Lounge.select().order_by(Lounge.id)]


def find_lounge(session: Session) -> LoungeRef | None:
    """The database's first lounge, or None before set-up: for a database known to hold one
    (a single kiosk, a test); a desk or command on a shared database chooses with
    :func:`lounges` and :func:`lounge_named`."""
    lounge: Lounge | None = Lounge.select().order_by(Lounge.id).first()
    return lounge_ref(lounge) if lounge is not None else None


def lounge_named(choices: list[LoungeRef], wanted: str) -> LoungeRef | None:
    """The lounge ``wanted`` names: its id, else its name (case and spacing ignored)."""
    text = " ".join(wanted.split())
    if text.isdigit():
        return next((lounge for lounge in choices if lounge.id == int(text)), None)
    return next((lounge for lounge in choices
                 if " ".join(lounge.name.split()).casefold() == text.casefold()), None)


@action("lounge.set_up", permission=None)  # the first run: nobody can sign in yet
def set_up_lounge(session: Session, plan: LoungePlan) -> Done[LoungeRef]:
    """A lounge with its spaces, access rules and first administrator.

    On an empty database this is the first run: nobody can sign in yet, the desk serves the
    new lounge from now on and the audit row names its administrator. Beside a lounge
    already there it is an administrator's act from a signed-in desk
    (``Permission.SET_UP_LOUNGES``: anyone at a desk of a shared server could otherwise add
    lounges to it). That desk keeps serving its own lounge (Settings → This desk offers the
    new one from its next start), and the audit row is written there, naming the
    administrator who did it, the new lounge and, by id, its administrator.
    """
    first = not Lounge.select().exists()
    if not first:
        session.require(Permission.SET_UP_LOUNGES)
    if problems := plan_messages(plan):
        raise PlanRejected(problems)
    if lounge_named(lounges(session), plan.name) is not None:  # --lounge NAME finds one
        raise PlanRejected({"name": Message(QT_TRANSLATE_NOOP(
            "Messages", "This database already has a lounge called {name}; please give this "
            "one another name, e.g. with its terminal."), {"name": plan.name.strip()})})
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
    if not first:
        return Done(lounge_ref(lounge), lounge,
                    {"spaces": len(plan.spaces), "administrator": admin.id})
    session.lounge_id = lounge.id
    return Done(lounge_ref(lounge), lounge, {"spaces": len(plan.spaces)}, staff=admin)
