"""What an agent types in the complaints search, as one condition on the complaint table.

The search looks at the guest's words, what they expect and the resolution, through the
full-text index ``complaint_search`` (migration 0013, which also says how it folds case,
accents, Æ and Ø). Each word typed is the start of a word in the item: "hans" finds
"Hansen", "cafe" finds "Café", "kjaer" and "kjær" find "Kjærgaard", "soren" and "søren"
find "Søren"; an item matches when it holds
every word, in any of the three texts, in any order.

What people type is never FTS5 syntax: each word becomes a quoted phrase (quotes doubled),
so ``"``, ``*``, ``-``, ``NEAR``, ``AND``, column names and unbalanced quotes are plain
text and the query never fails. Words with no letter or digit (punctuation, emoji) add
nothing; a search made only of such words matches them literally, as before.

Chinese, Japanese and Thai are written without spaces, and the index keeps such a run as
one word, so a surname inside it would not be found by its start: words in those scripts
are matched as substrings (LIKE, a scan of the items: exact, at the old speed, and rare
at this lounge).

All of the search's SQL is here, for both engines. PostgreSQL has no FTS5 and needs no
extension: migration 0019 keeps a table of each item's folded words (``complaint_word``,
filled by a trigger, folded as :mod:`vipdesk.domain.search_folding` folds a typed word, with
combining marks left out), and an item matches when each typed word, folded alike, starts
one of its words (a range of the word index; a typed "shower-ha" asks for the words one
after the other). Retention's and erasure's scrubbing change the texts, and the trigger
takes the old words out of the table with them (old row versions go with autovacuum).
Migration 0013's ``complaint_search_fold(text)`` stays the definition a test holds the
table to (bench/bench_complaint_search_pg.py measures the search).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from peewee import SQL, Expression, PostgresqlDatabase, fn

from vipdesk.domain.search_folding import SPELLED_OUT, fold_word
from vipdesk.storage.models import Complaint
from vipdesk.storage.models import database as bound_database

INDEX: Final = "complaint_search"
MOST_WORDS: Final = 16  # a pasted page is searched by its first words, not refused
MOST_WORD_LENGTH: Final = 200
FEW: Final = 2_000  # matches read through the index and sorted; more: walk newest first
# Scripts written without spaces between words: one index word would be a whole sentence.
_UNSPACED: Final = ((0x0E00, 0x0EFF), (0x1000, 0x109F), (0x1780, 0x17FF), (0x2E80, 0x9FFF),
                    (0xF900, 0xFAFF), (0xFF66, 0xFF9F), (0x20000, 0x3FFFF))


def _unspaced(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _UNSPACED)


def _has_word(word: str) -> bool:
    """Whether the index sees a word in it: letters and digits (unicode61's token chars)."""
    return any(unicodedata.category(char)[0] in "LN" for char in word)


def _clean(text: str) -> str:
    """Text SQLite can take: no NUL or lone surrogates (a bad paste), nothing a person sees."""
    return "".join(char for char in text
                   if char != "\x00" and unicodedata.category(char) != "Cs")


def _like(word: str) -> Expression:
    # contains() is LIKE with `%`, `_` and `\` escaped: the word is matched literally.
    return (Complaint.guest_words.contains(word) | Complaint.guest_expects.contains(word)
            | Complaint.resolution.contains(word))


def _phrase(word: str) -> str:
    """One word typed, as an FTS5 prefix phrase: quoted, so nothing in it is syntax."""
    return '"' + word.translate(SPELLED_OUT).replace('"', '""') + '"*'


@dataclass(frozen=True)
class Search:
    """What was typed, split: the words found by their start (as an FTS5 query for SQLite's
    index too) and words to match literally."""

    query: str  # "" when no word goes through the index
    literal: tuple[str, ...]
    words: tuple[str, ...] = ()  # those of ``query``, as typed

    @property
    def by_index_alone(self) -> bool:
        return bool(self.query) and not self.literal


def parse(text: str) -> Search | None:
    """The search for ``text``; None when nothing is typed."""
    words = [word[:MOST_WORD_LENGTH] for word in _clean(text).split()][:MOST_WORDS]
    if not words:
        return None
    indexed = [word for word in words if _has_word(word) and not any(map(_unspaced, word))]
    literal = [word for word in words if any(map(_unspaced, word))]
    if not indexed and not literal:
        literal = words  # only punctuation or emoji: find it as it was typed
    return Search(" ".join(map(_phrase, indexed)), tuple(literal), tuple(indexed))


def _on_postgres() -> bool:
    return isinstance(bound_database.obj, PostgresqlDatabase)


# PostgreSQL: migration 0019's table of each item's folded words.
WORDS: Final = "complaint_word"
_TOKEN: Final = re.compile(r"[^\W_]+")  # a run of letters and digits: one word to FTS5
_WORD_START: Final = "(^|[^[:alnum:]])"
_BETWEEN: Final = "[^[:alnum:]]+"


def _escaped(token: str) -> str:
    """Literal in a PostgreSQL regular expression: a backslash before every character but a
    letter or digit (a backslash before one of those would make an escape like ``\\d``)."""
    return "".join(char if char.isalnum() else "\\" + char for char in token)


def folded_words(word: str) -> list[str]:
    """The typed word folded, as the words FTS5 and migration 0019 see in it (``"hans`` and
    ``hans*`` are "hans"; ``towel-hans`` is "towel" then a word starting "hans"; combining
    marks left out, as both leave them out)."""
    folded = fold_word(unicodedata.normalize("NFC", word))  # "e" + accent as "é", then "e"
    unmarked = "".join(char for char in folded if not unicodedata.category(char).startswith("M"))
    return _TOKEN.findall(unmarked)


def folded_pattern(word: str) -> str:
    """The word as a regular expression over ``complaint_search_fold`` of the texts (migration
    0013): the definition the search keeps to, which a test compares with the word table."""
    return _WORD_START + _BETWEEN.join(map(_escaped, folded_words(word)))


def _after(token: str) -> str:
    """The first text past every word starting ``token`` (code point order, the word
    column's ``COLLATE "C"``)."""
    last = ord(token[-1]) + 1
    return token[:-1] + chr(0xE000 if 0xD800 <= last <= 0xDFFF else last)


def _holding(word: str) -> Expression | None:
    """The items holding the typed word: its folded words one after the other, all but the
    last whole and the last by its start (a range of the word index). None: nothing to look
    for (no letter or digit left once folded).

    Each next word is asked as a set of (item, place) its word before must be followed by,
    kept from the planner's join (``OFFSET 0``): joined, it takes every "wi" followed by an
    "fi..." for a rare pair (31 rows guessed, 11,351 found) and sorts a whole year for the
    first page (55 ms for "wi-fi" on 20,000 items; 7 ms so)."""
    tokens = folded_words(word)
    if not tokens:
        return None
    *before, last = tokens
    sql = f"SELECT w.complaint_id, w.place FROM {WORDS} w WHERE w.word >= %s AND w.word < %s"
    params: list[str] = [last, _after(last)]
    for token in reversed(before):
        sql = (f"SELECT w.complaint_id, w.place FROM {WORDS} w WHERE w.word = %s"
               f" AND (w.complaint_id, w.place + 1) IN ({sql} OFFSET 0)")
        params.insert(0, token)
    return Complaint.id.in_(SQL(f"(SELECT found.complaint_id FROM ({sql}) found)", params))


def _starting_words(search: Search) -> list[Expression]:
    return [found for word in search.words if (found := _holding(word)) is not None]


def _matched_ids(search: Search) -> SQL:
    return SQL(f"(SELECT rowid FROM {INDEX} WHERE {INDEX} MATCH ?)", (search.query,))


def matching(search: Search) -> Expression:
    """The condition "the item holds every word typed"."""
    conditions = [_like(word) for word in search.literal]
    if _on_postgres():
        conditions[:0] = _starting_words(search)
    elif search.query:
        conditions.insert(0, Complaint.id.in_(_matched_ids(search)))
    condition = conditions[0]
    for more in conditions[1:]:
        condition &= more
    return condition


def few_matches(search: Search) -> bool:
    """Whether the index finds so few items (in the whole file) that the page is best read
    through them, sorted, rather than by walking the items newest first until a page of
    them matches (fast when many match, a walk through the year when few or none do).

    Always False on PostgreSQL: the server's planner chooses between the two ways on its
    own, from the word index's statistics."""
    if not search.query or _on_postgres():
        return False
    found = Complaint._meta.database.execute_sql(
        f"SELECT count(*) FROM (SELECT 1 FROM {INDEX} WHERE {INDEX} MATCH ? LIMIT ?)",
        (search.query, FEW)).fetchone()[0]
    return int(found) < FEW


def count_in_lounge(search: Search, lounge_id: int) -> int:
    """How many of the lounge's items hold the words (``by_index_alone`` searches only): the
    index's own count, less the matches of other lounges (a database usually holds one, and
    then that costs nothing) rather than every match looked up in the complaint table.
    PostgreSQL counts the lounge's items the word index finds."""
    assert search.by_index_alone
    if _on_postgres():
        return int(Complaint.select(fn.COUNT(Complaint.id)).where(
            (Complaint.lounge == lounge_id) & matching(search)).scalar() or 0)
    others = (f"(SELECT count(*) FROM complaint WHERE lounge_id {{}} ? AND +id IN"
              f" {_matched_ids(search).sql})")
    found = Complaint._meta.database.execute_sql(
        f"SELECT (SELECT count(*) FROM {INDEX} WHERE {INDEX} MATCH ?) - {others.format('<')}"
        f" - {others.format('>')}",
        (search.query, lounge_id, search.query, lounge_id, search.query)).fetchone()[0]
    return int(found)


def forget_removed_words() -> None:
    """Rewrite the index as one b-tree, so words taken out of it (an erased guest's) are gone
    from the file as well as from every search.

    FTS5 records a removal in a newer b-tree and keeps the older one, words and all, until
    b-trees merge; the merge frees those pages and ``secure_delete`` zeroes them. SQLite 3.40
    has no FTS5 ``secure-delete`` option to do this per row. About 0.4 s on a year of items:
    erasure (rare, an administrator's) pays it; retention leaves it to FTS5's own merging.

    Nothing on PostgreSQL: the trigger took the words out of the word table with the texts
    (their old row versions go with autovacuum, as the complaint rows' do).
    """
    if _on_postgres():
        return
    Complaint._meta.database.execute_sql(
        f"INSERT INTO {INDEX} ({INDEX}) VALUES ('optimize')")


def merge_step(pages: int = 16) -> bool:
    """One short step of rewriting the index as one b-tree (``forget_removed_words`` in
    pieces, each in the caller's own short transaction): for the retention job, whose words
    taken out of the index otherwise stay in older b-trees until FTS5 merges them. Returns
    whether there was work; call again until there is none. About 2,600 pages on a year.

    No work on PostgreSQL: nothing to merge in its word table (see :func:`forget_removed_words`)."""
    if _on_postgres():
        return False
    database = Complaint._meta.database
    before = database.connection().total_changes
    database.execute_sql(f"INSERT INTO {INDEX} ({INDEX}, rank) VALUES ('merge', ?)", (-pages,))
    return bool(database.connection().total_changes - before >= 2)  # FTS5's "work was done"
