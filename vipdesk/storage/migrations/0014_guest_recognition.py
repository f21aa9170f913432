"""Recognising a returning guest (issue 12): a few candidates read through an index.

The rule (services/guests.py) compares names without regard to case. An index on the
names folded to lower case, then the frequent-flyer number (masked, its last four
visible), finds the namesakes of a scan, and among them the ones with the same number
or none, without reading every guest of that surname (up to 4,000 on a year of
history). Anonymised guests are never recognised, so they are left out of it: a
partial index, as on SQLite and PostgreSQL alike. ``lower()`` folds ASCII letters on
SQLite and all letters on PostgreSQL; the service asks for both foldings.
"""

from peewee import Database
from playhouse.migrate import SchemaMigrator

INDEX = "guest_recognition"


def up(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql(
        f'CREATE INDEX "{INDEX}" ON "guest" (lower("surname"), lower("given_names"), '
        '"frequent_flyer_number") WHERE "anonymised_at" IS NULL')


def down(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql(f'DROP INDEX "{INDEX}"')
