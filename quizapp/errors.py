"""Errors that the app reports to users as plain messages, never as tracebacks."""

from __future__ import annotations


class QuizappError(Exception):
    """Base class: an error whose message is fit to show a user as it is."""


class ArticleError(QuizappError):
    """A story file could not be read as an article."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class BankError(QuizappError):
    """A question bank could not be loaded or saved; carries every problem found."""

    def __init__(self, path: object, problems: list | None = None, reason: str = "") -> None:
        self.path = str(path)
        self.problems = list(problems or [])
        self.reason = reason
        message = "\n".join(str(problem) for problem in self.problems) if self.problems else f"{self.path}: {reason}"
        super().__init__(message)
