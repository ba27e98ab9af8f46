"""Reading news stories (plain text with optional front matter, or saved HTML) into `Article`s."""

from quizapp.articles.model import Article, Caption, Contributor, Dateline, Paragraph
from quizapp.articles.reader import STORY_SUFFIXES, parse_story, read_article

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
