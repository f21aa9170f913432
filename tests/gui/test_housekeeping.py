"""Background chores: a backup made off the GUI thread, the retention job on it."""

from __future__ import annotations

from pathlib import Path

from vipdesk.gui.housekeeping import Housekeeping
from vipdesk.services.session import Session
from vipdesk.storage.backup import backups_in, default_backup_folder
from vipdesk.storage.models import Lounge


def test_a_backup_is_made_on_a_worker_and_reported(qtbot, lounge_session: Session,
                                                   db_path: Path) -> None:
    chores = Housekeeping(lounge_session, db_path)
    with qtbot.waitSignal(chores.backed_up, timeout=20_000) as made:
        chores.back_up()
    chores.stop()
    assert Path(made.args[0]).exists()
    assert len(backups_in(default_backup_folder(db_path))) == 1


def test_start_runs_the_retention_job_at_once(qtbot, lounge_session: Session,
                                              db_path: Path, lounge: Lounge) -> None:
    chores = Housekeeping(lounge_session, db_path)
    chores.start()
    chores.stop()
    assert Lounge.get_by_id(lounge.id).anonymised_until is not None
