"""Bank review and editing: browse items with filters, mark them reviewed or approved, edit with live
validation, write new items, delete with undo, save atomically, or open the file in a text editor."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from quizapp.banks import Item
from quizapp.banks.skills import FAMILIES, ITEM_TYPES, ORIGINS, SKILLS, STATUSES
from quizapp.errors import QuizappError
from quizapp.quality import item_flaws
from quizapp.teacher.editing import BankEditor
from quizapp.ui.errors import show_error
from quizapp.ui.theme import plain_tooltip


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in text.splitlines() if line.strip())


TYPE_NAMES = {
    "single": "One right answer",
    "multiple": "Several right answers",
    "true_false": "True or false",
    "short": "Short typed answer",
    "evidence": "Click the sentence",
}
DIFFICULTIES = {1: "Easy", 2: "Medium", 3: "Hard"}
STATUS_NAMES = {"draft": "Draft", "reviewed": "Reviewed", "approved": "Approved"}
ORIGIN_NAMES = {"generated": "Generated", "edited": "Edited", "authored": "Written by hand"}


def _label(value) -> str:
    """A code as teachers read it: a skill's or a family's title, a type's name."""
    if value in SKILLS:
        return SKILLS[value].title
    for names in (TYPE_NAMES, DIFFICULTIES, STATUS_NAMES, ORIGIN_NAMES):
        if value in names:
            return names[value]
    return str(value).capitalize()


def _combo(name: str, values, any_label: str | None = None) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    if any_label:
        combo.addItem(any_label, None)
    for value in values:
        combo.addItem(_label(value), value)
    return combo


class BankEditorWindow(QWidget):
    """One bank open for review and editing."""

    saved = Signal(object)  # Path

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.editor = BankEditor.open(path)
        self.path = Path(path)
        self.setWindowTitle(f"Edit bank: {self.editor.bank.title}")
        self.setAccessibleName("Bank editor")
        self.resize(1300, 850)
        self.current_id: str | None = None
        self._writing_new = False  # the form holds a new item not yet added

        self.skill_filter = _combo("Filter by skill", list(SKILLS), "All skills")
        self.family_filter = _combo("Filter by family", FAMILIES, "All families")
        self.status_filter = _combo("Filter by status", STATUSES, "Any status")
        self.origin_filter = _combo("Filter by origin", ORIGINS, "Any origin")
        for combo in (self.skill_filter, self.family_filter, self.status_filter, self.origin_filter):
            combo.currentIndexChanged.connect(self.refresh_list)
        self.list = QListWidget()
        self.list.setAccessibleName("Items")
        self.list.currentItemChanged.connect(self._selected)

        self.type = _combo("Item type", ITEM_TYPES)
        self.skill = _combo("Skill", list(SKILLS))
        self.difficulty = _combo("Difficulty", list(DIFFICULTIES))
        self.status = _combo("Status", STATUSES)
        self.prompt = QPlainTextEdit()
        self.prompt.setAccessibleName("Prompt")
        self.choices = QPlainTextEdit()
        self.choices.setAccessibleName("Choices, one per line")
        self.answer = QPlainTextEdit()
        self.answer.setAccessibleName("Answer: the text of the right choice, one per line for several")
        self.explanation = QPlainTextEdit()
        self.explanation.setAccessibleName("Explanation")
        self.evidence = QPlainTextEdit()
        self.evidence.setAccessibleName("Evidence quotes, one per line")
        for edit in (self.prompt, self.choices, self.answer, self.explanation, self.evidence):
            edit.setTabChangesFocus(True)
            edit.setMaximumHeight(110)
            edit.textChanged.connect(self._schedule_check)
        for combo in (self.type, self.skill, self.status):
            combo.currentIndexChanged.connect(self._schedule_check)
        self.difficulty.currentIndexChanged.connect(self._schedule_check)
        self.problems = QLabel()
        self.problems.setAccessibleName("Problems with this item")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)  # problems quote bank text: never rich text
        # Item-writing flaws are advice, not errors: they never disable Apply or stop saving.
        self.warnings = QLabel()
        self.warnings.setAccessibleName("Item-writing warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)  # bank text is untrusted: never rich text
        self.warnings.hide()
        self.article = QTextBrowser()
        self.article.setAccessibleName("Article: select text to use as evidence")
        article = self.editor.bank.article
        self._article_text = article.full_text if article else None
        self.article.setPlainText(article.full_text if article else "This bank has no article.")
        self.add_evidence = QPushButton("Add selected text as &evidence")
        self.add_evidence.clicked.connect(self._add_selected_evidence)

        self.apply_button = QPushButton("&Apply changes")
        self.apply_button.clicked.connect(self.apply_changes)
        self.new_button = QPushButton("&New item")
        self.new_button.clicked.connect(self.new_item)
        self.delete_button = QPushButton("De&lete")
        self.delete_button.clicked.connect(self.delete_current)
        self.reviewed_button = QPushButton("Mark &reviewed")
        self.reviewed_button.clicked.connect(lambda: self.mark("reviewed"))
        self.approved_button = QPushButton("Mark appro&ved")
        self.approved_button.clicked.connect(lambda: self.mark("approved"))
        self.undo_button = QPushButton("Un&do")
        self.undo_button.clicked.connect(self.undo)
        self.save_button = QPushButton("&Save")
        self.save_button.clicked.connect(self.save)
        self.external = QPushButton("&Open in text editor")
        self.external.clicked.connect(self.open_in_text_editor)
        for button in (
            self.add_evidence,
            self.apply_button,
            self.new_button,
            self.delete_button,
            self.reviewed_button,
            self.approved_button,
            self.undo_button,
            self.save_button,
            self.external,
        ):
            button.setAccessibleName(button.text().replace("&", ""))
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo)
        QShortcut(QKeySequence.StandardKey.Redo, self, activated=self.redo)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=self.new_item)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.apply_changes)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, activated=self.delete_current)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)  # Delete in the item list, not in a text field
        for button, keys in (
            (self.save_button, "Ctrl+S"),
            (self.new_button, "Ctrl+N"),
            (self.apply_button, "Ctrl+Enter"),
            (self.undo_button, "Ctrl+Z"),
            (self.delete_button, "Delete, in the item list"),
        ):
            button.setToolTip(f"{button.text().replace('&', '')} ({keys})")

        filters = QFormLayout()
        filters.addRow("S&how skill:", self.skill_filter)
        filters.addRow("Show fa&mily:", self.family_filter)
        filters.addRow("Show &by status:", self.status_filter)
        filters.addRow("Show ori&gin:", self.origin_filter)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.list, 1)
        list_buttons = QHBoxLayout()
        list_buttons.addWidget(self.new_button)
        list_buttons.addWidget(self.delete_button)
        list_buttons.addWidget(self.undo_button)
        left_layout.addLayout(list_buttons)
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.addRow("&Type:", self.type)
        form.addRow("S&kill:", self.skill)
        form.addRow("Di&fficulty:", self.difficulty)
        form.addRow("Stat&us:", self.status)
        form.addRow("&Prompt:", self.prompt)
        form.addRow("&Choices:", self.choices)
        form.addRow("Ans&wer:", self.answer)
        form.addRow("E&xplanation:", self.explanation)
        form.addRow("Ev&idence:", self.evidence)
        form.addRow(self.problems)
        form.addRow(self.warnings)
        item_buttons = QHBoxLayout()
        for button in (self.apply_button, self.reviewed_button, self.approved_button):
            item_buttons.addWidget(button)
        form.addRow(item_buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.article, 1)
        right_layout.addWidget(self.add_evidence)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(form_widget)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 2)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([420, 480, 400])  # the item list wide enough to read its prompts
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        bottom = QHBoxLayout()
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.state.setAccessibleName("Saved state")
        bottom.addWidget(self.state, 1)
        bottom.addWidget(self.external)
        bottom.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(150)
        self._check_timer.timeout.connect(self.check_form)
        self.refresh_list()

    # -- list ------------------------------------------------------------------------------------
    def refresh_list(self) -> None:
        keep = self.current_id
        self.list.blockSignals(True)
        self.list.clear()
        items = self.editor.filter(
            skill=self.skill_filter.currentData(),
            family=self.family_filter.currentData(),
            status=self.status_filter.currentData(),
            origin=self.origin_filter.currentData(),
        )
        for item in items:
            row = QListWidgetItem(f"{_label(item.status)} · {SKILLS[item.skill].title}: {item.prompt}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            row.setToolTip(plain_tooltip(f"{item.prompt}\n\n{item.id} · {_label(item.origin)}"))
            self.list.addItem(row)
        self.list.blockSignals(False)
        rows = [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]
        if keep in rows:
            self.list.setCurrentRow(rows.index(keep))
        elif rows:
            self.list.setCurrentRow(0)
        self.state.setText("Unsaved changes" if self.editor.dirty else f"Saved in {self.path.name}")

    def _selected(self, current: QListWidgetItem | None, previous: QListWidgetItem | None = None) -> None:
        if current is None:
            return
        target = current.data(Qt.ItemDataRole.UserRole)
        if self._form_changed():
            if not self.apply_changes():
                # The edits on screen have problems: stay on them instead of throwing them away.
                self.list.blockSignals(True)
                self.list.setCurrentItem(previous)
                self.list.blockSignals(False)
                return
            self._select_id(target)  # applying rebuilt the list
            return
        self.current_id = target
        item = next(i for i in self.editor.items if i.id == self.current_id)
        self._fill(item)

    def _select_id(self, item_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == item_id:
                self.list.setCurrentRow(row)
                return

    def _fill(self, item: Item) -> None:
        self.type.setCurrentIndex(self.type.findData(item.type))
        self.skill.setCurrentIndex(self.skill.findData(item.skill))
        self.difficulty.setCurrentIndex(self.difficulty.findData(item.difficulty))
        self.status.setCurrentIndex(self.status.findData(item.status))
        self.prompt.setPlainText(item.prompt)
        self.choices.setPlainText("\n".join(item.choices))
        self.answer.setPlainText("\n".join(item.answer))
        self.explanation.setPlainText(item.explanation)
        self.evidence.setPlainText("\n".join(item.evidence))
        self.check_form()

    # -- editing ---------------------------------------------------------------------------------
    def form_item(self) -> Item:
        """The item as the form shows it now."""
        base = next((i for i in self.editor.items if i.id == self.current_id), None)
        skill = self.skill.currentData()
        kind = self.type.currentData()
        choices = _lines(self.choices.toPlainText()) if kind in ("single", "multiple", "true_false") else ()
        return Item(
            id=base.id if base else self.editor.new_item_id(skill),
            type=kind,
            family=SKILLS[skill].family,
            skill=skill,
            difficulty=self.difficulty.currentData(),
            prompt=self.prompt.toPlainText().strip(),
            answer=_lines(self.answer.toPlainText()),
            choices=choices or (("True", "False") if kind == "true_false" else ()),
            explanation=self.explanation.toPlainText().strip(),
            evidence=_lines(self.evidence.toPlainText()),
            origin=base.origin if base else "authored",
            status=self.status.currentData(),
            tags=base.tags if base else (),
            scoring=base.scoring if base else None,
            text_format=base.text_format if base else None,
        )

    def _schedule_check(self) -> None:
        self._check_timer.start()

    def check_form(self) -> list[str]:
        """Validate the form now and show the problems (live, as the teacher types)."""
        if self.current_id is None:
            problems = self.editor.check_item(self.form_item(), new=True)
        else:
            problems = self.editor.check_item(self.form_item(), original_id=self.current_id)
        if problems:
            self.problems.setText("Problems (Apply and Save wait until they are fixed):\n" + "\n".join(problems))
            self.problems.setStyleSheet("color: #c0392b;")
        else:
            self.problems.setText("✓ No problems.")
            self.problems.setStyleSheet("color: #2e8b57;")
        self.apply_button.setEnabled(not problems)
        self.check_warnings()
        return problems

    def check_warnings(self) -> list[str]:
        """Show the item-writing flaws of the form's item (advice only: Apply and Save stay as they are)."""
        try:
            item = self.form_item()
            flaws = item_flaws(item, self._article_text)
        except Exception:  # a half-typed item: no advice until it can be built and checked
            flaws = []
        messages = [flaw.message for flaw in flaws]
        if messages:
            self.warnings.setText("Warnings (the item is still valid):\n" + "\n".join(f"• {m}" for m in messages))
            self.warnings.show()
        else:
            self.warnings.clear()
            self.warnings.hide()
        return messages

    def apply_changes(self) -> bool:
        item = self.form_item()
        if self.check_form():
            return False
        if any(i.id == item.id for i in self.editor.items):
            self.editor.update_item(item.id, item)
        else:
            self.editor.add_item(item)
        self.current_id = item.id
        self._writing_new = False
        self.refresh_list()
        return True

    def _apply_pending(self) -> bool:
        """Apply typed edits not yet in the bank; False (the edits stay on screen) when the form has problems."""
        return not self._form_changed() or self.apply_changes()

    def new_item(self) -> None:
        if not self._apply_pending():
            self.state.setText("Fix the problems of this item (or undo the edit) before starting a new one.")
            return  # the teacher's typing stays on screen rather than being thrown away
        skill = self.skill.currentData() or next(iter(SKILLS))
        self.current_id = None
        self._writing_new = True
        self.list.clearSelection()
        self.prompt.clear()
        self.choices.clear()
        self.answer.clear()
        self.explanation.clear()
        self.evidence.clear()
        self.status.setCurrentIndex(self.status.findData("draft"))
        self.skill.setCurrentIndex(self.skill.findData(skill))
        self.prompt.setFocus()
        self.check_form()

    def delete_current(self) -> None:
        if self.current_id:
            self.editor.delete_item(self.current_id)
            self.current_id = None
            self._writing_new = False
            self.refresh_list()
            self.state.setText("Item deleted (Ctrl+Z brings it back). Unsaved changes.")

    def _form_changed(self) -> bool:
        """True when the form holds edits not applied to the bank (a half-written new item counts)."""
        stored = next((i for i in self.editor.items if i.id == self.current_id), None)
        if stored is None:
            return self._writing_new and bool(self.prompt.toPlainText().strip())
        return self.form_item() != stored

    def mark(self, status: str) -> None:
        if not self.current_id:
            return
        if not self._apply_pending():
            return  # the form has problems: keep the teacher's edits on screen rather than losing them
        self.editor.set_status(self.current_id, status)
        self.refresh_list()

    def undo(self) -> None:
        if self.editor.undo():
            self.refresh_list()

    def redo(self) -> None:
        if self.editor.redo():
            self.refresh_list()

    def _add_selected_evidence(self) -> None:
        text = self.article.textCursor().selectedText().replace("\u2029", " ").strip()
        if text:
            existing = self.evidence.toPlainText().rstrip()
            self.evidence.setPlainText(f"{existing}\n{text}" if existing else text)

    def save(self, overwrite_outside_changes: bool | None = None) -> Path | None:
        """Apply the form's edits, then write the bank; nothing is written while the form has problems."""
        if not self._apply_pending():
            self.state.setText("Not saved: fix the problems shown for this item first, or undo the edit.")
            return None
        if self.editor.changed_on_disk():
            if overwrite_outside_changes is None:
                answer = QMessageBox.question(
                    self,
                    "Bank changed elsewhere",
                    f"{self.path.name} was changed by another program since it was opened here. "
                    "Overwrite those changes with the ones made here?",
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                    QMessageBox.StandardButton.Cancel,
                )
                overwrite_outside_changes = answer == QMessageBox.StandardButton.Yes
            if not overwrite_outside_changes:
                return None
        try:
            path = self.editor.save()
        except QuizappError as exc:
            show_error(self, "Bank not saved", str(exc))
            return None
        self.state.setText(f"Saved in {Path(path).name}")
        self.saved.emit(Path(path))
        return Path(path)

    def closeEvent(self, event) -> None:
        if self._form_changed() or self.editor.dirty:
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save and self.save() is None:  # save applies the form first
                event.ignore()
                return
        super().closeEvent(event)

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Save, Discard or Cancel for unsaved edits (tests replace this)."""
        return QMessageBox.question(
            self,
            "Unsaved changes",
            f"Save the changes to {self.path.name}?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )

    def open_in_text_editor(self) -> None:
        command = self.editor.open_in_editor_command(self.path)
        try:
            subprocess.Popen(command)
        except OSError as exc:
            show_error(self, "No text editor found", f"{self.path}: {exc}")
