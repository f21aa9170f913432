"""A full-text index for the complaints search (issue 12).

``complaint_search`` is an SQLite FTS5 table over the three texts the search looks at
(the guest's words, what they expect, the resolution, as one text), one row per complaint
with the complaint's id as its rowid. It is contentless (``content=''``): it keeps the words'
index only, never a second copy of the text, so retention and erasure have nothing more
to scrub than the index entries the triggers replace.

Folding, so an agent finds what they mean however it was typed:

- case, for every script (``unicode61``; SQLite's LIKE folds ASCII only);
- accents (``remove_diacritics 2``): "cafe" finds "café", "alborg" finds "Ålborg";
- Æ/æ and Ø/ø are letters of their own, not accented ones: the index holds the texts
  twice, once with them spelled out as "ae" and "oe" (Danish without its letters, as
  passports and boarding passes write it) and once with Ø/ø as a plain "o" (as an English
  keyboard types it). "æ" finds "Æ" and "æ", "Kjaergaard" finds "Kjærgaard", "Soren" and
  "Soeren" find "Søren", and the other way round. Å/å is an accented a: "a" finds it,
  "aa" does not (it would need a third spelling).

The triggers keep the index in step with every insert, delete and change of those three
texts, retention's and erasure's scrubbing included; the search's side (the same folding of
what the agent types) is :mod:`vipdesk.services.complaint_search`.

On PostgreSQL (added with issue 15, before any lounge ran on it) there is no FTS5: the
function ``complaint_search_fold(text)`` folds a complaint's texts the same way (case,
accents, both spellings of Æ and Ø, one after the other) with no extension installed, and
the search matches each typed word against the start of a word in it.
"""

from peewee import Database
from playhouse.migrate import SchemaMigrator

# The one table of accents the search also folds typed words with (its SQL below is pinned
# by tests/domain/test_search_folding.py: this migration's output never changes).
from vipdesk.domain.search_folding import latin_accents as _accents

TEXTS = ("guest_words", "guest_expects", "resolution")
# The three texts as one, Æ/æ written "ae" and Ø/ø written "oe" (spelled out) or "o" (plain).
SPELLINGS = {
    "spelled_out": "replace(replace(replace(replace({0}, 'Æ', 'ae'), 'æ', 'ae'), 'Ø', 'oe'),"
                   " 'ø', 'oe')",
    "plain": "replace(replace(replace(replace({0}, 'Æ', 'ae'), 'æ', 'ae'), 'Ø', 'o'), 'ø', 'o')",
}
COLUMNS = ", ".join(SPELLINGS)


def _values(row: str) -> str:
    joined = " || ' ' || ".join(f"{row}.{name}" for name in TEXTS)
    return ", ".join(spelling.format(joined) for spelling in SPELLINGS.values())


CREATE_INDEX = ("CREATE VIRTUAL TABLE complaint_search USING fts5("
                f"{COLUMNS}, content='', tokenize='unicode61 remove_diacritics 2')")
ADD = f"INSERT INTO complaint_search (rowid, {COLUMNS}) VALUES (new.id, {_values('new')});"
REMOVE = (f"INSERT INTO complaint_search (complaint_search, rowid, {COLUMNS})"
          f" VALUES ('delete', old.id, {_values('old')});")
STATEMENTS = (
    CREATE_INDEX,
    f"CREATE TRIGGER complaint_search_insert AFTER INSERT ON complaint BEGIN {ADD} END",
    f"CREATE TRIGGER complaint_search_delete AFTER DELETE ON complaint BEGIN {REMOVE} END",
    (f"CREATE TRIGGER complaint_search_update AFTER UPDATE OF {', '.join(TEXTS)} ON complaint"
     f" BEGIN {REMOVE} {ADD} END"),
    # The items already logged, then one b-tree for the index (a fast first search).
    (f"INSERT INTO complaint_search (rowid, {COLUMNS})"
     f" SELECT id, {_values('complaint')} FROM complaint"),
    "INSERT INTO complaint_search (complaint_search) VALUES ('optimize')",
)


def _fold_function() -> str:
    accented, plain = _accents()
    spellings = " || ' ' || ".join(
        "lower(" + spelling.format("words") + ")" for spelling in SPELLINGS.values())
    return ("CREATE FUNCTION complaint_search_fold(words text) RETURNS text"
            " LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT AS"
            f" $$ SELECT translate({spellings}, '{accented}', '{plain}') $$")


def up(migrator: SchemaMigrator, db: Database) -> None:
    if not db.__class__.__name__.startswith("Sqlite"):
        db.execute_sql(_fold_function())
        return
    for statement in STATEMENTS:
        db.execute_sql(statement)


def down(migrator: SchemaMigrator, db: Database) -> None:
    if not db.__class__.__name__.startswith("Sqlite"):
        db.execute_sql("DROP FUNCTION complaint_search_fold(text)")
        return
    for name in ("insert", "delete", "update"):
        db.execute_sql(f"DROP TRIGGER complaint_search_{name}")
    db.execute_sql("DROP TABLE complaint_search")
