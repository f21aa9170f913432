"""Saving from the screens (welcome card, handover) and importing departures: never over or
from what is no plain file, owner-only, and a message rather than a hang or a crash."""

from __future__ import annotations

import io
import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from reportlab.pdfgen.canvas import Canvas

from tests.gui.test_board_screen import make_board
from vipdesk.domain.departures_csv import MAX_FILE_BYTES
from vipdesk.gui.pdf_preview import PdfPreviewDialog
from vipdesk.services.session import Session


def a_pdf() -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.drawString(72, 720, "Welcome, Ms Chen")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


@pytest.fixture
def preview(qtbot) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(a_pdf(), "Welcome card", "welcome-card.pdf")
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda parent, title, text, *a: shown.append(text)))
    return shown


def chosen(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(path), "")))


def test_the_preview_saves_an_owner_only_file(preview: PdfPreviewDialog, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch,
                                              warnings: list[str]) -> None:
    target = tmp_path / "welcome-card.pdf"
    chosen(monkeypatch, target)
    preview.save()
    assert warnings == []
    assert target.read_bytes() == preview.pdf
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_the_preview_replaces_a_file_the_dialog_asked_about(
        preview: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        warnings: list[str]) -> None:
    target = tmp_path / "handover.pdf"
    target.write_bytes(b"last week's")
    target.chmod(0o644)
    chosen(monkeypatch, target)
    preview.save()
    assert warnings == [] and target.read_bytes() == preview.pdf
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


@pytest.mark.parametrize("kind", ["symlink", "database", "folder", "device"])
def test_the_preview_refuses_what_it_must_not_replace(
        preview: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        warnings: list[str], kind: str) -> None:
    target = tmp_path / "welcome-card.pdf"
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    if kind == "symlink":
        target.symlink_to(precious)
    elif kind == "database":
        connection = sqlite3.connect(target)
        connection.execute("CREATE TABLE guest (name)")
        connection.commit()
        connection.close()
    elif kind == "folder":
        target.mkdir()
    else:
        if not Path("/dev/null").exists():
            pytest.skip("no /dev/null here")
        target = Path("/dev/null")
    before = os.lstat(target)
    chosen(monkeypatch, target)
    preview.save()
    assert len(warnings) == 1 and "could not be saved" in warnings[0]
    assert str(target) in warnings[0]
    after = os.lstat(target)
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)
    assert precious.read_text() == "keep me"


# --- departures import -------------------------------------------------------------------------

def test_a_fifo_is_refused_at_once_with_a_message(qtbot, desk_session: Session,
                                                  tmp_path: Path) -> None:
    """Before, opening the FIFO waited for a writer for ever. Here the test's timer is that
    writer after 10 s, so an import that waited is let go and the test fails, not hangs."""
    screen = make_board(qtbot, desk_session)
    fifo = tmp_path / "departures.csv"
    os.mkfifo(fifo)
    rescued = threading.Event()

    def rescue() -> None:
        rescued.set()
        os.close(os.open(fifo, os.O_WRONLY))

    timer = threading.Timer(10, rescue)
    timer.daemon = True
    timer.start()
    try:
        imported = screen.import_csv(str(fifo))
    finally:
        timer.cancel()
    assert not rescued.is_set(), "the import waited on the FIFO"
    assert imported is False
    message = screen.ui.deskMessage.text()
    assert str(fifo) in message and "FIFO" in message


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_an_endless_device_is_refused_unread(qtbot, desk_session: Session, device: str) -> None:
    if not Path(device).exists():
        pytest.skip(f"no {device} here")
    screen = make_board(qtbot, desk_session)
    assert screen.import_csv(device) is False
    assert "device" in screen.ui.deskMessage.text()


def test_a_file_too_large_for_a_day_is_refused_and_says_the_limit(
        qtbot, desk_session: Session, tmp_path: Path) -> None:
    screen = make_board(qtbot, desk_session)
    big = tmp_path / "departures.csv"
    big.write_bytes(b"flight,departure\n" + b"SK1,09:00\n" * (MAX_FILE_BYTES // 10 + 1))
    assert screen.import_csv(str(big)) is False
    assert "4 MB" in screen.ui.deskMessage.text()
