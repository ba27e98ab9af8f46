"""Review and edit one bank file: filter, check as you type, change, add, delete, undo, save atomically.

Changing anything but the status of a ``generated`` item makes it ``edited``, so that
regeneration keeps it (`quizapp.generation.merge`). Saving checks the whole bank with the
same checks as loading, and refuses to write a bank that would not load again.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import Any

from quizapp.banks import check_bank_text, dump_bank, load_bank, save_bank
from quizapp.banks.checks import STALE_TAG
from quizapp.banks.model import TRUE_FALSE_CHOICES, Bank, Item, article_to_dict, item_to_dict
from quizapp.banks.save import dump_data, schema_reference
from quizapp.banks.skills import STATUSES
from quizapp.errors import BankError, QuizappError
from quizapp.textnorm import contains

UNDO_LIMIT = 200


class EditError(QuizappError):
    """An edit that cannot be made: an unknown item, a taken id, an unknown status."""


def _plain(item: Item) -> Item:
    return item if item.line == 0 else replace(item, line=0)


def _content(item: Item) -> dict[str, Any]:
    """The item's fields that a teacher edits (everything but status and origin)."""
    data = item_to_dict(item)
    data.pop("status", None)
    data.pop("origin", None)
    return data


def _quotes_found(bank: Bank, item: Item) -> bool:
    if bank.article is None:
        return False
    quotes = list(item.evidence) + ([item.correct_answer] if item.type == "evidence" else [])
    return all(contains(bank.article.full_text, quote) for quote in quotes)


def open_in_editor_command(path: str | Path, platform: str = sys.platform) -> list[str]:
    """The command that opens `path` in the system's default editor (not run here).

    On Windows, ``os.startfile(path)`` does the same without a console window.
    """
    target = str(Path(path))
    if platform.startswith("win"):
        return ["cmd", "/c", "start", "", target]
    if platform == "darwin":
        return ["open", "-t", target]
    return ["xdg-open", target]


class BankEditor:
    """Edits of one bank file, kept in memory until `save()`."""

    def __init__(self, bank: Bank, path: Path) -> None:
        self.path = path
        self._base = bank
        self._items: tuple[Item, ...] = tuple(_plain(item) for item in bank.items)
        self._saved = self._items
        self._undo: list[tuple[Item, ...]] = []
        self._redo: list[tuple[Item, ...]] = []
        self._stamp = self._file_stamp()

    @classmethod
    def open(cls, path: str | Path) -> BankEditor:
        """Open a bank file for editing; `BankError` listing every problem if it does not load."""
        target = Path(path)
        return cls(load_bank(target), target)

    open_in_editor_command = staticmethod(open_in_editor_command)

    # -- reading ---------------------------------------------------------------------------

    @property
    def bank(self) -> Bank:
        """The bank as edited so far."""
        return replace(self._base, items=self._items)

    @property
    def items(self) -> list[Item]:
        return list(self._items)

    def item(self, item_id: str) -> Item:
        for item in self._items:
            if item.id == item_id:
                return item
        raise EditError(f"the bank has no item {item_id!r}")

    def filter(
        self,
        skill: str | Iterable[str] | None = None,
        family: str | Iterable[str] | None = None,
        status: str | Iterable[str] | None = None,
        origin: str | Iterable[str] | None = None,
    ) -> list[Item]:
        """Items matching every given filter (each a value or several values)."""

        def allowed(value: str | Iterable[str] | None) -> frozenset[str] | None:
            if value is None:
                return None
            return frozenset([value] if isinstance(value, str) else value)

        wanted = [
            (allowed(skill), "skill"),
            (allowed(family), "family"),
            (allowed(status), "status"),
            (allowed(origin), "origin"),
        ]
        return [
            item
            for item in self._items
            if all(values is None or getattr(item, name) in values for values, name in wanted)
        ]

    @property
    def dirty(self) -> bool:
        """True when there are changes not saved yet."""
        return self._items != self._saved

    def changed_on_disk(self) -> bool:
        """True when another program changed the file since it was opened or saved here."""
        return self._file_stamp() != self._stamp

    def _file_stamp(self) -> tuple[int, int] | None:
        try:
            stat = self.path.stat()
        except OSError:
            return None
        return (stat.st_mtime_ns, stat.st_size)

    # -- checking --------------------------------------------------------------------------

    def check_item(self, item: Item, *, original_id: str | None = None, new: bool = False) -> list[str]:
        """Every problem of `item` in this bank, in plain words (empty when it is fine).

        The item replaces the bank's item `original_id` (default: the item with its own id);
        with ``new=True`` it is checked as an addition, so its id must not be taken.
        """
        replaced = None if new else (original_id or item.id)
        messages = []
        if any(other.id == item.id for other in self._items if other.id != replaced):
            messages.append(f"id: another item of this bank is already called {item.id!r}")
        if item.type == "true_false" and item.correct_answer not in (item.choices or TRUE_FALSE_CHOICES):
            messages.append("answer: a true-or-false item is answered True or False")
        data: dict[str, Any] = {
            "format": self._base.format,
            "id": self._base.id,
            "title": self._base.title or "bank",
            "language": self._base.language,
        }
        if self._base.article is not None:
            data["article"] = article_to_dict(self._base.article)
        data["items"] = [item_to_dict(item)]
        checked = check_bank_text(dump_data(data), self.path)
        messages.extend(problem.message for problem in checked.problems)
        return list(dict.fromkeys(messages))

    def problems(self) -> list[str]:
        """Every problem of the bank as edited (what `save()` would refuse), as ``line: message`` text."""
        return [str(problem) for problem in self._check().problems]

    def _check(self):  # -> BankCheck
        return check_bank_text(dump_bank(self.bank, schema_reference(self.path)), self.path)

    # -- changing --------------------------------------------------------------------------

    def _index(self, item_id: str) -> int:
        for index, item in enumerate(self._items):
            if item.id == item_id:
                return index
        raise EditError(f"the bank has no item {item_id!r}")

    def _commit(self, items: tuple[Item, ...]) -> None:
        if items == self._items:
            return
        self._undo.append(self._items)
        del self._undo[:-UNDO_LIMIT]
        self._redo.clear()
        self._items = items

    def _require_free_id(self, item_id: str, replaced: str | None = None) -> None:
        if not item_id:
            raise EditError("an item needs an id")
        if any(other.id == item_id for other in self._items if other.id != replaced):
            raise EditError(f"another item of this bank is already called {item_id!r}")

    def update_item(self, item_id: str, item: Item) -> None:
        """Replace the item `item_id` with `item` (its id may change).

        A ``generated`` item whose content changed (anything but its status) becomes ``edited``;
        a ``stale`` item whose evidence is in the article again loses the ``stale`` tag.
        """
        index = self._index(item_id)
        old = self._items[index]
        self._require_free_id(item.id, replaced=item_id)
        updated = _plain(item)
        if _content(old) != _content(updated):
            if old.origin == "generated" and updated.origin == "generated":
                updated = updated.with_changes(origin="edited")
            if STALE_TAG in updated.tags and _quotes_found(self._base, updated):
                updated = updated.with_changes(tags=tuple(tag for tag in updated.tags if tag != STALE_TAG))
        self._commit((*self._items[:index], updated, *self._items[index + 1 :]))

    def set_status(self, item_id: str, status: str) -> None:
        """Mark an item ``draft``, ``reviewed`` or ``approved`` (its origin stays as it is)."""
        if status not in STATUSES:
            raise EditError(f"the status of an item is one of {', '.join(STATUSES)}, not {status!r}")
        index = self._index(item_id)
        updated = self._items[index].with_changes(status=status)
        self._commit((*self._items[:index], updated, *self._items[index + 1 :]))

    def add_item(self, item: Item) -> None:
        """Add a new item at the end (``origin: authored`` unless the item says otherwise)."""
        self._require_free_id(item.id)
        self._commit((*self._items, _plain(item)))

    def delete_item(self, item_id: str) -> None:
        index = self._index(item_id)
        self._commit(self._items[:index] + self._items[index + 1 :])

    def undo(self) -> bool:
        """Take back the last change; False when there is nothing to undo."""
        if not self._undo:
            return False
        self._redo.append(self._items)
        self._items = self._undo.pop()
        return True

    def redo(self) -> bool:
        """Make the last undone change again; False when there is nothing to redo."""
        if not self._redo:
            return False
        self._undo.append(self._items)
        self._items = self._redo.pop()
        return True

    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def new_item_id(self, skill: str) -> str:
        """A fresh id for a new item on `skill`: ``<bank id>-<skill>-t<n>``, unique in this bank."""
        taken = {item.id for item in self._items}
        number = 1
        while f"{self._base.id}-{skill}-t{number}" in taken:
            number += 1
        return f"{self._base.id}-{skill}-t{number}"

    # -- saving ----------------------------------------------------------------------------

    def save(self) -> Path:
        """Write the bank atomically; `BankError` listing every problem (nothing written) if it would not load."""
        checked = self._check()
        if checked.bank is None:
            raise BankError(self.path, checked.problems)
        written = save_bank(self.bank, self.path)
        self._base = replace(checked.bank, path=str(self.path))
        self._saved = self._items
        self._stamp = self._file_stamp()
        return written
