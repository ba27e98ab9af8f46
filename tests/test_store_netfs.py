"""The warning for a score database on a network filesystem."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.store import ScoreStore, network_warning
from quizapp.store.netfs import mount_type

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
server:/export/home /home/shared nfs4 rw,relatime 0 0
//nas/class /mnt/class cifs rw 0 0
alice@host:/data /mnt/My\\040Drive fuse.sshfs rw 0 0
tmpfs /mnt/class/local tmpfs rw 0 0
"""


@pytest.mark.parametrize(
    ("path", "fs_type"),
    [
        ("/home/alice/quizapp.db", "ext4"),
        ("/home/shared/quizapp.db", "nfs4"),
        ("/home/sharedx/quizapp.db", "ext4"),  # a longer name is not inside the mount
        ("/mnt/class/desk1/quizapp.db", "cifs"),
        ("/mnt/class/local/quizapp.db", "tmpfs"),  # the innermost mount wins
        ("/mnt/My Drive/quizapp.db", "fuse.sshfs"),  # \040 is a space
    ],
)
def test_mount_type(path, fs_type):
    assert mount_type(Path(path), MOUNTS) == fs_type


@pytest.mark.parametrize(
    ("path", "warned"),
    [
        ("/home/alice/quizapp.db", False),
        ("/home/shared/quizapp.db", True),
        ("/mnt/class/desk1/quizapp.db", True),
        ("/mnt/class/local/quizapp.db", False),
        ("/mnt/My Drive/quizapp.db", True),
    ],
)
def test_linux_network_filesystems_are_warned_about(path, warned):
    warning = network_warning(path, platform="linux", mounts_text=MOUNTS)
    assert (warning is not None) == warned
    if warned:
        assert path in warning
        assert "quizapp results merge" in warning


def test_windows_unc_paths_are_warned_about():
    warning = network_warning(r"\\school-nas\class\quizapp.db", platform="win32")
    assert warning is not None
    assert "network share" in warning
    assert network_warning(r"C:\Users\ana\quizapp.db", platform="win32") is None


def test_a_local_database_opens_without_warning(tmp_path):
    assert network_warning(tmp_path / "not-yet" / "scores.db") is None
    with ScoreStore.open(tmp_path / "scores.db") as store:
        assert store.warning is None
