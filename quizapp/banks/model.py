"""Typed banks and items, built from validated YAML data and turned back into it for saving."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from quizapp.articles.model import Article, Caption, Contributor, Dateline, Paragraph

TRUE_FALSE_CHOICES = ("True", "False")
FORMAT_NAME = "quizapp-bank"
FORMAT_MAJOR = 1
FORMAT = f"{FORMAT_NAME}/{FORMAT_MAJOR}"


@dataclass(frozen=True)
class Item:
    """One quiz item. `answer` is a tuple of choice texts (one for single, true/false and evidence)."""

    id: str
    type: str
    family: str
    skill: str
    difficulty: int
    prompt: str
    answer: tuple[str, ...]
    choices: tuple[str, ...] = ()
    explanation: str = ""
    evidence: tuple[str, ...] = ()
    origin: str = "authored"
    status: str = "draft"
    tags: tuple[str, ...] = ()
    scoring: str | None = None
    text_format: str | None = None  # the markup of the file it was imported from; exports write it back
    line: int = 0  # where the item starts in its file, for messages

    @property
    def correct_answer(self) -> str:
        """The single right answer (first accepted answer for short items)."""
        return self.answer[0] if self.answer else ""

    def with_changes(self, **changes: Any) -> Item:
        """A copy with some fields changed."""
        return replace(self, **changes)


@dataclass(frozen=True)
class Bank:
    """A question bank: metadata, an optional embedded article and the items."""

    id: str
    title: str
    items: tuple[Item, ...]
    format: str = FORMAT
    language: str = "en"
    description: str = ""
    tags: tuple[str, ...] = ()
    article: Article | None = None
    generator: dict[str, str] = field(default_factory=dict)
    path: str | None = None

    def item(self, item_id: str) -> Item:
        """The item with `item_id` (KeyError if absent)."""
        for candidate in self.items:
            if candidate.id == item_id:
                return candidate
        raise KeyError(item_id)


def _strings(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, list | tuple):
        return tuple(_text(v) for v in value)
    return (_text(value),)


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    return str(value)


def item_from_dict(data: dict[str, Any], line: int = 0) -> Item:
    """Build an `Item` from validated data."""
    kind = data["type"]
    choices = _strings(data.get("choices"))
    answer = data["answer"]
    if kind == "true_false":
        answer = "True" if str(answer).lower() == "true" else "False"
        choices = choices or TRUE_FALSE_CHOICES
    if kind == "evidence":
        choices = ()
    return Item(
        id=str(data["id"]),
        type=kind,
        family=data["family"],
        skill=data["skill"],
        difficulty=int(data["difficulty"]),
        prompt=str(data["prompt"]).strip(),
        answer=_strings(answer),
        choices=choices,
        explanation=str(data.get("explanation") or "").strip(),
        evidence=_strings(data.get("evidence")),
        origin=data.get("origin", "authored"),
        status=data.get("status", "draft"),
        tags=_strings(data.get("tags")),
        scoring=data.get("scoring"),
        text_format=data.get("text_format"),
        line=line,
    )


def item_to_dict(item: Item) -> dict[str, Any]:
    """The YAML form of an item, in the documented field order."""
    data: dict[str, Any] = {
        "id": item.id,
        "type": item.type,
        "family": item.family,
        "skill": item.skill,
        "difficulty": item.difficulty,
        "prompt": item.prompt,
    }
    if item.type == "true_false":
        if item.choices and tuple(item.choices) != TRUE_FALSE_CHOICES:
            data["choices"] = list(item.choices)
        data["answer"] = item.correct_answer == "True"
    elif item.type == "evidence":
        data["answer"] = item.correct_answer
    else:
        if item.choices:
            data["choices"] = list(item.choices)
        data["answer"] = list(item.answer) if item.type in ("multiple", "short") else item.correct_answer
    if item.scoring:
        data["scoring"] = item.scoring
    if item.text_format:
        data["text_format"] = item.text_format
    if item.explanation:
        data["explanation"] = item.explanation
    if item.evidence:
        data["evidence"] = list(item.evidence)
    data["origin"] = item.origin
    data["status"] = item.status
    if item.tags:
        data["tags"] = list(item.tags)
    return data


def article_to_dict(article: Article) -> dict[str, Any]:
    """The embedded-article form of an `Article`."""
    data: dict[str, Any] = {"headline": article.headline}
    for key in ("publisher", "author", "date"):
        value = getattr(article, key)
        if value:
            data[key] = value
    if article.dateline:
        dateline = article.dateline
        data["dateline"] = {
            key: value
            for key, value in (
                ("place", dateline.place),
                ("country", dateline.country),
                ("agency", dateline.agency),
                ("text", dateline.text),
            )
            if value
        }
    if article.captions:
        data["captions"] = [
            {
                key: value
                for key, value in (
                    ("text", caption.text),
                    ("credit", caption.credit),
                    ("photographer", caption.photographer),
                    ("file_photo", caption.is_file_photo),
                    ("date", caption.date),
                    ("date_text", caption.date_text),
                )
                if value is not None
            }
            for caption in article.captions
        ]
    data["paragraphs"] = [paragraph.text for paragraph in article.paragraphs]
    if article.end_matter:
        data["end_matter"] = list(article.end_matter)
    if article.contributors:
        data["contributors"] = [
            {
                key: value
                for key, value in (
                    ("name", c.name),
                    ("role", c.role),
                    ("place", c.place),
                    ("text", c.text),
                )
                if value
            }
            for c in article.contributors
        ]
    if article.metadata:
        data["metadata"] = dict(article.metadata)
    return data


def article_from_dict(data: dict[str, Any], source: str | None = None) -> Article:
    """Rebuild an `Article` from its embedded form."""
    paragraphs = []
    offset = 0
    for text in data.get("paragraphs") or []:
        paragraphs.append(Paragraph(text=str(text), start=offset, end=offset + len(str(text))))
        offset += len(str(text)) + 2
    dateline_data = data.get("dateline")
    dateline = (
        Dateline(
            place=dateline_data["place"],
            country=dateline_data.get("country"),
            agency=dateline_data.get("agency"),
            text=dateline_data.get("text", ""),
        )
        if dateline_data
        else None
    )
    captions = tuple(
        Caption(
            text=c["text"],
            credit=c.get("credit"),
            photographer=c.get("photographer"),
            is_file_photo=bool(c.get("file_photo", False)),
            date=c.get("date"),
            date_text=c.get("date_text"),
        )
        for c in data.get("captions") or []
    )
    contributors = tuple(
        Contributor(name=c["name"], role=c.get("role"), place=c.get("place"), text=c.get("text", ""))
        for c in data.get("contributors") or []
    )
    return Article(
        headline=str(data["headline"]),
        paragraphs=tuple(paragraphs),
        captions=captions,
        dateline=dateline,
        end_matter=tuple(str(x) for x in data.get("end_matter") or []),
        contributors=contributors,
        publisher=data.get("publisher"),
        author=data.get("author"),
        date=data.get("date"),
        source_path=source,
        metadata=dict(data.get("metadata") or {}),
    )


def bank_to_dict(bank: Bank) -> dict[str, Any]:
    """The YAML form of a bank, in the documented field order."""
    data: dict[str, Any] = {"format": bank.format, "id": bank.id, "title": bank.title, "language": bank.language}
    if bank.description:
        data["description"] = bank.description
    if bank.tags:
        data["tags"] = list(bank.tags)
    if bank.generator:
        data["generator"] = dict(bank.generator)
    if bank.article is not None:
        data["article"] = article_to_dict(bank.article)
    data["items"] = [item_to_dict(item) for item in bank.items]
    return data
