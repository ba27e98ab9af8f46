"""Random and mutated input either reads as an article or raises ArticleError: nothing else escapes."""

from __future__ import annotations

from pathlib import Path

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


@st.composite
def mutated_seed(draw: st.DrawFn) -> bytes:
    data = bytearray(SEED_BYTES)
    for _ in range(draw(st.integers(1, 8))):
        action = draw(st.sampled_from(["delete", "insert", "flip", "truncate", "duplicate"]))
        position = draw(st.integers(0, max(0, len(data) - 1)))
        if action == "delete":
            del data[position : position + draw(st.integers(1, 200))]
        elif action == "insert":
            data[position:position] = draw(st.binary(max_size=20))
        elif action == "flip" and data:
            data[position] ^= draw(st.integers(1, 255))
        elif action == "truncate":
            del data[position:]
        else:
            data += data[position : position + draw(st.integers(1, 500))]
    return bytes(data)


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
