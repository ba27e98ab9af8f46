"""The score store: students, classes, attempts and answers in SQLite (via sqlite-utils). No Qt.

The GUI and teacher tools use `ScoreStore`; no other module knows a table name.
"""

# ruff: noqa: E402
from quizapp.store.lightimport import import_sqlite_utils

import_sqlite_utils()  # before the modules below import sqlite-utils: it then leaves numpy out

from quizapp.store.classroom import SessionPlan
from quizapp.store.errors import StoreError
from quizapp.store.history import AnswerDetail, AttemptSummary, SkillMastery, Trend
from quizapp.store.itemstats import DISCRIMINATION_THRESHOLD, ChoiceCount, ItemStatistics
from quizapp.store.merge import MergeReport
from quizapp.store.netfs import network_warning
from quizapp.store.pending import PendingAnswers, SaveStatus
from quizapp.store.recording import RecordingError
from quizapp.store.reports import GRADEBOOK_COLUMNS, ClassResultRow, SessionResultRow
from quizapp.store.roster import ClassGroup, ClassroomSession, RosterError, Student
from quizapp.store.schema import SCHEMA_VERSION
from quizapp.store.scope import ScopedAnswer, ScopedAttempt
from quizapp.store.scorestore import ScoreStore

__all__ = [
    "DISCRIMINATION_THRESHOLD",
    "GRADEBOOK_COLUMNS",
    "SCHEMA_VERSION",
    "AnswerDetail",
    "AttemptSummary",
    "ChoiceCount",
    "ClassGroup",
    "ClassResultRow",
    "ClassroomSession",
    "ItemStatistics",
    "MergeReport",
    "PendingAnswers",
    "RecordingError",
    "RosterError",
    "SaveStatus",
    "ScopedAnswer",
    "ScopedAttempt",
    "ScoreStore",
    "SessionPlan",
    "SessionResultRow",
    "SkillMastery",
    "StoreError",
    "Student",
    "Trend",
    "network_warning",
]
