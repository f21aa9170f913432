"""Complaint follow-through (issue 5): who owns an item, when it was escalated, and
what each line of its history was (assigned, escalated, promise kept, a note...).

Also indexes for the banners every desk reads on each refresh: overdue promises, and
open items by status (the duty manager's banner, the handover).
Existing history lines become notes; existing escalated items keep no escalation time.
"""

from peewee import AutoField, CharField, Database, DateTimeField, ForeignKeyField, Model
from playhouse.migrate import SchemaMigrator


class Staff(Model):
    id = AutoField()  # peewee's implicit key, spelled out so Staff.id is typed

    class Meta:
        table_name = "staff"


def up(migrator: SchemaMigrator, db: Database) -> None:
    Staff._meta.set_database(db)
    migrator.migrate(
        # A foreign key column gets its index from add_column.
        migrator.add_column("complaint", "owner_id", ForeignKeyField(
            Staff, field=Staff.id, null=True, on_delete="SET NULL")),
        migrator.add_column("complaint", "escalated_at", DateTimeField(null=True)),
        migrator.add_column("complaint_event", "step", CharField(max_length=32, default="note")),
        migrator.add_index("complaint", ("promise_kept_at", "promise_due_at")),
        migrator.add_index("complaint", ("lounge_id", "status")),
    )


def down(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.drop_index("complaint", "complaint_owner_id"),
        migrator.drop_index("complaint", "complaint_promise_kept_at_promise_due_at"),
        migrator.drop_index("complaint", "complaint_lounge_id_status"),
        migrator.drop_column("complaint_event", "step"),
        migrator.drop_column("complaint", "escalated_at"),
        migrator.drop_column("complaint", "owner_id"),
    )
