"""Read any story file the app accepts into an `Article`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from quizapp.articles.decode import decode_story
from quizapp.articles.html import parse_html
from quizapp.articles.manifest import manifest_metadata
from quizapp.articles.model import Article
from quizapp.articles.plaintext import parse_plain_text
from quizapp.caseless import caseless
from quizapp.errors import ArticleError
from quizapp.fileio import UnreadableFile, read_limited
from quizapp.storyfiles import HTML_SUFFIXES, TEXT_SUFFIXES

_HTML_START = caseless(r"\A\s*(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)")
MAX_BYTES = 20 * 1024 * 1024


def parse_story(text: str, path: object = "<text>", *, html: bool | None = None) -> Article:
    """Parse already-decoded story text; `html` None means decide from the content."""
    is_html = bool(_HTML_START.match(text)) if html is None else html
    try:
        return parse_html(text, path) if is_html else parse_plain_text(text, path)
    except ArticleError:
        raise
    except (ValueError, TypeError, AttributeError, IndexError, KeyError, RecursionError) as exc:
        raise ArticleError(path, f"the story could not be read ({exc.__class__.__name__}: {exc})") from None


def read_article(path: str | Path) -> Article:
    """Read a ``.txt`` (front matter allowed) or saved ``.html`` story file.

    Raises `ArticleError` naming the file and the reason for anything it cannot read.
    """
    file_path = Path(path)
    try:
        data = read_limited(file_path, MAX_BYTES, "news story")
    except UnreadableFile as exc:
        raise ArticleError(path, exc.reason) from None
    text = decode_story(data, path)
    suffix = file_path.suffix.lower()
    html = True if suffix in HTML_SUFFIXES else (None if suffix not in TEXT_SUFFIXES else False)
    article = parse_story(text, path, html=html)
    extra = manifest_metadata(file_path)
    if extra:
        merged = {**extra, **article.metadata}
        article = replace(
            article,
            metadata=merged,
            date=article.date or merged.get("date"),
            publisher=article.publisher or merged.get("publisher"),
        )
    return article
