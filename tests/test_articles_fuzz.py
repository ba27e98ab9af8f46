"""Random and mutated input either reads as an article or raises ArticleError: nothing else escapes."""

from __future__ import annotations

from pathlib import Path

from fuzz_support import mutated
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quizapp.articles import Article, parse_story, read_article
from quizapp.errors import ArticleError

SEED_BYTES = (Path(__file__).resolve().parent.parent / "seeds" / "niger-russian-military-trainers.txt").read_bytes()


def _read_bytes(tmp_dir: Path, name: str, data: bytes) -> None:
    path = tmp_dir / name
    path.write_bytes(data)
    try:
        article = read_article(path)
    except ArticleError as exc:
        assert str(path) in str(exc)
    else:
        assert isinstance(article, Article)
        assert article.paragraphs


def mutated_seed() -> st.SearchStrategy[bytes]:
    return mutated(SEED_BYTES, steps=8)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_random_bytes(tmp_path, data):
    _read_bytes(tmp_path, "random.txt", data)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=mutated_seed())
def test_mutated_seed(tmp_path, data):
    _read_bytes(tmp_path, "mutated.txt", data)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=mutated_seed())
def test_mutated_seed_as_html(tmp_path, data):
    _read_bytes(tmp_path, "mutated.html", data)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("abc ABC\n\n---:_()\"'’—-.,0123456789FILE(AP Photo/)\r\t\ufeff<>html")),
        max_size=400,
    )
)
def test_random_story_like_text(text):
    try:
        article = parse_story(text, "fuzz.txt")
    except ArticleError as exc:
        assert "fuzz.txt" in str(exc)
    else:
        assert article.paragraphs
