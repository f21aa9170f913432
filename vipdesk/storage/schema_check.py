"""Is this database the one our migrations make, and nothing more?

A file to restore, or the file the desk opens, is compared with the schema our migrations
create for the migrations it records: every table (its columns and constraints), index,
trigger and view in ``sqlite_master``. A dropped audit trigger, an added trigger that resets
a PIN, a view, a table that keeps guests' names past retention, a CHECK constraint built to
cost a gigabyte: each is refused with a message naming it.

The reference is made by running our migrations (whatever files exist, those the file
records) on an in-memory database, once per set of migrations in a process (about 30 ms).
Nothing here runs the file's own SQL: it reads ``sqlite_master`` and, once the history
table is known to be ours, the names in it.

Statements are compared as SQLite's tokens, not as text: spacing, comments, the case of
keywords and how a name is quoted do not count. A table is compared piece by piece: its
columns in order, its table constraints as a set, so a column added by ``ALTER TABLE ... ADD
COLUMN`` (which SQLite writes in place into the CREATE text) matches a fresh CREATE.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import threading
from collections import Counter
from dataclasses import dataclass

from peewee import SqliteDatabase

from vipdesk.storage import database
from vipdesk.storage.database import known_migrations, migration_runner, sqlite_connection

HISTORY = "schema_migration"  # playhouse's Runner records applied migrations here
MOST_HISTORY_ROWS = 10_000
SHOWN_NAMES = 5
SHOWN_SQL = 70
KIND_ORDER = ("table", "index", "trigger", "view")
TABLE_CONSTRAINTS = frozenset({"constraint", "primary", "unique", "check", "foreign"})
# What SQLite itself adds: AUTOINCREMENT's counter, ANALYZE's statistics (with their text).
SQLITE_STAT4 = "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)"


class NotOurs(Exception):
    """The file's schema is not one VIP Desk makes; the message is a phrase saying why."""


class NotAVipDeskDatabase(NotOurs):
    """No history of our migrations at all."""


class NewerVipDesk(NotOurs):
    """It records migrations this VIP Desk does not have."""

    def __init__(self, names: list[str]) -> None:
        super().__init__(f"it was written by a newer VIP Desk ({', '.join(names)})")
        self.names = names


class UnlikeOurs(NotOurs):
    """Something is missing, extra or changed; the message names each."""


@dataclass(frozen=True)
class Entry:
    """One row of ``sqlite_master``."""

    kind: str
    name: str
    table: str
    sql: str | None


Schema = dict[tuple[str, str], Entry]  # by (kind, lower-case name)


# ---------------------------------------------------------------------------
# Reading


def read_schema(connection: sqlite3.Connection) -> Schema:
    """Every object in the database, as ``sqlite_master`` lists it."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {(kind, str(name).lower()): Entry(kind, str(name), str(table), sql)
            for kind, name, table, sql in rows}


def recorded_migrations(connection: sqlite3.Connection, schema: Schema) -> frozenset[str]:
    """The migrations the file says it has, read only once its history table is ours."""
    history = schema.get(("table", HISTORY))
    if history is None:
        raise NotAVipDeskDatabase("it is not a VIP Desk database")
    # The same in every version; the newest is the one usually needed next anyway.
    ours = reference_schema(frozenset(known_migrations()))[("table", HISTORY)]
    if _tokens(history.sql) != _tokens(ours.sql):
        raise UnlikeOurs(f"the table {HISTORY} is not as VIP Desk makes it")
    names = connection.execute(
        f"SELECT name FROM {HISTORY} LIMIT {MOST_HISTORY_ROWS}").fetchall()
    return frozenset(str(name) for name, in names)


def check_schema(connection: sqlite3.Connection) -> frozenset[str]:
    """Raise :class:`NotOurs` unless the database's whole schema is the one our migrations
    make for the migrations it records; returns those migrations."""
    schema = read_schema(connection)
    applied = recorded_migrations(connection, schema)
    if newer := sorted(applied - set(known_migrations())):
        raise NewerVipDesk(newer)
    differences = schema_differences(schema, reference_schema(applied))
    if differences:
        raise UnlikeOurs("; ".join(differences))
    return applied


# ---------------------------------------------------------------------------
# The reference


_references: dict[tuple[str, frozenset[str]], Schema] = {}
_building = threading.Lock()  # the scheduled backup checks on a worker thread


def reference_schema(applied: frozenset[str]) -> Schema:
    """The schema our migrations make when exactly ``applied`` have run (all known)."""
    key = (str(database.MIGRATIONS), applied)
    with _building:
        if key not in _references:
            _references[key] = _build(applied)
        return _references[key]


def _build(applied: frozenset[str]) -> Schema:
    db = SqliteDatabase(":memory:")
    try:
        runner = migration_runner(db)
        runner.History.create_table()
        last = max(applied, default="")
        to_run = None  # the applied ones run in stretches: one up() in the usual case
        for name in (name for name in known_migrations() if name <= last):
            if name in applied:
                to_run = name
                continue
            if to_run is not None:
                runner.up(to_run)
                to_run = None
            runner.fake(name)  # a migration this database never had: recorded, not run
        if to_run is not None:
            runner.up(to_run)
        return read_schema(sqlite_connection(db))
    finally:
        db.close()


@functools.cache
def sqlite_own_tables() -> dict[str, str]:
    """The tables SQLite adds by itself (AUTOINCREMENT, ANALYZE), with their CREATE text."""
    with sqlite3.connect(":memory:") as connection:
        connection.executescript(
            "CREATE TABLE t (a INTEGER PRIMARY KEY AUTOINCREMENT, b);"
            "CREATE INDEX t_b ON t (b); INSERT INTO t (b) VALUES (1), (2); ANALYZE;")
        own = dict(connection.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name LIKE 'sqlite%'"))
    connection.close()
    return {"sqlite_stat4": SQLITE_STAT4, **own}


# ---------------------------------------------------------------------------
# Comparing


def schema_differences(candidate: Schema, reference: Schema) -> list[str]:
    """What is missing, extra or changed in ``candidate``, a phrase for each kind of thing."""
    if candidate == reference:
        return []  # the usual case, at every start: no need to look closer
    candidate = {key: entry for key, entry in candidate.items() if not _sqlite_own(entry)}
    reference = {key: entry for key, entry in reference.items() if not _sqlite_own(entry)}
    missing = [reference[key] for key in reference.keys() - candidate.keys()]
    extra = [candidate[key] for key in candidate.keys() - reference.keys()]
    phrases = [*_listed(missing, "the {kind} {names} is missing",
                        "the {kind}s {names} are missing")]
    for key in sorted(reference.keys() & candidate.keys(), key=_order):
        ours, theirs = reference[key], candidate[key]
        if (theirs.table.lower(), _tokens(theirs.sql)) == (ours.table.lower(), _tokens(ours.sql)):
            continue
        changed = _table_changes(ours, theirs) if ours.kind == "table" else []
        how = f" ({', '.join(changed)})" if changed else ""
        phrases.append(f"the {ours.kind} {ours.name} is not as VIP Desk makes it{how}")
    phrases += _listed(extra, "it has an extra {kind} {names}", "it has extra {kind}s {names}")
    return phrases


def _sqlite_own(entry: Entry) -> bool:
    """A table SQLite keeps for itself, exactly as SQLite writes it."""
    own = sqlite_own_tables().get(entry.name.lower())
    return entry.kind == "table" and own is not None and _tokens(entry.sql) == _tokens(own)


def _order(key: tuple[str, str]) -> tuple[int, str]:
    kind, name = key
    return (KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER), name)


def _listed(entries: list[Entry], one: str, many: str) -> list[str]:
    phrases = []
    for kind in sorted({entry.kind for entry in entries}, key=lambda k: _order((k, ""))):
        names = sorted(entry.name for entry in entries if entry.kind == kind)
        shown = names[:SHOWN_NAMES]
        if len(names) > SHOWN_NAMES:
            shown.append(f"{len(names) - SHOWN_NAMES} more")
        listed = shown[0] if len(shown) == 1 else f"{', '.join(shown[:-1])} and {shown[-1]}"
        phrases.append((one if len(names) == 1 else many).format(kind=kind, names=listed))
    return phrases


def _table_changes(ours: Entry, theirs: Entry) -> list[str]:
    """Which columns and constraints differ between two CREATE TABLE statements."""
    our_head, our_columns, our_constraints, our_tail = _table_parts(ours.sql)
    their_head, their_columns, their_constraints, their_tail = _table_parts(theirs.sql)
    changes = [f"no column {name}" for name in our_columns if name not in their_columns]
    changes += [f"an extra column {name}" for name in their_columns if name not in our_columns]
    changes += [f"the column {name} is defined otherwise" for name in our_columns
                if name in their_columns and our_columns[name] != their_columns[name]]
    if not changes and list(our_columns) != list(their_columns):
        changes.append("its columns are in another order")
    changes += [f"an extra constraint {_shown(piece)}"
                for piece in (Counter(their_constraints) - Counter(our_constraints)).elements()]
    changes += [f"no constraint {_shown(piece)}"
                for piece in (Counter(our_constraints) - Counter(their_constraints)).elements()]
    if (our_head, our_tail) != (their_head, their_tail):
        changes.append("it is declared otherwise")
    return changes


def _shown(tokens: tuple[str, ...]) -> str:
    text = " ".join(tokens).replace("( ", "(").replace(" )", ")").replace(" ,", ",")
    return text if len(text) <= SHOWN_SQL else text[:SHOWN_SQL - 3] + "..."


# ---------------------------------------------------------------------------
# Tokens


_TOKEN = re.compile(r"""
      (?P<space>\s+|--[^\n]*|/\*.*?(?:\*/|\Z))
    | (?P<string>'(?:[^']|'')*')
    | (?P<quoted>"(?:[^"]|"")*"|`(?:[^`]|``)*`|\[[^\]]*\])
    | (?P<blob>[xX]'[^']*')
    | (?P<word>[^\W\d][\w$]*)
    | (?P<number>0[xX][0-9a-fA-F]+|\d+(?:\.\d*)?(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)
    | (?P<other>\|\||<>|!=|==|<=|>=|<<|>>|->>|->|.)
""", re.VERBOSE | re.DOTALL)


def _tokens(sql: str | None) -> tuple[str, ...]:
    """SQL as SQLite reads it: no spacing or comments, keywords and names in lower case,
    every quoted name quoted one way (a quoted name still differs from a keyword)."""
    if sql is None:
        return ()
    tokens = []
    for match in _TOKEN.finditer(sql):
        kind, text = match.lastgroup, match.group()
        if kind == "space":
            continue
        if kind == "quoted":
            inner = text[1:-1]
            inner = inner.replace(text[0] * 2, text[0]) if text[0] in "\"`" else inner
            text = '"' + inner.lower().replace('"', '""') + '"'
        elif kind in ("word", "blob"):
            text = text.lower()
        tokens.append(text)
    return tuple(tokens)


Piece = tuple[str, ...]


def _table_parts(sql: str | None) -> tuple[Piece, dict[str, Piece], list[Piece], Piece]:
    """A CREATE TABLE statement as its head, its columns by name (in order), its table
    constraints, and what follows the parentheses (WITHOUT ROWID, STRICT)."""
    tokens = _tokens(sql)
    if "(" not in tokens:
        return tokens, {}, [], ()
    start = tokens.index("(")
    pieces: list[list[str]] = [[]]
    depth, end = 0, len(tokens)
    for position in range(start + 1, len(tokens)):
        token = tokens[position]
        if token == "(":
            depth += 1
        elif token == ")":
            if depth == 0:
                end = position
                break
            depth -= 1
        elif token == "," and depth == 0:
            pieces.append([])
            continue
        pieces[-1].append(token)
    columns: dict[str, Piece] = {}
    constraints: list[Piece] = []
    for piece in map(tuple, pieces):
        if piece and piece[0] in TABLE_CONSTRAINTS:
            constraints.append(piece)
        elif piece:
            columns[piece[0].strip('"')] = piece
    return tokens[:start], columns, constraints, tokens[end + 1:]
