"""Recognising a returning guest reads a few candidates through an index, not every guest
of that surname (issue 12: up to 3,953 namesakes on a year of history), and keeps its rule."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from playhouse.test_utils import count_queries

from vipdesk.services import guests
from vipdesk.services.session import Session
from vipdesk.storage.models import Guest

NAMESAKES = 300  # guests called Chen, most of them not Li


def many_chens(session: Session) -> dict[str, int]:
    """300 Chens: 40 called Li with a number, 20 Li without one, the rest other given names."""
    now = session.clock.now()
    rows = [{"surname": "Chen" if n % 2 else "CHEN", "given_names": f"Given{n}",
             "created_at": now} for n in range(NAMESAKES - 60)]
    rows += [{"surname": "Chen", "given_names": "Li", "frequent_flyer_number": f"*****{n:04d}",
              "created_at": now} for n in range(40)]
    rows += [{"surname": "Chen", "given_names": "Li", "created_at": now} for _ in range(20)]
    Guest.insert_many(rows).execute()
    with_number = Guest.get(Guest.frequent_flyer_number == "*****0017").id
    without = Guest.select(Guest.id).where((Guest.given_names == "Li")
                                           & (Guest.frequent_flyer_number == ""))
    return {"0017": with_number, "newest without": max(g.id for g in without)}


@contextmanager
def guests_read() -> Iterator[list[int]]:
    """How many guest rows the block builds from the database (one entry per row)."""
    built: list[int] = []
    original = Guest.__init__

    def counting(self: Guest, *args: object, **kwargs: object) -> None:
        if kwargs.get("__no_default__"):  # a row read from the database, not a new guest
            built.append(1)
        original(self, *args, **kwargs)

    Guest.__init__ = counting  # type: ignore[method-assign]
    try:
        yield built
    finally:
        Guest.__init__ = original  # type: ignore[method-assign]


@pytest.mark.parametrize(("number", "expected"), [
    ("SK123450017", "0017"),  # the namesake with the same last four
    ("SK999999999", "newest without"),  # an unknown number: the newest namesake without one
    ("", "newest without"),  # no number on the pass: the newest without one
])
def test_recognise_reads_a_few_candidates_however_many_namesakes(
        desk_session: Session, number: str, expected: str) -> None:
    ids = many_chens(desk_session)
    with guests_read() as read, count_queries() as queries:
        guest = guests.recognise(desk_session, "CHEN", "LI", number)
    assert guest is not None and guest.id == ids[expected]
    assert len(read) <= 3, f"{len(read)} guests read to recognise one"
    assert queries.count == 1


def test_two_namesakes_with_numbers_and_none_on_the_pass_are_a_new_guest(
        desk_session: Session) -> None:
    now = desk_session.clock.now()
    Guest.insert_many([{"surname": "Holm", "given_names": "Astrid", "created_at": now,
                        "frequent_flyer_number": f"*****{n:04d}"} for n in range(2)]).execute()
    assert guests.recognise(desk_session, "HOLM", "ASTRID") is None
    assert guests.recognise(desk_session, "holm", "astrid", "XX0001") is not None


def test_a_name_stored_in_other_letters_case_is_still_the_same_guest(
        desk_session: Session) -> None:
    """"van der Berg" typed once, "VAN DER BERG" scanned later: case does not count."""
    stored = Guest.create(surname="van der Berg", given_names="Anna-Lena",
                          created_at=desk_session.clock.now())
    found = guests.recognise(desk_session, "VAN DER BERG", "ANNA-LENA")
    assert found is not None and found.id == stored.id
    stored.anonymised_at = desk_session.clock.now()
    stored.save()
    assert guests.recognise(desk_session, "VAN DER BERG", "ANNA-LENA") is None
