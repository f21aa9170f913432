"""``session.lounge`` is read from the database once per action, and again at the next one:
a change made at another desk counts from the next action (issue 12)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

from peewee import Database

from tests.conftest import ADMIN_PIN
from tests.helpers import engine
from vipdesk.domain.permissions import Permission
from vipdesk.services import lounge_settings, staff
from vipdesk.services.actions import Done, action
from vipdesk.services.session import Session
from vipdesk.storage.models import Lounge, Staff


@contextmanager
def lounge_reads(db: Database) -> Iterator[list[str]]:
    """The SELECTs from the lounge table run in the block."""
    seen: list[str] = []
    original = db.execute_sql

    def counting(sql: str, params: object = None, *args: object, **kwargs: object) -> object:
        if sql.startswith("SELECT") and 'FROM "lounge"' in sql:
            seen.append(sql)
        return original(sql, params, *args, **kwargs)

    db.execute_sql = counting  # type: ignore[method-assign]
    try:
        yield seen
    finally:
        del db.execute_sql


@action("test.read_lounge", permission=Permission.CHECK_IN)
def read_the_lounge_thrice(session: Session) -> Done[str]:
    return Done(f"{session.lounge.name} {session.lounge.airport} {session.lounge.timezone}")


def test_an_action_reads_the_lounge_once_and_the_next_action_again(
        desk_session: Session) -> None:
    with lounge_reads(desk_session.db) as reads:
        assert read_the_lounge_thrice(desk_session) == "Nordic Lounge CPH Europe/Copenhagen"
    assert len(reads) == 1

    # Another desk (another process) renames the lounge: the next action reads it anew.
    Lounge.update(name="Aurora Lounge").where(Lounge.id == desk_session.lounge_id).execute()
    with lounge_reads(desk_session.db) as reads:
        assert read_the_lounge_thrice(desk_session).startswith("Aurora Lounge")
    assert len(reads) == 1


def test_between_actions_the_lounge_is_not_read_again_and_saved_settings_show(
        session: Session, team: dict[str, Staff]) -> None:
    if engine.ON_POSTGRES:  # what the desk's change listener counts; without one, all is re-read
        session.change_count = SimpleNamespace(received=0)
    assert staff.sign_in(session, team["admin"].id, ADMIN_PIN).ok
    settings = lounge_settings.lounge_settings(session)
    lounge_settings.update_lounge_settings(session, replace(settings, name="Aurora Lounge"))
    with lounge_reads(session.db) as reads:
        assert session.lounge.name == "Aurora Lounge"
        assert session.lounge.timezone == "Europe/Copenhagen"
    assert reads == []


def test_a_failed_action_leaves_no_changed_lounge_behind(desk_session: Session) -> None:
    @action("test.fail", permission=Permission.CHECK_IN)
    def rename_then_fail(session: Session) -> Done[None]:
        session.lounge.name = "Half-done"
        raise RuntimeError("refused")

    with suppress(RuntimeError):
        rename_then_fail(desk_session)
    assert desk_session.lounge.name == "Nordic Lounge"


def test_between_actions_a_setting_saved_at_another_desk_shows_at_once(
        desk_session: Session, db_path: Path) -> None:
    """The backup interval, retention days, timezone... are read between actions too (the
    chores, the status bar): another desk's change must not wait for this desk's next action."""
    assert desk_session.lounge.backup_every_hours == Lounge.get().backup_every_hours
    hours = desk_session.lounge.backup_every_hours + 1
    with sqlite3.connect(db_path) as other_desk:
        other_desk.execute("UPDATE lounge SET backup_every_hours = ?", (hours,))

    assert desk_session.lounge.backup_every_hours == hours
    with lounge_reads(desk_session.db) as reads:
        assert desk_session.lounge.backup_every_hours == hours
    assert reads == []  # and then not again while nobody else writes
