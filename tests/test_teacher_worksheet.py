"""Printable worksheets and answer keys: the article and questions without answers; the key with them."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
import store_helpers as h

from quizapp.banks import load_bank
from quizapp.teacher.worksheet import BOX, answer_key_html, paper_prompt, worksheet_html

TOUR = Path(__file__).resolve().parent.parent / "questions" / "examples" / "format-tour.yaml"
SIMPLE_TAGS = {"html", "head", "meta", "title", "body", "h1", "h2", "p", "b", "i", "span"}


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.text.append(data)


def parsed(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


@pytest.fixture(scope="module")
def bank():
    return load_bank(TOUR)


def test_worksheet_has_the_article_and_numbered_questions(bank):
    html = worksheet_html(bank)
    text = " ".join(" ".join(parsed(html).text).split())
    assert "Town library opens a repair cafe for broken toasters and bikes" in text
    assert "FILE - Volunteers sort donated tools" in text  # the caption, with its credit inside
    assert "[1] RIVERSIDE (Gazette) — The town library" in text  # numbered paragraphs
    assert "[4] A city official" in text
    assert "Gazette reporter Tom Reyes in Lakeview contributed" in text
    for number in range(1, 6):
        assert f"{number}. " in text
    assert text.index("1. Who said") < text.index("2. Which things") < text.index("5. Underline the sentence")
    assert f"{BOX} Maya Okafor" in text and f"{BOX} Phones" in text
    assert f"{BOX} True" in text and f"{BOX} False" in text
    assert "Tick every right answer" in text
    assert "_" * 40 in text  # lines to write on for the short item
    assert "write the number of its paragraph" in text


def test_worksheet_never_shows_answers(bank):
    html = worksheet_html(bank)
    for item in bank.items:
        assert item.explanation[:40] not in html
    assert "Answer" not in html and "Riverside town" not in html
    assert "checked" not in html and "☑" not in html


def test_worksheet_is_simple_print_html(bank):
    html = worksheet_html(bank)
    tags = parsed(html).tags
    assert tags <= SIMPLE_TAGS
    assert "<script" not in html and "<link" not in html and "<style" not in html
    assert "page-break-before: always" in html  # questions start on a new page after the article


def test_worksheet_without_article_and_with_chosen_items(bank):
    chosen = [bank.item("tour-place"), bank.item("tour-speaker")]
    html = worksheet_html(bank, chosen, include_article=False)
    text = " ".join(" ".join(parsed(html).text).split())
    assert "RIVERSIDE (Gazette) — The town library" not in text
    assert "1. From which town" in text and "2. Who said" in text
    assert "3." not in text


def test_text_is_escaped():
    tricky = h.bank("x", (h.item("q1", prompt="Is <b>bold</b> & safe?", choices=("<i>", "B & C"), answer=("<i>",)),))
    html = worksheet_html(tricky)
    assert "Is &lt;b&gt;bold&lt;/b&gt; &amp; safe?" in html
    assert f"{BOX} &lt;i&gt;" in html and "B &amp; C" in html
    assert "&lt;i&gt;" in answer_key_html(tricky)


def test_answer_key(bank):
    html = answer_key_html(bank)
    text = " ".join(" ".join(parsed(html).text).split())
    assert text.startswith("Answer key: A tour of the bank format")
    assert "1. Who said" in text and "Right answer: Maya Okafor" in text
    assert "Right answers: Toasters; Bicycles" in text
    assert "Right answer: False" in text
    assert "Accepted answers: Riverside; Riverside town" in text
    assert "The sentence: “A city official, who asked not to be named" in text and "(paragraph 4)" in text
    assert "Finding the speaker of a quote tells you whose view you are reading." in text
    assert "Evidence: “said librarian Maya Okafor, who started the project” (paragraph 2)" in text
    assert "Evidence: “repair cafe for broken toasters and bikes”" in text  # in the headline: no paragraph
    assert parsed(html).tags <= SIMPLE_TAGS


def test_paper_prompt():
    evidence = h.item("e1", "evidence", prompt="Click the sentence of the article that names the source.")
    assert paper_prompt(evidence) == "Underline the sentence of the article that names the source."
    single = h.item("s1", prompt="Click here?")
    assert paper_prompt(single) == "Click here?"
