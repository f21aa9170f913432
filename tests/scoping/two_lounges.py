"""One database, two lounges: A (the desk's own) and B (whose rows must never show at A).

Both lounges are filled through the services, as desks would: staff, departures, guests
waiting (an alert raised), seated (with a companion) and checked out, complaints with work
orders, promises, notes and an escalation, praise, a shift ended with its diary and
handover, a shift running, command-line runs. Every text of B carries a marker (:data:
MARKERS) so a leak is found by reading what A shows; the guest both lounges know (recognised
across lounges, as it should be) is the exception, and her visit at B carries B's flight.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from tests.helpers.other_lounge import set_up_beside
from vipdesk.clock import FakeClock
from vipdesk.domain.complaints import FeedbackInput, PraiseInput, Promise, WorkOrderInput
from vipdesk.domain.eligibility import CompanionDetails, PassDetails
from vipdesk.domain.lounge_setup import LoungePlan, default_spaces
from vipdesk.domain.vocabulary import (
    Cabin,
    Category,
    Department,
    FeedbackKind,
    Role,
    Severity,
    SpaceKind,
)
from vipdesk.services import checkin, complaints, departures, setup, shifts, staff, waiting
from vipdesk.services.checkin import CheckIn
from vipdesk.services.command_runs import (
    CommandGroup,
    Outcome,
    RunRecord,
    command_line_session,
    record_run,
)
from vipdesk.services.session import Session
from vipdesk.storage.models import Staff

# What only B's rows say (compared case-insensitively): names, words, spaces, flight numbers.
MARKERS = ("bzzleak", "bleakmark", "7391", "7392", "7393")
SHARED_SURNAME = "Sharedguest"  # the guest of both lounges: her record shows at both


@dataclass(frozen=True)
class Member:
    id: int
    name: str
    pin: str | None


@dataclass(frozen=True)
class LoungeCast:
    lounge_id: int
    admin: Member
    manager: Member
    desk: Member
    attendant: Member
    visits: tuple[int, ...]  # waiting, seated, checked out, the shared guest's
    complaints: tuple[int, ...]
    shifts: tuple[int, ...]  # ended, running

    def by_role(self, role: Role) -> Member:
        return {Role.ADMINISTRATOR: self.admin, Role.DUTY_MANAGER: self.manager,
                Role.FRONT_DESK: self.desk}[role]


@dataclass(frozen=True)
class Words:
    """What one lounge calls its people, places and flights."""

    prefix: str  # staff, guest and space names begin with it
    complaint: str  # in every complaint's, note's and work order's text
    carrier: str
    first_flight: int  # its flights are this and the next few


A_WORDS = Words(prefix="Nordic", complaint="coffee", carrier="SK", first_flight=501)
B_WORDS = Words(prefix="Bzzleak", complaint="BLEAKMARK", carrier="QZ", first_flight=7391)


def leaks(texts: Iterable[str]) -> list[str]:
    """The texts that carry one of B's markers."""
    return [text for text in texts if any(marker in text.casefold() for marker in MARKERS)]


def build(session: Session, clock: FakeClock) -> tuple[LoungeCast, LoungeCast]:
    """Lounge A set up as a first run does, lounge B beside it; both filled. The clock is left
    where it was, so today is the day both lounges worked."""
    a = setup.set_up_lounge(session, LoungePlan(
        name="Nordic Lounge", airport="CPH", timezone="Europe/Copenhagen",
        admin_name="Nordic Admin", admin_pin="246810",
        spaces=[dataclasses.replace(s, name=f"Nordic {s.name}") for s in default_spaces()]))
    b = _second_lounge(session, clock)
    start = clock.now()
    shared_a = _fill(session, clock, a.id, A_WORDS, pins=("246810", "864213", "2468"),
                     shared=None)
    clock.set(start)
    cast_b = _fill(session, clock, b, B_WORDS, pins=("135790", "975311", "1357"),
                   shared=shared_a.visits[-1])
    clock.set(start + dt.timedelta(minutes=40))
    # B's waiting guest's alert comes due and is raised; A's is due, left for A's own timer.
    waiting.raise_due_alerts(Session(db=session.db, clock=clock, lounge_id=b))
    _command_runs(session, clock, b, B_WORDS)
    _command_runs(session, clock, a.id, A_WORDS)
    session.lounge_id, session.staff = a.id, None
    return shared_a, cast_b


def _second_lounge(session: Session, clock: FakeClock) -> int:
    """B, set up beside A through the same first-run service, by A's administrator (a
    lounge beside another is an administrator's act)."""
    return set_up_beside(session, LoungePlan(
        name="Bzzleak Lounge", airport="CPH", timezone="Europe/Copenhagen",
        admin_name="Bzzleak Admin", admin_pin="135790",
        spaces=[dataclasses.replace(s, name=f"Bzzleak {s.name}") for s in default_spaces()])).id


def _fill(session: Session, clock: FakeClock, lounge_id: int, words: Words,
          pins: tuple[str, str, str], shared: int | None) -> LoungeCast:
    here = Session(db=session.db, clock=clock, lounge_id=lounge_id, pin_key=session.pin_key,
                   desk=f"{words.prefix} Desk 1")
    admin_row = Staff.get((Staff.lounge == lounge_id) & (Staff.role == Role.ADMINISTRATOR))
    admin = Member(admin_row.id, admin_row.name, pins[0])
    assert staff.sign_in(here, admin.id, admin.pin).ok

    def hire(title: str, role: Role, pin: str | None) -> Member:
        name = f"{words.prefix} {title}"
        return Member(staff.add_staff(here, name, role, pin).id, name, pin)

    manager = hire("Manager", Role.DUTY_MANAGER, pins[1])
    desk = hire("Desk", Role.FRONT_DESK, pins[2])
    attendant = hire("Attendant", Role.ATTENDANT, None)
    staff.sign_out(here)
    assert manager.pin is not None
    assert staff.sign_in(here, manager.id, manager.pin).ok
    ended = shifts.start_shift(here).id
    shifts.add_diary_entry(here, f"{words.prefix} diary: the {words.complaint} machine")
    today = clock.now().date()
    for n in range(3):
        departures.add_or_edit_flight(
            here, today, flight=f"{words.carrier} {words.first_flight + n}",
            departure=f"{11 + n}:30", gate=f"{words.prefix[0]}{n}", boarding=f"{11 + n}:00",
            destination="LHR")

    def guest(n: int, name: str, **request: object) -> int:
        clock.advance(minutes=2)
        details = PassDetails(
            surname=name, given_names=f"{words.prefix}ina", title="Ms", origin="CPH",
            destination="LHR", carrier=words.carrier, flight_number=str(words.first_flight + n),
            flight_date=today, cabin=Cabin.BUSINESS, seat=f"{n + 1}A",
            sequence=f"{lounge_id}{n}")
        request.setdefault("past_queue", not request.get("wait"))
        return checkin.check_in(here, CheckIn(details, **request)).id  # type: ignore[arg-type]

    surname = f"{words.prefix}guest"
    waiting_visit = guest(0, f"{surname}waits", wait=True)
    seated = guest(1, f"{surname}seated", wish=SpaceKind.BOX,
                   party=(CompanionDetails(f"{words.prefix} Companion"),),
                   attendant_id=attendant.id)
    gone = guest(2, f"{surname}gone")
    if shared is None:  # A: the guest both lounges know, here first, gone since
        both = guest(3, SHARED_SURNAME)
        checkin.check_out(here, both, rating=4)
    else:  # B: the same guest, later, on B's flight
        both = _same_guest_again(here, shared, words, today)
    checkin.check_out(here, gone, rating=2)
    logged = complaints.log_feedback(here, FeedbackInput(
        kind=FeedbackKind.COMPLAINT, category=Category.FOOD_AND_BEVERAGE,
        guest_words=f"{words.complaint}: the coffee was cold", severity=Severity.HIGH,
        guest_id=None, visit_id=seated, guest_expects=f"{words.complaint} fresh coffee",
        immediate_action=f"{words.complaint} apology", department=Department.FOOD_AND_BEVERAGE,
        promise=Promise(clock.now() + dt.timedelta(minutes=20), manager.id,
                        f"{words.complaint} at the desk"),
        work_orders=(WorkOrderInput(Department.HOUSEKEEPING, f"{words.complaint} wipe"),)))
    complaints.add_note(here, logged.id, f"{words.complaint} note")
    escalated = complaints.log_feedback(here, FeedbackInput(
        kind=FeedbackKind.COMPLAINT, category=Category.STAFF,
        guest_words=f"{words.complaint} rude {words.prefix}", severity=Severity.CRITICAL,
        visit_id=gone, escalate=True, compensation_kind=f"{words.complaint} voucher",
        compensation_value=Decimal(25)))
    praise = complaints.log_praise(here, PraiseInput(
        guest_words=f"{words.complaint} lovely", visit_id=seated, staff_id=attendant.id,
        note=f"{words.complaint} thanks"))
    shifts.end_shift(here)
    running = shifts.start_shift(here).id
    shifts.add_diary_entry(here, f"{words.prefix} running diary {words.complaint}")
    staff.sign_out(here)
    return LoungeCast(lounge_id, admin, manager, desk, attendant,
                      (waiting_visit, seated, gone, both), (logged.id, escalated.id, praise.id),
                      (ended, running))


def _same_guest_again(here: Session, shared_visit: int, words: Words, today: dt.date) -> int:
    """The guest of A's visit ``shared_visit`` checked in at B, on B's flight, then gone."""
    details = PassDetails(
        surname=SHARED_SURNAME, given_names="Nordicina", title="Ms", origin="CPH",
        destination="LHR", carrier=words.carrier, flight_number=str(words.first_flight + 1),
        flight_date=today, cabin=Cabin.BUSINESS, seat="9B", sequence="999")
    visit = checkin.check_in(here, CheckIn(details, past_queue=True)).id
    checkin.check_out(here, visit, rating=5)
    return visit


def _command_runs(session: Session, clock: FakeClock, lounge_id: int, words: Words) -> None:
    """A scheduled report's run, as the command line records it."""
    here = Session(db=session.db, clock=clock, lounge_id=lounge_id, pin_key=session.pin_key)
    runner = command_line_session(here, CommandGroup.REPORT, os_account=f"{words.prefix}job",
                                  uid=1000, pin_required=False)
    record_run(runner, RunRecord(command="report guests", outcome=Outcome.DONE,
                                 day=clock.now().date(),
                                 written=(f"/srv/{words.prefix}/guests.pdf",),
                                 note=f"{words.prefix} nightly"))
