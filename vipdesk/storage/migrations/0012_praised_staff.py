"""Praise (issue 11): the staff member a guest praised, if they named one.

Praise is thanked, recorded and closed at once; the praised colleague is kept so
the praise can be passed on and counted. An attendant praised and later removed
leaves the praise without a name (SET NULL), as an item's owner does.
"""

from peewee import AutoField, Database, ForeignKeyField, Model
from playhouse.migrate import SchemaMigrator


class Staff(Model):
    id = AutoField()  # peewee's implicit key, spelled out so Staff.id is typed

    class Meta:
        table_name = "staff"


def up(migrator: SchemaMigrator, db: Database) -> None:
    Staff._meta.set_database(db)
    migrator.migrate(
        # A foreign key column gets its index from add_column.
        migrator.add_column("complaint", "praised_staff_id", ForeignKeyField(
            Staff, field=Staff.id, null=True, on_delete="SET NULL")),
    )


def down(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.drop_index("complaint", "complaint_praised_staff_id"),
        migrator.drop_column("complaint", "praised_staff_id"),
    )
