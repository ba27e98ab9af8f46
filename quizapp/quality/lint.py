"""Flaws of the items in a bank, for `quizapp validate --lint` and the bank editor."""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.banks.model import Bank, Item
from quizapp.quality.flaws import Flaw, ItemText, check


@dataclass(frozen=True)
class LintWarning:
    """A flaw of one item, with where the item is."""

    path: str
    line: int
    item_id: str
    flaw: Flaw

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: warning: {self.item_id}: {self.flaw.message} [{self.flaw.code}]"


def item_flaws(item: Item, article_text: str | None = None) -> list[Flaw]:
    """The flaws of one bank item."""
    return check(
        ItemText(
            type=item.type,
            prompt=item.prompt,
            choices=tuple(item.choices),
            answer=tuple(item.answer),
            explanation=item.explanation,
            evidence=tuple(item.evidence),
            skill=item.skill,
        ),
        article_text,
    )


def lint_bank(bank: Bank) -> list[LintWarning]:
    """Every flaw of every item of `bank`, checked against its article when the bank embeds one."""
    article_text = bank.article.full_text if bank.article else None
    return [
        LintWarning(bank.path or bank.id, item.line, item.id, flaw)
        for item in bank.items
        for flaw in item_flaws(item, article_text)
    ]
