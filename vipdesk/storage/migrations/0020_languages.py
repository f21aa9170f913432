"""The desk's language (issue 13): each staff member's own, and the lounge's default.

- ``staff.language``: the language a staff member chose at the sign-in screen ("en",
  "zh_CN", "da"), applied each time they sign in; NULL until they choose one (they get the
  lounge's default).
- ``lounge.language``: the language the sign-in screen speaks, and a staff member who never
  chose one; English as before the setting existed. The default is in the table as well as
  in the model, so a row written by plain SQL gets it too.
"""

from peewee import SQL, CharField, Database
from playhouse.migrate import SchemaMigrator

LENGTH = 8
DEFAULT = "en"


def up(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.add_column("staff", "language", CharField(max_length=LENGTH, null=True)),
        migrator.add_column("lounge", "language", CharField(
            max_length=LENGTH, default=DEFAULT, constraints=[SQL(f"DEFAULT '{DEFAULT}'")])),
    )


def down(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(
        migrator.drop_column("lounge", "language"),
        migrator.drop_column("staff", "language"),
    )
