"""Read a saved HTML page: trafilatura finds the story; captions come from the page's figures."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from quizapp.articles.assemble import assemble
from quizapp.articles.model import Article
from quizapp.errors import ArticleError
from quizapp.textnorm import match_key, tidy

MIN_BODY_CHARS = 40
_IMAGE_LINE = re.compile(r"^!\[[^\]]*\]\([^)]*\)$")
_CAPTION_XPATH = (
    "//figcaption"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' caption ')]"
    " | //*[contains(concat(' ', normalize-space(@class), ' '), ' wp-caption-text ')]"
)


def _page_captions(html: str) -> list[str]:
    from lxml import html as lxml_html

    try:
        tree = lxml_html.fromstring(html)
    except Exception:  # lxml raises several unrelated types for hopeless markup
        return []
    captions = []
    for element in tree.xpath(_CAPTION_XPATH):
        text = tidy(element.text_content())
        if len(text) > 20:
            captions.append(text)
    return captions


def parse_html(html: str, path: object) -> Article:
    """Parse a saved web page into an `Article` (title, author, date, site name, paragraphs, captions)."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_images=True,
            favor_recall=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except Exception as exc:  # trafilatura surfaces parser errors of its own dependencies
        raise ArticleError(path, f"the HTML page could not be read ({exc.__class__.__name__})") from None
    if document is None or not (document.text or "").strip():
        raise ArticleError(path, "no article text found in the HTML page")
    title = tidy(document.title or "")
    captions = _page_captions(html)
    caption_keys = {match_key(c) for c in captions}
    blocks = []
    for line in document.text.split("\n"):
        text = tidy(line)
        if not text or _IMAGE_LINE.match(text) or match_key(text) == match_key(title):
            continue
        if match_key(text) in caption_keys:
            continue
        blocks.append(text)
    metadata: dict[str, Any] = {}
    date = document.date  # from the page's metadata or visible dates only: no guess from a year in the text
    for key, value in (
        ("title", document.title),
        ("author", document.author),
        ("date", date),
        ("publisher", document.sitename),
        ("source_url", document.url),
    ):
        if value:
            metadata[key] = tidy(str(value))
    if sum(len(block) for block in blocks) < MIN_BODY_CHARS:
        raise ArticleError(path, "no article text found in the HTML page (only menus or a few words)")
    headline = title or tidy(Path(str(path)).stem.replace("-", " ").replace("_", " ")).capitalize()
    return assemble(headline or None, blocks, metadata, path, extra_captions=captions)
