"""Question banks: the YAML format, its schema and meaning checks, loading and saving."""

from quizapp.banks.loader import (
    BankCheck,
    LoadedBanks,
    check_bank_file,
    check_bank_text,
    find_bank_files,
    load_bank,
    load_banks,
)
from quizapp.banks.model import FORMAT, Bank, Item, article_from_dict, article_to_dict
from quizapp.banks.problems import Problem
from quizapp.banks.save import dump_bank, save_bank
from quizapp.banks.skills import FAMILIES, ITEM_TYPES, SKILLS

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
