"""The command line (issue 16): which commands need a staff PIN.

- ``lounge.pin_for_report``, ``lounge.pin_for_backup``: off, so a scheduled
  report or backup keeps running unattended after the upgrade.
- ``lounge.pin_for_restore``: on; a restore replaces every guest's record.

Defaults are in the table as well as in the model, so a row written by plain
SQL (a tool, a test, a script) gets them too: 0 and 1 on SQLite (as its files have
them), FALSE and TRUE on PostgreSQL (which will not take a number for a boolean).
"""

from peewee import SQL, BooleanField, Database
from playhouse.migrate import SchemaMigrator


def _default(db: Database, value: bool) -> SQL:
    if db.__class__.__name__.startswith("Sqlite"):
        return SQL(f"DEFAULT {int(value)}")
    return SQL(f"DEFAULT {str(value).upper()}")


def up(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.add_column("lounge", "pin_for_report", BooleanField(
            default=False, constraints=[_default(db, False)])),
        migrator.add_column("lounge", "pin_for_backup", BooleanField(
            default=False, constraints=[_default(db, False)])),
        migrator.add_column("lounge", "pin_for_restore", BooleanField(
            default=True, constraints=[_default(db, True)])),
    )


def down(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.drop_column("lounge", "pin_for_restore"),
        migrator.drop_column("lounge", "pin_for_backup"),
        migrator.drop_column("lounge", "pin_for_report"),
    )
