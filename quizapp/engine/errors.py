"""Errors the quiz engine raises when the GUI drives a session the wrong way."""

from __future__ import annotations

from quizapp.errors import QuizappError


class SessionError(QuizappError):
    """A call that the session cannot accept in its current state (answering twice, after the end, …)."""


class TimeUpError(SessionError):
    """The time limit of a timed quiz has passed; the session is now finished."""
