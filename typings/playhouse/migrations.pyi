"""The part of peewee's ``playhouse.migrations`` (the migration runner) VIP Desk uses."""

import datetime as dt

from peewee import Database, Model
from playhouse.migrate import SchemaMigrator

class MigrationError(Exception): ...

class Runner:
    database: Database
    directory: str
    table_name: str
    migrator: SchemaMigrator
    History: type[Model]
    def __init__(
        self,
        database: Database,
        directory: str = "migrations",
        table_name: str = "schema_migration",
        schema: str | None = None,
    ) -> None: ...
    def applied(self) -> dict[str, dt.datetime]: ...
    def up(self, target: str | None = None, fake: bool = False) -> list[str]: ...
    def down(self, target: str | None = None) -> list[str]: ...
    def fake(self, target: str | None = None) -> list[str]: ...
    def create(self, name: str = "", body: str | None = None) -> str: ...

def run(database: Database, directory: str = "migrations", **kwargs: object) -> list[str]: ...
