"""The `Article` model: a news story split into the parts a media-literacy quiz asks about."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Dateline:
    """Where a story was filed from, e.g. ``DAKAR, Senegal (AP) —``."""

    place: str
    country: str | None = None
    agency: str | None = None
    text: str = ""

    def describe(self) -> str:
        """``Dakar, Senegal`` style text for prompts and display."""
        return ", ".join(part for part in (self.place, self.country) if part)


@dataclass(frozen=True)
class Caption:
    """A photo caption with what it tells about the picture."""

    text: str
    credit: str | None = None
    photographer: str | None = None
    is_file_photo: bool = False
    date: str | None = None  # ISO date the caption mentions, e.g. "2023-08-03"
    date_text: str | None = None  # the date as written, e.g. "Aug. 3, 2023"


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph; `start` and `end` are offsets into `Article.body_text`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Contributor:
    """Someone named in the end matter as having contributed reporting."""

    name: str
    role: str | None = None
    place: str | None = None
    text: str = ""


@dataclass(frozen=True)
class Article:
    """A news story: headline, captions, dateline, body paragraphs and end matter."""

    headline: str
    paragraphs: tuple[Paragraph, ...]
    captions: tuple[Caption, ...] = ()
    dateline: Dateline | None = None
    end_matter: tuple[str, ...] = ()
    contributors: tuple[Contributor, ...] = ()
    publisher: str | None = None
    author: str | None = None
    date: str | None = None
    source_path: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def body_text(self) -> str:
        """The body paragraphs joined by blank lines (the text paragraph offsets refer to)."""
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)

    @property
    def full_text(self) -> str:
        """Everything a reader sees: headline, captions, body and end matter."""
        parts = [self.headline, *(c.text for c in self.captions), self.body_text, *self.end_matter]
        return "\n\n".join(part for part in parts if part)

    @property
    def slug(self) -> str:
        """A file-name-safe identifier from the source file name or the headline."""
        if self.source_path:
            stem = re.split(r"[\\/]", self.source_path)[-1].rsplit(".", 1)[0]
            slug = slugify(stem)
            if slug:
                return slug
        return slugify(self.headline) or "article"


def slugify(text: str, max_length: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    return slug
