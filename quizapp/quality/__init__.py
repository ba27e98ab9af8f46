"""Question quality: the item-writing-flaw checker and the word lists it shares with the generator."""

from quizapp.quality.flaws import Flaw, ItemText, check
from quizapp.quality.lint import item_flaws, lint_bank

__all__ = ["Flaw", "ItemText", "check", "item_flaws", "lint_bank"]
