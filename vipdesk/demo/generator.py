"""Fill a new database with a living demo lounge: ``python main.py demo`` and ``--demo``.

The lounge and its team are made through the real services, so set-up, PINs
and the audit trail are exactly what a real first run makes. The history
(hundreds of visits a day) is written in bulk, because a service call per
visit would make ``--demo`` slow to open and a year's benchmark take hours.

Deterministic: the same seed and ``now`` give the same content (PIN hashes
aside: their salts are random by design). Nothing here reads the real clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import random
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from peewee import Database

from vipdesk.clock import FakeClock
from vipdesk.demo import stories
from vipdesk.demo.history import DEFAULT_VISITS_PER_DAY, History
from vipdesk.demo.live import Live
from vipdesk.demo.rows import BulkWriter
from vipdesk.demo.shifts import write_shifts
from vipdesk.demo.team import DEMO_STAFF, Cast
from vipdesk.demo.world import Thresholds, World, load_spaces
from vipdesk.domain.eligibility import Rule
from vipdesk.domain.lounge_setup import LoungePlan, default_spaces
from vipdesk.domain.pin import PinKey
from vipdesk.domain.vocabulary import Entitlement, Role, SpaceKind, VisitStatus
from vipdesk.services import access_rules, clock_mark, lounge_settings, setup, staff
from vipdesk.services.session import Session
from vipdesk.storage.database import open_database
from vipdesk.storage.models import Complaint, Guest, Lounge, Staff, Visit

UTC = dt.UTC
LOUNGE_NAME = "Aurora Lounge"
AIRPORT = "CPH"
TIMEZONE = "Europe/Copenhagen"
WIFI_NETWORK = "Aurora-Guest"
WIFI_PASSWORD = "northern-lights"
BASE_LOBBY_SEATS = 120
LOBBY_SEATS_PER_DAILY_VISIT = 0.3
MINUTES_5 = dt.timedelta(minutes=5)
# Gold and above in the programmes the demo guests belong to (see texts.PROGRAMMES).
FREQUENT_FLYER_RULE = Rule(
    name="Frequent flyer gold or higher", entitlement=Entitlement.FREQUENT_FLYER,
    frequent_flyer_tier="Gold,Platinum,Diamond,Pandion,Senator",  # a tier field holds 40
    free_companions=1, paid_companions=2, companion_price=Decimal(45))


@dataclass(frozen=True)
class DemoSummary:
    """What the demo holds, for the command line to print."""

    lounge_id: int
    guests: int
    visits: int
    in_lounge_now: int  # visits seated now (parties, not people)
    waiting: int  # visits waiting now
    complaints: int  # all feedback: complaints, praise, requests, suggestions
    path: Path


def fill_demo_lounge(db_path: Path, *, days: int = 14, seed: int = 1, now: dt.datetime,
                     pin_key: PinKey, visits_per_day: int | None = None) -> DemoSummary:
    """Create the demo lounge in a new or empty database; refuse one that has a lounge.

    The staff PINs are hashed with ``pin_key``: the key the desk will load.
    ``days`` full days of history come before today; today runs until ``now``.
    ``visits_per_day`` overrides the demo's few hundred a day, for benchmarks.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware; take it from the clock.")
    if days < 1:
        raise ValueError("The demo needs at least one day of history (days >= 1).")
    if visits_per_day is not None and visits_per_day < 1:
        raise ValueError("visits_per_day must be at least 1.")
    now = now.astimezone(UTC).replace(microsecond=0)
    per_day = visits_per_day or DEFAULT_VISITS_PER_DAY
    db = open_database(db_path)
    try:
        # One transaction: one commit (a few seconds of fsyncs saved), and a demo that fails
        # half-way leaves the database as empty as it found it.
        with db.atomic():
            lounge_id = _fill(db, days=days, seed=seed, now=now, per_day=per_day,
                              db_path=Path(db_path), pin_key=pin_key)
        return _summary(lounge_id, Path(db_path))
    finally:
        db.close()


def _fill(db: Database, *, days: int, seed: int, now: dt.datetime, per_day: int,
          db_path: Path, pin_key: PinKey) -> int:
    existing = Lounge.select().order_by(Lounge.id).first()
    if existing is not None:
        raise ValueError(
            f"{db_path} already has a lounge ({existing.name}); the demo fills only a new "
            "or empty database. Choose another path.")
    tz = ZoneInfo(TIMEZONE)
    first_day = now.astimezone(tz).date() - dt.timedelta(days=days)
    clock = FakeClock(dt.datetime.combine(first_day - dt.timedelta(days=1), dt.time(9, 30),
                                          tzinfo=tz))
    session = Session(db=db, clock=clock, pin_key=pin_key)
    lounge, cast = _open_lounge(session, clock, per_day)
    names = {member.id: member.name
             for member in Staff.select().where(Staff.lounge == lounge.id)}
    log_from = dt.datetime.combine(now.astimezone(tz).date() - dt.timedelta(days=2), dt.time(0),
                                   tzinfo=tz).astimezone(UTC)
    world = World(rng=random.Random(seed), now=now, tz=tz, session=session, clock=clock,
                  lounge=lounge, cast=cast,
                  staff_names=names, rows=BulkWriter(db), spaces=load_spaces(lounge.id),
                  rules=access_rules.rules(session), thresholds=Thresholds.of(lounge),
                  log_from=log_from)
    _tell(world, first_day, per_day)
    clock_mark.record_seen(lounge.id, now)  # the demo's "now" is the latest event it holds
    return int(lounge.id)


def _open_lounge(session: Session, clock: FakeClock, per_day: int) -> tuple[Lounge, Cast]:
    """Set up the lounge and hire the team through the services, as a real first run does."""
    admin_member, *others = DEMO_STAFF
    assert admin_member.pin is not None
    lobby_seats = max(BASE_LOBBY_SEATS,
                      math.ceil(per_day * LOBBY_SEATS_PER_DAILY_VISIT / 10) * 10)
    spaces = [dataclasses.replace(s, capacity=lobby_seats) if s.kind is SpaceKind.LOBBY else s
              for s in default_spaces()]
    lounge = setup.set_up_lounge(session, LoungePlan(
        name=LOUNGE_NAME, airport=AIRPORT, timezone=TIMEZONE, admin_name=admin_member.name,
        admin_pin=admin_member.pin, spaces=spaces))
    admin = Staff.get((Staff.lounge == lounge.id) & (Staff.role == Role.ADMINISTRATOR))
    clock.advance(minutes=3)
    if not staff.sign_in(session, admin.id, admin_member.pin).ok:
        raise RuntimeError("The demo administrator could not sign in.")
    clock.advance(minutes=2)
    access_rules.add_rule(session, FREQUENT_FLYER_RULE)
    hired: dict[Role, list[int]] = {role: [] for role in Role}
    hired[Role.ADMINISTRATOR].append(admin.id)
    for member in others:
        clock.advance(minutes=1)
        hired[member.role].append(staff.add_staff(session, member.name, member.role,
                                                  member.pin).id)
    clock.advance(minutes=2)
    settings = lounge_settings.lounge_settings(session)
    lounge_settings.update_lounge_settings(session, dataclasses.replace(
        settings, wifi_network=WIFI_NETWORK, wifi_password=WIFI_PASSWORD))
    staff.sign_out(session)
    cast = Cast(admin=admin.id, managers=tuple(hired[Role.DUTY_MANAGER]),
                desk=tuple(hired[Role.FRONT_DESK]), attendants=tuple(hired[Role.ATTENDANT]))
    return Lounge.get_by_id(lounge.id), cast


def _tell(world: World, first_day: dt.date, per_day: int) -> None:
    """History, the present and the fixed stories, in the order their rows depend on."""
    regulars = stories.add_regulars(world, first_day)
    history = History(world, per_day)
    history.run(first_day)
    stories.complaint_yesterday(world, regulars["returning"])
    lobby = Live(world, per_day, history.used_today, regulars).run()
    earlier = sorted(day for day in history.recent if day < world.today)
    stories.overdue_promise(world, history.recent[earlier[0]][1])
    stories.praise_closed(world, history.recent[earlier[-1]][0])
    settled = sorted((v for v in lobby if v.guest is not regulars["returning"]),
                     key=lambda v: v.stay.seated_at or world.now)
    stories.escalated_now(world, settled[0])
    stories.request_just_made(world, [v for v in settled[1:] if v.stay.seated_at
                                      and v.stay.seated_at <= world.now - MINUTES_5][-1])
    write_shifts(world, first_day)
    world.rows.flush()


def _summary(lounge_id: int, path: Path) -> DemoSummary:
    def visits(status: VisitStatus) -> int:
        return Visit.select().where((Visit.lounge == lounge_id) & (Visit.status == status)).count()

    return DemoSummary(
        lounge_id=lounge_id, guests=Guest.select().count(),
        visits=Visit.select().where(Visit.lounge == lounge_id).count(),
        in_lounge_now=visits(VisitStatus.SEATED), waiting=visits(VisitStatus.WAITING),
        complaints=Complaint.select().where(Complaint.lounge == lounge_id).count(), path=path)
