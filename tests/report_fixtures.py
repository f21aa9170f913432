"""A busy lounge day written straight into the models, for the report tests and the benchmark.

There is no check-in service or demo generator to lean on yet, so this builds the
rows the reports read: guests, visits with spaces and waits, exceptions, ratings,
complaints with their history. It is deterministic: the same seed gives the same
day. It also writes visits just before and just after the day (and one that spans
midnight) so a report that reads the wrong range gives the wrong figures.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import re
import unicodedata
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from peewee import SqliteDatabase
from pypdf import PdfReader

from tests.conftest import ADMIN_PIN
from tests.helpers.shared_data import naughty_strings
from vipdesk.clock import FakeClock
from vipdesk.documents import fonts, text
from vipdesk.domain.complaints import Step
from vipdesk.domain.lounge_setup import LoungePlan
from vipdesk.domain.vocabulary import (
    Cabin,
    Category,
    Channel,
    ComplaintStatus,
    Department,
    Entitlement,
    FeedbackKind,
    Role,
    Severity,
    VisitStatus,
    WaitReason,
)
from vipdesk.services import setup
from vipdesk.services.reports import lounge_day
from vipdesk.services.session import Session, signed_in
from vipdesk.storage.database import open_database
from vipdesk.storage.models import (
    Complaint,
    ComplaintEvent,
    Guest,
    Lounge,
    Space,
    Staff,
    Visit,
    WaitingEntry,
    database,
)
from vipdesk.storage.pin_key import key_at, resolve_key_path

UTC = dt.UTC

NAMES: tuple[tuple[str, str, str], ...] = (
    ("Ms", "Mei", "Chen"), ("Mr", "Søren", "Kierkegaard"), ("Dr", "Fatima", "Al-Rashid"),
    ("Mrs", "Åse", "Ødegård"), ("Mr", "Wei", "王"), ("Ms", "ليلى", "حداد"),
    ("Mr", "James", "O'Brien"), ("Ms", "Ingrid", "Bæk"), ("Prof", "Hiroshi", "Tanaka"),
    ("Mr", "Lars", "Jørgensen"), ("Ms", "Anna", "Schmidt"), ("Mr", "Carlos", "García"),
)
CARRIERS = ("SK", "SK", "SK", "LH", "BA", "AY", "DY", "CA", "EK", "QR", "")
DESTINATIONS = ("LHR", "FRA", "HEL", "OSL", "ARN", "PEK", "DXB", "DOH", "JFK", "CDG")
CABINS = (Cabin.BUSINESS, Cabin.BUSINESS, Cabin.FIRST, Cabin.ECONOMY, Cabin.PREMIUM_ECONOMY,
          None)
COMPLAINT_WORDS = (
    "The coffee machine was broken & nobody told us <why>.",
    "Wi-Fi kept dropping; I missed a call with my office.",
    "We waited twenty minutes at the desk while the staff chatted.",
    "Lovely welcome from Ali — thank you!",
    "Could you keep a quiet room for early morning flights?",
    "The shower in box 3 was not cleaned. " * 6,
)
STEP_TO = {ComplaintStatus.ASSIGNED: Step.ASSIGNED, ComplaintStatus.IN_PROGRESS: Step.STARTED,
           ComplaintStatus.RESOLVED: Step.RESOLVED, ComplaintStatus.CLOSED: Step.CLOSED}
COMPENSATIONS = (("Drinks voucher", Decimal("15.00")), ("Lounge pass", Decimal("45.00")),
                 ("", Decimal("10.00")))


@dataclass(frozen=True)
class Cast:
    """The staff the day needs: a duty manager grants exceptions, a desk agent checks in."""

    manager: Staff
    desk: Staff
    attendant: Staff


def reader(lounge: Lounge, clock: FakeClock) -> Session:
    """The lounge's administrator at a desk, signed in and unlocked: the report builders
    refuse anyone else."""
    administrator = Staff.get((Staff.lounge == lounge.id) & (Staff.role == Role.ADMINISTRATOR))
    return Session(db=database, clock=clock, lounge_id=lounge.id,
                   staff=signed_in(administrator))


def make_cast(lounge: Lounge, created_at: dt.datetime) -> Cast:
    """Staff written directly (no PIN hashing: the reports never sign anyone in)."""
    def person(name: str, role: Role) -> Staff:
        return Staff.create(lounge=lounge, name=name, role=role, created_at=created_at)
    return Cast(manager=person("Mads Manager", Role.DUTY_MANAGER),
                desk=person("Dina Desk", Role.FRONT_DESK),
                attendant=person("Ali Attendant", Role.ATTENDANT))


@dataclass(frozen=True)
class ReportLounge:
    """A lounge database shared by the tests of one module (each test writes its own day)."""

    db: SqliteDatabase
    lounge: Lounge
    cast: Cast

    def bind(self) -> None:
        """Point the models at this database again (another test may have rebound them)."""
        database.initialize(self.db)


def report_lounge(path: Path) -> ReportLounge:
    """The Nordic Lounge (Copenhagen) with its default spaces and a cast, in a new file."""
    db = open_database(path)
    clock = FakeClock(dt.datetime(2026, 1, 1, tzinfo=UTC))
    key = key_at(resolve_key_path())  # this run's key (tests/conftest.py), as the desk loads it
    made = setup.set_up_lounge(Session(db=db, clock=clock, pin_key=key), LoungePlan(
        name="Nordic Lounge", airport="CPH", timezone="Europe/Copenhagen",
        admin_name="Astrid Admin", admin_pin=ADMIN_PIN))
    lounge = Lounge.get_by_id(made.id)
    return ReportLounge(db, lounge, make_cast(lounge, clock.now()))


_CHUNK = 500  # rows per INSERT: a few thousand bound variables, under SQLite's limit


def busy_day(lounge: Lounge, day: dt.date, cast: Cast, *, visits: int = 80,
             complaints: int = 14, seed: int = 6, names: Sequence[str] | None = None,
             texts: Sequence[str] | None = None, neighbours: bool = True) -> None:
    """Write a lounge day of ``visits`` visits and ``complaints`` pieces of feedback.

    ``names``: guest surnames and given names taken in turn from this list instead
    of the built-in cast; ``texts``: the guests' words, exception reasons and
    history notes taken from it instead of the built-in complaints.
    """
    rng = random.Random(seed)
    span = lounge_day(lounge.timezone, day)
    spaces = list(Space.select().where(Space.lounge == lounge).order_by(Space.position))
    minutes_open = int(span.length.total_seconds() // 60)
    with database.atomic():
        guest_ids = _guests(rng, visits, names, span.start)
        rows, waits = [], []
        for n, guest_id in enumerate(guest_ids):
            arrived = span.start + dt.timedelta(minutes=rng.randrange(5 * 60, minutes_open - 20))
            rows.append(_visit(rng, lounge, cast, spaces, guest_id, arrived, n, texts, span.end))
        for start in range(0, len(rows), _CHUNK):  # SQLite's limit on bound variables
            Visit.insert_many(rows[start:start + _CHUNK]).execute()
        visit_ids = [v.id for v in Visit.select(Visit.id).where(Visit.lounge == lounge)
                     .order_by(Visit.id)][-len(rows):]
        for visit_id, row in zip(visit_ids, rows, strict=True):
            waits += _waits(rng, cast, visit_id, row)
        for start in range(0, len(waits), _CHUNK):
            WaitingEntry.insert_many(waits[start:start + _CHUNK]).execute()
        _feedback(rng, lounge, cast, span.start, span.end, visit_ids, guest_ids, complaints,
                  texts)
        if neighbours:
            _neighbours(lounge, cast, span.start, span.end)


def _guests(rng: random.Random, count: int, names: Sequence[str] | None,
            created_at: dt.datetime) -> list[int]:
    rows = []
    for n in range(count):
        if names:
            title, given, surname = "", names[(2 * n + 1) % len(names)], names[2 * n % len(names)]
        else:
            title, given, surname = NAMES[n % len(NAMES)]
        rows.append(dict(title=title, given_names=given, surname=surname,
                         created_at=created_at - dt.timedelta(days=rng.randrange(1, 400))))
    with database.atomic():
        for start in range(0, len(rows), 500):
            Guest.insert_many(rows[start:start + 500]).execute()
    return [g.id for g in Guest.select(Guest.id).order_by(Guest.id)][-count:]


def _visit(rng: random.Random, lounge: Lounge, cast: Cast, spaces: list[Space], guest_id: int,
           arrived: dt.datetime, n: int, texts: Sequence[str] | None,
           day_end: dt.datetime) -> dict[str, object]:
    cabin = rng.choice(CABINS)
    entitlement = {Cabin.FIRST: Entitlement.CABIN, Cabin.BUSINESS: Entitlement.CABIN,
                   None: Entitlement.MEMBERSHIP}.get(
        cabin, rng.choice([Entitlement.PAID, Entitlement.FREQUENT_FLYER]))
    exception = n % 23 == 5
    if exception:
        entitlement = Entitlement.EXCEPTION
    stay = dt.timedelta(minutes=rng.randrange(20, 240))
    # The last arrivals of the evening are still in the lounge when the report is printed.
    left = arrived + stay if arrived + stay < day_end - dt.timedelta(minutes=30) or n % 2 else None
    carrier = rng.choice(CARRIERS)
    return dict(
        lounge=lounge.id, guest=guest_id,
        status=VisitStatus.CHECKED_OUT if left else VisitStatus.SEATED,
        arrived_at=arrived, seated_at=arrived + dt.timedelta(minutes=2), checked_out_at=left,
        carrier=carrier, flight_number=str(100 + rng.randrange(900)) if carrier else "",
        origin=lounge.airport, destination=rng.choice(DESTINATIONS), cabin=cabin,
        seat=f"{rng.randrange(1, 40)}{rng.choice('ACDF')}", checkin_sequence=f"{n:04d}",
        party_size=rng.choice((1, 1, 1, 2, 2, 3, 4)), entitlement=entitlement,
        exception_by=cast.manager.id if exception else None,
        exception_reason=(_text(texts, n, "Connecting passenger, delayed inbound flight.")
                          if exception else ""),
        space=rng.choice(spaces).id if rng.random() < 0.95 else None,
        attendant=cast.attendant.id,
        rating=rng.choice((None, None, 5, 5, 4, 4, 3, 2, 1)),
        checked_in_by=cast.desk.id)


def _waits(rng: random.Random, cast: Cast, visit_id: int, visit: dict[str, object]
           ) -> list[dict[str, object]]:
    if rng.random() > 0.35:
        return []
    started = visit["arrived_at"]
    assert isinstance(started, dt.datetime)
    minutes = rng.choice((2, 4, 7, 9, 12, 14, 15, 16, 19, 24, 31))
    ended = started + dt.timedelta(minutes=minutes)
    wait: dict[str, object] = dict(
        visit=visit_id, reason=rng.choice(list(WaitReason)[:3]), started_at=started,
        ended_at=ended, alert_raised_at=None, acknowledged_by=None, acknowledged_at=None)
    if minutes >= 15:
        alert = started + dt.timedelta(minutes=15)
        answer = rng.choice((None, 1, 3, 5, 6, 11))
        wait.update(alert_raised_at=alert, acknowledged_by=cast.desk.id if answer else None,
                    acknowledged_at=alert + dt.timedelta(minutes=answer) if answer else None)
    return [wait]


def _feedback(rng: random.Random, lounge: Lounge, cast: Cast, start: dt.datetime,
              end: dt.datetime, visit_ids: list[int], guest_ids: list[int], count: int,
              texts: Sequence[str] | None) -> None:
    kinds = (FeedbackKind.COMPLAINT, FeedbackKind.COMPLAINT, FeedbackKind.COMPLAINT,
             FeedbackKind.PRAISE, FeedbackKind.REQUEST, FeedbackKind.SUGGESTION)
    statuses = list(ComplaintStatus)
    hours = max(1, int((end - start).total_seconds() // 3600) - 7)
    for n in range(count):
        created = start + dt.timedelta(minutes=6 * 60 + n * 60 * hours // max(count, 1)
                                       + rng.randrange(50))
        kind = kinds[n % len(kinds)]
        status = statuses[n % len(statuses)]
        resolved = status in (ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED)
        compensation = (COMPENSATIONS[n % 3] if kind is FeedbackKind.COMPLAINT and n % 4 < 2
                        else ("", 0))
        promised = n % 3 == 0 and kind is not FeedbackKind.PRAISE
        due = created + dt.timedelta(hours=2)
        # In turn: kept on time, kept late, still open.
        kept = (due - dt.timedelta(minutes=30), due + dt.timedelta(minutes=45), None)[n // 3 % 3]
        kept = kept if promised else None
        index = rng.randrange(len(visit_ids)) if visit_ids else None
        complaint = Complaint.create(
            lounge=lounge, channel=list(Channel)[n % 3], kind=kind,
            category=list(Category)[n % len(Category)], severity=list(Severity)[n % 4],
            status=status,
            guest=guest_ids[index] if index is not None and n % 5 else None,
            visit=visit_ids[index] if index is not None and n % 5 else None,
            guest_words=_text(texts, n, COMPLAINT_WORDS[n % len(COMPLAINT_WORDS)]),
            guest_expects=_text(texts, n, "A call back from the manager." if n % 2 else "", 1),
            apologised=bool(n % 2), immediate_action=_text(texts, n, "Offered a drink.", 2),
            compensation_kind=compensation[0], compensation_value=compensation[1],
            department=list(Department)[n % len(Department)], escalated=n % 4 == 1,
            promise_due_at=due if promised else None,
            promise_owner=cast.manager if promised else None,
            promise_how="Phone call" if promised else "", promise_kept_at=kept,
            resolution=_text(texts, n, "Fixed and apologised.", 3) if resolved else "",
            created_at=created, created_by=cast.desk,
            resolved_at=created + dt.timedelta(minutes=25 + 17 * n) if resolved else None)
        ComplaintEvent.create(complaint=complaint, at=created, staff=cast.desk,
                              step=Step.LOGGED, status=ComplaintStatus.NEW, note="")
        for number, later in enumerate(statuses[1:statuses.index(status) + 1], start=1):
            ComplaintEvent.create(complaint=complaint,
                                  at=created + dt.timedelta(minutes=5 * number),
                                  staff=cast.manager, step=STEP_TO[later], status=later,
                                  note=_text(texts, n, f"Moved to {later.value}.", 3 + number))


def _neighbours(lounge: Lounge, cast: Cast, start: dt.datetime, end: dt.datetime) -> None:
    """Visits the day before and after, and one in the lounge across the midnight it starts."""
    guest = Guest.create(title="Mr", given_names="Nils", surname="Nabo",
                         created_at=start - dt.timedelta(days=30))
    for arrived, left, party in (
            (start - dt.timedelta(hours=3), start - dt.timedelta(hours=1), 3),   # yesterday
            (start - dt.timedelta(minutes=40), start + dt.timedelta(minutes=50), 2),  # across
            (end + dt.timedelta(minutes=10), end + dt.timedelta(hours=2), 4)):  # tomorrow
        Visit.create(lounge=lounge, guest=guest, status=VisitStatus.CHECKED_OUT,
                     arrived_at=arrived, checked_out_at=left, carrier="ZZ", flight_number="9",
                     party_size=party, entitlement=Entitlement.PAID, checked_in_by=cast.desk)


def _text(texts: Sequence[str] | None, n: int, default: str, field: int = 0) -> str:
    """Item ``n``'s text for ``field`` (0 to 7): eight different strings of ``texts`` per item."""
    return texts[(8 * n + field) % len(texts)] if texts else default


def single_visit(lounge: Lounge, cast: Cast, arrived: dt.datetime, left: dt.datetime | None,
                 *, surname: str = "Chen", party: int = 1) -> Visit:
    """One plain visit, for the tests about which day a visit belongs to."""
    guest = Guest.create(title="Ms", given_names="Mei", surname=surname, created_at=arrived)
    return Visit.create(lounge=lounge, guest=guest,
                        status=VisitStatus.CHECKED_OUT if left else VisitStatus.SEATED,
                        arrived_at=arrived, checked_out_at=left, carrier="SK",
                        flight_number="1234", origin=lounge.airport, destination="LHR",
                        cabin=Cabin.BUSINESS, party_size=party, entitlement=Entitlement.CABIN,
                        checked_in_by=cast.desk)


def visits_on(lounge: Lounge, day: dt.date) -> list[Visit]:
    """The visits whose arrival, read on the lounge's wall clock, falls on ``day``.

    The plain way, every visit read: an independent check of the reports' UTC range.
    """
    zone = zoneinfo.ZoneInfo(lounge.timezone)
    return sorted((v for v in Visit.select() if v.arrived_at.astimezone(zone).date() == day),
                  key=lambda v: (v.arrived_at, v.id))


def blns() -> list[str]:
    """The Big List of Naughty Strings (shared test data)."""
    return naughty_strings()


def printable_sample(strings: Sequence[str], every: int) -> list[str]:
    """Every ``every``-th string a PDF can give back as typed: left to right, nothing that
    printing changes (control characters, odd spaces), every glyph in our fonts."""
    usable = []
    for value in strings:
        if (value.strip() and text.clean(value) == value and not text.needs_bidi(value)
                and not fonts.uncovered(value)
                and all(unicodedata.category(ch)[0] not in "CZ" or ch == " " for ch in value)):
            usable.append(value)
    return usable[::every]


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page, whitespace collapsed and compatibility forms folded (NFKC).

    NFKC turns the Arabic presentation forms a shaped PDF holds back into letters.
    """
    reader = PdfReader(io.BytesIO(pdf))
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split())
            for page in reader.pages]


def report_body(pages: list[str]) -> str:
    """The pages' text without the header and footer, so text that runs across pages reads on."""
    bodies = []
    for page in pages:
        page = page.split("dispose of it securely.", 1)[-1]
        bodies.append(re.sub(r"\s*Page \d+ of \d+$", "", page).strip())
    return " ".join(bodies)


def squeezed(text: str) -> str:
    """``text`` without any white space, NFKC-folded: for finding a name a PDF split into runs."""
    return "".join(unicodedata.normalize("NFKC", text).split())
