"""Each desk's name (issue 15): on the audit trail and on each check-in.

A lounge has several desks ("Desk 1", "Office"); each names itself in its own settings,
and the rows it writes say so. Rows written before this migration, and by the command
line, name no desk: NULL.
"""

from peewee import CharField, Database
from playhouse.migrate import SchemaMigrator

LENGTH = 60


def up(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.add_column("audit_event", "desk", CharField(max_length=LENGTH, null=True)),
        migrator.add_column("visit", "desk", CharField(max_length=LENGTH, null=True)),
    )


def down(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.drop_column("visit", "desk"),
        migrator.drop_column("audit_event", "desk"),
    )
