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
extension: migration 0013's ``complaint_search_fold(text)`` defines the same folding (case,
accents, Æ/Ø spelled out and plain, :mod:`vipdesk.domain.search_folding`), and an item
matches when each typed word, folded alike, starts a word of its folded texts. The fold is
too slow to run over every item, so the search runs that rule turned round
(:func:`raw_pattern`): one regular expression over the texts as they are, the items scanned
(bench/bench_complaint_search_pg.py). There is no index copy of the words on PostgreSQL,
so nothing more to scrub after retention or erasure (old row versions go with autovacuum).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from typing import Final

from peewee import SQL, Expression, PostgresqlDatabase, fn

from vipdesk.domain.search_folding import SPELLED_OUT, fold_word, latin_accents
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


# PostgreSQL: the texts as they are, and what starts a word in them.
_TEXTS: Final = (fn.coalesce(Complaint.guest_words, "").concat(" ")
                 .concat(fn.coalesce(Complaint.guest_expects, "")).concat(" ")
                 .concat(fn.coalesce(Complaint.resolution, "")))
_TOKEN: Final = re.compile(r"[^\W_]+")  # a run of letters and digits: one word to FTS5
_WORD_START: Final = "(^|[^[:alnum:]])"
_BETWEEN: Final = "[^[:alnum:]]+"
# Combining marks (Arabic harakat, Hebrew points, Indic signs, stacked accents): FTS5 leaves
# them out of a word, and the server's locale counts them as letters, so a typed word is
# matched without its marks, and any run of them may stand before and after each letter.


@functools.cache
def _marks() -> str:
    """Every combining mark (categories Mn, Mc, Me) as one regular-expression class."""
    ranges: list[tuple[int, int]] = []
    for code in range(0x0300, 0x20000):
        if unicodedata.category(chr(code)).startswith("M"):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
    spelled = "".join(_code(low) if low == high else f"{_code(low)}-{_code(high)}"
                      for low, high in ranges)
    return f"[{spelled}]*"


def _code(code: int) -> str:
    return f"\\u{code:04X}" if code <= 0xFFFF else f"\\U{code:08X}"



def _escaped(token: str) -> str:
    """Literal in a PostgreSQL regular expression: a backslash before every character but a
    letter or digit (a backslash before one of those would make an escape like ``\\d``)."""
    return "".join(char if char.isalnum() else "\\" + char for char in token)


def _tokens(word: str) -> list[str]:
    """The typed word folded, as the words FTS5 would see in it (``"hans`` and ``hans*`` are
    "hans"; ``towel-hans`` is "towel" then a word starting "hans"; combining marks left
    out, as FTS5 leaves them)."""
    folded = fold_word(unicodedata.normalize("NFC", word))  # "e" + accent as "é", then "e"
    unmarked = "".join(char for char in folded if not unicodedata.category(char).startswith("M"))
    return _TOKEN.findall(unmarked)


def folded_pattern(word: str) -> str:
    """The word as a regular expression over ``complaint_search_fold`` of the texts: the
    definition the search keeps to (:func:`raw_pattern` is what it runs)."""
    return _WORD_START + _BETWEEN.join(map(_escaped, _tokens(word)))


def _spellings() -> dict[str, str]:
    """Each folded letter and every letter the fold writes as it (both cases, accents)."""
    spellings: dict[str, set[str]] = {}
    for accented, plain in zip(*latin_accents(), strict=True):
        spellings.setdefault(plain, set()).add(accented)
    spellings.setdefault("o", set()).update("Øø")  # the plain spelling of Ø
    return {plain: "".join(sorted(chars)) for plain, chars in spellings.items()}


_SPELLINGS: Final = _spellings()


def _letter(char: str, *, last: bool) -> str:
    upper = char.upper()
    chars = char + (upper if len(upper) == 1 and upper != char else "")
    chars += _SPELLINGS.get(char, "")
    if last and char == "a":
        chars += "Ææ"  # the start of "ae"
    base = unicodedata.normalize("NFD", char)[0]  # "ṱ" as "t" and a mark, as typed elsewhere
    if base != char:
        chars += base + base.upper()
    return "[" + "".join(c if c.isalnum() else "\\" + c for c in chars) + "]" + _marks()


def _raw_token(token: str) -> str:
    parts, at = [], 0
    while at < len(token):
        pair = token[at:at + 2]
        if pair in ("ae", "oe"):
            whole = "Ææ" if pair == "ae" else "Øø"
            parts.append(f"({_letter(pair[0], last=False)}{_letter('e', last=False)}|[{whole}])")
            at += 2
        else:
            parts.append(_letter(token[at], last=at == len(token) - 1))
            at += 1
    return "".join(parts)


def raw_pattern(word: str) -> str:
    """:func:`folded_pattern` turned round: the word as a regular expression over the texts
    as they are, each letter standing for every letter the fold writes as it ("o" for o, O,
    ó, ø, Ø, ...; "ae" for ae or æ). ``complaint_search_fold`` costs 1-2 ms an item (its
    translate() walks a table of 300 letters for each character), far too slow to run over
    every item at each search; this pattern finds the same items in one plain scan (a test
    compares the two on the server). Only a word typed with both spellings of Ø at once
    ("smorrebroed") finds more than the fold would."""
    return (_WORD_START + _marks()
            + (_BETWEEN + _marks()).join(map(_raw_token, _tokens(word))))


def _starting_words(search: Search) -> list[Expression]:
    return [_TEXTS.regexp(raw_pattern(word)) for word in search.words]


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

    Always False on PostgreSQL: with no index to count in, counting is the scan itself, and
    the server's planner chooses between the two ways on its own."""
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
    PostgreSQL counts the lounge's items that match, one scan."""
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

    Nothing on PostgreSQL: there is no index copy of the words, only the complaint rows (their
    old versions go with autovacuum).
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

    No work on PostgreSQL: no index copy of the words (see :func:`forget_removed_words`)."""
    if _on_postgres():
        return False
    database = Complaint._meta.database
    before = database.connection().total_changes
    database.execute_sql(f"INSERT INTO {INDEX} ({INDEX}, rank) VALUES ('merge', ?)", (-pages,))
    return bool(database.connection().total_changes - before >= 2)  # FTS5's "work was done"
