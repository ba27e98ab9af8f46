"""Text conversions shared by the formats: HTML both ways, XML-safe text, one-line text."""

from __future__ import annotations

import html
import re

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK_END = re.compile(r"</(p|div|li|h[1-6]|tr|blockquote)\s*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_IMAGE = re.compile(r"<img\b", re.IGNORECASE)


def xml_safe(text: str) -> str:
    """`text` without the control characters that XML 1.0 cannot hold."""
    return _XML_INVALID.sub("", text)


def one_line(text: str) -> str:
    """`text` with line breaks and runs of spaces turned into single spaces."""
    return " ".join(text.split())


def text_to_html(text: str) -> str:
    """Plain text as an HTML fragment: special characters escaped, line breaks as ``<br>``."""
    return html.escape(xml_safe(text), quote=False).replace("\r\n", "\n").replace("\n", "<br>")


def has_image(fragment: str) -> bool:
    """Whether an HTML fragment shows an image (which an imported bank cannot keep)."""
    return bool(_IMAGE.search(fragment))


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment: tags dropped, entities decoded, breaks and paragraphs as new lines."""
    spaced = re.sub(r"\s+", " ", fragment)
    marked = _BLOCK_END.sub("\n\n", _BREAK.sub("\n", spaced))
    text = html.unescape(_TAG.sub("", marked)).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
