"""Sources: who speaks in an article, what kind of source each is, and how to name them in a choice."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizapp.generation.extract.vocab import (
    DOCUMENT_HEADS,
    EXPERT_WORDS,
    OFFICIAL_WORDS,
    PARTICIPANT_WORDS,
    STATE_MEDIA_MARKERS,
    UNNAMED_HEADS,
)
from quizapp.textnorm import fold

INSTITUTION_WORDS = frozenset(
    [
        "agency",
        "ministry",
        "department",
        "company",
        "office",
        "service",
        "court",
        "party",
        "army",
        "council",
        "committee",
        "commission",
        "administration",
        "bureau",
        "government",
        "union",
    ]
)
SOURCE_TYPES = {
    "named-official": "A named official",
    "unnamed-official": "An unnamed official",
    "expert": "An independent expert",
    "state-media": "State-run media",
    "participant": "A participant or eyewitness",
    "document": "A document or report",
}
SOURCE_TYPE_LESSONS = {
    "named-official": "a named official, or an official body named in the article, speaks on the record for an "
    "institution and can be held to those words, but also speaks for one side",
    "unnamed-official": "an unnamed official cannot be checked or held to account by readers, so the article "
    "should say why the name is withheld",
    "expert": "an independent expert is not part of the events; their view is an informed analysis, "
    "not a fact, and their expertise is what makes it worth hearing",
    "state-media": "state-run media is controlled by the government it reports on, so its account is that "
    "government's own version until someone independent confirms it",
    "participant": "a participant or eyewitness was there, which gives first-hand detail but also a "
    "personal or official stake in how the events are told",
    "document": "a document or report can be checked by others; ask who wrote it and for what purpose",
}


@dataclass
class Source:
    """One source in an article, however many times and in whatever words it is mentioned."""

    key: str
    label: str  # how a choice names it: "John Lechner", "A senior U.S. official"
    kind: str  # a key of SOURCE_TYPES
    description: str | None = None  # credentials: "Africa analyst and author on the Wagner Group"
    named: bool = False
    reason: str | None = None  # why an unnamed source is not named, if the article says
    sentences: list[int] = field(default_factory=list)
    quoted: bool = False


def is_state_media(phrase: str) -> bool:
    """True for phrases such as "Niger's state television" or "state-run media"."""
    lowered = fold(phrase).lower()
    return any(marker in lowered for marker in STATE_MEDIA_MARKERS)


def head_word(phrase: str) -> str:
    """The last word of a noun phrase, lower-cased: "A senior U.S. official" -> "official"."""
    words = re.findall(r"[A-Za-z][\w-]*", fold(phrase).split(" by ")[0].split(" of ")[-1])
    return words[-1].lower() if words else ""


def classify(phrase: str, description: str | None, is_person: bool) -> str | None:
    """The kind of source a phrase and its description suggest, or None when unclear."""
    if is_state_media(phrase) or (description and is_state_media(description)):
        return "state-media"
    words = set(re.findall(r"[a-z]+", fold(f"{phrase} {description or ''}").lower()))
    head = head_word(phrase)
    if is_person:
        if words & EXPERT_WORDS:
            return "expert"
        if words & (OFFICIAL_WORDS | INSTITUTION_WORDS):
            return "named-official"
        if words & PARTICIPANT_WORDS:
            return "participant"
        return None
    if head in DOCUMENT_HEADS:
        return "document"
    institution = head in ("authorities", "police", "ministry", "government") or head in INSTITUTION_WORDS
    if institution and _is_proper_name(phrase):
        return "named-official"  # "Thames Valley Police", "the Emergencies Ministry": a named institution speaks
    if head in UNNAMED_HEADS or institution:
        return "unnamed-official"
    if head in PARTICIPANT_WORDS or fold(phrase).lower().startswith("one of"):
        return "participant"
    if head in EXPERT_WORDS:
        return "expert"
    return None


def _is_proper_name(phrase: str) -> bool:
    """True when the words before the head are capitalised names ("Thames Valley Police")."""
    words = [w for w in fold(phrase).split() if w.lower() not in ("the", "a", "an")]
    return len(words) >= 2 and all(w[:1].isupper() for w in words)


def choice_label(phrase: str) -> str:
    """A phrase as a choice: first letter capitalised, trailing punctuation dropped."""
    text = phrase.strip().strip(",.;:")
    return text[:1].upper() + text[1:] if text else text
