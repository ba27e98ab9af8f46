"""Shared helpers for generator tests: one spaCy pipeline and one seed bank per test session."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from quizapp.articles import read_article
from quizapp.banks.model import Bank
from quizapp.generation.generator import GenerationOptions, generate_bank

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "niger-russian-military-trainers.txt"


@cache
def nlp():
    from quizapp.generation.nlp import pipeline

    return pipeline()


@cache
def seed_bank() -> Bank:
    return generate_bank(read_article(SEED), GenerationOptions(strict=True))


def doc(text: str):
    return nlp()(text)
