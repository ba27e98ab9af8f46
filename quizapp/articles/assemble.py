"""Build an `Article` from a headline and the story's paragraphs, whatever the file format."""

from __future__ import annotations

import re
from typing import Any

from quizapp.articles.dates import find_date, is_date_line
from quizapp.articles.model import Article, Caption, Contributor, Paragraph
from quizapp.articles.wire import (
    is_caption,
    is_end_rule,
    parse_caption,
    parse_contributors,
    parse_dateline,
    publisher_for_agency,
)
from quizapp.errors import ArticleError
from quizapp.textnorm import match_key, tidy

_BYLINE = re.compile(r"^By\s+(?P<names>[A-Z][^.!?]{1,100}?)\s*$")


def looks_like_headline(block: str) -> bool:
    """A headline is short and reads as one line, not as a paragraph of sentences."""
    text = tidy(block)
    if not text or len(text) > 200:
        return False
    return not text.endswith(".") or len(text) < 100


# A video player's label glued to the paragraph after it ("Related Video \u200bGoogle handles 90% …"): the page's,
# not the story's, and a zero-width space hides the join.
_PLAYER_LABEL = re.compile(
    r"^(?:Related|Featured|Recommended|Watch)\s+(?:Videos?|Content|Coverage)\s*[\u200b\u200c\u200d\ufeff]+\s*"
)


# A page's "Story Highlights" box run into the paragraph before it ("… (Photo: Paul Frederiksen, USA TODAY Sports)
# Story Highlights Obama says he is …"): the box's lines are the page's summary, not the story's sentences.
_HIGHLIGHTS_AFTER = re.compile(r"\s*\bStory Highlights\b.*$")


def assemble(
    headline: str | None,
    blocks: list[str],
    metadata: dict[str, Any],
    path: object,
    extra_captions: list[str] | None = None,
) -> Article:
    """Sort `blocks` into captions, date line, body and end matter, and read the wire parts."""
    captions: list[Caption] = []
    seen_captions: set[str] = set()
    body: list[str] = []
    end_matter: list[str] = []
    date_line: str | None = None
    in_end_matter = False

    def add_caption(text: str) -> None:
        key = match_key(text)
        if key and key not in seen_captions:
            seen_captions.add(key)
            captions.append(parse_caption(text))

    for block in blocks:
        text = _HIGHLIGHTS_AFTER.sub("", _PLAYER_LABEL.sub("", tidy(block)))
        if not text:
            continue
        if is_end_rule(text):
            in_end_matter = True
        elif in_end_matter:
            end_matter.append(text)
        elif is_caption(text):
            add_caption(text)
        elif not body and date_line is None and is_date_line(text):
            date_line = text
        else:
            body.append(text)
    for text in extra_captions or []:
        add_caption(tidy(text))

    byline = None
    if body and _BYLINE.match(body[0]) and len(body) > 1:
        byline = _BYLINE.match(body.pop(0))["names"].strip()
    if not body:
        raise ArticleError(path, "no article text found (only a headline, captions or metadata)")

    paragraphs: list[Paragraph] = []
    offset = 0
    for text in body:
        paragraphs.append(Paragraph(text=text, start=offset, end=offset + len(text)))
        offset += len(text) + 2

    dateline = parse_dateline(body[0])
    contributors: list[Contributor] = [c for line in end_matter for c in parse_contributors(line)]
    publisher = metadata.get("publisher") or publisher_for_agency(dateline.agency if dateline else None)
    date = metadata.get("date")
    if not date and date_line:
        found = find_date(date_line)
        date = found[0] if found else None
    title = headline or metadata.get("title") or ""
    return Article(
        headline=tidy(str(title)),
        paragraphs=tuple(paragraphs),
        captions=tuple(captions),
        dateline=dateline,
        end_matter=tuple(end_matter),
        contributors=tuple(contributors),
        publisher=str(publisher) if publisher else None,
        author=str(metadata["author"]) if metadata.get("author") else byline,
        date=str(date) if date else None,
        source_path=str(path) if path is not None else None,
        metadata=dict(metadata),
    )
