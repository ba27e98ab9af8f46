"""The IRIs of quizapp's xAPI statements: verbs, activity types, extensions (documented in docs/xapi.md).

Verbs and activity types come from the ADL vocabulary where one fits. quizapp's own terms live under
`VOCABULARY`, which uses the reserved ``.invalid`` domain: it can never clash with a real site, and it is
the same on every desk, so that a district's LRS can compare schools. Activities (banks, items, skills)
are named under an *activity base*, by default the same address; a school that wants IRIs it can resolve
sets its own base, the same on every desk.
"""

from __future__ import annotations

import uuid
from urllib.parse import quote

VOCABULARY = "https://quizapp.invalid/xapi/"
DEFAULT_ACTIVITY_BASE = VOCABULARY
XAPI_VERSION = "1.0.3"

ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ANSWERED = ADL_VERBS + "answered"
ATTEMPTED = ADL_VERBS + "attempted"
COMPLETED = ADL_VERBS + "completed"
SKIPPED = "http://id.tincanapi.com/verb/skipped"  # the xAPI registry's verb; ADL's list has none

ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/"
INTERACTION = ADL_ACTIVITIES + "cmi.interaction"
ASSESSMENT = ADL_ACTIVITIES + "assessment"
OBJECTIVE = ADL_ACTIVITIES + "objective"
QUESTION_BANK = VOCABULARY + "activity-types/question-bank"
CLASSROOM_SESSION = VOCABULARY + "activity-types/classroom-session"
CLASS = VOCABULARY + "activity-types/class"
SKILL_FAMILY = VOCABULARY + "activity-types/skill-family"

EXTENSIONS = VOCABULARY + "extensions/"
EXT_SKILL = EXTENSIONS + "skill"
EXT_FAMILY = EXTENSIONS + "family"
EXT_CLASS = EXTENSIONS + "class"
EXT_CLASSES = EXTENSIONS + "classes"
EXT_SESSION = EXTENSIONS + "session"
EXT_MODE = EXTENSIONS + "mode"
EXT_BANK = EXTENSIONS + "bank"
EXT_POSITION = EXTENSIONS + "position"
EXT_CONFIDENCE = EXTENSIONS + "confidence"
EXT_TIMED_OUT = EXTENSIONS + "timed-out"

STATEMENT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, VOCABULARY + "statements")
"""Statement ids are version-5 UUIDs in this namespace, named by the kind of record and its uuid."""


def statement_id(kind: str, source: str) -> str:
    """The id of the statement for one record: the same every time the record is sent, from any desk."""
    return str(uuid.uuid5(STATEMENT_NAMESPACE, f"{kind}:{source}"))


def activity(base: str, *parts: str) -> str:
    """An activity IRI under `base`, each part percent-encoded (a bank id may hold any character)."""
    return base.rstrip("/") + "/" + "/".join(quote(part, safe="-._~") for part in parts)
