"""A PostgreSQL URL given as --db or VIPDESK_DB: passed on untouched, shown without its password,
and keyed the same however it is typed (this PC's lock and log for it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vipdesk.desk_log import log_path
from vipdesk.storage.paths import ENV_VAR, real_target, resolve_target, target_of
from vipdesk.storage.server_url import local_file, server_key, shown

URL = "postgresql://vipdesk:s3cret@dbhost:5433/lounge"


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The per-user data folder of this test (platformdirs reads XDG_DATA_HOME)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


def test_a_url_stays_the_text_it_was_and_a_path_becomes_a_path(tmp_path: Path) -> None:
    assert target_of(URL) == URL
    assert target_of("  POSTGRES://u@h/db ") == "POSTGRES://u@h/db"
    assert target_of(str(tmp_path / "x.sqlite3")) == tmp_path / "x.sqlite3"
    assert target_of("~/x.sqlite3") == Path.home() / "x.sqlite3"
    assert real_target(URL) == URL


def test_db_wins_over_the_environment_for_urls_too(tmp_path: Path) -> None:
    assert resolve_target(None, {ENV_VAR: URL}) == URL
    assert resolve_target(str(tmp_path / "flag.sqlite3"), {ENV_VAR: URL}) == \
        tmp_path / "flag.sqlite3"
    assert resolve_target(URL, {ENV_VAR: str(tmp_path / "env.sqlite3")}) == URL


@pytest.mark.parametrize(("url", "expected"), [
    (URL, "postgresql://vipdesk:***@dbhost:5433/lounge"),
    ("postgresql://vipdesk@dbhost/lounge?password=s3cret&sslmode=require",
     "postgresql://vipdesk@dbhost/lounge?password=***&sslmode=require"),
    ("postgresql://vipdesk@/lounge?host=/tmp/pgdev&port=55432",
     "postgresql://vipdesk@/lounge?host=/tmp/pgdev&port=55432"),
    ("postgres://a:b:c@h/db", "postgres://a:***@h/db"),
])
def test_a_url_is_shown_without_its_password(url: str, expected: str) -> None:
    assert shown(url) == expected
    assert "s3cret" not in shown(url)


def test_a_path_is_shown_as_it_is(tmp_path: Path) -> None:
    assert shown(tmp_path / "a:b@c.sqlite3") == str(tmp_path / "a:b@c.sqlite3")


def test_one_database_has_one_key_however_it_is_typed() -> None:
    same = ["postgresql://vipdesk@dbhost:5433/lounge",
            "postgres://vipdesk:other@DBHOST:5433/lounge",
            "postgresql://vipdesk@dbhost:5433/lounge?password=x"]
    assert {server_key(url) for url in same} == {server_key(URL)}
    assert "s3cret" not in server_key(URL)
    assert server_key("postgresql://vipdesk@dbhost:5433/other") != server_key(URL)
    assert server_key("postgresql://vipdesk@otherhost:5433/lounge") != server_key(URL)


def test_the_lock_and_log_of_a_server_database_are_in_the_data_folder(data_home: Path) -> None:
    lock, log = local_file(URL, ".lock"), log_path(URL)
    assert lock.parent == log.parent == data_home / "VIPDesk" / "servers"
    assert lock.name.startswith("lounge-") and lock.suffix == ".lock" and log.suffix == ".log"
    assert "s3cret" not in str(lock) + str(log)
    assert log_path("postgresql://vipdesk@dbhost:5433/lounge") == log
    assert log_path("postgresql://vipdesk@dbhost:5433/other") != log
