"""Paper: a worksheet (the article, then the questions with room to answer) and a separate answer key.

Plain HTML that QTextDocument renders and prints: simple tags, inline CSS only, no scripts.
The worksheet never shows an answer; the answer key gives the right answer(s), the
explanation and the evidence quotes with the number of the paragraph they come from.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from quizapp.articles.model import Article
from quizapp.banks.model import Bank, Item
from quizapp.caseless import caseless
from quizapp.textnorm import contains

BOX = "☐"
WRITING_LINE = "_" * 60
_BODY = "font-family: serif; font-size: 12pt;"
_SMALL = "font-size: 9pt; color: #444444;"
_CHOICE = "margin: 2px 0 2px 28px;"
_QUESTION = "margin: 14px 0 4px 0;"
_INSTRUCTION = "font-style: italic; font-size: 10pt; margin: 0 0 4px 0;"
_NEW_PAGE = "page-break-before: always;"


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _document(title: str, body: list[str]) -> str:
    return (
        '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>'
        + _e(title)
        + f'</title></head>\n<body style="{_BODY}">\n'
        + "\n".join(body)
        + "\n</body></html>\n"
    )


def _chosen(bank: Bank, items: Sequence[Item] | None) -> list[Item]:
    return list(bank.items if items is None else items)


def paragraph_number(article: Article | None, quote: str) -> int | None:
    """The 1-based number of the paragraph holding `quote`, or None (not in the body)."""
    if article is None:
        return None
    for number, paragraph in enumerate(article.paragraphs, start=1):
        if contains(paragraph.text, quote):
            return number
    return None


def _article_html(article: Article) -> list[str]:
    parts = [f'<h2 style="margin-bottom: 2px;">{_e(article.headline)}</h2>']
    byline = " · ".join(_e(part) for part in (article.author, article.publisher, article.date) if part)
    if byline:
        parts.append(f'<p style="{_SMALL}">{byline}</p>')
    for caption in article.captions:
        credit = ""
        if caption.credit and caption.credit not in caption.text:
            credit = f' <span style="{_SMALL}">(Credit: {_e(caption.credit)})</span>'
        parts.append(f'<p style="font-style: italic; margin-left: 20px;">Photo caption: {_e(caption.text)}{credit}</p>')
    first = article.paragraphs[0].text if article.paragraphs else ""
    if article.dateline and article.dateline.text and not contains(first[:200], article.dateline.text):
        parts.append(f"<p><b>{_e(article.dateline.text)}</b></p>")
    for number, paragraph in enumerate(article.paragraphs, start=1):
        parts.append(f'<p><span style="{_SMALL}">[{number}]</span> {_e(paragraph.text)}</p>')
    for line in article.end_matter:
        parts.append(f'<p style="{_SMALL}">{_e(line)}</p>')
    return parts


_CLICK = caseless(r"^(click|select|pick|choose|tap)( on)? ")


def paper_prompt(item: Item) -> str:
    """The prompt as worded for paper (“Click the sentence …” becomes “Underline the sentence …”)."""
    if item.type == "evidence":
        return _CLICK.sub("Underline ", item.prompt, count=1)
    return item.prompt


def _instruction(item: Item) -> str:
    return {
        "single": "Tick one box.",
        "true_false": "Tick one box.",
        "multiple": "Tick every right answer (there may be more than one).",
        "short": "Write your answer on the line.",
        "evidence": "Underline the sentence in the article and write the number of its paragraph here: ______",
    }.get(item.type, "")


def _question_html(number: int, item: Item) -> list[str]:
    parts = [
        f'<p style="{_QUESTION}"><b>{number}.</b> {_e(paper_prompt(item))}</p>',
        f'<p style="{_INSTRUCTION}">{_e(_instruction(item))}</p>',
    ]
    if item.type in ("single", "multiple", "true_false"):
        parts.extend(f'<p style="{_CHOICE}">{BOX} {_e(choice)}</p>' for choice in item.choices)
    elif item.type == "short":
        parts.extend(f'<p style="{_CHOICE}">{WRITING_LINE}</p>' for _ in range(2))
    return parts


def worksheet_html(bank: Bank, items: list[Item] | None = None, include_article: bool = True) -> str:
    """The worksheet: a name line, the article (when `include_article` and the bank has one), the questions."""
    chosen = _chosen(bank, items)
    body = [
        f'<p style="{_SMALL}">Name: ______________________ &nbsp; Class: __________ &nbsp; Date: __________</p>',
    ]
    shows_article = include_article and bank.article is not None
    same_title = shows_article and bank.article is not None and bank.article.headline.strip() == bank.title.strip()
    body.append("<h1>Worksheet</h1>" if same_title else f"<h1>{_e(bank.title)}</h1>")
    if include_article and bank.article is not None:
        body.append('<p style="font-style: italic;">Read the article, then answer the questions.</p>')
        body.extend(_article_html(bank.article))
        body.append(f'<h2 style="{_NEW_PAGE}">Questions</h2>')
    else:
        body.append("<h2>Questions</h2>")
    for number, item in enumerate(chosen, start=1):
        body.extend(_question_html(number, item))
    return _document(bank.title, body)


def _answer_html(item: Item, article: Article | None) -> str:
    if item.type == "evidence":
        where = paragraph_number(article, item.correct_answer)
        place = f" (paragraph {where})" if where else ""
        return f"The sentence: <b>“{_e(item.correct_answer)}”</b>{place}"
    if item.type == "short":
        accepted = "; ".join(_e(answer) for answer in item.answer)
        return f"Accepted answers: <b>{accepted}</b>"
    label = "Right answers" if len(item.answer) > 1 else "Right answer"
    return f"{label}: <b>{'; '.join(_e(answer) for answer in item.answer)}</b>"


def answer_key_html(bank: Bank, items: list[Item] | None = None) -> str:
    """The answer key: for each question, in worksheet order, the right answer(s), explanation and evidence."""
    chosen = _chosen(bank, items)
    body = [f"<h1>Answer key: {_e(bank.title)}</h1>"]
    for number, item in enumerate(chosen, start=1):
        body.append(f'<p style="{_QUESTION}"><b>{number}.</b> {_e(paper_prompt(item))}</p>')
        body.append(f'<p style="{_CHOICE}">{_answer_html(item, bank.article)}</p>')
        if item.explanation:
            body.append(f'<p style="{_CHOICE}">{_e(item.explanation)}</p>')
        for quote in item.evidence:
            where = paragraph_number(bank.article, quote)
            place = f" (paragraph {where})" if where else ""
            body.append(f'<p style="{_CHOICE} {_SMALL}">Evidence: <i>“{_e(quote)}”</i>{place}</p>')
    return _document(f"Answer key: {bank.title}", body)
