"""The PostgreSQL benches' server: its URL (an option's default) and a database of their own."""

from __future__ import annotations

import os
from urllib.parse import urlsplit, urlunsplit

import psycopg

# The development server on this machine, unless VIPDESK_BENCH_POSTGRES names another.
SERVER = os.environ.get("VIPDESK_BENCH_POSTGRES",
                        "postgresql://vipdesk@/postgres?host=/tmp/pgdev&port=55432")


def url_of(server: str, database: str) -> str:
    """The server's URL with another database named in it."""
    return urlunsplit(urlsplit(server)._replace(path="/" + database))


def admin(server: str, statement: str) -> None:
    """One statement outside a transaction (CREATE or DROP DATABASE)."""
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(statement)  # the database's name is the bench's own option


def fresh(server: str, database: str) -> str:
    """``database`` made anew on the server (dropped first if there): its URL."""
    drop(server, database)
    admin(server, f'CREATE DATABASE "{database}"')
    return url_of(server, database)


def drop(server: str, database: str) -> None:
    admin(server, f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
