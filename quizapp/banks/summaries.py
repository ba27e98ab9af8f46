"""What the library lists of each bank, kept from the last read, so that an unchanged library is listed at once.

The library page shows a bank's headline, publisher, date and number of items per family and skill. After a
read of the banks in which every bank was valid, and no item id was in two banks, those facts are written to
one versioned JSON file in the cache folder, each under the SHA-256 and size of the bytes they were read from
(the key of the check records, `quizapp.banks.checkcache`). When the page is shown before the banks have been
read again, every bank file is hashed and looked up there; if all are found, the page lists them at once,
without PyYAML, the bank model or the check records, and the banks themselves follow from the read in the
background. A file whose bytes changed in any way is not found, and the page waits for that read as before.

The file is a header line (format, checking code, checksum of the rest) and the summaries as JSON. It is
ignored, and written again after the next read, when it is missing, not a regular file, too large, damaged
(its checksum does not match, or a summary is not of the expected form), or written by another format
version or other checking code. Like the check records it is the user's own: a forged one with a matching
checksum would be believed, and would change what the list shows until the banks have been read.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.fileio import SaveError, UnreadableFile, atomic_write_text, read_limited

if TYPE_CHECKING:
    from quizapp.banks.model import Bank

INDEX_FORMAT = "quizapp-bank-summaries/1"
MAX_INDEX_BYTES = 64 * 1024 * 1024  # some 100,000 banks; anything larger is not an index this app wrote


@dataclass(frozen=True)
class BankSummary:
    """What the library lists of a valid bank."""

    headline: str  # the article's headline, or the bank's title when it has none
    publisher: str
    date: str
    example: bool  # tagged "example": an invented story
    families: dict[str, int]  # items per family
    skills: dict[str, int]  # items per skill
    item_ids: tuple[str, ...]


def summarize(bank: Bank) -> BankSummary | None:
    """The summary of a bank; None for one whose article gives a publisher or date that is not text (such a
    bank is listed once read, as before)."""
    article = bank.article
    publisher = (article.publisher or "") if article else ""
    date = (article.date or article.metadata.get("date") or "") if article else ""
    if not isinstance(publisher, str) or not isinstance(date, str):
        return None
    return BankSummary(
        headline=article.headline if article else bank.title,
        publisher=publisher,
        date=date,
        example="example" in bank.tags,
        families=dict(Counter(item.family for item in bank.items)),
        skills=dict(Counter(item.skill for item in bank.items)),
        item_ids=tuple(item.id for item in bank.items),
    )


def _counts(value: Any) -> dict[str, int] | None:
    if not isinstance(value, dict):
        return None
    if not all(isinstance(k, str) and type(n) is int and n >= 0 for k, n in value.items()):
        return None
    return dict(value)


def _from_json(value: Any) -> tuple[int, BankSummary] | None:
    """(size, summary) from an index entry, or None when it is not of the form this module writes."""
    if not isinstance(value, dict):
        return None
    size, items = value.get("size"), value.get("items")
    families, skills = _counts(value.get("families")), _counts(value.get("skills"))
    texts = [value.get(key) for key in ("headline", "publisher", "date")]
    if (
        type(size) is not int
        or families is None
        or skills is None
        or not isinstance(value.get("example"), bool)
        or not all(isinstance(text, str) for text in texts)
        or not isinstance(items, list)
        or not all(isinstance(item, str) for item in items)
    ):
        return None
    summary = BankSummary(texts[0], texts[1], texts[2], value["example"], families, skills, tuple(items))
    return size, summary


def _to_json(size: int, summary: BankSummary) -> dict[str, Any]:
    return {
        "size": size,
        "headline": summary.headline,
        "publisher": summary.publisher,
        "date": summary.date,
        "example": summary.example,
        "families": summary.families,
        "skills": summary.skills,
        "items": list(summary.item_ids),
    }


def _sum(body: bytes) -> str:
    return hashlib.sha256(body).hexdigest()


class SummaryIndex:
    """The summaries of the banks of the last clean read, by the SHA-256 and size of their bytes, in `path`.

    `checker` stands for the code that checks banks and makes summaries (`CheckCache.checker`): an index
    written by other code is ignored.
    """

    def __init__(self, path: Path, checker: str) -> None:
        self.path = Path(path)
        self.checker = checker
        self._known: dict[tuple[str, int], BankSummary] | None = None

    def _read(self) -> dict[tuple[str, int], BankSummary]:
        try:
            raw = read_limited(self.path, MAX_INDEX_BYTES, "summary of the banks")
            header_line, _, body = raw.partition(b"\n")
            header = json.loads(header_line)
            if (
                not isinstance(header, dict)
                or header.get("format") != INDEX_FORMAT
                or header.get("checker") != self.checker
                or header.get("sum") != _sum(body)
            ):
                return {}
            entries = json.loads(body)
        except (UnreadableFile, ValueError, RecursionError):  # missing, a pipe or a device, damaged, nested too deep
            return {}
        if not isinstance(entries, dict):
            return {}
        known: dict[tuple[str, int], BankSummary] = {}
        for key, value in entries.items():
            entry = _from_json(value)
            if entry is None:
                return {}  # a summary not of the expected form: the index was not written by this code
            known[(key, entry[0])] = entry[1]
        return known

    def known(self) -> dict[tuple[str, int], BankSummary]:
        """Every summary in the index (read once; empty when there is no usable index)."""
        if self._known is None:
            self._known = self._read()
        return self._known

    def lookup(self, sha256: str, size: int) -> BankSummary | None:
        """The summary of the valid bank with these bytes, or None."""
        return self.known().get((sha256, size))

    def save(self, summaries: dict[tuple[str, int], BankSummary]) -> None:
        """Keep these summaries in place of the index's (atomically, and only when they differ; a cache that
        cannot be written is no error)."""
        if summaries == self.known():
            return
        body = json.dumps(
            {sha256: _to_json(size, summary) for (sha256, size), summary in sorted(summaries.items())},
            ensure_ascii=False,
            sort_keys=True,
        )
        header = json.dumps({"format": INDEX_FORMAT, "checker": self.checker, "sum": _sum(body.encode("utf-8"))})
        try:
            atomic_write_text(self.path, header + "\n" + body, durable=False)
        except SaveError:
            return  # the next start reads the banks before listing them, as without an index
        self._known = dict(summaries)
