"""Every command gives its own help on stdout and exits 0; ``--help`` alone lists the commands."""

from __future__ import annotations

import pytest

from vipdesk.cli.main import main

OWN_OPTIONS = {
    "report": ("--date", "--out", "--csv", "--force"),
    "backup": ("--out", "--force"),
    "restore": ("FILE",),
    "demo": ("--days", "--seed"),
    "bcbp": ("standard input",),
}


def exit_status(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as done:
        return int(done.code or 0)


@pytest.mark.parametrize("argv", [["report", "--help"], ["report", "guests", "--help"],
                                  ["report", "complaints", "--date", "2026-11-23", "-h"],
                                  ["backup", "--help"], ["restore", "--help"], ["demo", "--help"],
                                  ["bcbp", "--help"], ["--db", "x.sqlite3", "report", "--help"]])
def test_each_command_prints_its_own_help_and_exits_0(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_status(argv) == 0
    out, err = capsys.readouterr()
    command = next(word for word in argv if word in OWN_OPTIONS)
    assert err == ""
    assert out.startswith(f"usage: vipdesk {command}"), out
    assert "--kiosk" not in out, "not the top-level help"
    for option in OWN_OPTIONS[command]:
        assert option in " ".join(out.split()), (command, option)


def test_the_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert exit_status(["--help"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: vipdesk")
    for command in OWN_OPTIONS:
        assert f"    {command}" in out
