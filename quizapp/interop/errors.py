"""Errors of import and export, with the file and line of each problem for teachers to fix."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.errors import QuizappError


@dataclass(frozen=True)
class SourceProblem:
    """One mistake in an imported file: where it is and what is wrong."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


class InteropError(QuizappError):
    """A file could not be imported or exported; nothing was written."""

    def __init__(self, message: str, problems: list[SourceProblem] | None = None) -> None:
        self.problems = list(problems or [])
        details = "\n".join(str(problem) for problem in self.problems)
        super().__init__(f"{message}\n{details}" if details else message)
