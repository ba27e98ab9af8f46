"""Content hashes of items and banks: SHA-256 of their canonical JSON form.

The hash changes whenever anything a student sees or is scored on changes, so an answer
can always be tied to the exact version of the item it was given to.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from quizapp.banks.model import Bank, Item, bank_to_dict, item_to_dict


def canonical_json(data: Any) -> str:
    """JSON with sorted keys and no spaces, so equal data always gives equal text."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _sha256(data: Any) -> str:
    return hashlib.sha256(canonical_json(data).encode("utf-8")).hexdigest()


def item_hash(item: Item) -> str:
    """The content hash of one item."""
    return _sha256(item_to_dict(item))


def bank_hash(bank: Bank) -> str:
    """The content hash of a whole bank (metadata, article and items)."""
    return _sha256(bank_to_dict(bank))
