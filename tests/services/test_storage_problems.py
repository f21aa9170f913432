"""A full disk or a read-only database: the action fails as a message, saves nothing, and the
desk goes on."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import peewee
import pytest

from tests.helpers import engine
from vipdesk.domain.complaints import FeedbackInput
from vipdesk.domain.eligibility import PassDetails
from vipdesk.domain.vocabulary import Category, FeedbackKind
from vipdesk.services import checkin, complaints
from vipdesk.services.actions import StorageProblem, storage_problem
from vipdesk.services.checkin import CheckIn
from vipdesk.services.session import ServiceError, Session
from vipdesk.storage.models import AuditEvent, Complaint, Visit
from vipdesk.storage.models import database as bound_database

FLIGHT_DAY = dt.date(2026, 11, 23)  # the fake clock's day in Copenhagen


def guest(number: int) -> PassDetails:
    return PassDetails(surname=f"GUEST{chr(65 + number % 26)}", given_names="ANNA", title="MS",
                       origin="CPH", destination="LHR", carrier="SK", flight_number="501",
                       flight_date=FLIGHT_DAY, compartment="J", sequence=str(number))


def complaint(words: str = "The coffee was cold.") -> FeedbackInput:
    return FeedbackInput(kind=FeedbackKind.COMPLAINT, category=Category.FOOD_AND_BEVERAGE,
                         guest_words=words)


def fill_the_disk(db: peewee.SqliteDatabase) -> int:
    """Cap the file at its present size (SQLite says "database or disk is full" past it)."""
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    db.execute_sql(f"PRAGMA max_page_count = {pages}")
    return pages


def check_in_until_full(session: Session) -> tuple[int, StorageProblem]:
    for number in range(1, 200):
        try:
            checkin.check_in(session, CheckIn(guest(number)))
        except StorageProblem as problem:
            return number, problem
    raise AssertionError("the disk never filled up")


def assert_nothing_half_done() -> None:
    visits = {visit.id for visit in Visit.select(Visit.id)}
    audited = {row.entity_id for row in AuditEvent.select(AuditEvent.entity_id)
                               .where(AuditEvent.action == "visit.check_in")}
    assert visits == audited
    logged = {row.entity_id for row in AuditEvent.select(AuditEvent.entity_id)
                                .where(AuditEvent.action == "complaint.log")}
    assert {c.id for c in Complaint.select(Complaint.id)} == logged


@pytest.mark.skipif(engine.ON_POSTGRES, reason="fills SQLite's file with max_page_count "
                    "(the server's full disk, SQLSTATE 53100, is test_actions')")
def test_a_full_disk_refuses_the_check_in_with_a_message_and_saves_none_of_it(
        desk_session: Session, db: peewee.SqliteDatabase) -> None:
    cap = fill_the_disk(db)
    number, problem = check_in_until_full(desk_session)
    assert isinstance(problem, ServiceError)
    assert str(problem).startswith("The disk is full: this action was not saved.")
    assert "disk is full" in str(problem.__cause__)
    assert Visit.select().count() == number - 1
    assert_nothing_half_done()
    with pytest.raises(StorageProblem, match="disk is full"):
        complaints.log_feedback(desk_session, complaint("x" * 2000))
    assert_nothing_half_done()

    db.execute_sql(f"PRAGMA max_page_count = {cap + 1000}")  # IT frees space
    visit = checkin.check_in(desk_session, CheckIn(guest(number)))
    assert Visit.get_by_id(visit.id).checkin_sequence == str(number)
    assert complaints.log_feedback(desk_session, complaint()).id
    assert_nothing_half_done()


@pytest.fixture
def read_only(db_path: Path, db: peewee.SqliteDatabase) -> Iterator[peewee.SqliteDatabase]:
    """The same file opened read-only, as SQLite does when the file's permissions forbid writing."""
    db.close()
    database = peewee.SqliteDatabase(f"file:{db_path}?mode=ro", uri=True,
                                     pragmas={"foreign_keys": 1})
    bound_database.initialize(database)
    yield database
    database.close()
    db.connect()
    bound_database.initialize(db)


def test_a_read_only_database_refuses_check_in_and_complaint_with_a_message(
        desk_session: Session, read_only: peewee.SqliteDatabase) -> None:
    desk_session.db = read_only
    with pytest.raises(StorageProblem, match=r"^The database is read-only: this action was not"):
        checkin.check_in(desk_session, CheckIn(guest(1)))
    with pytest.raises(StorageProblem, match="read-only"):
        complaints.log_feedback(desk_session, complaint())
    assert Visit.select().count() == 0 and Complaint.select().count() == 0
    assert checkin.guests_in_lounge(desk_session) == []  # reading still works


@pytest.mark.skipif(engine.ON_POSTGRES, reason="SQLite's query_only pragma "
                    "(the server's read-only refusal is test_actions')")
def test_query_only_refuses_a_complaint_with_a_message(
        desk_session: Session, db: peewee.SqliteDatabase) -> None:
    db.execute_sql("PRAGMA query_only = 1")
    with pytest.raises(StorageProblem, match="read-only"):
        complaints.log_feedback(desk_session, complaint())
    db.execute_sql("PRAGMA query_only = 0")
    assert complaints.log_feedback(desk_session, complaint()).id


@pytest.mark.skipif(engine.ON_POSTGRES, reason="SQLite's BEGIN IMMEDIATE")
def test_a_refused_begin_immediate_is_a_storage_problem_too(
        desk_session: Session, db: peewee.SqliteDatabase) -> None:
    db.execute_sql("PRAGMA query_only = 1")
    try:
        with pytest.raises(StorageProblem, match="read-only"):
            checkin.check_in(desk_session, CheckIn(guest(1)))
    finally:
        db.execute_sql("PRAGMA query_only = 0")


@pytest.mark.parametrize("message", [
    "database or disk is full", "attempt to write a readonly database", "disk I/O error",
    "database is locked", "database disk image is malformed", "file is not a database"])
def test_storage_failures_are_recognised_along_the_chain(message: str) -> None:
    cause = sqlite3.OperationalError(message)
    try:
        try:
            raise peewee.OperationalError(message) from cause
        except peewee.OperationalError:
            rollback = peewee.OperationalError("cannot rollback - no transaction is active")
            raise rollback  # noqa: B904 (its implicit context is under test)
    except peewee.OperationalError as hidden:
        problem = storage_problem(hidden)
    assert problem is not None and "not saved" in str(problem)
    assert problem.__cause__ is not None


def test_other_database_errors_are_left_alone() -> None:
    assert storage_problem(peewee.OperationalError("no such table: visit")) is None
    assert storage_problem(ValueError("database or disk is full")) is None
