"""Which files are stories the app reads, told by their name's ending.

Kept apart from the article reader so that the library screen can accept a dropped story without
loading the reader (and its patterns) at start-up.
"""

from __future__ import annotations

from pathlib import Path

TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
STORY_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


def is_story_file(path: Path) -> bool:
    """True when `path` ends like a plain-text or HTML story (any case)."""
    return path.suffix.lower() in STORY_SUFFIXES
