"""The commands on a PostgreSQL database: ``--db URL`` or ``VIPDESK_DB=URL`` passed through
untouched, a password never printed, and backup/restore refused for pg_dump/pg_restore."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from tests.report_fixtures import pdf_pages
from vipdesk.cli import main as cli_main
from vipdesk.cli.backup_command import run_backup, run_restore
from vipdesk.cli.report_command import run as run_report
from vipdesk.clock import FakeClock
from vipdesk.storage.paths import ENV_VAR

NOBODY_LISTENS = "postgresql://vipdesk:s3cret@127.0.0.1:1/vipdesk"
PG_DUMP = ("This lounge's database is on a PostgreSQL server: back it up with pg_dump -Fc "
           "(for example pg_dump -Fc -f vipdesk.dump vipdesk) and restore it with "
           "pg_restore --clean; VIP Desk's own backups are for a single kiosk's SQLite file.")


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This test's per-user data folder (a server database's lock and log go there)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


def run(command, args: list[str], clock: FakeClock) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = command(args, clock=clock, stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("command", ["backup", "restore"])
def test_backup_and_restore_on_a_server_point_to_pg_dump(
        command: str, tmp_path: Path, clock: FakeClock,
        monkeypatch: pytest.MonkeyPatch) -> None:
    runner, args = ((run_backup, ["--out", str(tmp_path / "copy.sqlite3")])
                    if command == "backup" else (run_restore, [str(tmp_path / "copy.sqlite3")]))
    by_flag = run(runner, [*args, "--db", NOBODY_LISTENS], clock)
    monkeypatch.setenv(ENV_VAR, NOBODY_LISTENS)
    by_environment = run(runner, args, clock)
    for status, out, err in (by_flag, by_environment):
        assert (status, out) == (1, "")
        assert err == f"vipdesk {command}: error: {PG_DUMP}\n"
    assert list(tmp_path.glob("copy*")) == []


def test_the_entry_point_hands_a_url_to_the_desk_untouched(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import vipdesk.gui.app as app_module
    opened: list[object] = []
    monkeypatch.setattr(app_module, "run_desk", lambda target, clock, **_: opened.append(target)
                        or 0)
    monkeypatch.setenv(ENV_VAR, NOBODY_LISTENS)
    assert cli_main.main([]) == 0
    assert cli_main.main(["--db", "postgres://desk@dbhost/lounge"]) == 0
    monkeypatch.setenv(ENV_VAR, "postgresql://desk@dbhost/lounge")
    assert cli_main.main(["--db", str(tmp_path / "kiosk.sqlite3")]) == 0
    assert opened == [NOBODY_LISTENS, "postgres://desk@dbhost/lounge", tmp_path / "kiosk.sqlite3"]


def test_a_report_on_a_server_nobody_answers_is_one_line_without_the_password(
        tmp_path: Path, clock: FakeClock) -> None:
    status, _, err = run(run_report, ["guests", "--date", "2026-11-23", "--out",
                                      str(tmp_path / "g.pdf"), "--db", NOBODY_LISTENS], clock)
    assert status == 1
    assert err.startswith("report: cannot open the database "
                          "postgresql://vipdesk:***@127.0.0.1:1/vipdesk: connection failed")
    assert "s3cret" not in err and err.count("\n") == 1
    assert not (tmp_path / "g.pdf").exists()


def test_the_report_reads_the_lounge_wherever_its_database_is(
        db, lounge, db_target: Path | str, tmp_path: Path, clock: FakeClock) -> None:
    """On the SQLite run a file, on the PostgreSQL run a URL: the same command line."""
    db.close()
    pdf = tmp_path / "guests.pdf"
    status, _, err = run(run_report, ["guests", "--date", "2026-11-23", "--out", str(pdf),
                                      "--db", str(db_target)], clock)
    assert (status, err) == (0, "")
    assert "Daily guest report · Monday 23 November 2026" in pdf_pages(pdf.read_bytes())[0]


def test_recover_pins_on_a_server_nobody_answers_says_so_without_the_password(
        tmp_path: Path, clock: FakeClock) -> None:
    from vipdesk.cli import recover_pins_command
    out, err = io.StringIO(), io.StringIO()
    status = recover_pins_command.run(
        ["--admin", "Astrid Admin", "--pin-stdin", "--db", NOBODY_LISTENS], clock=clock,
        stdin=io.StringIO("135790\n"), stdout=out, stderr=err,
        environ={"VIPDESK_PIN_KEY": str(tmp_path / "key" / "pin.key")})
    assert status == 1
    assert err.getvalue().startswith("vipdesk recover-pins: error: cannot open "
                                     "postgresql://vipdesk:***@127.0.0.1:1/vipdesk: ")
    assert "s3cret" not in err.getvalue()


def test_the_demo_fills_files_only_and_says_so_for_a_url(
        capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
        ) -> None:
    monkeypatch.chdir(tmp_path)
    assert cli_main.main(["demo", "--db", NOBODY_LISTENS, "--days", "1"]) == 2
    assert capsys.readouterr().err == (
        "vipdesk: error: the demo fills a new SQLite file: give demo --db a file's path, not a "
        "server's URL\n")
    assert list(tmp_path.iterdir()) == [], "no folder named after the URL"
