"""The command line (issue 16): which commands need a staff PIN.

- ``lounge.pin_for_report``, ``lounge.pin_for_backup``: off, so a scheduled
  report or backup keeps running unattended after the upgrade.
- ``lounge.pin_for_restore``: on; a restore replaces every guest's record.

Defaults are in the table as well as in the model, so a row written by plain
SQL (a tool, a test, a script) gets them too.
"""

from peewee import SQL, BooleanField, Database
from playhouse.migrate import SchemaMigrator


def up(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.add_column("lounge", "pin_for_report", BooleanField(
            default=False, constraints=[SQL("DEFAULT 0")])),
        migrator.add_column("lounge", "pin_for_backup", BooleanField(
            default=False, constraints=[SQL("DEFAULT 0")])),
        migrator.add_column("lounge", "pin_for_restore", BooleanField(
            default=True, constraints=[SQL("DEFAULT 1")])),
    )


def down(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.drop_column("lounge", "pin_for_restore"),
        migrator.drop_column("lounge", "pin_for_backup"),
        migrator.drop_column("lounge", "pin_for_report"),
    )
