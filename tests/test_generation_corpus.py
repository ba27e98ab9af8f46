"""Stories beyond the seed: every shipped seed, and stories unlike it, give valid banks or a clear message."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.articles import parse_story, read_article
from quizapp.banks import check_bank_text, dump_bank
from quizapp.generation.generator import GenerationOptions, generate_bank
from quizapp.textnorm import contains

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CORPUS = ROOT.parent / "shared" / "corpus" / "articles"


def _check(bank) -> None:
    result = check_bank_text(dump_bank(bank, "schema/bank.schema.json"), f"{bank.id}.yaml")
    assert result.problems == [], [str(p) for p in result.problems]
    text = bank.article.full_text
    for item in bank.items:
        for quote in item.evidence:
            assert contains(text, quote), (item.id, quote)


def test_shipped_seeds_count():
    assert 6 <= len(SEEDS) <= 11
    assert (ROOT / "seeds" / "NOTICE.md").is_file() and (ROOT / "seeds" / "MANIFEST.tsv").is_file()


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.stem[:40])
def test_every_seed_gives_a_valid_bank(path):
    bank = generate_bank(read_article(path), GenerationOptions(strict=True))
    assert len(bank.items) >= 4  # precision before recall: a short story may give few items, never none
    assert len({item.skill for item in bank.items}) >= 3
    _check(bank)


def test_the_floor_on_typical_stories():
    """Precision before recall, with a floor: on typical stories (500 to 1,000 words, with quotes; here the seeds
    of that length) the generator gives at least 12 items over at least 8 skills on average."""
    articles = [read_article(path) for path in SEEDS]
    typical = [
        a for a in articles if 500 <= len(a.body_text.split()) <= 1000 and ('"' in a.body_text or "“" in a.body_text)
    ]
    assert len(typical) >= 4
    banks = [generate_bank(article, GenerationOptions(strict=True)) for article in typical]
    assert sum(len(b.items) for b in banks) / len(banks) >= 12
    assert sum(len({i.skill for i in b.items}) for b in banks) / len(banks) >= 8


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the development corpus is not beside the project")
def test_corpus_sample_gives_valid_banks():
    for path in sorted(CORPUS.glob("*.txt"))[::12]:
        _check(generate_bank(read_article(path), GenerationOptions(strict=True)))


NO_QUOTES = """City council approves new bus routes

The city council on Tuesday approved three new bus routes linking the northern suburbs to the city centre.

The routes will start in March and cost about 2 million dollars a year, according to the council's budget.

The council voted 7 to 2 in favour of the plan after a debate that lasted two hours.
"""


def test_story_without_dateline_quotes_or_captions():
    bank = generate_bank(parse_story(NO_QUOTES, "buses.txt"), GenerationOptions(strict=True))
    _check(bank)
    skills = {item.skill for item in bank.items}
    assert {"dateline", "photo", "contributors", "quote-speaker"}.isdisjoint(skills)
    assert skills & {"main-event", "number", "true-false", "fact-opinion"}


def test_very_short_story_has_nothing_or_valid_items():
    bank = generate_bank(parse_story("Short note\n\nThe meeting was held.\n", "short.txt"), GenerationOptions())
    assert bank.items == () or check_bank_text(dump_bank(bank, "x"), "x").problems == []


def test_very_long_story():
    body = "\n\n".join(SEEDS[0].read_text(encoding="utf-8").split("\n\n")[3:]) * 1
    text = "Long story\n\n" + "\n\n".join([body] * 8)
    bank = generate_bank(parse_story(text, "long.txt"), GenerationOptions(strict=True, max_items=25))
    assert len(bank.items) <= 25
    _check(bank)


def test_deterministic_output():
    article = read_article(SEEDS[0])
    first = dump_bank(generate_bank(article), "s")
    second = dump_bank(generate_bank(article), "s")
    assert first == second


def test_skills_and_max_items_options():
    article = read_article(ROOT / "seeds" / "niger-russian-military-trainers.txt")
    bank = generate_bank(article, GenerationOptions(skills=("photo", "dateline"), strict=True))
    assert {item.skill for item in bank.items} == {"photo", "dateline"}
    small = generate_bank(article, GenerationOptions(max_items=8, strict=True))
    assert len(small.items) == 8
    assert len({item.skill for item in small.items}) == 8  # the best of eight different skills
