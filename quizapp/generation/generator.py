"""From an `Article` to a `Bank`: parse, analyse, build candidates per skill, check, select, identify."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from quizapp import __version__
from quizapp.articles.model import Article
from quizapp.banks.model import FORMAT, Bank, Item
from quizapp.banks.skills import GENERATED, SKILLS
from quizapp.generation.analysis import Analysis, analyse
from quizapp.generation.candidate import Candidate
from quizapp.generation.select import select
from quizapp.generation.skills import BUILDERS
from quizapp.quality.flaws import Flaw, ItemText, check
from quizapp.textnorm import contains, match_key, nest_quotes

log = logging.getLogger(__name__)
GENERATOR_NAME = "quizapp-generator"


@dataclass(frozen=True)
class GenerationOptions:
    """What to generate: the skills (None = all), at most how many items, and how strict to be."""

    skills: tuple[str, ...] | None = None
    max_items: int | None = 30
    strict: bool = False  # re-raise errors of a skill builder (tests) instead of skipping that skill


def _well_formed(candidate: Candidate, article: Article) -> bool:
    """The checks the bank validator makes, so that a generated bank is always valid."""
    text = article.full_text
    if not candidate.prompt.strip() or not candidate.evidence:
        return False
    if not all(quote.strip() and contains(text, quote) for quote in candidate.evidence):
        return False
    if candidate.type == "evidence":
        return contains(text, candidate.answer[0])
    keys = [match_key(c) for c in candidate.choices]
    if len(set(keys)) != len(keys) or len(keys) < 2:
        return False
    return all(match_key(a) in keys for a in candidate.answer)


def _item_id(slug: str, candidate: Candidate, taken: set[str]) -> str:
    digest = hashlib.sha1("\n".join((candidate.skill, *candidate.evidence)).encode("utf-8")).hexdigest()
    base = f"{slug}-{candidate.skill}-{digest[:6]}"
    item_id, counter = base, 2
    while item_id in taken:
        item_id, counter = f"{base}-{counter}", counter + 1
    taken.add(item_id)
    return item_id


# A name or a firm that ends in an abbreviation ("Joseph P. Riley Jr.") at the end of a sentence of a template.
_DOUBLE_STOP = re.compile(r"\b(Jr|Sr|Inc|Co|Corp|Ltd|Bros|[A-Z])\.\.(?=\s|$)")


def _one_stop(text: str) -> str:
    """`text` with one full stop after an abbreviation that ends a sentence: "Riley Jr.", not "Riley Jr.."."""
    return _DOUBLE_STOP.sub(r"\1.", text)


def candidates_for(
    analysis: Analysis, skills: Iterable[str], strict: bool = False, *, checked: bool = True
) -> list[Candidate]:
    """Every well-formed candidate of the chosen skills; with `checked`, only those without an item-writing flaw
    (otherwise selection asks the flaw checker of the ones it reaches)."""
    found: list[Candidate] = []
    for skill in skills:
        try:
            built = BUILDERS[skill](analysis)
        except Exception:
            if strict:
                raise
            log.exception("skill %s failed on %s", skill, analysis.article.source_path)
            continue
        article_text = analysis.article.full_text
        built = [
            replace(c, prompt=nest_quotes(c.prompt), explanation=_one_stop(nest_quotes(c.explanation))) for c in built
        ]
        found.extend(
            c for c in built if _well_formed(c, analysis.article) and not (checked and flaws_of(c, article_text))
        )
    return found


def flaws_of(candidate: Candidate, article_text: str) -> list[Flaw]:
    """The item-writing flaws of a candidate (the generator keeps only candidates without any)."""
    return check(
        ItemText(
            type=candidate.type,
            prompt=candidate.prompt,
            choices=candidate.choices,
            answer=candidate.answer,
            explanation=candidate.explanation,
            evidence=candidate.evidence,
            skill=candidate.skill,
        ),
        article_text,
    )


def items_from(analysis: Analysis, options: GenerationOptions) -> list[Item]:
    """Selected items for an analysed article."""
    skills = options.skills or GENERATED
    article_text = analysis.article.full_text
    kept = select(
        candidates_for(analysis, skills, options.strict, checked=False),
        options.max_items,
        usable=lambda candidate: not flaws_of(candidate, article_text),
    )
    slug = analysis.article.slug
    taken: set[str] = set()
    return [
        Item(
            id=_item_id(slug, c, taken),
            type=c.type,
            family=SKILLS[c.skill].family,
            skill=c.skill,
            difficulty=c.difficulty,
            prompt=c.prompt,
            answer=c.answer,
            choices=c.choices,
            explanation=c.explanation,
            evidence=c.evidence,
            origin="generated",
            status="draft",
        )
        for c in kept
    ]


def bank_for(article: Article, items: list[Item]) -> Bank:
    """A bank holding `items` about `article`."""
    return Bank(
        id=article.slug,
        title=article.headline,
        items=tuple(items),
        format=FORMAT,
        language="en",
        article=article,
        generator={"name": GENERATOR_NAME, "version": __version__},
    )


def generate_bank(article: Article, options: GenerationOptions | None = None) -> Bank:
    """Parse and analyse one article and return its bank (spaCy is loaded on first use)."""
    from quizapp.generation.nlp import pipeline

    options = options or GenerationOptions()
    docs = list(pipeline().pipe([p.text for p in article.paragraphs]))
    return bank_for(article, items_from(analyse(article, docs), options))
