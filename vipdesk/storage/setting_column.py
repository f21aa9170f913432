"""A lounge setting's column, for the migration that adds a new setting.

The column takes its type, length and default from the setting's one declaration
(:mod:`vipdesk.domain.lounge_settings`), and holds the default in the table as well as
in the model, so a row written by plain SQL (a tool, a test, a script) gets it too, as
migrations 0008 and 0010 did by hand. Only new migrations call it: an old migration
keeps the constants it was written with, so what it does to a database never changes.
"""

from __future__ import annotations

from peewee import SQL, BooleanField, CharField, Field, IntegerField

from vipdesk.domain.lounge_settings import Number, Switch, Text


def column(setting: Number | Switch | Text) -> Field:
    """The ``lounge`` column for ``setting``: ``migrator.add_column("lounge",
    setting.name, column(setting))``."""
    if isinstance(setting, Text):
        if {",", "'"} & set(setting.default):  # peewee's SQLite migrator splits columns at commas
            raise ValueError(f"{setting.name}: a table default without commas or quotes")
        return CharField(max_length=setting.max_length, default=setting.default,
                         constraints=[SQL(f"DEFAULT '{setting.default}'")])
    if isinstance(setting, Switch):
        return BooleanField(default=setting.default,
                            constraints=[SQL(f"DEFAULT {int(setting.default)}")])
    return IntegerField(default=setting.default, constraints=[SQL(f"DEFAULT {setting.default}")])
