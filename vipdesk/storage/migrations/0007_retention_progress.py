"""Retention (issue 7): how far the anonymisation job has got, and an index to find what is next.

- ``lounge.anonymised_until``: personal data older than this moment has been
  anonymised. The daily job then reads only what crossed the cut-off since,
  instead of every old row every day (seconds on a year of history, milliseconds
  this way). NULL until the job first runs, which then reads everything.
- An index on ``visit (lounge_id, checked_out_at)``: the job finds the visits
  whose check-out crossed the cut-off.
"""

from peewee import Database, DateTimeField
from playhouse.migrate import SchemaMigrator


def up(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.add_column("lounge", "anonymised_until", DateTimeField(null=True)),
        migrator.add_index("visit", ("lounge_id", "checked_out_at")),
    )


def down(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.drop_index("visit", "visit_lounge_id_checked_out_at"),
        migrator.drop_column("lounge", "anonymised_until"),
    )
