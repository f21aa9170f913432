"""``copy --from FILE --to postgresql://…``: a demo lounge moved into PostgreSQL, ids kept,
its daily reports the same on both engines; and every refusal, which leaves the file as
it was and the target without a row.

The tests that need a server run whenever ``VIPDESK_TEST_POSTGRES`` names a reachable
one (in the SQLite run too), and skip saying so otherwise."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from peewee import Database

from tests.helpers import engine
from tests.report_fixtures import pdf_pages
from vipdesk.cli import copy_command
from vipdesk.cli.main import main
from vipdesk.clock import FakeClock
from vipdesk.demo.generator import fill_demo_lounge
from vipdesk.demo.team import DEMO_STAFF
from vipdesk.documents.complaint_report import complaint_report_pdf
from vipdesk.documents.csv_export import complaint_csv, guest_csv
from vipdesk.documents.guest_report import guest_report_pdf
from vipdesk.domain.vocabulary import Role
from vipdesk.services.complaints import ComplaintFilter, list_feedback
from vipdesk.services.reports import build_complaint_report, build_guest_report
from vipdesk.services.session import Session, signed_in
from vipdesk.services.setup import find_lounge
from vipdesk.storage import copy_lounge
from vipdesk.storage.database import open_database
from vipdesk.storage.models import ALL_MODELS, AuditEvent, Complaint, Guest, Staff
from vipdesk.storage.pin_key import key_at

NOW = dt.datetime(2026, 11, 24, 7, 0, tzinfo=dt.UTC)  # 08:00 in Copenhagen
DAY = dt.date(2026, 11, 23)  # a whole demo day before NOW
ADMIN = next(member for member in DEMO_STAFF if member.role is Role.ADMINISTRATOR)
MANAGER = next(member for member in DEMO_STAFF if member.role is Role.DUTY_MANAGER)
NOWHERE = "postgresql://nobody@/never_reached?host=/nonexistent"


class Run:
    def __init__(self, status: int, out: str, err: str) -> None:
        self.status, self.out, self.err = status, out, err


def copy(*args: str, pin: str | None = ADMIN.pin) -> Run:
    out, err = io.StringIO(), io.StringIO()
    who = ("--staff", ADMIN.name, "--pin-stdin") if pin is not None else ()
    status = copy_command.run([*args, *who], clock=FakeClock(NOW),
                              stdin=io.StringIO(f"{pin}\n"), stdout=out, stderr=err)
    return Run(status, out.getvalue(), err.getvalue())


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def demo_lounge_file(folder: Path, *, days: int, visits_per_day: int) -> Path:
    """A small demo lounge in a new file, its PINs under this test run's key."""
    path = folder / "lounge.sqlite3"
    fill_demo_lounge(path, days=days, seed=7, now=NOW, visits_per_day=visits_per_day,
                     pin_key=key_at(Path(os.environ["VIPDESK_PIN_KEY"])))
    return path


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two days of a small demo lounge, in a file only read by the tests."""
    return demo_lounge_file(tmp_path_factory.mktemp("copy"), days=2, visits_per_day=60)


def server() -> str:
    if (problem := engine.server_problem()) is not None:
        pytest.skip(f"needs PostgreSQL: {problem}")
    return engine.SERVER


@pytest.fixture
def empty_target() -> Iterator[str]:
    """A new, empty PostgreSQL database (the copy sets it up)."""
    server()
    name, url = engine.empty_database()
    yield url
    engine.drop(name)


@pytest.fixture(scope="module")
def copied(demo_file: Path) -> Iterator[tuple[Path, str, Run]]:
    """The demo lounge copied once into PostgreSQL: the file, the target's URL, the run."""
    server()
    name, url = engine.empty_database()
    before = digest(demo_file)
    run = copy("--from", str(demo_file), "--to", url)
    assert digest(demo_file) == before, "the source file is only read"
    yield demo_file, url, run
    engine.drop(name)


def ids_per_table(db: Database) -> dict[str, list[int]]:
    return {model._meta.table_name: [row[0] for row in db.execute(
                model.select(model._meta.primary_key).order_by(model._meta.primary_key))]
            for model in ALL_MODELS}


def test_help_says_what_it_needs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["copy", "--help"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out.startswith("usage: vipdesk copy")
    for words in ("--from FILE", "--to URL", "--staff", "--pin-stdin", "empty PostgreSQL",
                  "administrator"):
        assert words in " ".join(out.split())
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "    copy " in capsys.readouterr().out, "listed among the commands"


def test_the_target_must_be_a_postgresql_database(demo_file: Path, tmp_path: Path) -> None:
    run = copy("--from", str(demo_file), "--to", str(tmp_path / "other.sqlite3"))
    assert run.status == 2 and run.err.count("\n") == 1 and "postgresql://" in run.err
    assert not (tmp_path / "other.sqlite3").exists()


def test_a_file_that_is_not_vip_desk_is_refused_and_left_as_it_was(tmp_path: Path) -> None:
    stranger = tmp_path / "stranger.sqlite3"
    with sqlite3.connect(stranger) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    connection.close()
    before = digest(stranger)
    run = copy("--from", str(stranger), "--to", NOWHERE)
    assert (run.status, run.out) == (1, "")
    assert run.err.count("\n") == 1 and "not a VIP Desk database" in run.err
    assert "Traceback" not in run.err
    assert digest(stranger) == before


def test_a_missing_file_is_one_line(tmp_path: Path) -> None:
    run = copy("--from", str(tmp_path / "none.sqlite3"), "--to", NOWHERE)
    assert run.status == 1 and run.err.count("\n") == 1 and "no database file" in run.err


def test_only_an_administrator_with_their_pin_may_copy(demo_file: Path) -> None:
    before = digest(demo_file)
    no_staff = copy("--from", str(demo_file), "--to", NOWHERE, pin=None)
    assert no_staff.status == 2 and "--staff" in no_staff.err
    wrong = copy("--from", str(demo_file), "--to", NOWHERE, pin="000000")
    assert wrong.status == 1 and wrong.err.count("\n") == 1
    out, err = io.StringIO(), io.StringIO()
    manager = copy_command.run(
        ["--from", str(demo_file), "--to", NOWHERE, "--staff", MANAGER.name, "--pin-stdin"],
        clock=FakeClock(NOW), stdin=io.StringIO(f"{MANAGER.pin}\n"), stdout=out, stderr=err)
    assert manager == 1 and "ask an administrator" in err.getvalue()
    assert digest(demo_file) == before, "a refused run writes nothing into the file"


def test_a_demo_lounge_is_copied_with_its_ids(copied: tuple[Path, str, Run]) -> None:
    path, url, run = copied
    assert (run.status, run.err) == (0, "")
    assert "visit: " in run.out and "rows copied and checked" in run.out
    assert "every table's rows and checksum match the source" in run.out
    source, target = open_database(path), open_database(url)
    try:
        in_file, in_server = ids_per_table(source), ids_per_table(target)
        audit = in_server.pop("audit_event")
        assert audit[:len(in_file["audit_event"])] == in_file["audit_event"]
        extra = audit[len(in_file.pop("audit_event")):]
        assert [event.action for event in AuditEvent.select().where(AuditEvent.id.in_(extra))
                .order_by(AuditEvent.id)] == ["staff.authorise", "command_line.run",
                                              "command_line.run"], "the PIN, started, done"
        assert in_server == in_file
        assert all(in_file[table] for table in ("visit", "guest", "complaint", "companion"))
        for model in ALL_MODELS:
            assert f"{model._meta.table_name} " in run.out  # the closing table
        newest = max(in_file["guest"])
        added = Guest.create(surname="Next", created_at=NOW)  # the target is bound now
        assert added.id == newest + 1, "the sequence was moved past the copied ids"
        Guest.delete_by_id(added.id)
    finally:
        source.close()
        target.close()


def reports(target: Path | str) -> dict[str, str]:
    """The day's guest and complaint reports, as PDF text and CSV."""
    db = open_database(target)
    try:
        lounge = find_lounge(Session(db=db, clock=FakeClock(NOW)))
        assert lounge is not None
        session = Session(db=db, clock=FakeClock(NOW), lounge_id=lounge.id)
        session.staff = signed_in(Staff.get(Staff.name == ADMIN.name))
        guests = build_guest_report(session, DAY, printed_by="night job")
        complaints = build_complaint_report(session, DAY, printed_by="night job")
        return {"guests.csv": guest_csv(guests), "complaints.csv": complaint_csv(complaints),
                "guests.pdf": "\n".join(pdf_pages(guest_report_pdf(guests))),
                "complaints.pdf": "\n".join(pdf_pages(complaint_report_pdf(complaints)))}
    finally:
        db.close()


def test_the_daily_reports_read_the_same_on_both_engines(
        copied: tuple[Path, str, Run]) -> None:
    path, url, run = copied
    assert run.status == 0
    from_file, from_server = reports(path), reports(url)
    assert from_file["guests.csv"].count("\n") > 10, "the day had guests"
    assert from_file["complaints.csv"].count("\n") > 1, "and complaints"
    for name, text in from_file.items():
        assert from_server[name] == text, name


def searched(target: Path | str) -> dict[str, list[int]]:
    """The complaints the search lists for a few words of the copied items."""
    db = open_database(target)
    try:
        lounge = find_lounge(Session(db=db, clock=FakeClock(NOW)))
        assert lounge is not None
        session = Session(db=db, clock=FakeClock(NOW), lounge_id=lounge.id)
        words = {word for item in Complaint.select(Complaint.guest_words).limit(5)
                 for word in item.guest_words.split()[:2]}
        return {word: [row.id for row in list_feedback(session, ComplaintFilter(text=word))]
                for word in sorted(words)}
    finally:
        db.close()


def test_the_copied_complaints_are_searched_alike(copied: tuple[Path, str, Run]) -> None:
    """The server's word table is filled by its trigger as the rows are copied in."""
    path, url, run = copied
    assert run.status == 0
    from_file = searched(path)
    assert from_file and all(from_file.values())
    assert searched(url) == from_file


def test_a_target_holding_a_lounge_is_refused_and_left_as_it_was(
        copied: tuple[Path, str, Run]) -> None:
    path, url, _ = copied
    target = open_database(url)
    try:
        before = ids_per_table(target)
    finally:
        target.close()
    run = copy("--from", str(path), "--to", url)
    assert run.status == 1
    assert run.err.endswith("The target database already holds a lounge ('Aurora Lounge'); "
                            "VIP Desk copies into an empty database only.\n")
    target = open_database(url)
    try:
        assert ids_per_table(target) == before
    finally:
        target.close()


def test_a_mismatch_rolls_the_whole_copy_back(
        demo_file: Path, empty_target: str, monkeypatch: pytest.MonkeyPatch) -> None:
    read_back = copy_lounge.read_back

    def one_visit_differs(model: type, target: Database) -> Iterator[list[tuple[object, ...]]]:
        for number, batch in enumerate(read_back(model, target)):  # type: ignore[arg-type]
            if model._meta.table_name == "visit" and number == 0:  # type: ignore[attr-defined]
                batch = [(*batch[0][:-1], "changed"), *batch[1:]]
            yield batch

    monkeypatch.setattr(copy_lounge, "read_back", one_visit_differs)
    run = copy("--from", str(demo_file), "--to", empty_target)
    assert run.status == 1
    assert "The copy of the table visit does not match the source" in run.err
    assert "nothing was copied" in run.err
    target = open_database(empty_target)
    try:
        assert all(not ids for ids in ids_per_table(target).values())
    finally:
        target.close()



def test_a_password_in_the_url_is_never_printed_or_audited(demo_file: Path) -> None:
    run = copy("--from", str(demo_file), "--to", "postgresql://desk:s3cret@/x?host=/nonexistent")
    assert run.status == 1 and "cannot open the target database" in run.err
    assert "postgresql://desk:***@/x" in run.out and "s3cret" not in run.out + run.err
