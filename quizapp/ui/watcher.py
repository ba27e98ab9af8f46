"""Watch the bank folders; reload the library shortly after a file changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from quizapp.banks import find_bank_files

DEBOUNCE_MS = 300


class BankWatcher(QObject):
    """Emits `changed` once edits to bank files have settled (well within a second)."""

    changed = Signal()

    def __init__(self, folders: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folders = [f for f in folders if f.is_dir()]
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._settled)
        self._watcher.directoryChanged.connect(lambda _: self._timer.start())
        self._watcher.fileChanged.connect(lambda _: self._timer.start())
        self._watch()

    def _watch(self) -> None:
        paths = [str(f) for f in self.folders] + [str(p) for p in find_bank_files(self.folders)]
        paths += [str(p) for f in self.folders for p in f.rglob("*") if p.is_dir() and not p.name.startswith(".")]
        current = set(self._watcher.files()) | set(self._watcher.directories())
        new = [p for p in paths if p not in current]
        for path in new:
            # One at a time: addPaths() with hundreds of paths corrupts a reference count in PySide6 6.x,
            # and the interpreter aborts at exit.
            self._watcher.addPath(path)

    def _settled(self) -> None:
        self._watch()  # files replaced atomically must be watched again
        self.changed.emit()
