"""One lounge per name in a database (issue 15): ``--lounge NAME`` and the desk's chooser
find a lounge by its name, so two lounges may not share one.

The set-up service refuses a name already in use (case and spacing ignored); this index
keeps two administrators setting up the same name at the same moment from both
succeeding. ``lower()`` folds ASCII letters alike on both engines: the service's check is
the whole rule, the index its guard under a race. Databases before issue 15 held one
lounge, so no existing rows can break it.
"""

from peewee import Database
from playhouse.migrate import SchemaMigrator

INDEX = "lounge_name_unique"


def up(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql(f'CREATE UNIQUE INDEX "{INDEX}" ON "lounge" (lower("name"))')


def down(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql(f'DROP INDEX "{INDEX}"')
