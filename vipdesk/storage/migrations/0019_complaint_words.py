"""PostgreSQL's counterpart of SQLite's full-text index: a table of each complaint's folded
words (issue 15), so the complaints search reads an index rather than every item's texts.

``complaint_word(complaint_id, place, word)`` holds, for each complaint, the words of its
three searched texts (the guest's words, what they expect, the resolution, one after the
other), folded as :func:`vipdesk.domain.search_folding.fold_word` folds a typed word:
composed (NFC), Æ/Ø spelled out, Latin accents off, lower case, combining marks left out
(Arabic harakat, Hebrew points, Indic signs, stacked accents), then split at every
character that is not a letter or digit. ``place`` is the word's number in the texts, so a
typed "shower-ha" finds "shower" followed by a word starting "ha". A word holding Ø/ø is
there twice at its place: spelled out ("soeren") and plain ("soren"), as FTS5 keeps both.
Words are cut at 201 characters (a typed word is cut at 200: found by its start all the
same, and a b-tree entry has a size limit).

The word is ``COLLATE "C"`` (code point order, whatever the database's locale): the search
asks for a prefix as a range (``word >= 'hans' AND word < 'hant'``), which that b-tree
answers with or without the prefix known when the plan is made.

One trigger keeps the table in step with every insert, delete and change of those texts
(retention's and erasure's scrubbing included: the old words go, the new ones come). No
foreign key: the trigger removes a deleted item's words, and a key's check at each of an
item's 40-odd words slowed every item written. This migration fills the table for the
items already logged. On SQLite this migration does nothing: FTS5 (migration 0013) is its index.
"""

import re
import unicodedata
from collections.abc import Callable

from peewee import Database
from playhouse.migrate import SchemaMigrator

from vipdesk.domain.search_folding import latin_accents as _accents

TABLE = "complaint_word"
LONGEST = 201


def _bracket(wanted: Callable[[str], bool]) -> str:
    """Every character ``wanted`` takes, as one bracket expression of literal characters
    (Python's own tables: the server's locale need not agree with them)."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x110000):
        if not 0xD800 <= code <= 0xDFFF and wanted(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    return "".join(chr(low) if low == high else f"{chr(low)}-{chr(high)}"
                   for low, high in ranges)


def _mark(char: str) -> bool:
    """Combining marks (Mn, Mc, Me), left out as the search leaves them out of a typed word."""
    return unicodedata.category(char).startswith("M")


_TOKEN = re.compile(r"[^\W_]")  # what the search splits a typed word into words by


def _word_character(char: str) -> bool:
    return _TOKEN.match(char) is not None


WORD = "[" + _bracket(_word_character) + "]+"  # letters and digits, as Python's \w
MARKS = "[" + _bracket(_mark) + "]"


def _words_function() -> str:
    """Folded once (translate() walks its table of 300 letters at each character: only run
    on texts holding one of them), then split twice: Ø/ø spelled out and plain."""
    accented, plain = _accents()
    folded = ("regexp_replace(lower(CASE WHEN composed.t ~ '[À-ɏ]' THEN translate(composed.t,"
              f" '{accented}', '{plain}') ELSE composed.t END), '{MARKS}', '', 'g')")
    spellings = " UNION ".join(
        f"SELECT found.place, left(found.word[1], {LONGEST}) FROM folded, regexp_matches("
        f"replace(folded.t, 'ø', '{oe_as}'), '{WORD}', 'g') WITH ORDINALITY AS found(word, place)"
        for oe_as in ("oe", "o"))
    return ("CREATE FUNCTION complaint_words(texts text) RETURNS TABLE (place bigint, word text)"
            " LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ WITH folded AS (SELECT"
            f" {folded} AS t FROM (SELECT replace(replace(normalize(texts, NFC), 'Æ', 'ae'),"
            f" 'æ', 'ae') AS t) AS composed) {spellings} $$")


TEXTS = "concat_ws(' ', {0}.guest_words, {0}.guest_expects, {0}.resolution)"
SYNC = f"""CREATE FUNCTION complaint_word_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM {TABLE} WHERE complaint_id = OLD.id;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN NULL;
    END IF;
    INSERT INTO {TABLE} (complaint_id, place, word)
        SELECT NEW.id, found.place, found.word FROM complaint_words({TEXTS.format('NEW')}) found;
    RETURN NULL;
END $$"""

STATEMENTS = (
    f"""CREATE TABLE {TABLE} (
        complaint_id integer NOT NULL,
        place bigint NOT NULL,
        word text COLLATE "C" NOT NULL)""",
    _words_function(),
    SYNC,
    (f"CREATE TRIGGER {TABLE}_sync AFTER INSERT OR DELETE OR UPDATE OF guest_words,"
     f" guest_expects, resolution ON complaint FOR EACH ROW EXECUTE FUNCTION"
     f" complaint_word_sync()"),
    # The items already logged, then the indexes (built once rather than row by row).
    (f"INSERT INTO {TABLE} (complaint_id, place, word) SELECT complaint.id, found.place,"
     f" found.word FROM complaint, complaint_words({TEXTS.format('complaint')}) found"),
    # (place is in it too: a search reads the index alone once autovacuum has passed)
    f"CREATE INDEX {TABLE}_word ON {TABLE} (word, complaint_id) INCLUDE (place)",
    f"CREATE INDEX {TABLE}_complaint ON {TABLE} (complaint_id, word)",
    f"ANALYZE {TABLE}",
)


def up(migrator: SchemaMigrator, db: Database) -> None:
    if db.__class__.__name__.startswith("Sqlite"):
        return  # FTS5's complaint_search (0013) is SQLite's index
    for statement in STATEMENTS:
        db.execute_sql(statement)


def down(migrator: SchemaMigrator, db: Database) -> None:
    if db.__class__.__name__.startswith("Sqlite"):
        return
    db.execute_sql("DROP FUNCTION complaint_word_sync() CASCADE")
    db.execute_sql(f"DROP TABLE {TABLE}")
    db.execute_sql("DROP FUNCTION complaint_words(text)")
