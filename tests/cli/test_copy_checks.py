"""The copy's own checks, without a server: a lounge copied between two SQLite files through
:func:`copy_lounge` (the command accepts only PostgreSQL targets; the checks are the same),
so a machine without PostgreSQL still proves the rollback and the refusals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import Database

from tests.cli.test_copy_command import NOW, demo_lounge_file
from tests.helpers import engine
from vipdesk.storage import copy_lounge
from vipdesk.storage.copy_lounge import CopyMismatch, CopyRefused
from vipdesk.storage.database import open_database
from vipdesk.storage.models import ALL_MODELS, Guest, Visit

pytestmark = pytest.mark.skipif(
    engine.ON_POSTGRES, reason="copies between SQLite files; the PostgreSQL run's copy tests "
                               "(test_copy_command) copy into a server")

@pytest.fixture(scope="module")
def source_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return demo_lounge_file(tmp_path_factory.mktemp("copy-checks"), days=1, visits_per_day=30)


@pytest.fixture
def both(source_file: Path, tmp_path: Path) -> Iterator[tuple[Database, Database]]:
    source, target = open_database(source_file), open_database(tmp_path / "target.sqlite3")
    yield source, target
    source.close()
    target.close()


def counts(db: Database) -> dict[str, int]:
    return {model._meta.table_name: model.select().count(db) for model in ALL_MODELS}


def test_every_table_is_copied_and_told_parents_first(
        both: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch) -> None:
    source, target = both
    monkeypatch.setattr(copy_lounge, "TELL_EVERY", 10)  # a long table's lines on the way
    told: list[copy_lounge.TableCopied] = []
    copied = copy_lounge.copy_lounge(source, target, progress=told.append)
    assert [t.table for t in told if t.checked] == [m._meta.table_name for m in ALL_MODELS]
    on_the_way = [t for t in told if not t.checked]
    assert on_the_way and all(t.rows >= 10 and t.checksum == "" for t in on_the_way)
    assert told.index(on_the_way[0]) < [t.table for t in told].index("clock_mark")
    assert {t.table: t.rows for t in copied} == counts(source) == counts(target)
    assert [v.id for v in Visit.select(Visit.id).order_by(Visit.id).execute(target)] == \
        [v.id for v in Visit.select(Visit.id).order_by(Visit.id).execute(source)]


def test_a_filled_target_is_refused(both: tuple[Database, Database]) -> None:
    source, target = both
    Guest.insert(surname="Early", created_at=NOW).execute(target)
    with pytest.raises(CopyRefused, match=r"already holds rows \(guest\); VIP Desk copies "
                                          "into an empty database only"):
        copy_lounge.copy_lounge(source, target)
    assert counts(target)["guest"] == 1 and counts(target)["visit"] == 0


def test_a_row_read_back_differently_rolls_everything_back(
        both: tuple[Database, Database], monkeypatch: pytest.MonkeyPatch) -> None:
    source, target = both
    read_back = copy_lounge.read_back

    def last_guest_lost(model: type, db: Database) -> Iterator[list[tuple[object, ...]]]:
        batches = list(read_back(model, db))  # type: ignore[arg-type]
        if model is Guest:
            batches[-1] = batches[-1][:-1]
        yield from batches

    monkeypatch.setattr(copy_lounge, "read_back", last_guest_lost)
    with pytest.raises(CopyMismatch, match="table guest does not match") as mismatch:
        copy_lounge.copy_lounge(source, target)
    assert mismatch.value.table == "guest" and "rows read" in str(mismatch.value)
    assert set(counts(target).values()) == {0}


def test_a_model_listed_before_its_parent_is_caught(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(copy_lounge, "ALL_MODELS", tuple(reversed(ALL_MODELS)))
    with pytest.raises(RuntimeError, match="before"):
        copy_lounge.tables_in_order()


def test_the_checksum_reads_both_engines_values_alike() -> None:
    from decimal import Decimal
    assert copy_lounge.plain(Decimal("2.50")) == copy_lounge.plain(Decimal("2.5")) == "2.5"
    assert copy_lounge.plain(Decimal("0.00")) == copy_lounge.plain(Decimal(0)) == "0"
    assert copy_lounge.plain(Decimal("100")) == "100"
    moment = dt.datetime(2026, 11, 23, 8, 0, 1, 5, tzinfo=dt.UTC)
    assert copy_lounge.plain(moment) == "2026-11-23T08:00:01.000005+00:00"
