"""Read a plain-text story: headline on the first line, blank lines between paragraphs."""

from __future__ import annotations

import re
from pathlib import Path

from quizapp.articles.assemble import assemble, looks_like_headline
from quizapp.articles.frontmatter import split_front_matter
from quizapp.articles.model import Article
from quizapp.articles.wire import is_caption, is_end_rule
from quizapp.textnorm import match_key, tidy

_BLANK_LINES = re.compile(r"\n[ \t\f\v]*\n")


def split_blocks(text: str) -> list[str]:
    """Paragraphs separated by blank lines; an end rule (``___``) is always a block of its own."""
    blocks: list[str] = []
    for chunk in _BLANK_LINES.split(text):
        lines = [line.strip() for line in chunk.split("\n")]
        current: list[str] = []
        for line in lines:
            if is_end_rule(line):
                if current:
                    blocks.append(" ".join(current))
                blocks.append(line)
                current = []
            elif line:
                current.append(line)
        if current:
            blocks.append(" ".join(current))
    return blocks


def parse_plain_text(text: str, path: object) -> Article:
    """Parse decoded story text (front matter allowed) into an `Article`."""
    metadata, rest, _ = split_front_matter(text, path)
    blocks = split_blocks(rest)
    headline: str | None = None
    title = metadata.get("title")
    if (blocks and title and match_key(blocks[0]) == match_key(str(title))) or (
        blocks and not title and looks_like_headline(blocks[0]) and not is_caption(blocks[0])
    ):
        headline = tidy(blocks.pop(0))
    if headline is None and not title:
        stem = Path(str(path)).stem.replace("-", " ").replace("_", " ").strip()
        headline = stem[:1].upper() + stem[1:] if stem else "Untitled story"
    return assemble(headline, blocks, metadata, path)
