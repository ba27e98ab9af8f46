"""Library: the banks from the bundled folder and the user's folder, with search, filters and problems."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.banks.skills import FAMILIES, SKILLS
from quizapp.storyfiles import is_story_file
from quizapp.ui.context import AppContext
from quizapp.ui.review_panel import ReviewPanel
from quizapp.ui.theme import as_plain_text, with_icon

if TYPE_CHECKING:
    from quizapp.banks.model import Bank
    from quizapp.library import BankEntry

COLUMNS = ("Article", "Publisher", "Date", "Items", "Comprehension", "Sourcing", "State")
VERTICAL = 2  # Qt.Orientation.Vertical, by number: this page needs nothing else of Qt's slow-to-load namespace


class LibraryPage(QWidget):
    """Choose banks to quiz on; import new stories by menu or drag-and-drop."""

    setupRequested = Signal(list)  # list[Bank]
    reviewRequested = Signal(object)  # QuizPlan of a review quiz
    importRequested = Signal(object)  # Path, or None to ask for a file

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAcceptDrops(True)
        self.heading = QLabel()
        self.heading.setAccessibleName("Library heading")
        self.review = ReviewPanel(context)
        self.review.startRequested.connect(self.reviewRequested.emit)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search headlines and publishers")
        self.search.setAccessibleName("Search banks")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.filter = QComboBox()
        self.filter.setAccessibleName("Filter banks by family or skill")
        self.filter.addItem("All families and skills", None)
        for family in FAMILIES:
            self.filter.addItem(f"Family: {family}", f"family:{family}")
        for slug, skill in SKILLS.items():
            self.filter.addItem(f"Skill: {skill.title}", f"skill:{slug}")
        self.filter.currentIndexChanged.connect(self.refresh)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setAccessibleName("Question banks")
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)  # double-click or Enter

        self.details = QLabel()
        self.details.setAccessibleName("Selected bank details")
        self.details.setWordWrap(True)
        as_plain_text(self.details)  # headlines come from bank files: never markup
        self.details.setProperty("role", "panel")
        self.problems = QListWidget()
        self.problems.setAccessibleName("Problems in bank files")
        self.problems_label = QLabel("<b>Problems in bank files</b>")
        self.start = QPushButton("Set up &quiz…")
        self.start.setAccessibleName("Set up a quiz on the selected banks")
        self.start.setDefault(True)
        self.start.clicked.connect(self._setup)
        with_icon(self.start, "start")
        self.import_button = QPushButton("&Import article…")
        self.import_button.setAccessibleName("Import a news article and generate questions")
        self.import_button.clicked.connect(lambda: self.importRequested.emit(None))
        with_icon(self.import_button, "import")
        hint = QLabel("Tip: drop a .txt or .html story here to make a bank from it.")
        hint.setAccessibleName("Drag and drop hint")

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.filter, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.start)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.details)
        lower_layout.addWidget(self.problems_label)
        lower_layout.addWidget(self.problems)
        splitter = QSplitter()
        splitter.setProperty("orientation", VERTICAL)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.review)
        layout.addLayout(bar)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        for first, second in [
            (self.review.start, self.review.anyway),
            (self.review.anyway, self.search),
            (self.search, self.filter),
            (self.filter, self.table),
            (self.table, self.problems),
            (self.problems, self.import_button),
            (self.import_button, self.start),
        ]:
            QWidget.setTabOrder(first, second)
        self._entries: list[BankEntry] = []
        self.listed = False  # the table lists every bank (read, or from the last read while they are read)
        self.refresh()

    # -- content -------------------------------------------------------------------------------
    def refresh(self) -> None:
        """List the banks; while they are read in the background, those of the last read if none changed since
        (their banks are not there yet, so a quiz can be set up once they are), else say they are loading."""
        ready = self.context.library_ready
        listed = self.context.library.entries() if ready else self.context.library_preview()
        self.listed = listed is not None
        if listed is None:  # still being read in the background: say so, do not wait
            self.heading.setText("<h1>Library</h1><p>Loading the banks…</p>")
            self.table.setRowCount(0)
            self.details.setText("Loading the banks…")
            self.start.setEnabled(False)
            self.review.hide()
            return
        self.review.refresh()
        selected = {e.path for e in self.selected_entries()}
        query = self.search.text()
        kind, _, value = (self.filter.currentData() or "").partition(":")
        family = value if kind == "family" else None
        skill = value if kind == "skill" else None
        entries = [e for e in listed if e.matches(query, skill=skill, family=family)]
        self._entries = sorted(entries, key=lambda e: e.is_example)  # examples (invented stories) last
        name = self.context.student_name
        if self.context.student is not None:  # a name someone typed: never markup (a guest's is our own "Guest")
            import html

            name = html.escape(name)
        self.heading.setText(
            f"<h1>Library</h1><p>Signed in as <b>{name}</b>. "
            "Pick one or more banks (Ctrl+click), then set up a quiz.</p>"
        )
        self.table.blockSignals(True)  # one selection-changed signal at the end, not one per row
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            families = entry.counts("family")
            values = (
                entry.title,
                entry.publisher,
                entry.date,
                str(sum(families.values())),
                str(families.get("comprehension", 0)),
                str(families.get("sourcing", 0)),
                entry.state,
            )
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == len(values) - 1 and entry.problems:
                    cell.setForeground(QColor("red"))
                self.table.setItem(row, column, cell)
        self._select({e.path for e in self._entries if e.path in selected} or {e.path for e in self._entries[:1]})
        self.table.blockSignals(False)
        self.problems.clear()
        for problem in self.context.library.problems() if ready else ():
            self.problems.addItem(str(problem))
        has_problems = self.problems.count() > 0
        self.problems.setVisible(has_problems)
        self.problems_label.setVisible(has_problems)
        self._selection_changed()

    def selected_entries(self) -> list[BankEntry]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self._entries[row] for row in rows if row < len(self._entries)]

    def select_path(self, path: Path) -> None:
        if any(entry.path == Path(path) for entry in self._entries):
            self._select({Path(path)})

    def _select(self, paths: set[Path]) -> None:
        """Select exactly the rows of `paths`. Unlike `selectRow`, this ignores the keys held down, so a refresh
        made by Ctrl+L or after Ctrl+S never toggles a row off."""
        model = self.table.model()
        selection = QItemSelection()
        rows = [row for row, entry in enumerate(self._entries) if entry.path in paths]
        for row in rows:
            selection.select(model.index(row, 0), model.index(row, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().select(selection, flags)
        if rows:
            self.table.selectionModel().setCurrentIndex(
                model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self._selection_changed()

    def _selection_changed(self) -> None:
        entries = self.selected_entries()
        usable = [e for e in entries if e.bank is not None]
        self.start.setEnabled(bool(usable))
        if len(entries) == 1:
            entry = entries[0]
            skills = ", ".join(
                f"{SKILLS[s].title} {n}" for s, n in sorted(entry.counts("skill").items()) if s in SKILLS
            )
            origin = "bundled with the app" if entry.bundled else "your banks"
            self.details.setText(f"{entry.title}\n{origin}: {entry.path.name}\n{skills}")
        else:
            self.details.setText(f"{len(entries)} banks selected" if entries else "No bank selected")

    def _activated(self, index) -> None:
        """Enter or double-click on a row: set up on that bank, or on all the selected ones if it is one of
        them. (Ctrl+arrows move the cursor without selecting, so the row under it may not be selected.)"""
        if not (0 <= index.row() < len(self._entries)):
            return
        entry = self._entries[index.row()]
        if entry not in self.selected_entries():
            self._select({entry.path})
        self._setup()

    def _setup(self) -> None:
        banks: list[Bank] = [e.bank for e in self.selected_entries() if e.bank is not None]
        if banks:
            self.setupRequested.emit(banks)

    # -- drag and drop ---------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(is_story_file(Path(url.toLocalFile())) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if is_story_file(path):
                self.importRequested.emit(path)
                event.acceptProposedAction()
                return
