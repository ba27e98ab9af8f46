"""Reading stories in their various shapes: front matter, HTML, odd encodings, bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from quizapp.articles import parse_story, read_article
from quizapp.errors import ArticleError

STORY = """Storm closes coastal highway

WILMINGTON, N.C. (AP) — A storm closed the coastal highway on Tuesday, officials said.

"We have never seen water this high," said Mayor Ann Lee.

___

Associated Press writers Tom Ray in Raleigh and Jo Kim contributed to this report.
"""

HTML = """<!DOCTYPE html><html><head><title>Storm closes coastal highway</title>
<meta property="og:site_name" content="Coast News"><meta name="author" content="Pat Doe">
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav>Home | Weather | Sports</nav><article><h1>Storm closes coastal highway</h1>
<figure><img src="a.jpg"><figcaption>Water covers the highway near Wilmington, March 4, 2024.
(AP Photo/Chris Seward)</figcaption></figure>
<p>WILMINGTON, N.C. (AP) — A storm closed the coastal highway on Tuesday, officials said. Crews
worked through the night to clear fallen trees and sand from the road.</p>
<p>"We have never seen water this high," said Mayor Ann Lee, who toured the damage with emergency crews.</p>
<p>About 3,000 homes lost power, according to the utility company, which said repairs may take days.</p>
</article><footer>Copyright 2024</footer></body></html>
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_plain_story_parts(tmp_path):
    article = read_article(write(tmp_path, "storm.txt", STORY))
    assert article.headline == "Storm closes coastal highway"
    assert article.dateline.place == "Wilmington"
    assert article.dateline.country == "N.C."
    assert len(article.paragraphs) == 2
    assert [(c.name, c.place) for c in article.contributors] == [("Tom Ray", "Raleigh"), ("Jo Kim", None)]
    assert all(c.role == "Associated Press writer" for c in article.contributors)


def test_front_matter_metadata(tmp_path):
    text = (
        "---\nsource: https://example.org/storm\npublisher: Coast News\ndate: 2024-03-05\n"
        "license: CC BY 4.0\nattribution: Coast News staff\n---\n" + STORY
    )
    article = read_article(write(tmp_path, "storm.txt", text))
    assert article.metadata["source_url"] == "https://example.org/storm"
    assert article.metadata["licence"] == "CC BY 4.0"
    assert article.publisher == "Coast News"  # front matter wins over the agency mark
    assert article.date == "2024-03-05"
    assert article.headline == "Storm closes coastal highway"


def test_broken_front_matter_names_the_line(tmp_path):
    path = write(tmp_path, "bad.txt", "---\ntitle: ok\nsource: [unclosed\n---\n" + STORY)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert str(path) in str(caught.value)
    assert "front matter" in str(caught.value)
    assert "line" in str(caught.value)


def test_crlf_bom_and_stray_whitespace_read_like_the_clean_file(tmp_path):
    clean = read_article(write(tmp_path, "a.txt", STORY))
    messy_text = "\n\n   " + STORY.replace("\n", "  \r\n").replace("officials said.", "officials   said.")
    messy = read_article(write(tmp_path, "b.txt", codecs.BOM_UTF8 + messy_text.encode("utf-8")))
    assert messy.headline == clean.headline
    assert [p.text for p in messy.paragraphs] == [p.text for p in clean.paragraphs]
    assert messy.contributors == clean.contributors


def test_utf16_with_bom_and_windows_1252(tmp_path):
    utf16 = read_article(write(tmp_path, "u16.txt", STORY.encode("utf-16")))
    assert utf16.headline == "Storm closes coastal highway"
    legacy = read_article(
        write(tmp_path, "w.txt", STORY.replace("—", "-").encode("utf-8") + "caf\xe9".encode("cp1252"))
    )
    assert legacy.end_matter[-1].endswith("café")


def test_html_page(tmp_path):
    article = read_article(write(tmp_path, "storm.html", HTML))
    assert article.headline == "Storm closes coastal highway"
    assert article.author == "Pat Doe"
    assert article.date == "2024-03-05"
    assert article.publisher == "Coast News"
    assert article.dateline.place == "Wilmington"
    assert len(article.paragraphs) == 3
    assert not any("Home | Weather" in p.text for p in article.paragraphs)
    (caption,) = article.captions
    assert caption.photographer == "Chris Seward"
    assert caption.date == "2024-03-04"
    assert not caption.is_file_photo


def test_html_detected_by_content_when_suffix_is_unknown():
    article = parse_story(HTML, "page")
    assert article.headline == "Storm closes coastal highway"


def test_story_without_headline_line_takes_the_file_name(tmp_path):
    body = (
        "The council met on Monday and voted to keep the pool open. It was a long meeting with many "
        "speakers from the town, who argued for and against the plan for nearly three hours."
    )
    article = read_article(write(tmp_path, "pool-vote.txt", body))
    assert article.headline == "Pool vote"
    assert len(article.paragraphs) == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty"),
        (b"   \n\n\t  \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
        (codecs.BOM_UTF8 + b"\xff\xfe\xfa bad", "not valid UTF-8"),
        (b"Only a headline\n", "no article text"),
        (b"Headline\n\nFILE - A photo caption. (AP Photo/Jo Doe)\n", "no article text"),
        (b"---\ntitle: Just metadata\n---\n", "no article text"),
    ],
)
def test_bad_input_raises_article_error_naming_file(tmp_path, content, reason):
    path = write(tmp_path, "story.txt", content)
    with pytest.raises(ArticleError) as caught:
        read_article(path)
    assert str(path) in str(caught.value)
    assert reason in str(caught.value)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ArticleError, match="does not exist"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="folder"):
        read_article(tmp_path)


def test_unreadable_file(tmp_path):
    path = write(tmp_path, "locked.txt", STORY)
    path.chmod(0)
    try:
        if path.stat().st_mode & 0o444 == 0 and not _can_read(path):
            with pytest.raises(ArticleError, match="permission"):
                read_article(path)
        else:  # running as root: the file stays readable
            assert read_article(path).headline
    finally:
        path.chmod(0o644)


def _can_read(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


def test_html_without_text(tmp_path):
    path = write(tmp_path, "empty.html", "<html><body><nav>menu</nav></body></html>")
    with pytest.raises(ArticleError, match="no article text"):
        read_article(path)
