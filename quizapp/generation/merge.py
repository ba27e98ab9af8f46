"""Generate into an existing bank without losing a teacher's work."""

from __future__ import annotations

from quizapp.articles.model import Article
from quizapp.banks.model import Bank, Item
from quizapp.textnorm import contains

STALE_TAG = "stale"
KEPT_ORIGINS = frozenset({"edited", "authored"})
KEPT_STATUSES = frozenset({"reviewed", "approved"})


def is_teachers(item: Item) -> bool:
    """Items a teacher wrote, changed or checked: regeneration keeps them exactly as they are."""
    return item.origin in KEPT_ORIGINS or item.status in KEPT_STATUSES


def _evidence_found(item: Item, article: Article) -> bool:
    text = article.full_text
    quotes = list(item.evidence) + ([item.correct_answer] if item.type == "evidence" else [])
    return all(contains(text, quote) for quote in quotes)


def _mark_stale(item: Item) -> Item:
    if STALE_TAG in item.tags:
        return item
    return item.with_changes(tags=(*item.tags, STALE_TAG))


def merge_banks(old: Bank, new: Bank) -> Bank:
    """The new bank, keeping the teacher's items from `old` and marking lost-evidence generated items stale.

    - items with origin ``edited``/``authored`` or status ``reviewed``/``approved`` stay exactly as they are
      (a fresh item with the same id gives way to them);
    - generated items whose evidence is no longer in the article are kept, tagged ``stale``;
    - other generated drafts are replaced by the fresh generation.
    """
    article = new.article
    kept: dict[str, Item] = {}
    for item in old.items:
        if article is not None and item.origin == "generated" and not _evidence_found(item, article):
            kept[item.id] = _mark_stale(item)
        elif is_teachers(item):
            kept[item.id] = item
    fresh_ids = {item.id for item in new.items}
    items = [kept.get(item.id, item) for item in new.items]
    items += [item for item_id, item in kept.items() if item_id not in fresh_ids]
    return Bank(
        id=old.id,
        title=old.title,
        items=tuple(items),
        format=new.format,
        language=old.language,
        description=old.description,
        tags=old.tags,
        article=new.article,
        generator=new.generator,
    )
