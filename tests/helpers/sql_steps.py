"""How much work SQLite does for a call: its virtual machine's steps, counted.

A query that walks every visit of the year instead of the few in the lounge
looks fine on a test database and freezes the desk on a real one. Counting
SQLite's steps tells the two apart deterministically, with no timing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from peewee import Database

from tests.helpers import engine

STEP = 100  # SQLite calls the handler every this many virtual-machine instructions


def sql_steps(db: Database, call: Callable[[], Any]) -> int:
    """The number of SQLite virtual-machine instructions ``call`` ran, in hundreds."""
    if engine.ON_POSTGRES:
        pytest.skip("counts SQLite's own virtual-machine steps (the SQLite run measures them)")
    steps = 0

    def count() -> int:
        nonlocal steps
        steps += 1
        return 0  # go on

    connection = db.connection()
    connection.set_progress_handler(count, STEP)
    try:
        call()
    finally:
        connection.set_progress_handler(None, STEP)
    return steps
