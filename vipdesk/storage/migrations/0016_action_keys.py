"""Each user action's key (issue 15): an action is saved at most once, whatever the network.

``audit_event.action_key`` is a random key the desk gives one user action before its first
try; the action's audit row carries it, and a unique index keeps one row per key. When a
PostgreSQL server's answer to COMMIT is lost (the network dropped, the server restarted),
the desk cannot tell whether the action was saved: it connects again and runs the action
once more under the same key, and finds the key already there if the first try was
committed. Nothing is done twice. Rows written before this migration, and the audit rows
of actions run inside another action, have no key (NULL: the index allows many).
"""

from peewee import CharField, Database
from playhouse.migrate import SchemaMigrator

INDEX = "audit_event_action_key"


def up(migrator: SchemaMigrator, db: Database) -> None:
    migrator.migrate(migrator.add_column("audit_event", "action_key",
                                         CharField(max_length=32, null=True)))
    db.execute_sql(f'CREATE UNIQUE INDEX "{INDEX}" ON "audit_event" ("action_key")')


def down(migrator: SchemaMigrator, db: Database) -> None:
    db.execute_sql(f'DROP INDEX "{INDEX}"')
    migrator.migrate(migrator.drop_column("audit_event", "action_key"))
