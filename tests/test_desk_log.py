"""The desk's log keeps the code's story and none of the guests' words."""

from __future__ import annotations

import io
import logging
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from vipdesk.desk_log import WITHHELD, log, log_path, private_traceback, start_log, stop_log

RAW_PASS = "M1CHEN/LIMS            EABC123 CPHLHRSK 0501 327J002A0025 100"


@pytest.fixture
def desk_log(db_path: Path) -> Iterator[Path]:
    path = start_log(db_path)
    assert path == log_path(db_path) == db_path.with_suffix(".log")
    yield path
    stop_log()


def scan(raw: str) -> None:
    raise ValueError(f"cannot read {raw!r}")


def test_an_error_is_logged_with_its_frames_but_not_its_message(desk_log: Path) -> None:
    try:
        scan(RAW_PASS)
    except ValueError:
        log.exception("unexpected error")
    text = desk_log.read_text(encoding="utf-8")
    assert "ERROR vipdesk: unexpected error" in text
    assert "in scan" in text and "test_desk_log.py" in text, "the code's lines are kept"
    assert f"ValueError {WITHHELD}" in text
    assert "ABC123" not in text and "CHEN" not in text


def test_a_disk_error_keeps_its_message_and_the_chain_is_followed(desk_log: Path) -> None:
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError as error:
            raise RuntimeError(f"while checking in {RAW_PASS}") from error
    except RuntimeError:
        log.exception("unexpected error")
    text = desk_log.read_text(encoding="utf-8")
    assert "sqlite3.OperationalError: database or disk is full" in text
    assert f"RuntimeError {WITHHELD}" in text
    assert text.index("OperationalError") < text.index("RuntimeError"), "cause first, as Python"
    assert "ABC123" not in text


def test_a_database_error_that_quotes_a_value_is_withheld(desk_log: Path) -> None:
    """Python's sqlite3 quotes the text of a column it cannot decode (a damaged page)."""
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE TABLE guest (name TEXT)")
    connection.execute("INSERT INTO guest VALUES (CAST(X'4368656EFF4D53' AS TEXT))")  # Chen\xffMS
    try:
        connection.execute("SELECT name FROM guest").fetchall()
    except sqlite3.OperationalError as error:
        assert "Chen" in str(error)
        log.error("unexpected error", exc_info=error)
    text = desk_log.read_text(encoding="utf-8")
    assert f"sqlite3.OperationalError {WITHHELD}" in text
    assert "Chen" not in text


def test_log_exception_outside_an_except_block_still_writes_its_line(desk_log: Path) -> None:
    log.exception("called with nothing to report")
    assert "called with nothing to report" in desk_log.read_text(encoding="utf-8")


def test_the_log_is_readable_by_its_owner_only_and_rotates(desk_log: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    log.info("VIP Desk starting")
    assert stat.S_IMODE(desk_log.stat().st_mode) == 0o600
    handler = log.handlers[0]
    monkeypatch.setattr(handler, "maxBytes", 200)
    for n in range(20):
        log.info("backup written: number %d", n)
    rotated = desk_log.with_name(desk_log.name + ".1")
    assert rotated.exists() and stat.S_IMODE(rotated.stat().st_mode) == 0o600
    assert stat.S_IMODE(desk_log.stat().st_mode) == 0o600
    assert len(list(desk_log.parent.glob(desk_log.name + ".*"))) <= 4


def test_a_log_that_cannot_be_written_leaves_the_desk_without_one(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    assert start_log(blocker / "vipdesk.sqlite3") is None
    assert not log.handlers
    log.error("nowhere to go")  # and logging still does not fail


def test_private_traceback_of_an_exception_without_a_traceback() -> None:
    text = private_traceback((KeyError, KeyError(RAW_PASS), None))
    assert text.endswith(f"KeyError {WITHHELD}") and "ABC123" not in text


def test_a_traceback_another_handler_formatted_first_is_not_reused(desk_log: Path) -> None:
    chatty = logging.StreamHandler(io.StringIO())  # a plain formatter: the message in full
    log.handlers.insert(0, chatty)
    try:
        scan(RAW_PASS)
    except ValueError:
        log.exception("unexpected error")
    finally:
        log.removeHandler(chatty)
    assert "ABC123" in chatty.stream.getvalue()
    assert "ABC123" not in desk_log.read_text(encoding="utf-8")
