"""Text conversions shared by the formats: HTML both ways, XML-safe text, one-line text."""

from __future__ import annotations

import html
import re

from quizapp.caseless import caseless

# A GIFT text's format tag ("[html]"): lower case only, as Moodle reads them. The reader takes it off; the
# writer puts the item's own tag before a text that starts like one, so that Moodle keeps the text whole.
GIFT_FORMAT_TAG = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]")
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # what HTML collapses; a no-break space is kept
_BREAK = caseless(r"<br\s*/?>")
_LIST_ITEM = caseless(r"<li\b[^>]*>")
_BLOCK_END = caseless(r"</(p|div|ul|ol|h[1-6]|tr|blockquote|pre)\s*>")
_TAG = re.compile(r"</?[A-Za-z!?][^>]*>")  # a '<' before a space or digit is text ("1 < 2")
_IMAGE = caseless(r"<img\b")
_COLLAPSED_SPACE = re.compile(r"(?<= ) |^ | $", re.MULTILINE)
_LINK = re.compile(
    r"<a\b[^>]*\bhref\s*=\s*[\"']((?:https?|mailto):[^\"']+)[\"'][^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL
)
_SPACES = re.compile(r" {2,}")


def xml_safe(text: str) -> str:
    """`text` without the control characters that XML 1.0 cannot hold."""
    return _XML_INVALID.sub("", text)


def one_line(text: str) -> str:
    """`text` with line breaks and runs of spaces turned into single spaces."""
    return " ".join(text.split())


MOODLE_XML_FORMATS = {"html": "html", "markdown": "markdown", "plain": "plain_text", "moodle": "moodle_auto_format"}
"""The bank's text formats (Moodle's GIFT tag names) and what Moodle XML calls each."""


def format_to_text(text: str, fmt: str | None) -> str:
    """A text in one of Moodle's formats as the bank's plain text: HTML converted with its structure, plain
    text as written, Markdown and Moodle's own format (the default) without their HTML comments."""
    if fmt == "html":
        return html_to_text(text)
    if fmt == "plain":
        return text.strip()
    return without_comments(text).strip()


def without_comments(text: str) -> str:
    """`text` without HTML comments (``<!-- … -->``), which a browser never shows."""
    return _COMMENT.sub("", text)


def text_to_html(text: str) -> str:
    """Plain text as an HTML fragment: special characters escaped, line breaks as ``<br>``.

    Spaces HTML would collapse (indentation, runs of spaces, trailing spaces such as a Markdown line
    break) become no-break spaces and tabs a character reference, so `html_to_text` gives the text back.
    """
    lines = xml_safe(text).replace("\r\n", "\n").split("\n")
    kept = [_COLLAPSED_SPACE.sub("\xa0", line) for line in lines]
    escaped = html.escape("\n".join(kept), quote=False).replace("\xa0", "&#160;").replace("\t", "&#9;")
    return escaped.replace("\n", "<br>")


def has_image(fragment: str) -> bool:
    """Whether an HTML fragment shows an image (which an imported bank cannot keep)."""
    return bool(_IMAGE.search(fragment))


def _link_text(link: re.Match[str]) -> str:
    """A web link as text: its words, then its address in brackets (unless the words are the address)."""
    address, words = link.group(1), link.group(2)
    shown = _TAG.sub("", words).strip()
    return words if html.unescape(shown) == html.unescape(address) else f"{words} ({address})"


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment, its structure kept: comments and tags dropped, entities decoded,
    ``<br>`` a line break, paragraphs and lists apart by a blank line, list items as ``- `` lines, a web
    link's address in brackets after its words.

    Spaces are collapsed as a browser does; no-break spaces (and characters written as references) stay.
    """
    spaced = _HTML_SPACE.sub(" ", without_comments(fragment))
    linked = _LINK.sub(_link_text, spaced)
    marked = _BLOCK_END.sub("\n\n", _LIST_ITEM.sub("\n- ", _BREAK.sub("\n", linked)))
    text = html.unescape(_SPACES.sub(" ", _TAG.sub("", marked)))
    lines = [line.strip(" ").replace("\xa0", " ") for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
