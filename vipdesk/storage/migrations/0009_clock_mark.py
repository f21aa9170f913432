"""A wrong clock must not destroy anything (issue 16): the time the database has seen, and
retention by each row's own age.

- ``clock_mark``: one row per lounge, ``seen_at`` the latest time the database
  has seen (see vipdesk.domain.clock_trust), ``doubt`` the clock verdict last
  recorded. Seeded here from what the lounge already holds, each read through
  an index: the lounge's creation, its newest arrival, check-out and
  complaint, and its newest audit row. History written under a clock that was
  ahead makes the mark ahead too; the desk then asks a duty manager to confirm.
- ``anonymised_at`` on ``visit``, ``complaint`` and ``shift``: retention has
  cleared the row. Partial indexes on the rows not yet cleared (by lounge and
  their own time) let each run find what crossed the cut-off without a stored
  watermark, so a corrected clock and rows written under a wrong one are
  handled. Rows are NULL here: the first run after the upgrade reads every old
  row once (the old watermark is not trusted: a clock five years ahead once
  set it five years ahead).
- ``lounge.anonymised_until`` (0007) is dropped: nothing reads it any more, and
  a watermark left in place would mislead whoever reads it. SQLite 3.35+ and
  PostgreSQL drop a column in place; the lounge table is never rebuilt.
"""

import datetime as dt

from peewee import CharField, Database, DateTimeField, ForeignKeyField, Model, SqliteDatabase
from playhouse.migrate import SchemaMigrator

INDEXES = (
    ("visit_retention_pending", "visit", ("lounge_id", "arrived_at")),
    ("complaint_retention_pending", "complaint", ("lounge_id", "created_at")),
    ("shift_retention_pending", "shift", ("lounge_id", "ended_at")),
)


def up(migrator: SchemaMigrator, db: Database) -> None:
    class Lounge(Model):
        class Meta:
            database = db
            table_name = "lounge"

    class ClockMark(Model):
        lounge = ForeignKeyField(Lounge, unique=True, on_delete="CASCADE")
        seen_at = DateTimeField()
        doubt = CharField(max_length=16, default="agrees")

        class Meta:
            database = db
            table_name = "clock_mark"

    db.create_tables([ClockMark])
    migrator.migrate(
        migrator.add_column("visit", "anonymised_at", DateTimeField(null=True)),
        migrator.add_column("complaint", "anonymised_at", DateTimeField(null=True)),
        migrator.add_column("shift", "anonymised_at", DateTimeField(null=True)),
        migrator.drop_column("lounge", "anonymised_until"),
    )
    for name, table, columns in INDEXES:
        listed = ", ".join(f'"{column}"' for column in columns)
        db.execute_sql(f'CREATE INDEX "{name}" ON "{table}" ({listed}) '
                       'WHERE "anonymised_at" IS NULL')
    _seed_marks(db)


def _seed_marks(db: Database) -> None:
    lounges = [row[0] for row in db.execute_sql("SELECT id FROM lounge").fetchall()]
    for lounge in lounges:
        if len(lounges) == 1:  # one lounge: the newest audit row, by the index on "at"
            audit = "SELECT MAX(at) FROM audit_event"
            args: tuple[int, ...] = ()
        else:  # several (PostgreSQL): its own staff's rows and the jobs' (no staff)
            audit = ("SELECT MAX(at) FROM audit_event WHERE staff_id IS NULL"
                     " OR staff_id IN (SELECT id FROM staff WHERE lounge_id = %s)")
            args = (lounge,)
        times = [db.execute_sql(audit.replace("%s", db.param), args).fetchone()[0]]
        for query in ("SELECT created_at FROM lounge WHERE id = %s",
                      "SELECT MAX(arrived_at) FROM visit WHERE lounge_id = %s",
                      "SELECT MAX(checked_out_at) FROM visit WHERE lounge_id = %s",
                      "SELECT MAX(created_at) FROM complaint WHERE lounge_id = %s"):
            times.append(db.execute_sql(query.replace("%s", db.param), (lounge,)).fetchone()[0])
        seen = max(_as_time(t) for t in times if t is not None)
        value = str(seen) if isinstance(db, SqliteDatabase) else seen  # as peewee stores it
        db.execute_sql(f"INSERT INTO clock_mark (lounge_id, seen_at, doubt) "
                       f"VALUES ({db.param}, {db.param}, 'agrees')", (lounge, value))


def _as_time(value: str | dt.datetime) -> dt.datetime:
    """SQLite hands back text (with or without microseconds), PostgreSQL a datetime."""
    if isinstance(value, str):
        for layout in ("%Y-%m-%d %H:%M:%S.%f", "%Y-%m-%d %H:%M:%S"):
            try:
                return dt.datetime.strptime(value, layout)
            except ValueError:
                pass
        return dt.datetime.fromisoformat(value).replace(tzinfo=None)
    return value


def down(migrator: SchemaMigrator, db: Database) -> None:
    for name, _table, _columns in INDEXES:
        db.execute_sql(f'DROP INDEX "{name}"')
    migrator.migrate(
        migrator.add_column("lounge", "anonymised_until", DateTimeField(null=True)),
        migrator.drop_column("shift", "anonymised_at"),
        migrator.drop_column("complaint", "anonymised_at"),
        migrator.drop_column("visit", "anonymised_at"),
        migrator.drop_table("clock_mark"),
    )
