"""An SQLite file on a network share is refused before it is opened, pointing to PostgreSQL.

The mount table is a fake one (``/proc/self/mountinfo``'s format) naming the test's own
folder as a share: no real mount is needed."""

from __future__ import annotations

import io
from pathlib import Path, PureWindowsPath

import pytest

from vipdesk.clock import FakeClock
from vipdesk.storage import network_share
from vipdesk.storage.database import open_database
from vipdesk.storage.network_share import (
    OnNetworkShare,
    Share,
    network_share_of,
    refuse_network_share,
    windows_share,
)
from vipdesk.storage.paths import real_path

LOCAL = ("22 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
         "23 22 0:21 / /proc rw - proc proc rw\n")


def mounted(mount_point: Path | str, kind: str, source: str) -> str:
    """The fake mount table with one more mount."""
    point = str(mount_point).replace(" ", "\\040")
    return LOCAL + f"40 22 0:50 / {point} rw,relatime shared:7 - {kind} {source} rw,vers=4.2\n"


@pytest.mark.parametrize("kind", ["nfs", "nfs4", "cifs", "smb3", "smbfs", "9p", "fuse.sshfs"])
def test_a_file_on_a_network_file_system_is_refused(tmp_path: Path, kind: str) -> None:
    table = mounted(real_path(tmp_path), kind, "fileserver:/lounge")
    with pytest.raises(OnNetworkShare) as refused:
        refuse_network_share(tmp_path / "new" / "vipdesk.sqlite3", table)
    assert str(refused.value) == (
        f"The database is on a network share ({tmp_path / 'new' / 'vipdesk.sqlite3'}: {kind} "
        "fileserver:/lounge). SQLite cannot be shared safely over a network: for several "
        'desks use a PostgreSQL server (see README, "Several desks").')


def test_a_local_disk_and_a_local_mount_below_a_share_are_not_refused(tmp_path: Path) -> None:
    assert network_share_of(tmp_path / "vipdesk.sqlite3", LOCAL) is None
    share_over = mounted(real_path(tmp_path).parent, "nfs4", "server:/x")
    local_below = share_over + f"41 40 0:51 / {real_path(tmp_path)} rw - ext4 /dev/vdb rw\n"
    assert network_share_of(tmp_path / "vipdesk.sqlite3", local_below) is None
    assert network_share_of(tmp_path / "vipdesk.sqlite3", share_over) == Share("nfs4", "server:/x")


def test_a_mount_point_with_a_space_and_a_sibling_with_the_same_prefix(tmp_path: Path) -> None:
    spaced = tmp_path / "lounge share"
    spaced.mkdir()
    table = mounted(real_path(spaced), "cifs", "//nas/lounge")
    assert network_share_of(spaced / "vipdesk.sqlite3", table) == Share("cifs", "//nas/lounge")
    sibling = tmp_path / "lounge share2"
    sibling.mkdir()
    assert network_share_of(sibling / "vipdesk.sqlite3", table) is None


def test_windows_unc_paths_and_mapped_network_drives() -> None:
    local, remote = (lambda drive: 3), (lambda drive: 4 if drive == "Z:\\" else 3)
    assert windows_share(PureWindowsPath(r"\\nas\lounge\vipdesk.sqlite3"), local) == \
        Share("UNC path", "\\\\nas\\lounge")
    assert windows_share(PureWindowsPath(r"Z:\VIPDesk\vipdesk.sqlite3"), remote) == \
        Share("network drive", "Z:")
    assert windows_share(PureWindowsPath(r"C:\VIPDesk\vipdesk.sqlite3"), remote) is None


def test_opening_and_the_commands_refuse_it_and_nothing_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, clock: FakeClock) -> None:
    from vipdesk.cli.report_command import run as report

    table = tmp_path / "mountinfo"
    share = tmp_path / "share"
    share.mkdir()
    table.write_text(mounted(real_path(share), "nfs4", "fileserver:/lounge"))
    monkeypatch.setattr(network_share, "MOUNTINFO", table)
    with pytest.raises(OnNetworkShare):
        open_database(share / "vipdesk.sqlite3")
    assert list(share.iterdir()) == []

    (share / "lounge.sqlite3").write_bytes(b"")  # a file someone copied there
    err = io.StringIO()
    status = report(["guests", "--date", "2026-11-23", "--out", str(tmp_path / "g.pdf"),
                     "--db", str(share / "lounge.sqlite3")],
                    clock=clock, stdout=io.StringIO(), stderr=err)
    assert status == 1
    assert "SQLite cannot be shared safely over a network" in err.getvalue()
    assert (share / "lounge.sqlite3").read_bytes() == b""
