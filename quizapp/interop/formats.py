"""The shapes every format module fills in: what an exporter renders and what a reader returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from quizapp.interop.report import ItemNote
from quizapp.interop.selection import Selection, SkipRule

Finding = tuple[int, str]  # (line in the imported file, message)


@dataclass(frozen=True)
class Rendering:
    """The bytes of an exported file, and notes on items the format changed."""

    payload: bytes
    notes: tuple[ItemNote, ...] = ()


@dataclass(frozen=True)
class Exporter:
    """One export format: its name on the command line, the items it skips, and how it renders the rest."""

    name: str
    title: str
    suffix: str
    rules: tuple[SkipRule, ...]
    render: Callable[[Selection], Rendering]
    format_notes: tuple[str, ...] = ()


@dataclass
class Draft:
    """A question read from another format, before it becomes a bank item."""

    line: int
    type: str
    prompt: str
    choices: tuple[str, ...] = ()
    answer: tuple[str, ...] = ()
    explanation: str = ""
    name: str = ""
    category: str = ""
    scoring: str | None = None
    tags: tuple[str, ...] = ()
    text_format: str | None = None  # Moodle's markup of the source texts, when the file named one


@dataclass
class ReadResult:
    """What a reader found: questions, mistakes (any one stops the import), questions left out, and notes."""

    drafts: list[Draft] = field(default_factory=list)
    errors: list[Finding] = field(default_factory=list)
    skipped: list[Finding] = field(default_factory=list)
    notes: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class Importer:
    """One import format: its name on the command line and its reader (file bytes in, questions out)."""

    name: str
    title: str
    read: Callable[[bytes], ReadResult]
