"""The complaints search (issue 12): a full-text index that folds case, accents, Æ and Ø,
finds the start of a word, takes anything typed, and forgets what retention and erasure
scrub."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import ADMIN_PIN
from tests.helpers import engine
from tests.helpers.old_database import old_lounge, old_staff
from tests.helpers.shared_data import naughty_strings
from vipdesk.clock import FakeClock
from vipdesk.domain import retention as rules
from vipdesk.domain.search_folding import fold_word
from vipdesk.domain.vocabulary import Category, ComplaintStatus, Department, FeedbackKind, Severity
from vipdesk.services import complaint_search, complaints, retention, setup, staff
from vipdesk.services.complaints import ComplaintFilter, FeedbackInput
from vipdesk.services.session import Session
from vipdesk.storage import database as storage
from vipdesk.storage.models import Complaint, Guest, Lounge, Staff

UTC = dt.UTC
DAY = dt.timedelta(days=1)
FTS5_FILE = ("reads SQLite's FTS5 index pages: PostgreSQL's copy of the words is the"
             " complaint_word table (migration 0019), read by its own tests")
ON_SERVER = "migration 0019's table of folded words is PostgreSQL's"


def log(session: Session, words: str, *, expects: str = "", guest_id: int | None = None,
        severity: Severity = Severity.MEDIUM) -> int:
    return complaints.log_feedback(session, FeedbackInput(
        kind=FeedbackKind.COMPLAINT, category=Category.OTHER, guest_words=words,
        guest_expects=expects, severity=severity, guest_id=guest_id)).id


def found(session: Session, text: str, **wanted: object) -> set[int]:
    wanted_filter = ComplaintFilter(text=text, **wanted)  # type: ignore[arg-type]
    rows = complaints.list_feedback(session, wanted_filter)
    assert complaints.count_feedback(session, wanted_filter) == len(rows)
    return {row.id for row in rows}


@pytest.fixture
def items(desk_session: Session) -> dict[str, int]:
    return {
        "aero": log(desk_session, "ÆRØSKØBING ferry was late, the boarding was chaos"),
        "kjaer": log(desk_session, "Fru Kjærgaard waited an hour for her smørrebrød"),
        "cafe": log(desk_session, "The CAFÉ ran out of milk", expects="Oat milk"),
        "hansen": log(desk_session, "Mr Hansen says the shower had no towels"),
        "soren": log(desk_session, "Søren Østergaard was wonderful"),
        "chinese": log(desk_session, "王先生说咖啡太冷了"),
    }


@pytest.mark.parametrize(("typed", "expected"), [
    ("æ", {"aero"}), ("Æ", {"aero"}),  # the start of Ærøskøbing
    ("ærøskøbing", {"aero"}), ("ÆRØ", {"aero"}), ("aeroeskoebing", {"aero"}),
    ("kjærgaard", {"kjaer"}), ("KJÆRGAARD", {"kjaer"}), ("kjaergaard", {"kjaer"}),
    ("smørrebrød", {"kjaer"}), ("smorrebrod", {"kjaer"}), ("SMØRREBRØD", {"kjaer"}),
    ("ø", {"soren"}), ("Ø", {"soren"}), ("østergaard", {"soren"}), ("ØSTERGAARD", {"soren"}),
    ("oestergaard", {"soren"}), ("ostergaard", {"soren"}), ("soren", {"soren"}),
    ("café", {"cafe"}), ("cafe", {"cafe"}), ("CAFE", {"cafe"}), ("Café", {"cafe"}),
    ("é", set()),  # é is an accented e: "é" alone is the start of no word here
])
def test_case_accents_ae_and_oe_fold(desk_session: Session, items: dict[str, int], typed: str,
                                     expected: set[str]) -> None:
    assert found(desk_session, typed) == {items[key] for key in expected}


def test_words_are_found_by_their_start_in_any_order(
        desk_session: Session, items: dict[str, int]) -> None:
    assert found(desk_session, "hans") == {items["hansen"]}
    assert found(desk_session, "towel hans") == {items["hansen"]}  # both, anywhere
    assert found(desk_session, "hans milk") == set()
    assert found(desk_session, "oat") == {items["cafe"]}  # what the guest expects
    assert found(desk_session, "王") == {items["chinese"]}  # a Chinese surname
    assert found(desk_session, "咖啡") == {items["chinese"]}  # inside a run of Chinese
    assert found(desk_session, "ansen") == set()  # words are found by their start
    assert found(desk_session, "shower-ha") == {items["hansen"]}  # words next to each other
    assert found(desk_session, "had-shower") == set()
    assert found(desk_session, "(^hans$)") == {items["hansen"]}  # punctuation is no syntax


ODD_INPUT = [
    '"', '""', '"hans', 'hans"', "hans*", "*", "-", "-hans", "hans -towels", "NEAR", "NEAR(",
    "hans NEAR towels", "AND", "OR hans", "NOT", "(", ")", "^hans", "guest_words:hans",
    "plain : hans", "{spelled_out}: x", "hans + towels", "'", "\\", "%", "_", "😀", "👍🏽 hans",
    "\x00hans", "hans\ud800", "\u202ehans", "\t\n", "ｈａｎｓ", "💩" * 50, "hans " * 2_000,
    "h" * 10_000, "王" * 10_000, "a\u0301", "ß", "rowid", "complaint_search",
]


def test_anything_typed_is_searched_and_never_raises(
        desk_session: Session, items: dict[str, int]) -> None:
    for typed in ODD_INPUT:
        found(desk_session, typed)  # no FTS5 syntax error, nothing to crash the screen
    assert found(desk_session, '"hans') == {items["hansen"]}
    assert found(desk_session, "hans*") == {items["hansen"]}
    assert found(desk_session, "NEAR") == set()
    assert found(desk_session, "hans\ud800") == {items["hansen"]}


def test_the_other_filters_combine_with_the_text(
        desk_session: Session, items: dict[str, int], clock: FakeClock) -> None:
    high = log(desk_session, "Café closed early", severity=Severity.HIGH)
    assert found(desk_session, "cafe") == {items["cafe"], high}
    assert found(desk_session, "cafe", severities={Severity.HIGH}) == {high}
    complaints.assign(desk_session, high, Department.FOOD_AND_BEVERAGE)
    assert found(desk_session, "cafe", statuses={ComplaintStatus.ASSIGNED}) == {high}
    today = clock.now().date()
    assert found(desk_session, "cafe", from_day=today + DAY) == set()


def test_an_edit_is_searchable_at_once_and_the_old_words_are_not(
        desk_session: Session, items: dict[str, int]) -> None:
    complaints.assign(desk_session, items["cafe"], Department.FOOD_AND_BEVERAGE)
    complaints.start_work(desk_session, items["cafe"])
    complaints.resolve(desk_session, items["cafe"], "Mælk fra Thise bragt straks")
    assert found(desk_session, "maelk thise") == {items["cafe"]}
    Complaint.update(guest_words="Ingen mælk").where(Complaint.id == items["cafe"]).execute()
    assert found(desk_session, "café") == set()
    assert found(desk_session, "ingen") == {items["cafe"]}
    Complaint.delete().where(Complaint.id == items["cafe"]).execute()
    assert found(desk_session, "maelk") == set()


def index_bytes() -> bytes:
    rows = Complaint._meta.database.execute_sql(
        "SELECT block FROM complaint_search_data").fetchall()
    return b"".join(bytes(block) for block, in rows)


def birthe_named(session: Session, clock: FakeClock) -> tuple[Guest, int]:
    """Birthe Kjærgaard's complaint, and another guest's naming her (its id)."""
    guest = Guest.create(surname="Kjærgaard", given_names="Birthe", title="Mrs",
                         created_at=clock.now())
    theirs = log(session, "Birthe Kjærgaard: the Zyxwort tea was cold", guest_id=guest.id)
    other = log(session, "Mrs Kjærgaard took my seat")  # another guest names her
    assert found(session, "kjaergaard") == {theirs, other}
    return guest, other


def erase(session: Session, team: dict[str, Staff], guest: Guest) -> None:
    staff.sign_out(session)
    staff.sign_in(session, team["admin"].id, ADMIN_PIN)
    retention.erase_guest(session, guest.id, rules.ErasureReason.GUEST_REQUEST)


def test_an_erased_guest_is_not_findable(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    guest, other = birthe_named(desk_session, clock)
    erase(desk_session, team, guest)
    for word in ("kjaergaard", "kjærgaard", "birthe", "zyxwort"):
        assert found(desk_session, word) == set(), word
    assert found(desk_session, "seat") == {other}  # the rest of the other guest's words stay


@pytest.mark.skipif(engine.ON_POSTGRES, reason=FTS5_FILE)
def test_an_erased_guest_is_not_in_the_index_file(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock) -> None:
    guest, _other = birthe_named(desk_session, clock)
    assert b"zyxwort" in index_bytes()
    erase(desk_session, team, guest)
    # The index no longer holds the words anywhere, not even marked deleted.
    assert b"zyxwort" not in index_bytes()
    assert b"kjaergaard" not in index_bytes()


def test_words_past_retention_are_not_findable(
        desk_session: Session, clock: FakeClock, lounge: Lounge) -> None:
    old = log(desk_session, "Herr Østergaard left his Qwertzbag")
    clock.advance(days=lounge.retention_days + 1)
    new = log(desk_session, "Herr Østergaard again")
    assert found(desk_session, "ostergaard") == {old, new}
    retention.expire(desk_session)
    assert found(desk_session, "qwertzbag") == set()
    assert found(desk_session, "ostergaard") == {new}


def test_an_upgrade_indexes_the_items_already_logged(tmp_path: Path) -> None:
    """Migration 0013 fills the index from the complaints of a database at 0012."""
    path = tmp_path / "old.sqlite3"
    old = storage.connect(path)
    storage.upgrade(old, target="0012_praised_staff")
    old_lounge(old)
    old_staff(old, "Mette Desk", "front_desk")
    for words, resolution in (("Kaffen på Ærø var kold", ""), ("No towels", "Søren brought some")):
        old.execute_sql(
            "INSERT INTO complaint (lounge_id, channel, kind, category, severity, status,"
            " guest_words, guest_expects, apologised, immediate_action, compensation_kind,"
            " compensation_value, department, escalated, promise_how, promise_outcome,"
            " resolution, created_at, created_by_id) VALUES (1, 'in_person', 'complaint',"
            " 'other', 'low', 'new', ?, '', 0, '', '', 0, 'front_desk', 0, '', '', ?,"
            " '2025-01-01 08:00:00', 1)", (words, resolution))
    old.close()

    upgraded = storage.open_database(path)
    try:
        session = Session(db=upgraded, clock=FakeClock(dt.datetime(2025, 1, 2, tzinfo=UTC)))
        lounge = setup.find_lounge(session)
        assert lounge is not None
        session.lounge_id = lounge.id
        assert len(found(session, "aero kold")) == 1
        assert len(found(session, "soren")) == 1
        assert found(session, "towel") == found(session, "soren")
    finally:
        upgraded.close()


def test_an_any_status_search_is_counted_by_the_index_and_per_lounge(
        desk_session: Session, items: dict[str, int], team: dict[str, Staff],
        clock: FakeClock) -> None:
    """The count of a search with no other filter comes from the index (no item looked up),
    less what other lounges' items match: a second lounge's café is not counted here."""
    other = Lounge.create(name="Other", airport="ARN", timezone="Europe/Stockholm",
                          created_at=clock.now())
    for lounge_id in (other.id, desk_session.lounge_id, other.id):
        Complaint.create(
            lounge=lounge_id, channel="in_person", kind="complaint", category="other",
            severity="low", guest_words="Café au lait was cold", department="front_desk",
            created_at=clock.now(), created_by=team["desk"])
    assert complaints.count_feedback(desk_session, ComplaintFilter(text="cafe")) == 2
    assert len(found(desk_session, "cafe")) == 2
    desk_session.lounge_id = other.id
    assert complaints.count_feedback(desk_session, ComplaintFilter(text="cafe")) == 2
    assert complaints.count_feedback(desk_session, ComplaintFilter(text="hans")) == 0


@pytest.mark.skipif(engine.ON_POSTGRES, reason=FTS5_FILE)
def test_merge_steps_take_removed_words_out_of_the_file(
        desk_session: Session, items: dict[str, int]) -> None:
    """What the retention job can run after scrubbing, a short step at a time."""
    item = log(desk_session, "Zyxwort tea was cold")
    Complaint.update(guest_words="[anonymised]").where(Complaint.id == item).execute()
    assert found(desk_session, "zyxwort") == set()
    assert b"zyxwort" in index_bytes()  # unfindable, but still in an older b-tree
    steps = 0
    while complaint_search.merge_step(pages=1):
        steps += 1
        assert steps < 1_000
    assert b"zyxwort" not in index_bytes()
    assert found(desk_session, "hansen") == {items["hansen"]}  # the rest of the index is whole
    assert found(desk_session, "cafe") == {items["cafe"]}


@pytest.mark.skipif(not engine.ON_POSTGRES, reason="the server's fold function is PostgreSQL's")
def test_a_typed_word_is_folded_as_the_server_folds_the_texts(desk_session: Session) -> None:
    """Each letter up to U+024F (Latin with its accents, Æ and Ø), and a few others, folded
    by the search as migration 0013's function folds the complaints' texts."""
    letters = [chr(code) for code in range(0x21, 0x250) if not chr(code).isspace()]
    letters += ["王", "Σ", "ς", "Ж", "ｈ", "😀"]
    rows = Complaint._meta.database.execute_sql(
        "SELECT letter, complaint_search_fold(letter) FROM unnest(%s::text[]) AS letter",
        (letters,)).fetchall()
    for letter, folded in rows:
        assert folded.startswith(fold_word(letter) + " "), letter


TEXTS = ("ÆRØSKØBING ferry", "Ærøskøbing", "smørrebrød", "The CAFÉ", "Café au lait",
         "Søren Østergaard", "Fru Kjærgaard", "Mr Hansen", "İstanbul", "Łódź", "Straße",
         "ΣΟΦΙΑ", "naïve coöperation", "Ångström", "a-b c_d", "über MAËLLE", "aeroe", "oe o")
TYPED = ("ae", "a", "kjae", "kja", "kjaer", "kjær", "o", "oe", "so", "soe", "soren", "soeren",
         "søren", "cafe", "café", "ca", "ost", "oest", "østergaard", "aero", "aeroe", "ærø",
         "smorrebrod", "smørrebrød", "smorrebroed", "istanbul", "lodz", "łodz", "strasse",
         "straße", "σοφια", "naive", "cooperation", "angstrom", "c", "d", "b-c", "a-b",
         "uber", "maelle", "maë", "ngstr", "e", "hansen", "mr-hansen", "fru,kjaer", "a-b-c",
         "b c-d", "a.c-d", "a b-c-d")


@pytest.mark.skipif(not engine.ON_POSTGRES, reason="the server's fold function is PostgreSQL's")
def test_the_search_finds_what_the_fold_function_defines(desk_session: Session) -> None:
    """The search reads migration 0019's word table; it finds exactly what the typed word
    folded finds in the texts folded by migration 0013's function."""
    ids = {log(desk_session, text): text for text in TEXTS}
    differences = []
    for typed in TYPED:
        defined = {complaint_id for complaint_id, text in ids.items()
                   if Complaint._meta.database.execute_sql(
                       "SELECT complaint_search_fold(%s) ~ %s",
                       (text, complaint_search.folded_pattern(typed))).fetchone()[0]}
        if found(desk_session, typed) != defined:
            differences.append(typed)
    assert differences == []


def python_words(text: str) -> set[tuple[int, str]]:
    """What the search folds ``text`` into, as the word table should hold it: each word at its
    place, Ø/ø spelled out and plain."""
    plain = unicodedata.normalize("NFC", text).replace("Ø", "o").replace("ø", "o")
    return {(place, word[:201]) for spelling in (text, plain)
            for place, word in enumerate(complaint_search.folded_words(spelling), start=1)}


MARKED = ("كِتَابٌ جَمِيلٌ", "שָׁלוֹם עֲלֵיכֶם", "हिन्दी भाषा", "Cafe\u0301 noir", "Ṱ̺̺̕o͞ ̷i̲̬͇̪͙n̝̗͕v̟̜̘̦͟o̶̙̰̠kè",
          "ǿ ø\u0308 Å İstanbul", "Σίσυφος ΣΟΦΙΑ", "ｈａｎｓ ²³ ½", "a_b c-d", "王先生说咖啡太冷了")


@pytest.mark.skipif(not engine.ON_POSTGRES, reason=ON_SERVER)
def test_the_word_table_holds_the_words_the_search_folds(desk_session: Session) -> None:
    """The server folds every naughty string (Arabic harakat, Hebrew points, Indic signs,
    stacked accents, Æ/Ø, case) into exactly the words Python folds a typed word into."""
    texts = [text for text in [*naughty_strings(), *TEXTS, *MARKED]
             if "\x00" not in text and not any(0xD800 <= ord(c) <= 0xDFFF for c in text)]
    server: dict[int, set[tuple[int, str]]] = {n: set() for n in range(len(texts))}
    for n, place, word in Complaint._meta.database.execute_sql(
            "SELECT text.n - 1, word.place, word.word FROM unnest(%s::text[])"
            " WITH ORDINALITY AS text(text, n), complaint_words(text.text) AS word",
            (texts,)).fetchall():
        server[n].add((place, word))
    assert [text for n, text in enumerate(texts) if server[n] != python_words(text)] == []


UNMARKED = pytest.mark.skipif(
    not engine.ON_POSTGRES, reason="SQLite's FTS5 keeps a word's marks apart from its letters:"
    " typed without them, a marked word is not found there (PostgreSQL leaves them out)")


@pytest.mark.parametrize(("text", "typed"), [
    pytest.param("كِتَابٌ جَمِيلٌ", "كتاب", marks=UNMARKED), ("كِتَابٌ جَمِيلٌ", "جَمِي"),
    pytest.param("שָׁלוֹם עֲלֵיכֶם", "שלום", marks=UNMARKED), ("שָׁלוֹם עֲלֵיכֶם", "שָׁלוֹם"),
    ("हिन्दी भाषा", "हिन्दी"), ("Cafe\u0301 noir", "café"), ("Café noir", "cafe\u0301"),
    ("ø\u0308rsted", "orsted"),
])
def test_words_with_combining_marks_are_found(desk_session: Session, text: str,
                                              typed: str) -> None:
    item = log(desk_session, text)
    assert found(desk_session, typed) == {item}


def words_held(*words: str) -> list[str]:
    """The folded words of the table starting with any of ``words``."""
    return [word for word, in Complaint._meta.database.execute_sql(
        "SELECT word FROM complaint_word WHERE word LIKE ANY (%s)",
        ([word + "%" for word in words],)).fetchall()]


@pytest.mark.skipif(not engine.ON_POSTGRES, reason=ON_SERVER)
def test_scrubbed_and_erased_words_leave_the_word_table(
        desk_session: Session, team: dict[str, Staff], clock: FakeClock,
        lounge: Lounge) -> None:
    """Retention and erasure change the texts; the trigger takes their old words out."""
    old = log(desk_session, "Herr Østergaard left his Qwertzbag")
    clock.advance(days=lounge.retention_days + 1)
    guest, other = birthe_named(desk_session, clock)
    assert words_held("qwertzbag", "zyxwort", "birthe")
    retention.expire(desk_session)
    assert words_held("qwertzbag") == []
    erase(desk_session, team, guest)
    assert words_held("zyxwort", "birthe", "kjaergaard", "kjaergaard") == []
    assert words_held("seat") == ["seat"]  # the other guest's other words stay
    Complaint.delete().where(Complaint.id.in_([old, other])).execute()
    assert words_held("seat") == []


@pytest.mark.skipif(not engine.ON_POSTGRES, reason="SQLite's FTS5 index has b-trees to merge")
def test_no_index_housekeeping_on_postgresql(
        desk_session: Session, items: dict[str, int]) -> None:
    """The word table needs no merging: the retention job takes no merge step, and
    erasure's rewrite of the index does nothing (old row versions go with autovacuum)."""
    assert complaint_search.merge_step() is False
    complaint_search.forget_removed_words()
    assert retention.forget_cleared_words(desk_session.db, stop=lambda: False) == 0
    assert found(desk_session, "hans") == {items["hansen"]}
