"""The day's departures through the services: import, hand edits, links, boarding reminders."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from playhouse.test_utils import count_queries

from tests.helpers import engine
from vipdesk.clock import FakeClock
from vipdesk.domain.vocabulary import Entitlement, SpaceKind, VisitStatus
from vipdesk.services import departures, staff
from vipdesk.services.departures import DeparturesRejected, FlightRejected
from vipdesk.services.session import NotSignedIn, ServiceError, Session
from vipdesk.storage.models import AuditEvent, Flight, Guest, Lounge, Space, Staff, Visit

CPH = zoneinfo.ZoneInfo("Europe/Copenhagen")
DAY = dt.date(2026, 11, 23)  # the conftest clock: 09:00 in Copenhagen
FILE = ("\ufeffFlight;Departure;Gate;Boarding\r\n"
        "SK 1234;09:35;A12;09:05\r\n"
        "LH 827;10:10;B7;\r\n"
        "DY 0302;11:00;;10:20\r\n")


def cph(hour: int, minute: int, day: dt.date = DAY) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=CPH)


class Arrivals:
    """Guests in the lounge: Guest and Visit rows made directly (check-in is elsewhere)."""

    def __init__(self, clock: FakeClock, lounge: Lounge, by: Staff) -> None:
        self.clock, self.lounge, self.by = clock, lounge, by

    def visit(self, surname: str, flight: str, *, day: dt.date = DAY, party: int = 1,
              status: VisitStatus = VisitStatus.SEATED, space: str | None = "Lobby") -> Visit:
        carrier, number = flight.split()
        guest = Guest.create(surname=surname, given_names="", title="DR",
                             created_at=self.clock.now())
        return Visit.create(
            lounge=self.lounge, guest=guest, status=status, party_size=party,
            arrived_at=self.clock.now(), entitlement=Entitlement.CABIN, checked_in_by=self.by,
            carrier=carrier, flight_number=number, flight_date=day,
            space=Space.get(Space.name == space) if space else None)


@pytest.fixture
def arrivals(clock: FakeClock, lounge: Lounge, team: dict[str, Staff]) -> Arrivals:
    return Arrivals(clock, lounge, team["desk"])


def flight(code: str, day: dt.date = DAY) -> Flight:
    carrier, number = code.split()
    return Flight.get((Flight.carrier == carrier) & (Flight.flight_number == number)
                      & (Flight.flight_date == day))


# --- import ----------------------------------------------------------------------------------


def test_a_good_file_is_read_on_the_lounge_clock_and_stored_in_utc(
        desk_session: Session) -> None:
    result = departures.import_departures_csv(desk_session, FILE, DAY)
    assert (result.added, result.updated, result.unchanged) == (3, 0, 0)
    stored = flight("SK 1234")
    assert stored.departs_at == dt.datetime(2026, 11, 23, 8, 35, tzinfo=dt.UTC)
    rows = departures.departures(desk_session, DAY)
    assert [(r.flight, r.departs_at, r.boarding_at, r.boarding_assumed, r.gate) for r in rows] == [
        ("SK 1234", cph(9, 35), cph(9, 5), False, "A12"),
        ("LH 827", cph(10, 10), cph(9, 40), True, "B7"),
        ("DY 302", cph(11, 0), cph(10, 20), False, ""),
    ]
    assert rows[1].boards_at is None, "no boarding time is invented for the welcome card"
    assert rows[0].departs_at.tzinfo is dt.UTC
    [audit] = AuditEvent.select().where(AuditEvent.action == "departures.import")
    assert '"added": 3' in audit.detail


def test_importing_again_updates_and_keeps_what_the_file_does_not_say(
        desk_session: Session) -> None:
    departures.import_departures_csv(desk_session, FILE, DAY)
    departures.add_or_edit_flight(desk_session, DAY, flight="LH 827", departure="10:10",
                                  gate="B7", boarding="09:45", flight_id=flight("LH 827").id)
    later = ("Flight,Departure,Gate\n"
             "SK 1234,09:50,A14\n"  # delayed and moved
             "LH 827,10:10,\n"  # nothing new: keeps the boarding time typed by hand
             "SK 99,12:00,C1\n")
    result = departures.import_departures_csv(desk_session, later, DAY)
    assert (result.added, result.updated, result.unchanged) == (1, 1, 1)
    assert Flight.select().count() == 4, "DY 302, not in the later file, is kept"
    moved = flight("SK 1234")
    assert (moved.departs_at.astimezone(CPH), moved.gate) == (cph(9, 50), "A14")
    assert moved.boards_at == cph(9, 5), "an empty cell keeps what is known"
    assert flight("LH 827").boards_at == cph(9, 45)
    assert departures.departures(desk_session, DAY + dt.timedelta(days=1)) == []


def test_a_file_with_bad_lines_saves_nothing_and_names_every_line(desk_session: Session) -> None:
    bad = FILE + "XX 1;25:00;;\r\nSK 1234;12:00;;\r\n"
    with pytest.raises(DeparturesRejected) as refused:
        departures.import_departures_csv(desk_session, bad, DAY)
    assert [(p.line, p.field) for p in refused.value.problems] == [
        (5, "departure"), (6, "flight")]
    assert str(refused.value).startswith("Nothing was imported. Line 5: The departure time")
    assert Flight.select().count() == 0
    assert AuditEvent.select().where(AuditEvent.action == "departures.import").count() == 0


def test_importing_needs_someone_signed_in(session: Session, desk_session: Session) -> None:
    staff.sign_out(desk_session)
    with pytest.raises(NotSignedIn):
        departures.import_departures_csv(session, FILE, DAY)


def test_a_dst_day_and_a_flight_after_midnight(desk_session: Session) -> None:
    spring = dt.date(2026, 3, 29)
    departures.import_departures_csv(
        desk_session, "Flight,Departure,Boarding\nSK 1,00:20,23:50\nSK 2,03:10,01:50\n", spring)
    night, dst = departures.departures(desk_session, spring)
    assert night.boarding_at == cph(23, 50, spring - dt.timedelta(days=1))
    assert dst.departs_at - dst.boarding_at == dt.timedelta(minutes=20)
    assert dst.departs_at.astimezone(CPH).utcoffset() == dt.timedelta(hours=2), "summer time"


# --- hand edits and links ----------------------------------------------------------------------


def test_visits_link_to_their_flight_when_imported_or_edited(
        desk_session: Session, arrivals: Arrivals) -> None:
    chen = arrivals.visit("Chen", "SK 1234")
    berg = arrivals.visit("Berg", "DY 302")
    yesterday = arrivals.visit("Okafor", "SK 1234", day=DAY - dt.timedelta(days=1))
    gone = arrivals.visit("Haddad", "SK 1234", status=VisitStatus.CHECKED_OUT)

    result = departures.import_departures_csv(desk_session, FILE, DAY)
    assert result.visits_linked == 2
    assert Visit.get_by_id(chen.id).flight_id == flight("SK 1234").id
    assert Visit.get_by_id(berg.id).flight_id == flight("DY 302").id, "DY 0302 in the file"
    assert Visit.get_by_id(yesterday.id).flight_id is None, "same flight, another day"
    assert Visit.get_by_id(gone.id).flight_id is None

    again = departures.import_departures_csv(desk_session, FILE, DAY)
    assert again.visits_linked == 0

    added = departures.add_or_edit_flight(desk_session, DAY - dt.timedelta(days=1),
                                          flight="SK1234", departure="21:00", gate="A1")
    assert Visit.get_by_id(yesterday.id).flight_id == added.flight_id

    departures.delete_flight(desk_session, flight("DY 302").id)
    assert Visit.get_by_id(berg.id).flight_id is None
    assert Visit.get_by_id(berg.id).flight_number == "302", "the visit keeps its flight details"


def test_the_link_helper_for_check_in(desk_session: Session, arrivals: Arrivals) -> None:
    departures.import_departures_csv(desk_session, FILE, DAY)
    visit = arrivals.visit("Chen", "LH 827")
    with desk_session.db.atomic():  # type: ignore[attr-defined]
        assert departures.link_visit(desk_session, visit) == flight("LH 827")
    assert Visit.get_by_id(visit.id).flight_id == flight("LH 827").id


def test_the_hand_entry_form_refuses_mistakes_by_field_and_duplicates(
        desk_session: Session) -> None:
    departures.import_departures_csv(desk_session, FILE, DAY)
    with pytest.raises(FlightRejected) as refused:
        departures.add_or_edit_flight(desk_session, DAY, flight="nonsense", departure="")
    assert set(refused.value.problems) == {"flight", "departure"}
    with pytest.raises(FlightRejected, match="already in the list"):
        departures.add_or_edit_flight(desk_session, DAY, flight="SK 1234", departure="12:00")
    with pytest.raises(FlightRejected, match="already in the list"):
        departures.add_or_edit_flight(desk_session, DAY, flight="SK 1234", departure="12:00",
                                      flight_id=flight("LH 827").id)
    with pytest.raises(ServiceError, match="no longer in the list"):
        departures.add_or_edit_flight(desk_session, DAY, flight="SK 1", departure="12:00",
                                      flight_id=9999)
    edited = departures.add_or_edit_flight(desk_session, DAY, flight="SK 1234",
                                           departure="09:35", gate="", boarding="",
                                           flight_id=flight("SK 1234").id)
    assert (edited.gate, edited.boards_at) == ("", None), "the form says what is known"
    assert Flight.select().count() == 3


# --- the boarding reminder -----------------------------------------------------------------------


def test_parties_boarding_within_20_minutes_until_marked_informed(
        desk_session: Session, arrivals: Arrivals, clock: FakeClock) -> None:
    departures.import_departures_csv(desk_session, FILE, DAY)
    sk = arrivals.visit("Chen", "SK 1234", party=2)  # boards 09:05
    lh = arrivals.visit("Berg", "LH 827", status=VisitStatus.WAITING, space=None)  # 09:40 assumed
    arrivals.visit("Okafor", "DY 302", space="Box 1")  # boards 10:20
    arrivals.visit("Haddad", "SK 99")  # no such flight imported
    arrivals.visit("Suzuki", "SK 1234", status=VisitStatus.CHECKED_OUT)

    clock.set(cph(8, 44))
    assert departures.boarding_soon(desk_session) == [], "09:05 is 21 minutes away"
    clock.set(cph(8, 45))
    [row] = departures.boarding_soon(desk_session)
    assert (row.visit_id, row.guest_name, row.party_size, row.flight, row.gate) == (
        sk.id, "Dr Chen", 2, "SK 1234", "A12")
    assert (row.boarding_at, row.minutes_to_boarding, row.boarding_assumed) == (
        cph(9, 5), 20, False)
    assert (row.space, row.status) == ("Lobby", VisitStatus.SEATED)

    clock.set(cph(9, 20))  # SK is boarding; LH (assumed 09:40) is 20 minutes away
    rows = departures.boarding_soon(desk_session)
    assert [(r.visit_id, r.minutes_to_boarding, r.boarding_assumed) for r in rows] == [
        (sk.id, -15, False), (lh.id, 20, True)]
    assert [r.visit_id for r in departures.boarding_soon(desk_session, within_minutes=60)] == [
        sk.id, lh.id, Visit.get(Visit.flight_number == "302").id]

    informed = departures.mark_informed(desk_session, sk.id)
    assert informed.boarding_informed_at == clock.now()
    assert [r.visit_id for r in departures.boarding_soon(desk_session)] == [lh.id]
    with pytest.raises(ServiceError, match="already been told"):
        departures.mark_informed(desk_session, sk.id)
    assert AuditEvent.select().where(AuditEvent.action == "visit.boarding_informed").count() == 1


def test_the_boarding_reminder_is_one_query_and_follows_the_lounge_setting(
        desk_session: Session, arrivals: Arrivals, clock: FakeClock, lounge: Lounge) -> None:
    departures.import_departures_csv(desk_session, FILE, DAY)
    for name in ("Chen", "Berg", "Okafor"):
        arrivals.visit(name, "SK 1234")
    clock.set(cph(8, 30))
    Lounge.update(boarding_reminder_minutes=40).execute()
    desk_session.forget_lounge()  # as the desk does when the settings change (session.py)
    with count_queries() as counter:
        rows = departures.boarding_soon(desk_session)
    assert len(rows) == 3
    pragma = 0 if engine.ON_POSTGRES else 1  # PostgreSQL hears of other desks without a query
    assert counter.count == pragma + 2, ("has another desk written (a pragma on SQLite), the "
                                         "lounge's settings, then one query for the rows")
    with pytest.raises(ServiceError, match="whole minutes"):
        departures.boarding_soon(desk_session, within_minutes=-5)


def test_mark_informed_refuses_visits_not_here(desk_session: Session, arrivals: Arrivals) -> None:
    gone = arrivals.visit("Chen", "SK 1234", status=VisitStatus.CHECKED_OUT)
    with pytest.raises(ServiceError, match="already checked out"):
        departures.mark_informed(desk_session, gone.id)
    with pytest.raises(ServiceError, match="not on file"):
        departures.mark_informed(desk_session, 9999)


def test_a_box_guest_is_shown_with_their_space(desk_session: Session, arrivals: Arrivals,
                                               clock: FakeClock) -> None:
    departures.import_departures_csv(desk_session, FILE, DAY)
    arrivals.visit("Okafor", "DY 302", space="Box 1")
    clock.set(cph(10, 0))
    [row] = departures.boarding_soon(desk_session)
    assert (row.space, Space.get(Space.name == "Box 1").kind) == ("Box 1", SpaceKind.BOX)
