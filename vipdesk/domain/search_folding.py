"""How the complaints search folds text, so an agent finds what they mean however it was
typed: case, Latin accents ("cafe" finds "Café"), and Æ/Ø as they are written without those
letters ("kjaer" finds "Kjærgaard"; "soeren" and "soren" find "Søren").

One definition for both sides of the search on PostgreSQL: migration 0013 builds the server's
``complaint_search_fold`` from :func:`latin_accents`, and the search folds each typed word
with :func:`fold_word` the same way. (SQLite's FTS5 folds with its own tokenizer; its index
holds the Æ/Ø spellings, and the search spells out what is typed with :data:`SPELLED_OUT`.)
Migration 0013's SQL is frozen history: tests/domain/test_search_folding.py pins it, so a
change here that would rewrite it fails there.
"""

from __future__ import annotations

import unicodedata
from typing import Final

# Æ/æ and Ø/ø are letters of their own: typed, they are looked for spelled out.
SPELLED_OUT: Final = str.maketrans({"Æ": "ae", "æ": "ae", "Ø": "oe", "ø": "oe"})


def latin_accents() -> tuple[str, str]:
    """Latin letters with accents (U+00C0 to U+024F) and their plain letters, for translate()."""
    accented, plain = [], []
    for code in range(0x00C0, 0x0250):
        char = chr(code)
        decomposed = unicodedata.normalize("NFKD", char)
        base, marks = decomposed[0], decomposed[1:]
        if marks and all(unicodedata.combining(mark) for mark in marks) and base.isascii():
            accented.append(char)
            plain.append(base.lower())
    return "".join(accented), "".join(plain)


_PLAIN_LETTERS: Final = str.maketrans(*latin_accents())


def fold_word(word: str) -> str:
    """A typed word as ``complaint_search_fold`` writes the texts it is looked for in: Æ/Ø
    spelled out, accents off, lower case letter by letter (as PostgreSQL's ``lower()``
    does: no final sigma, which Python's ``str.lower`` writes at a word's end)."""
    plain = word.translate(SPELLED_OUT).translate(_PLAIN_LETTERS)
    return "".join(char.lower() for char in plain)
