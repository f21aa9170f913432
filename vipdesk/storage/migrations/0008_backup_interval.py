"""Backups (issue: "every few hours, configurable"): how often the desk backs up.

- ``lounge.backup_every_hours``: whole hours between scheduled backups, 4 as
  before the setting existed, so an upgraded lounge keeps its old schedule.
  The default is in the table as well as in the model, so a row written by
  plain SQL (a tool, a test, a script) still gets 4 rather than failing.
"""

from peewee import SQL, Database, IntegerField
from playhouse.migrate import SchemaMigrator

DEFAULT_HOURS = 4


def up(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.add_column("lounge", "backup_every_hours", IntegerField(
            default=DEFAULT_HOURS, constraints=[SQL(f"DEFAULT {DEFAULT_HOURS}")])),
    )


def down(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(migrator.drop_column("lounge", "backup_every_hours"))
