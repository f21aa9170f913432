"""Alerts that come back, the desk's note on an escalation, and what became of a promise
when its complaint was resolved (issue 11).

- ``waiting_entry.realerted_at``: a guest still waiting a fatigue interval after
  the latest acknowledgement is alerted again, and the repeat goes to the duty
  manager; this is when it came back (NULL: it has not).
- ``waiting_entry.first_acknowledged_at`` and ``first_acknowledged_by_id``:
  ``acknowledged_at``/``acknowledged_by`` now hold the latest acknowledgement; the
  daily report judges "answered in time" by the first, and names who gave it. A wait
  acknowledged before the upgrade has had one acknowledgement: it is filled in from
  ``acknowledged_at``/``acknowledged_by`` (else a re-alert answered after the upgrade
  would count as the first answer, and look late).
- ``waiting_entry.escalation_note`` and ``escalation_note_by_id``: an escalated
  alert is the duty manager's to close; the desk adds a note for the manager
  instead (who, in the audit trail too).
- ``complaint.promise_outcome``: resolving an item with a pending promise records
  whether it was kept, not kept, or no promise after all ("" before that); a
  settled promise leaves the overdue banner.
"""

from peewee import AutoField, CharField, Database, DateTimeField, ForeignKeyField, Model, TextField
from playhouse.migrate import SchemaMigrator


class Staff(Model):
    id = AutoField()  # peewee's implicit key, spelled out so Staff.id is typed

    class Meta:
        table_name = "staff"


def up(migrator: SchemaMigrator, db: Database) -> None:
    Staff._meta.set_database(db)
    migrator.migrate(
        migrator.add_column("waiting_entry", "realerted_at", DateTimeField(null=True)),
        migrator.add_column("waiting_entry", "first_acknowledged_at",
                            DateTimeField(null=True)),
        migrator.add_column("waiting_entry", "first_acknowledged_by_id", ForeignKeyField(
            Staff, field=Staff.id, null=True, on_delete="SET NULL")),
        migrator.add_column("waiting_entry", "escalation_note", TextField(default="")),
        migrator.add_column("waiting_entry", "escalation_note_by_id", ForeignKeyField(
            Staff, field=Staff.id, null=True, on_delete="SET NULL")),
        migrator.add_column("complaint", "promise_outcome", CharField(max_length=16, default="")),
    )
    db.execute_sql("UPDATE waiting_entry SET first_acknowledged_at = acknowledged_at,"
                   " first_acknowledged_by_id = acknowledged_by_id"
                   " WHERE acknowledged_at IS NOT NULL")


def down(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.drop_column("complaint", "promise_outcome"),
        migrator.drop_index("waiting_entry", "waiting_entry_escalation_note_by_id"),
        migrator.drop_column("waiting_entry", "escalation_note_by_id"),
        migrator.drop_column("waiting_entry", "escalation_note"),
        migrator.drop_index("waiting_entry", "waiting_entry_first_acknowledged_by_id"),
        migrator.drop_column("waiting_entry", "first_acknowledged_by_id"),
        migrator.drop_column("waiting_entry", "first_acknowledged_at"),
        migrator.drop_column("waiting_entry", "realerted_at"),
    )
