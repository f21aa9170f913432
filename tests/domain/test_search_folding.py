"""How a typed word is folded for the complaints search on PostgreSQL, and migration 0013's
fold function, built from the same accent table, pinned as it was released."""

from __future__ import annotations

import hashlib
import importlib

import pytest

from vipdesk.domain.search_folding import fold_word


@pytest.mark.parametrize(("typed", "folded"), [
    ("Café", "cafe"), ("KJÆRGAARD", "kjaergaard"), ("Søren", "soeren"), ("ÆRØ", "aeroe"),
    ("Ålborg", "alborg"), ("ß", "ß"), ("王先生", "王先生"),
    ("Łódź", "łodz"),  # Ł has a stroke, not an accent
    ("ΣΟΦΙΑΣ", "σοφιασ"),  # letter by letter, as PostgreSQL's lower(): no final sigma
    ("İstanbul", "istanbul"),
])
def test_a_typed_word_is_spelled_out_unaccented_and_lower_case(typed: str, folded: str) -> None:
    assert fold_word(typed) == folded


def test_migration_0013_still_writes_the_fold_function_it_was_released_with() -> None:
    """Migrations are history: the shared accent table must not change what 0013 creates on
    a new server, or two servers of one operator would fold differently."""
    migration = importlib.import_module("vipdesk.storage.migrations.0013_complaint_search")
    sql = migration._fold_function()
    assert hashlib.sha256(sql.encode()).hexdigest() == (
        "a1a33893ede2131a69ff778c621b5d66e929b36086ba6fb5b3612c11725cd5db")
