"""Waiting list (issue 4): what was done for a tired guest, and one open wait per visit.

- ``waiting_entry.acknowledged_with``: the codes of what the desk did when it
  acknowledged a fatigue alert (``seat,drink``), next to the free text.
- A partial unique index: a visit has at most one open wait, even when two
  desks put the same guest on the list at the same moment. Should an older
  database already hold two open waits for one visit, the newer ones are ended
  at their own start (they never were a separate wait), keeping the oldest.
  Partial indexes exist on SQLite and PostgreSQL alike.
"""

from peewee import CharField, Database
from playhouse.migrate import SchemaMigrator

INDEX = "waiting_entry_one_open_per_visit"


def up(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.add_column("waiting_entry", "acknowledged_with",
                            CharField(max_length=120, default="")),
    )
    db.execute_sql(
        "UPDATE waiting_entry SET ended_at = started_at"
        " WHERE ended_at IS NULL AND id NOT IN"
        " (SELECT MIN(id) FROM waiting_entry WHERE ended_at IS NULL GROUP BY visit_id)")
    db.execute_sql(
        f'CREATE UNIQUE INDEX "{INDEX}" ON "waiting_entry" ("visit_id") WHERE "ended_at" IS NULL')


def down(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql(f'DROP INDEX "{INDEX}"')
    migrator.migrate(migrator.drop_column("waiting_entry", "acknowledged_with"))
