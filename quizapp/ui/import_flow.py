"""Import an article: generate its bank in the background with a cancellable progress dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from quizapp.storyfiles import STORY_SUFFIXES
from quizapp.ui.errors import show_error
from quizapp.ui.workers import Job, JobControl


def generate_into(story: Path, folder: Path, control: JobControl) -> Path:
    """Read `story`, generate its bank and save it in `folder`, as ``quizapp generate`` does
    (merging with an existing bank, so a teacher's edits are kept).

    Runs on a worker thread: spaCy is imported here, never at start-up.
    """
    from quizapp.articles import read_article
    from quizapp.errors import QuizappError
    from quizapp.fileio import atomic_write_text

    control.report(5, f"Reading {story.name}…")
    article = read_article(story)
    control.report(15, "Loading the English language model…")
    from quizapp.generation.generator import GenerationOptions
    from quizapp.generation.nlp import pipeline
    from quizapp.generation.runner import render_bank

    nlp = pipeline()
    control.report(55, "Reading the story sentence by sentence…")
    docs = list(nlp.pipe(p.text for p in article.paragraphs))
    control.report(75, "Writing questions…")
    outcome = render_bank(article, docs, GenerationOptions(), folder)
    if outcome.error or outcome.text is None or outcome.target is None:
        raise QuizappError(f"{story}: {outcome.error}")
    control.report(95, "Saving the bank…")
    atomic_write_text(outcome.target, outcome.text)
    return outcome.target


class ImportFlow(QObject):
    """File → Import article… and drag-and-drop: one import at a time."""

    imported = Signal(object)  # Path of the saved bank
    failed = Signal(str)

    def __init__(self, parent_widget: QWidget, folder: Path) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.folder = folder
        self.job: Job | None = None
        self.dialog: QProgressDialog | None = None

    def ask_and_start(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in sorted(STORY_SUFFIXES))
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, "Import a news article", "", f"News stories ({patterns});;All files (*)"
        )
        if path:
            self.start(Path(path))

    def start(self, story: Path) -> None:
        if self.job is not None and self.job.is_running():
            return
        self.dialog = QProgressDialog(f"Making questions from {story.name}…", "Cancel", 0, 100, self.parent_widget)
        self.dialog.setWindowTitle("Import article")
        self.dialog.setAccessibleName("Import progress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.job = Job(lambda control: generate_into(story, self.folder, control), self)
        self.job.progress.connect(self._progress)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.cancelled.connect(self._close)
        self.dialog.canceled.connect(self.job.cancel)
        self.dialog.show()
        self.job.start()

    def _progress(self, percent: int, message: str) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        dialog.setLabelText(message)
        # Last: a window-modal progress dialog runs the queued events in setValue, and one of them may be the
        # job's end, which closes the dialog and forgets it.
        dialog.setValue(percent)

    def _done(self, target: Path) -> None:
        self._close()
        self.imported.emit(target)

    def _failed(self, message: str, details: str) -> None:
        self._close()
        self.failed.emit(message)
        show_error(self.parent_widget, "Import failed", message, details if "Error" in details else "")

    def _close(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        if self.job is not None:
            self.job.wait()
