"""Warn when the score database sits on a network filesystem.

SQLite's WAL journal relies on shared memory and file locks that network filesystems do not
provide reliably, so two computers writing one database on a share can corrupt it. Each desk
keeps its own database; a classroom combines them with ``quizapp results merge``.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path, PureWindowsPath

NETWORK_FILESYSTEMS = frozenset(
    {
        "nfs",
        "nfs4",
        "cifs",
        "smb",
        "smb2",
        "smb3",
        "smbfs",
        "sshfs",
        "fuse.sshfs",
        "afs",
        "ncpfs",
        "9p",
        "ceph",
        "fuse.ceph",
        "glusterfs",
        "fuse.glusterfs",
        "davfs",
        "fuse.davfs2",
        "fuse.rclone",
        "lustre",
        "gpfs",
        "beegfs",
    }
)
_OCTAL_ESCAPE = re.compile(r"\\([0-7]{3})")


def _unescape(field: str) -> str:
    """/proc/mounts writes spaces, tabs, newlines and backslashes as octal escapes (\\040 …)."""
    return _OCTAL_ESCAPE.sub(lambda match: chr(int(match.group(1), 8)), field)


def mount_type(path: Path, mounts_text: str) -> str | None:
    """The filesystem type of the mount that holds `path` (absolute), from /proc/mounts text."""
    best: tuple[int, str] | None = None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point, fs_type = _unescape(fields[1]), fields[2]
        if path.is_relative_to(mount_point) and (best is None or len(mount_point) >= best[0]):
            best = (len(mount_point), fs_type)
    return best[1] if best else None


def _existing_ancestor(path: Path) -> Path:
    path = Path(os.path.abspath(path))
    while not path.exists() and path.parent != path:
        path = path.parent
    return path.resolve()


def _message(path: object, where: str) -> str:
    return (
        f"The score database {path} is on {where}. SQLite databases are not safe on network folders: "
        "answers can be lost or the file damaged. Keep the database on this computer and combine desks "
        "with 'quizapp results merge'."
    )


def _windows_drive_is_remote(path: PureWindowsPath) -> bool:  # pragma: no cover - Windows only
    import ctypes

    drive = path.drive
    if not drive:
        return False
    drive_remote = 4
    return bool(ctypes.windll.kernel32.GetDriveTypeW(f"{drive}\\") == drive_remote)  # type: ignore[attr-defined]


def network_warning(
    path: str | os.PathLike[str], *, platform: str | None = None, mounts_text: str | None = None
) -> str | None:
    """A warning to show when `path` is on a network filesystem, else None.

    `platform` and `mounts_text` default to this system's (``sys.platform``, ``/proc/mounts``);
    tests pass their own."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        windows = PureWindowsPath(os.fspath(path))
        if windows.drive.startswith(("\\\\", "//")):
            return _message(path, f"a network share ({windows.drive})")
        if platform == sys.platform and _windows_drive_is_remote(windows):  # pragma: no cover - Windows only
            return _message(path, f"a network drive ({windows.drive})")
        return None
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # not Linux (or no /proc): nothing reliable to check
        target = _existing_ancestor(Path(path))
    else:
        target = Path(os.path.abspath(path))
    fs_type = mount_type(target, mounts_text)
    if fs_type and (fs_type in NETWORK_FILESYSTEMS or fs_type.split(".")[-1] in NETWORK_FILESYSTEMS):
        return _message(path, f"a network filesystem ({fs_type})")
    return None
