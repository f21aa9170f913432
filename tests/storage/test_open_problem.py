"""Each way a database can fail to open has its own words, and says nothing was changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import peewee
import pytest

from tests.helpers import engine
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
    text = str(open_problem(tmp_path / "vipdesk.sqlite3", error))
    assert text.startswith(f"VIP Desk cannot open its database {tmp_path / 'vipdesk.sqlite3'}")
    assert words in text and "Nothing was changed" in text


def test_what_open_database_raises_on_a_text_file_is_recognised_as_damage(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("shopping list\n" * 500)
    with pytest.raises(Exception) as raised:
        open_database(path)
    assert "is damaged or is not a VIP Desk database" in str(open_problem(path, raised.value))


def refused_opening(url: str) -> str:
    """The start-up message for a server URL the desk cannot open."""
    with pytest.raises(Exception) as raised:
        open_database(url)
    return str(open_problem(url, raised.value))


def test_a_server_nothing_listens_on_is_said_calmly_without_the_password() -> None:
    text = refused_opening("postgresql://vipdesk:s3cret@127.0.0.1:1/vipdesk")
    assert text == ("Cannot reach the lounge database server at 127.0.0.1:1: Connection "
                    "refused. Nothing was changed. Please check the network, or ask IT "
                    "whether the server is running.")


@pytest.mark.skipif(not engine.ON_POSTGRES, reason="needs the PostgreSQL server of the PG run")
def test_a_database_the_server_does_not_have_names_the_command_that_makes_it() -> None:
    url = engine.url_of("pg_desk_not_made")
    text = refused_opening(url)
    assert text.startswith("The lounge database pg_desk_not_made does not exist on the server")
    assert text.endswith("Please ask IT to create it: createdb --owner "
                         f"{urlsplit(url).username} pg_desk_not_made")


@pytest.mark.skipif(not engine.ON_POSTGRES, reason="needs the PostgreSQL server of the PG run")
def test_a_role_the_server_refuses_is_an_authentication_failure() -> None:
    parts = urlsplit(engine.SERVER)
    url = urlunsplit(parts._replace(netloc="pg_desk_nobody:s3cret@" + parts.netloc.split("@")[-1]))
    text = refused_opening(url)
    assert "refused the sign-in of pg_desk_nobody (authentication failed" in text
    assert "s3cret" not in text and "Nothing was changed" in text


def test_a_newer_schema_on_a_server_is_refused_with_the_url_masked() -> None:
    text = str(open_problem("postgresql://vipdesk:s3cret@dbhost/lounge",
                            SchemaError("This database was written by a newer VIP Desk "
                                        "(9999_x).")))
    assert text.startswith("VIP Desk cannot open its database "
                           "postgresql://vipdesk:***@dbhost/lounge: This database was written")
    assert "s3cret" not in text
