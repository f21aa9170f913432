"""Each way a database can fail to open has its own words, and says nothing was changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import peewee
import pytest

from vipdesk.storage.database import SchemaError, open_database
from vipdesk.storage.open_problem import open_problem


@pytest.mark.parametrize(("error", "words"), [
    (sqlite3.OperationalError("unable to open database file"), "cannot be opened"),
    (peewee.OperationalError("attempt to write a readonly database"), "read-only"),
    (sqlite3.OperationalError("database or disk is full"), "disk is full"),
    (sqlite3.OperationalError("disk I/O error"), "could not be read or written"),
    (peewee.OperationalError("database is locked"), "another program is holding it"),
    (PermissionError(13, "Permission denied", "/srv/lounge"), "Permission denied (/srv/lounge)"),
    (SchemaError("This database was written by a newer VIP Desk (9999_x)."), "newer VIP Desk"),
    (sqlite3.DatabaseError("database disk image is malformed"), "is damaged"),
    (RuntimeError("something else"), "something else"),
])
def test_each_failure_has_its_words(error: BaseException, words: str, tmp_path: Path) -> None:
    text = open_problem(tmp_path / "vipdesk.sqlite3", error)
    assert text.startswith(f"VIP Desk cannot open its database {tmp_path / 'vipdesk.sqlite3'}")
    assert words in text and "Nothing was changed" in text


def test_what_open_database_raises_on_a_text_file_is_recognised_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list\n" * 500)
    with pytest.raises(Exception) as raised:
        open_database(path)
    assert "is damaged or is not a VIP Desk database" in open_problem(path, raised.value)
