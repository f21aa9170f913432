"""The one action wrapper: permission, one transaction, one audit row said explicitly, retry."""

from __future__ import annotations

import json

import peewee
import pytest

from tests.helpers import engine
from vipdesk.domain.permissions import Permission
from vipdesk.services import actions
from vipdesk.services.actions import Done, StorageProblem, action
from vipdesk.services.session import NotSignedIn, Session
from vipdesk.storage.models import AuditEvent, Staff


def test_the_audit_row_says_what_the_body_said(desk_session: Session) -> None:
    @action("test.note", permission=Permission.CHECK_IN)
    def note(session: Session, words: str) -> Done[str]:
        return Done(words.upper(), Staff.get_by_id(session.current_staff().id), {"words": words})

    assert note(desk_session, "hello") == "HELLO"
    row = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    me = desk_session.current_staff()
    assert row.staff is not None
    assert (row.action, row.entity, row.entity_id, row.staff.id) == (
        "test.note", "staff", me.id, me.id)
    assert json.loads(row.detail)["words"] == "hello"


def test_a_job_names_nobody_and_noting_adds_to_the_details(desk_session: Session) -> None:
    @action("test.job", permission=None)
    def job(session: Session) -> Done[None]:
        return Done(None, detail={"first": 1}, staff=None).noting(second=2)

    job(desk_session)
    row = AuditEvent.select().order_by(AuditEvent.id.desc()).get()
    assert row.staff is None and row.entity == "" and row.entity_id is None
    assert {"first": 1, "second": 2}.items() <= json.loads(row.detail).items()


def test_prepare_runs_once_after_the_permission_and_before_the_lock(
        session: Session, desk_session: Session) -> None:
    seen: list[tuple[str, bool]] = []

    def prepare(session: Session, words: str) -> str:
        seen.append((words, session.db.in_transaction()))
        return words * 2

    @action("test.prepared", permission=Permission.CHECK_IN, prepare=prepare)
    def prepared(session: Session, doubled: str, words: str) -> Done[str]:
        return Done(f"{doubled}/{words}")

    assert prepared(desk_session, "ab") == "abab/ab"
    assert seen == [("ab", False)]
    desk_session.staff = None
    with pytest.raises(NotSignedIn):
        prepared(desk_session, "cd")
    assert seen == [("ab", False)], "refused before anything was prepared"


def test_a_busy_database_runs_the_action_once_more_from_scratch(desk_session: Session) -> None:
    runs: list[int] = []

    @action("test.busy_once", permission=Permission.CHECK_IN)
    def busy_once(session: Session) -> Done[int]:
        runs.append(len(runs))
        Staff.update(name=f"Run {len(runs)}").where(Staff.id == session.current_staff().id
                                                    ).execute()
        if len(runs) == 1:
            raise peewee.OperationalError("database is locked")
        return Done(len(runs))

    before = AuditEvent.select().count()
    assert busy_once(desk_session) == 2
    assert AuditEvent.select().count() == before + 1, "one audit row, for the run that counted"
    assert Staff.get_by_id(desk_session.current_staff().id).name == "Run 2"


@pytest.mark.parametrize(("message", "shown", "runs"), [
    ("database is locked", "busy", 2),  # busy all along: a message after one more try
    ("database or disk is full", "full", 1),  # a full disk is not tried again
])
def test_a_storage_problem_is_a_message_after_the_tries_it_deserves(
        desk_session: Session, message: str, shown: str, runs: int) -> None:
    tries: list[int] = []

    @action("test.refused", permission=Permission.CHECK_IN)
    def refused(session: Session) -> Done[None]:
        tries.append(1)
        raise peewee.OperationalError(message)

    with pytest.raises(StorageProblem, match=shown):
        refused(desk_session)
    assert len(tries) == runs


def test_inside_another_action_a_busy_database_is_the_outer_actions_to_retry(
        desk_session: Session) -> None:
    runs: list[str] = []

    @action("test.inner", permission=Permission.CHECK_IN)
    def inner(session: Session) -> Done[None]:
        runs.append("inner")
        if runs.count("inner") == 1:
            raise peewee.OperationalError("database is locked")
        return Done(None)

    @action("test.outer", permission=Permission.CHECK_IN)
    def outer(session: Session) -> Done[None]:
        runs.append("outer")
        inner(session)
        return Done(None)

    outer(desk_session)
    assert runs == ["outer", "inner", "outer", "inner"]


# --- PostgreSQL: another desk's transaction in the way, and the server's refusals ---------------


def server_error(code: str | None, message: str = "as the server says it"
                 ) -> peewee.DatabaseError:
    """A psycopg error with SQLSTATE ``code`` (None: psycopg's own, a connection gone) as
    peewee hands it on: wrapped, the original as ``orig`` and as the context."""
    import psycopg
    original = (psycopg.errors.lookup(code)(message) if code
                else psycopg.OperationalError("the connection is lost"))
    wrapped = peewee.OperationalError(original)
    wrapped.__context__ = original
    return wrapped


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The pauses between tries, recorded rather than slept."""
    taken: list[float] = []
    monkeypatch.setattr(actions.time, "sleep", taken.append)
    return taken


@pytest.mark.parametrize("code", ["40001", "40P01"])  # serialisation failure, deadlock
def test_a_conflict_with_another_desk_runs_the_action_again_after_a_short_pause(
        desk_session: Session, pauses: list[float], code: str) -> None:
    runs: list[int] = []

    @action("test.conflict", permission=Permission.CHECK_IN)
    def conflict(session: Session) -> Done[int]:
        runs.append(len(runs))
        if len(runs) <= 2:
            raise server_error(code)
        return Done(len(runs))

    before = AuditEvent.select().count()
    assert conflict(desk_session) == 3
    assert AuditEvent.select().count() == before + 1
    assert len(pauses) == 2 and all(0 <= pause <= 0.1 for pause in pauses)


def test_a_conflict_every_time_is_a_calm_message_after_a_few_tries(
        desk_session: Session, pauses: list[float]) -> None:
    tries: list[int] = []

    @action("test.always_conflict", permission=Permission.CHECK_IN)
    def always(session: Session) -> Done[None]:
        tries.append(1)
        raise server_error("40001")

    with pytest.raises(StorageProblem, match="Other desks were changing the same thing"):
        always(desk_session)
    assert len(tries) == 1 + actions.CONFLICT_RETRIES
    assert sum(pauses) < 1, "the agent waits a moment, not longer"


@pytest.mark.parametrize(("code", "shown"), [
    ("53100", "The disk is full"),
    ("25006", "The database is read-only"),
])
def test_the_servers_refusals_are_read_by_their_code_and_told_plainly(
        desk_session: Session, pauses: list[float], code: str | None, shown: str) -> None:
    tries: list[int] = []

    @action("test.server_refused", permission=Permission.CHECK_IN)
    def refused(session: Session) -> Done[None]:
        tries.append(1)
        raise server_error(code)

    with pytest.raises(StorageProblem, match=shown):
        refused(desk_session)
    assert tries == [1] and pauses == [], "not tried again: it would not help (or be safe)"


@pytest.mark.parametrize("code", ["08006", "57P01", None])  # network, server restart, gone
def test_a_lost_connection_is_tried_once_more_under_the_same_key_then_told_plainly(
        desk_session: Session, pauses: list[float], code: str | None) -> None:
    tries: list[int] = []

    @action("test.connection_lost", permission=Permission.CHECK_IN)
    def lost(session: Session) -> Done[None]:
        tries.append(1)
        raise server_error(code)

    with pytest.raises(StorageProblem, match="The connection to the lounge database was lost: "
                       "this action may not have been saved"):
        lost(desk_session)
    assert len(tries) == 1 + actions.LOST_RETRIES and pauses == []


class CommitAnswerLost:
    """The database's commit, with its answer lost on the way back (``saved``: the commit
    reached the database first; otherwise it never did), the first time only."""

    def __init__(self, db: peewee.Database, *, saved: bool) -> None:
        self.db, self.saved, self.real, self.times = db, saved, db.commit, 0

    def __call__(self) -> None:
        self.times += 1
        if self.times > 1:
            return self.real()
        if self.saved:
            self.real()
        raise server_error("08006", "server closed the connection unexpectedly")


@pytest.mark.parametrize("saved", [True, False])
def test_an_action_whose_answer_was_lost_is_never_done_twice(
        desk_session: Session, monkeypatch: pytest.MonkeyPatch, saved: bool) -> None:
    db = desk_session.db
    before = Staff.select().count()
    lost = CommitAnswerLost(db, saved=saved)
    monkeypatch.setattr(db, "commit", lost)
    hired: list[int] = []

    @action("test.hire", permission=Permission.CHECK_IN)
    def hire(session: Session) -> Done[int]:
        hired.append(1)
        member = Staff.create(lounge=session.lounge_id, name="Nina New", role="attendant",
                              created_at=session.clock.now())
        return Done(member.id, member)

    if saved:  # saved by the first try: the second finds its key and says so
        with pytest.raises(actions.SavedBeforeTheConnectionWasLost, match="It was saved, once"):
            hire(desk_session)
        assert hired == [1]
    else:  # never reached the database: the second try saves it
        assert Staff.get_by_id(hire(desk_session)).name == "Nina New"
        assert hired == [1, 1]
    assert Staff.select().count() == before + 1
    keys = [row.action_key for row in AuditEvent.select().where(AuditEvent.action == "test.hire")]
    assert len(keys) == 1 and keys[0] is not None


def test_every_user_action_has_a_key_of_its_own_and_the_database_keeps_it_unique(
        desk_session: Session) -> None:
    @action("test.keyed", permission=Permission.CHECK_IN)
    def keyed(session: Session) -> Done[None]:
        return Done(None)

    keyed(desk_session)
    keyed(desk_session)
    first, second = AuditEvent.select().where(AuditEvent.action == "test.keyed")
    assert first.action_key and second.action_key and first.action_key != second.action_key
    with pytest.raises(peewee.IntegrityError):
        AuditEvent.create(at=first.at, action="test.copy", action_key=first.action_key)


def test_a_server_message_is_not_read_for_sqlites_words(desk_session: Session) -> None:
    """22P02 is bad input, though the server's message says "malformed": not a damaged file."""

    @action("test.bad_input", permission=Permission.CHECK_IN)
    def bad_input(session: Session) -> Done[None]:
        raise server_error("22P02", 'malformed array literal: "{"')

    with pytest.raises(peewee.OperationalError) as raised:
        bad_input(desk_session)
    assert not isinstance(raised.value, StorageProblem)


@pytest.mark.skipif(not engine.ON_POSTGRES, reason="the server's own error, as psycopg and "
                    "peewee hand it on, is raised by PostgreSQL only")
@pytest.mark.parametrize(("code", "runs"), [("40001", 2), ("40P01", 2), ("53100", 1)])
def test_the_servers_own_errors_reach_the_wrapper_with_their_code(
        desk_session: Session, pauses: list[float], code: str, runs: int) -> None:
    tries: list[int] = []

    @action("test.server_says", permission=Permission.CHECK_IN)
    def server_says(session: Session) -> Done[int]:
        tries.append(1)
        if len(tries) == 1:
            session.db.execute_sql(  # the code is ours, from the parameters above
                f"DO $$ BEGIN RAISE EXCEPTION 'said' USING ERRCODE = '{code}'; END $$")
        return Done(len(tries))

    if runs == 1:
        with pytest.raises(StorageProblem, match="The disk is full"):
            server_says(desk_session)
    else:
        assert server_says(desk_session) == runs
    assert len(tries) == runs
