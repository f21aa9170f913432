"""Each audit row's lounge (issue 15): several lounges share one database.

The audit trail of lounge A must not show what was done at lounge B. ``audit_event`` had no
lounge: ``lounge_id`` says whose row it is (a plain id, like ``entity_id``: the trail keeps
its rows whatever becomes of a lounge). Rows written before this migration take the lounge
of the staff member they name, else the database's one lounge when it has exactly one;
anything else stays NULL (shown at no lounge). The audit trail is append-only (0001's
triggers), so the filling update steps round the update trigger: on SQLite it is dropped
and created again as 0001 wrote it, on PostgreSQL disabled for the update. The whole
migration is one transaction: nobody sees the trail without its guard.
"""

from peewee import Database, IntegerField
from playhouse.migrate import SchemaMigrator

INDEX = "audit_event_lounge_at"

# 0001's SQLite trigger, token for token (a frozen copy: the schema check compares them).
NO_UPDATE_SQLITE = """CREATE TRIGGER IF NOT EXISTS audit_event_no_update
       BEFORE UPDATE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END"""

FILL_FROM_STAFF = """UPDATE audit_event SET lounge_id =
    (SELECT staff.lounge_id FROM staff WHERE staff.id = audit_event.staff_id)
    WHERE staff_id IS NOT NULL"""


def up(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(migrator.add_column("audit_event", "lounge_id", IntegerField(null=True)))
    db.execute_sql(f'CREATE INDEX "{INDEX}" ON "audit_event" ("lounge_id", "at")')
    if db.execute_sql("SELECT 1 FROM audit_event LIMIT 1").fetchone() is None:
        return  # a new database: nothing to fill, the triggers untouched
    lounges = [row[0] for row in db.execute_sql("SELECT id FROM lounge").fetchall()]
    sqlite = db.__class__.__name__.startswith("Sqlite")
    if sqlite:
        db.execute_sql("DROP TRIGGER audit_event_no_update")
    else:
        db.execute_sql("ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update")
    db.execute_sql(FILL_FROM_STAFF)
    if len(lounges) == 1:
        db.execute_sql(f"UPDATE audit_event SET lounge_id = {db.param} WHERE lounge_id IS NULL",
                       (lounges[0],))
    if sqlite:
        db.execute_sql(NO_UPDATE_SQLITE)
    else:
        db.execute_sql("ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update")


def down(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql(f'DROP INDEX "{INDEX}"')
    migrator.migrate(migrator.drop_column("audit_event", "lounge_id"))
