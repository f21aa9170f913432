"""A lounge setting's default reaches the model and a new migration's column from its one
declaration."""

from __future__ import annotations

from dataclasses import fields

import pytest
from peewee import SqliteDatabase
from playhouse.migrate import SqliteMigrator

from vipdesk.domain.lounge_settings import (
    NUMBERS,
    SWITCHES,
    TEXTS,
    Number,
    Switch,
    Text,
)
from vipdesk.services.lounge_settings import LoungeSettings
from vipdesk.storage.models import Lounge
from vipdesk.storage.setting_column import column

DECLARED = {**NUMBERS, **SWITCHES, **TEXTS}


@pytest.mark.parametrize("name", DECLARED)
def test_the_lounge_models_default_is_the_declared_one(name: str) -> None:
    assert Lounge._meta.fields[name].default == DECLARED[name].default


def test_every_setting_the_service_changes_is_declared() -> None:
    assert {f.name for f in fields(LoungeSettings)} == {"name", *DECLARED}


@pytest.mark.parametrize("setting", [
    Number("queue_minutes", 7, 1, 60, "minutes", "queue", "Queue", " min", "help"),
    Switch("pin_for_export", True, "Export needs a PIN", "help"),
    Text("welcome_line", "Velkommen", 80, "welcome", "Welcome", "help"),
], ids=["number", "switch", "text"])
def test_a_new_settings_column_holds_its_declared_default_in_the_table(
        setting: Number | Switch | Text) -> None:
    """As migrations 0008 and 0010 wrote by hand: a row written by plain SQL gets it too."""
    db = SqliteDatabase(":memory:")
    db.execute_sql("CREATE TABLE lounge (id INTEGER PRIMARY KEY)")
    migrator = SqliteMigrator(db)
    migrator.migrate(migrator.add_column("lounge", setting.name, column(setting)))
    db.execute_sql("INSERT INTO lounge (id) VALUES (1)")
    (stored,) = db.execute_sql(f'SELECT "{setting.name}" FROM lounge').fetchone()
    assert column(setting).db_value(setting.default) == stored
    assert column(setting).python_value(stored) == setting.default


def test_a_text_default_the_migrator_would_misread_is_refused() -> None:
    with pytest.raises(ValueError, match="welcome_line"):
        column(Text("welcome_line", "Hello, guest", 80, "welcome", "Welcome", "help"))
