"""Teacher mode: unlocked with a PIN chosen on first use (stored only as a salted scrypt hash)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from quizapp.teacher.pin import pin_problem
from quizapp.ui.context import AppContext

Asker = Callable[[bool], str | None]


class PinDialog(QDialog):
    """Asks for the PIN, or for a new PIN twice."""

    def __init__(self, parent: QWidget | None, *, new: bool, message: str = "") -> None:
        super().__init__(parent)
        self.new = new
        self.setWindowTitle("Choose a teacher PIN" if new else "Teacher mode")
        self.setAccessibleName(self.windowTitle())
        self.first = QLineEdit()
        self.first.setEchoMode(QLineEdit.EchoMode.Password)
        self.first.setAccessibleName("New teacher PIN" if new else "Teacher PIN")
        self.second = QLineEdit()
        self.second.setEchoMode(QLineEdit.EchoMode.Password)
        self.second.setAccessibleName("New teacher PIN again")
        self.message = QLabel(message)
        self.message.setWordWrap(True)
        self.message.setAccessibleName("PIN message")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        if new:
            form.addRow(
                QLabel(
                    "Teacher tools (dashboard, answer keys, bank editor, other students' results) are locked "
                    "with a PIN. Choose one now; students should not know it."
                )
            )
            form.addRow("&PIN:", self.first)
            form.addRow("PIN &again:", self.second)
        else:
            form.addRow("Teacher &PIN:", self.first)
        form.addRow(self.message)
        form.addRow(buttons)

    def pin(self) -> str:
        return self.first.text()

    def _check(self) -> None:
        if self.new:
            problem = pin_problem(self.first.text())
            if problem:
                self.message.setText(problem)
                return
            if self.first.text() != self.second.text():
                self.message.setText("The two PINs differ; type the same PIN twice.")
                return
        self.accept()


class TeacherGate:
    """Knows whether teacher mode is on; unlocks it with the PIN (chosen on first use)."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.unlocked = False

    def access(self):
        from quizapp.teacher.access import TeacherAccess

        return TeacherAccess(self.context.store, self.context.data_folder())

    def unlock(self, parent: QWidget | None, ask: Asker | None = None) -> bool:
        """True when teacher mode is (now) on. `ask(new) -> pin | None` replaces the dialog in tests."""
        if self.unlocked:
            return True
        access = self.access()
        if not access.has_pin():
            pin = ask(True) if ask else _run(PinDialog(parent, new=True))
            if pin is None:
                return False
            access.set_pin(pin)
            self.unlocked = True
            return True
        message = ""
        for _ in range(3):
            pin = ask(False) if ask else _run(PinDialog(parent, new=False, message=message))
            if pin is None:
                return False
            if access.unlock(pin):
                self.unlocked = True
                return True
            message = "That PIN is not right. Try again."
        return False

    def change_pin(self, parent: QWidget | None, ask: Asker | None = None) -> bool:
        """Choose a new PIN (teacher mode must be on)."""
        if not self.unlocked:
            return False
        pin = ask(True) if ask else _run(PinDialog(parent, new=True))
        if pin is None:
            return False
        self.access().set_pin(pin)
        return True

    def lock(self) -> None:
        self.unlocked = False


def _run(dialog: PinDialog) -> str | None:
    return dialog.pin() if dialog.exec() else None
