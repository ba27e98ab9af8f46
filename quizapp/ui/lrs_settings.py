"""The Learning Record Store part of Settings (teacher mode only): where to send, as whom, and how.

"Test connection" reaches the LRS off the UI thread and says what it found. The password typed here is
kept in the system keyring when the dialog is accepted (see `quizapp.xapi.config`); it is never shown.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.ui.theme import as_plain_text
from quizapp.ui.workers import Job
from quizapp.xapi.config import MIN_SALT, LrsConfig, new_salt
from quizapp.xapi.profile import DEFAULT_ACTIVITY_BASE


def _check(address: str, user: str, password: str) -> str:
    from quizapp.xapi.config import credentials
    from quizapp.xapi.lrs import LrsClient

    config = LrsConfig(address=address, user=user)
    user, password = credentials(address, user, password or None, config=config)
    return LrsClient(address, user, password, timeout=10).check()


def _sentence(text: str) -> str:
    return text[0].upper() + text[1:] + "."


class LrsSettingsBox(QWidget):
    """Edit a desk's LRS settings; `result()` gives them back with the password typed (or None)."""

    def __init__(self, config: LrsConfig, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Learning Record Store settings")
        self._config = config
        self._job: Job | None = None
        self.address = self._line(config.address, "LRS address", "https://lrs.example.org/xAPI/")
        self.user = self._line(config.user, "LRS user name", "")
        self.password = self._line("", "LRS password", "Kept in the system keyring")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.homepage = self._line(config.homepage, "School home page for student accounts", "The LRS's own site")
        self.activity_base = self._line(
            config.activity_base, "Activity base for item, skill and bank addresses", "quizapp's own"
        )
        self.activity_base.setToolTip("Use the same on every desk, so that the LRS sees one item as one activity.")
        self.pseudonymous = QCheckBox("Send &pseudonyms instead of student logins")
        self.pseudonymous.setAccessibleName("Send pseudonyms instead of student logins")
        self.pseudonymous.setChecked(config.pseudonymous)
        self.pseudonymous.setToolTip(
            "Students are named by a code made from their login and the school's salt. Copy the salt to every "
            "desk of the school, so that each student keeps one code."
        )
        self.salt = self._line(config.salt, "School salt for pseudonyms", "Made when turned on")
        self.address.setMinimumWidth(self.fontMetrics().averageCharWidth() * 40)  # a whole address in view
        self.salt.setToolTip("Use the same salt on every desk of the school, so a student keeps one pseudonym.")
        self.pseudonymous.toggled.connect(self._pseudonyms_toggled)
        self.auto_send = QCheckBox("Send answers &automatically as they are recorded")
        self.auto_send.setAccessibleName("Send answers automatically as they are recorded")
        self.auto_send.setChecked(config.auto_send)
        self.test_button = QPushButton("&Test connection")
        self.test_button.setAccessibleName("Test the connection to the LRS")
        self.test_button.clicked.connect(self.test_connection)
        self.test_result = QLabel("")
        self.test_result.setAccessibleName("Connection test result")
        self.test_result.setWordWrap(True)
        as_plain_text(self.test_result)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        note = QLabel(
            "Answers go to the school's Learning Record Store as xAPI statements, each once. Nothing is sent "
            "until you turn sending on; then this desk's earlier answers are sent too. 'quizapp results send' "
            "sends from the command line."
        )
        note.setWordWrap(True)
        self.test_result.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        form = QFormLayout()
        form.addRow("LRS &address:", self.address)
        form.addRow("&User:", self.user)
        form.addRow("Pass&word:", self.password)
        form.addRow("School &home page:", self.homepage)
        form.addRow("Acti&vity base:", self.activity_base)
        form.addRow(self.pseudonymous)
        form.addRow("Sa&lt:", self.salt)
        form.addRow(self.auto_send)
        column = QVBoxLayout(self)  # a wrapped note gets its full height outside a form's rows
        column.addLayout(form)
        column.addLayout(test_row)
        column.addWidget(note)

    def _line(self, text: str, name: str, placeholder: str) -> QLineEdit:
        line = QLineEdit(text)
        line.setAccessibleName(name)
        line.setPlaceholderText(placeholder)
        return line

    def _pseudonyms_toggled(self, on: bool) -> None:
        if on and not self.salt.text().strip():
            self.salt.setText(new_salt())

    def test_connection(self) -> None:
        """Reach the LRS with what is typed (off the UI thread); the result shows beside the button."""
        if not self.test_button.isEnabled():
            return  # a test is under way; its result comes beside the button
        if self._job is not None:
            self._job.wait()  # the last test has shown its result and its thread is ending: a click now tests again
        address, user, password = self.address.text().strip(), self.user.text().strip(), self.password.text()
        self.test_button.setEnabled(False)
        self.test_result.setText("Connecting…")
        job = Job(lambda _control: _check(address, user, password), self)
        job.succeeded.connect(lambda line: self._tested(f"Connected: {line}."))
        job.failed.connect(lambda message, _details: self._tested(f"Not connected: {message}."))
        self._job = job
        job.start()

    def _tested(self, text: str) -> None:
        host = urlsplit(self.address.text().strip()).hostname or ""
        remote = host not in ("localhost", "::1") and not host.startswith("127.")
        if text.startswith("Connected") and self.address.text().strip().startswith("http://") and remote:
            text += " The address is not https, so the password and the results travel unencrypted."
        self.test_result.setText(text[0].upper() + text[1:])
        self.test_button.setEnabled(True)

    def wait(self) -> None:
        """Let a connection test end before the dialog goes."""
        if self._job is not None and self._job.is_running():
            self._job.wait()

    def result(self) -> tuple[LrsConfig, str | None]:
        config = self._config.changed(
            address=self.address.text().strip(),
            user=self.user.text().strip(),
            homepage=self.homepage.text().strip(),
            activity_base=self.activity_base.text().strip() or DEFAULT_ACTIVITY_BASE,
            pseudonymous=self.pseudonymous.isChecked(),
            salt=self.salt.text().strip(),
            auto_send=self.auto_send.isChecked(),
        )
        return config, self.password.text() or None

    def problem(self) -> str | None:
        """Why these settings cannot be kept, or None."""
        from quizapp.xapi.lrs import LrsError, endpoint_of, web_address_problem

        address = self.address.text().strip()
        if not address:
            return "Give the LRS address before turning sending on." if self.auto_send.isChecked() else None
        try:
            endpoint_of(address)
        except LrsError as error:
            return _sentence(str(error))
        for line, what in ((self.homepage, "the home page"), (self.activity_base, "the activity base")):
            problem = web_address_problem(line.text(), what) if line.text().strip() else None
            if problem:
                return _sentence(problem)
        if self.auto_send.isChecked() and not self.user.text().strip():
            return "Give the LRS user name before turning sending on."
        if self.pseudonymous.isChecked() and 0 < len(self.salt.text().strip()) < MIN_SALT:
            return f"Give a salt of at least {MIN_SALT} characters that nobody can guess, or clear it to get a new one."
        return None
