"""Reading news stories (plain text with optional front matter, or saved HTML) into `Article`s.

The reader (and its many patterns) loads on first use of `parse_story` or `read_article`, so that code
needing only the `Article` model, such as the bank library at start-up, does not pay for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quizapp.articles.model import Article, Caption, Contributor, Dateline, Paragraph
from quizapp.storyfiles import STORY_SUFFIXES

if TYPE_CHECKING:
    from quizapp.articles.reader import parse_story, read_article

__all__ = [
    "STORY_SUFFIXES",
    "Article",
    "Caption",
    "Contributor",
    "Dateline",
    "Paragraph",
    "parse_story",
    "read_article",
]

_READER = frozenset({"parse_story", "read_article"})


def __getattr__(name: str) -> Any:
    if name in _READER:
        from quizapp.articles import reader

        return getattr(reader, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
