"""Question banks: the YAML format, its schema and meaning checks, loading and saving.

The names below are imported from their modules on first use, so that code needing only a part of the
package (the skills, the typed model, a bank built from a record of an earlier check) never imports PyYAML
or the checks.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizapp.banks.files import find_bank_files
    from quizapp.banks.loader import BankCheck, LoadedBanks, check_bank_file, check_bank_text, load_bank, load_banks
    from quizapp.banks.model import FORMAT, Bank, Item, article_from_dict, article_to_dict
    from quizapp.banks.problems import Problem
    from quizapp.banks.save import dump_bank, save_bank
    from quizapp.banks.skills import FAMILIES, ITEM_TYPES, SKILLS

_HOMES = {
    "BankCheck": "loader",
    "LoadedBanks": "loader",
    "check_bank_file": "loader",
    "check_bank_text": "loader",
    "find_bank_files": "files",
    "load_bank": "loader",
    "load_banks": "loader",
    "FORMAT": "model",
    "Bank": "model",
    "Item": "model",
    "article_from_dict": "model",
    "article_to_dict": "model",
    "Problem": "problems",
    "dump_bank": "save",
    "save_bank": "save",
    "FAMILIES": "skills",
    "ITEM_TYPES": "skills",
    "SKILLS": "skills",
}

__all__ = [
    "FAMILIES",
    "FORMAT",
    "ITEM_TYPES",
    "SKILLS",
    "Bank",
    "BankCheck",
    "Item",
    "LoadedBanks",
    "Problem",
    "article_from_dict",
    "article_to_dict",
    "check_bank_file",
    "check_bank_text",
    "dump_bank",
    "find_bank_files",
    "load_bank",
    "load_banks",
    "save_bank",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # looked up once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
