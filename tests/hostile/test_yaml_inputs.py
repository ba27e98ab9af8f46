"""YAML from teachers and from the web: alias bombs are refused at once, large honest files load, and front
matter of the wrong kind is an error naming the key and its line."""

from __future__ import annotations

import pytest

from quizapp.articles import parse_story
from quizapp.banks.yamldoc import MAX_REPEATS, compose, located_from_node
from quizapp.cli import main
from quizapp.errors import ArticleError

BOMB = "\n".join(
    [
        "a: &a [x, x, x, x, x, x, x, x, x, x]",
        *[
            f"{name}: &{name} [{', '.join([f'*{previous}'] * 10)}]"
            for previous, name in zip("abcdefg", "bcdefgh", strict=False)
        ],
    ]
)


def test_an_alias_bomb_in_front_matter_is_refused_at_once(tmp_path, capsys):
    story = tmp_path / "bomb.txt"
    story.write_text(f"---\n{BOMB}\n---\nHeadline\n\nA short story.\n", encoding="utf-8")
    assert main(["article", str(story)]) in (1, 2)
    err = capsys.readouterr().err
    assert str(story) in err and "alias" in err


def test_a_large_honest_document_has_no_repeats_and_loads():
    text = "items:\n" + "".join(f"  - {{id: q{i}, n: {i}}}\n" for i in range(MAX_REPEATS // 2 + 10))
    data = located_from_node(compose(text)).data
    assert len(data["items"]) == MAX_REPEATS // 2 + 10  # well over the old limit of 200,000 values in all


@pytest.mark.parametrize(
    ("front", "words"),
    [
        ("publisher: {a: b}", "line 3: 'publisher' must be text, not a group of fields"),
        ("author: [[Ana], Ben]", "line 3: 'author' must be text, not a list"),
        ("extra:\n  deep: {x: 1}", "line 3: 'extra' must be text, a number or a list of them"),
        ("date: !!python/object:os.system x", "line 3:"),
    ],
)
def test_front_matter_of_the_wrong_kind_names_the_key_and_line(front, words):
    with pytest.raises(ArticleError) as caught:
        parse_story(f"---\ntitle: Fine\n{front}\n---\nHeadline\n\nA short story.\n", "story.txt")
    assert words in str(caught.value) and "story.txt" in str(caught.value)


def test_front_matter_dates_and_numbers_are_read_as_text():
    article = parse_story("---\ndate: 2024-05-02\npublisher: 1843\n---\nHeadline\n\nA short story.\n", "s.txt")
    assert article.metadata.get("date", article.date) == "2024-05-02"
    assert article.publisher == "1843"


def test_a_huge_import_is_refused_with_the_limit_named(tmp_path, capsys):
    from quizapp.interop.importing import MAX_QUESTIONS

    source = tmp_path / "huge.gift"
    source.write_text(
        "\n".join(f"::Q{i}:: What is {i} plus one? {{={i + 1} ~{i + 2} ~{i + 3}}}\n" for i in range(MAX_QUESTIONS + 1)),
        encoding="utf-8",
    )
    assert main(["import", str(source), "--format", "gift", "-o", str(tmp_path / "bank.yaml")]) in (1, 2)
    err = capsys.readouterr().err
    assert f"at most {MAX_QUESTIONS:,}" in err and not (tmp_path / "bank.yaml").exists()


def test_front_matter_teachers_write_is_accepted():
    blank = parse_story("---\nauthor:\nsource_url:\ntags: [news, 9B]\n---\nHeadline\n\nA story.\n", "s.txt")
    assert "author" not in blank.metadata and blank.metadata["tags"] == ["news", "9B"]
    two = parse_story("---\nauthor: [Ana Ruiz, Ben Cole]\n---\nHeadline\n\nA story.\n", "s.txt")
    assert two.author == "Ana Ruiz, Ben Cole"
