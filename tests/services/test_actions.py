"""The one action wrapper: permission, one transaction, one audit row said explicitly, retry."""

from __future__ import annotations

import json

import peewee
import pytest

from vipdesk.domain.permissions import Permission
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
