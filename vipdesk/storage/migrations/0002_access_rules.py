"""Access rules (issue 3): the lounge's entry policy, kept in the database.

Existing lounges get a sensible starting policy, so an upgraded desk keeps
letting in first and business class guests the day after the upgrade.
"""

from peewee import (
    BooleanField,
    CharField,
    Database,
    DecimalField,
    ForeignKeyField,
    IntegerField,
    Model,
)
from playhouse.migrate import SchemaMigrator


class Lounge(Model):
    class Meta:
        table_name = "lounge"


def _access_rule(db: Database) -> type[Model]:
    class AccessRule(Model):
        lounge = ForeignKeyField(Lounge, on_delete="CASCADE")
        name = CharField(max_length=120)
        entitlement = CharField(max_length=32)
        cabin = CharField(max_length=32, null=True)
        airline = CharField(max_length=3, default="")
        frequent_flyer_tier = CharField(max_length=40, default="")
        card_pattern = CharField(max_length=120, default="")
        price = DecimalField(max_digits=10, decimal_places=2, default=0)
        free_companions = IntegerField(default=0)
        paid_companions = IntegerField(default=0)
        companion_price = DecimalField(max_digits=10, decimal_places=2, default=0)
        position = IntegerField(default=0)
        active = BooleanField(default=True)

        class Meta:
            database = db
            table_name = "access_rule"

    return AccessRule


STARTING_POLICY = (
    # name, entitlement, cabin, free companions, paid companions, price
    ("First class", "cabin", "first", 1, 2, "0"),
    ("Business class", "cabin", "business", 0, 2, "0"),
    ("Paid entry", "paid", None, 0, 3, "45"),
    ("Invitation", "invitation", None, 1, 0, "0"),
)


def up(migrator: SchemaMigrator, db: Database) -> None:
    Lounge._meta.set_database(db)
    access_rule = _access_rule(db)
    db.create_tables([access_rule])
    for lounge_id, in db.execute_sql("SELECT id FROM lounge").fetchall():
        for position, (name, kind, cabin, free, paid, price) in enumerate(STARTING_POLICY):
            access_rule.create(
                lounge=lounge_id, name=name, entitlement=kind, cabin=cabin,
                free_companions=free, paid_companions=paid, price=price,
                companion_price=price if kind == "paid" else "45", position=position)


def down(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(migrator.drop_table("access_rule"))
